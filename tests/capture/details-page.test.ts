import { describe, expect, it } from 'vitest';
import { captureResult } from '@/lib/capture/capture-result';
import { emptyReading } from '@/lib/capture/page-reading';
import { detailsSection } from '@/lib/capture/profile-url';

const NOW = 1_750_000_000_000;
const reading = (over: Partial<ReturnType<typeof emptyReading>>) => ({ ...emptyReading('sdui-2026'), fullName: 'Jane Doe', ...over });
const messages = (url: string, over: Partial<ReturnType<typeof emptyReading>>) => {
  const listed = detailsSection(url);
  const result = captureResult({ ok: true, url, reading: reading(over), ...(listed ? { listed } : {}) }, NOW);
  if (!result.ok) throw new Error(result.message);
  return result.warnings.map((w) => w.message);
};

// The reader sends the listed section beside the canonical url (see readPage), as here.
// A /details/experience/ page ("Show all experiences") lists the roles only: its missing
// Education is not something to scroll to. The merge keeps the Education saved earlier, so the
// sentence says so instead of asking the user to scroll down on a page that will never show it.
describe('a capture on a /details/ page', () => {
  it('says the other section is left as saved, not that it should be scrolled to', () => {
    const said = messages('https://www.linkedin.com/in/jane-doe/details/experience/', { experienceState: 'read', educationState: 'absent' });
    expect(said).toEqual(['This page lists only Experience, so Education was not read: what is already saved under Education is kept']);
  });

  it('works the other way round, and with a query or no trailing slash', () => {
    const said = messages('https://www.linkedin.com/in/jane-doe/details/education?profileUrn=x', { experienceState: 'absent', educationState: 'read' });
    expect(said).toEqual(['This page lists only Education, so Experience was not read: what is already saved under Experience is kept']);
  });

  it('still asks to scroll on the profile page itself', () => {
    const said = messages('https://www.linkedin.com/in/jane-doe/', { experienceState: 'read', educationState: 'absent' });
    expect(said).toEqual(['No Education section on the page yet — if the profile has one, scroll down to it and save again']);
  });

  it("still warns about the page's own section when it did not load", () => {
    const said = messages('https://www.linkedin.com/in/jane-doe/details/experience/', { experienceState: 'placeholder', educationState: 'absent' });
    expect(said[0]).toBe('Experience not loaded yet — scroll down and save again to add it');
  });
});
