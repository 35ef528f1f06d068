import { countFor, countSubjectFor, CONNECTION_NOTE_LIMIT_FREE } from '@/lib/templates/channels';
import { DEFAULT_TEMPLATES, restoreDefaults } from '@/lib/templates/defaults';
import { lintDraft } from '@/lib/templates/etiquette';
import { renderTemplate } from '@/lib/templates/render';
import { SAMPLE_VALUES } from '@/lib/templates/sample-values';
import { TEMPLATE_KINDS, type Template } from '@/lib/templates/template';
import { findVariables, validateTemplate } from '@/lib/templates/variables';

const defaultTemplateFor = (kind: Template['kind']) => DEFAULT_TEMPLATES.find((t) => t.kind === kind);

const fill = (t: Template) => ({
  text: renderTemplate(t.body, SAMPLE_VALUES).text,
  subject: t.subject === undefined ? undefined : renderTemplate(t.subject, SAMPLE_VALUES).text,
});

describe('DEFAULT_TEMPLATES', () => {
  it('has at least one default for every kind but custom', () => {
    for (const kind of TEMPLATE_KINDS.filter((k) => k !== 'custom')) {
      expect(defaultTemplateFor(kind), kind).toBeDefined();
    }
    expect(defaultTemplateFor('custom')).toBeUndefined();
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.kind, t] as const))('%s is a valid template', (_kind, template) => {
    expect(validateTemplate(template).success).toBe(true);
    expect(template.isDefault).toBe(true);
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.kind, t] as const))('%s, filled, fits its channel even on a free account', (_kind, t) => {
    const { text, subject } = fill(t);
    expect(countFor(t.channel, text, 'free').over).toBe(0);
    if (subject !== undefined) expect(countSubjectFor(t.channel, subject).over).toBe(0);
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.kind, t] as const))('%s, filled, lints clean', (_kind, t) => {
    const { text, subject } = fill(t);
    const flags = lintDraft({
      text,
      subject,
      channel: t.channel,
      kind: t.kind,
      accountType: 'free',
      context: {
        recipientFirstName: SAMPLE_VALUES.firstName,
        howWeMet: SAMPLE_VALUES.howWeMet,
        details: [SAMPLE_VALUES.company, SAMPLE_VALUES.title],
        priorUnansweredNudges: 0,
      },
    });
    expect(flags).toEqual([]);
  });

  it('the connection note fits 200 characters even with long names', () => {
    const note = defaultTemplateFor('connection-note');
    if (!note) throw new Error('missing');
    const text = renderTemplate(note.body, {
      ...SAMPLE_VALUES,
      firstName: 'Alexandra',
      company: 'Northwind Health Group',
      myName: 'Jordan Whitaker',
    }).text;
    expect(countFor('connection-note', text, 'free').used).toBeLessThanOrEqual(CONNECTION_NOTE_LIMIT_FREE);
  });

  it('uses the variables each kind is about', () => {
    const uses = (kind: Template['kind']) => {
      const t = defaultTemplateFor(kind);
      return findVariables(`${t?.subject ?? ''} ${t?.body ?? ''}`);
    };
    expect(uses('thank-you')).toEqual(expect.arrayContaining(['takeaway', 'nextStep']));
    expect(uses('referral-intro')).toContain('referrerName');
    expect(uses('research-ask')).toContain('researchNote');
    expect(uses('meeting-confirmation')).toEqual(expect.arrayContaining(['meetingDate', 'meetingTime', 'meetingPlace']));
    expect(uses('alumni-ask')).toContain('school');
    expect(defaultTemplateFor('ask-for-names')?.body).toMatch(/who else would you suggest I talk to\?.*may I mention your name/is);
    // Every ask makes the time explicit and small.
    for (const kind of ['cold-ask', 'referral-intro', 'alumni-ask', 'research-ask', 'connection-note', 'no-reply-nudge'] as const) {
      expect(defaultTemplateFor(kind)?.body, kind).toMatch(/20-minute|20 minutes/);
    }
  });
});

describe('restoreDefaults', () => {
  it('resets edited defaults, re-adds deleted ones and keeps the user\'s own', () => {
    const own: Template = { ...DEFAULT_TEMPLATES[0]!, id: 'mine', name: 'Mine', isDefault: false };
    const edited: Template = { ...DEFAULT_TEMPLATES[1]!, body: 'edited' };
    const restored = restoreDefaults([edited, own]);
    expect(restored).toHaveLength(DEFAULT_TEMPLATES.length + 1);
    expect(restored.find((t) => t.id === edited.id)?.body).toBe(DEFAULT_TEMPLATES[1]!.body);
    expect(restored.at(-1)).toEqual(own);
  });
});
