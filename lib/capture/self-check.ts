import { sameText } from './text';
import type { WordedReading } from './profile';

/**
 * A capture whose fields disagree with each other is corrected, or kept with a warning that names
 * the field: never a silent wrong value. Runs on every layout's reading before it becomes a Profile.
 */
export function selfCheck(reading: WordedReading): void {
  const warn = (code: string, message: string) => {
    if (!reading.warnings.some((w) => w.code === code)) reading.warnings.push({ code, message });
  };

  // A chip (the current company or school) read as the headline.
  const orgNames = [
    reading.topCompany,
    ...reading.experience.map((role) => role.company),
    ...reading.education.map((entry) => entry.school),
  ];
  if (reading.headline && (orgNames.some((org) => sameText(org, reading.headline)) || sameText(reading.headline, reading.fullName))) {
    reading.headline = undefined;
    warn('headline-unsure', "Couldn't tell the headline apart from the company or name — add it with Edit if you need it");
  }

  // The top card's company should be one of the roles once Experience is read.
  if (reading.topCompany && reading.experience.length > 0 && !reading.experience.some((r) => sameText(r.company, reading.topCompany))) {
    if (reading.education.some((entry) => sameText(entry.school, reading.topCompany))) {
      // The chip was the latest school, not an employer.
      reading.topCompany = undefined;
    } else {
      warn(
        'current-company-unconfirmed',
        `"${reading.topCompany}" is shown as the current company but is not in Experience — check the current role`,
      );
    }
  }

  if (reading.pronouns && sameText(reading.pronouns, reading.headline)) reading.headline = undefined;
}
