import { describe, expect, it } from 'vitest';
import { draftContext } from '@/lib/compose/draft-context';
import { templateForKind } from '@/lib/method/next-step';
import { DEFAULT_TEMPLATES } from '@/lib/templates/defaults';
import { buildVariableValues, renderTemplate } from '@/lib/templates/render';

import { aContact } from '../workspace/contact-fixture';

const referrer = aContact({ id: 'r', fullName: 'Maria Lopez', firstName: 'Maria' });
// Saved by hand from a name given in an interview: no company known.
const { currentCompany: _unknown, ...sam } = aContact({ id: 's', fullName: 'Sam Carter', firstName: 'Sam', referredById: 'r' });

describe('the referral intro', () => {
  it('names the referrer in full once, then by first name, and leaves no [company]', () => {
    const intro = templateForKind(DEFAULT_TEMPLATES, 'referral-intro')!;
    const values = buildVariableValues({
      contact: sam,
      me: { myName: 'Alex Kim', myBackground: 'a nurse of six years', myInterest: 'UX research' },
      context: draftContext({ contact: sam, referrer, meetings: [], interviews: [], events: [], now: 1 }),
    });
    const { text, missing } = renderTemplate(intro.body, values);
    expect(text.split('Maria Lopez')).toHaveLength(2);
    expect(text).toMatch(/Maria Lopez suggested[\s\S]*\bMaria\b(?! Lopez)/);
    expect(text).not.toContain('[company]');
    expect(missing).toEqual([]);
  });
});
