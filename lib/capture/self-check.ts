import type { Draft } from './draft';
import { sameText } from './text';

/**
 * A capture whose fields disagree with each other is corrected, or kept with a warning that names
 * the field: never a silent wrong value. Runs on every layout's draft before it becomes a Profile.
 */
export function selfCheck(draft: Draft): void {
  const warn = (code: string, message: string) => {
    if (!draft.warnings.some((w) => w.code === code)) draft.warnings.push({ code, message });
  };

  // A chip (the current company or school) read as the headline.
  const orgNames = [
    draft.topCompany,
    ...draft.experience.map((role) => role.company),
    ...draft.education.map((entry) => entry.school),
  ];
  if (draft.headline && (orgNames.some((org) => sameText(org, draft.headline)) || sameText(draft.headline, draft.fullName))) {
    draft.headline = undefined;
    warn('headline-unsure', "Couldn't tell the headline apart from the company or name — add it with Edit if you need it");
  }

  // The top card's company should be one of the roles once Experience is read.
  if (draft.topCompany && draft.experience.length > 0 && !draft.experience.some((r) => sameText(r.company, draft.topCompany))) {
    if (draft.education.some((entry) => sameText(entry.school, draft.topCompany))) {
      // The chip was the latest school, not an employer.
      draft.topCompany = undefined;
    } else {
      warn(
        'current-company-unconfirmed',
        `"${draft.topCompany}" is shown as the current company but is not in Experience — check the current role`,
      );
    }
  }

  if (draft.pronouns && sameText(draft.pronouns, draft.headline)) draft.headline = undefined;
}
