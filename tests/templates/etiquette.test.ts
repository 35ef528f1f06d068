import { lintDraft, type LintInput, type LintRule } from '@/lib/templates/etiquette';
import { findJobAsk } from '@/lib/templates/job-ask';
import { findLongTimeAsk } from '@/lib/templates/time-ask';

// A draft that passes every rule; each test changes one thing.
const clean =
  'Hi Priya, Maria Lopez suggested I contact you. Would you have 20 minutes for a call? No worries if not. Alex';

function rules(overrides: Partial<LintInput> = {}): LintRule[] {
  return lintDraft({
    text: clean,
    channel: 'linkedin-message',
    kind: 'cold-ask',
    accountType: 'free',
    context: { recipientFirstName: 'Priya' },
    ...overrides,
  }).map((f) => f.rule);
}

describe('lintDraft', () => {
  it('has nothing to say about a good draft', () => {
    expect(rules()).toEqual([]);
  });

  it('says why in one sentence for every flag', () => {
    const flags = lintDraft({
      text: 'Hi [firstName], are there any openings? Could we talk for an hour?' + 'x'.repeat(200),
      channel: 'connection-note',
      kind: 'no-reply-nudge',
      accountType: 'free',
      context: { recipientFirstName: 'Priya', priorUnansweredNudges: 1 },
    });
    expect(flags.map((f) => f.rule).sort()).toEqual(
      ['job-ask', 'long-time-ask', 'not-personal', 'over-limit', 'second-nudge', 'unfilled-placeholder'].sort(),
    );
    for (const flag of flags) {
      expect(flag.message.trim()).toMatch(/^[^.!?]+(?:\.[^\s.!?][^.!?]*)*[.!?]$/);
      expect(flag.message.split(/[.!?]\s+[A-Z]/)).toHaveLength(1);
    }
  });

  it('job ask: quotes the phrase and checks the subject too', () => {
    const [flag] = lintDraft({
      text: clean,
      subject: 'Open roles at Northwind?',
      channel: 'email',
      kind: 'cold-ask',
      accountType: 'free',
      context: { recipientFirstName: 'Priya' },
    });
    expect(flag).toMatchObject({ rule: 'job-ask', message: expect.stringContaining('"Open roles"') });
  });

  it.each([
    'Could we talk for an hour?',
    'Could we talk for 45 minutes?',
    'Do you have 1 hour next week?',
    'A one-hour chat would be great.',
    'I hope we can spend 30-45 minutes together.',
    'Hätten Sie eine Stunde Zeit?',
    'Auriez-vous une heure à me consacrer ?',
    '¿Tendrías una hora para hablar?',
    'Could you spare a couple of hours?',
  ])('long time ask: %s', (sentence) => {
    expect(rules({ text: `${clean} ${sentence}` })).toEqual(['long-time-ask']);
  });

  it.each([
    'Could we talk for 20 minutes?',
    'Do you have half an hour?',
    'Could you spare a quarter of an hour?',
    'Hätten Sie eine halbe Stunde?',
    'Auriez-vous une demi-heure ?',
    '¿Tendrías media hora?',
    'A 20–30 minute call would be perfect.',
    "I'll send the notes within 24 hours.",
    'Rendez-vous jeudi à 14h.',
    'I read your article in an hour-long train ride.',
  ])('no long time ask: %s', (sentence) => {
    expect(findLongTimeAsk(sentence), sentence).toBeUndefined();
  });

  it('no source: flags a first contact that does not say how the user found them', () => {
    const text = 'Hi Priya, I am exploring UX research. Would you have 20 minutes for a call? Alex';
    expect(rules({ text })).toEqual(['no-source']);
    expect(rules({ text, kind: 'thank-you' })).toEqual([]);
    expect(rules({ text, kind: 'check-in' })).toEqual([]);
  });

  it.each([
    'I found your profile while researching Northwind.',
    'As a fellow Michigan alumna, I wanted to reach out.',
    'I read your article on onboarding.',
    'I came across your talk at Config.',
    'Sam recommended I speak with you.',
    'Ich habe Ihren Vortrag auf der re:publica gesehen.',
    "J'ai lu votre article sur la recherche utilisateur.",
    'Leí tu artículo sobre investigación.',
  ])('no source: accepts %s', (sentence) => {
    expect(rules({ text: `Hi Priya, ${sentence} Would you have 20 minutes?` })).toEqual([]);
  });

  it('no source: quoting the howWeMet value or the referrer counts', () => {
    const text = 'Hi Priya, we sat next to each other at the UXPA dinner! Would you have 20 minutes?';
    expect(rules({ text })).toEqual(['no-source']);
    expect(rules({ text, context: { recipientFirstName: 'Priya', howWeMet: 'the UXPA dinner' } })).toEqual([]);
    const viaReferrer = 'Hi Priya, Maria Lopez thought we should talk. Would you have 20 minutes?';
    expect(rules({ text: viaReferrer, context: { recipientFirstName: 'Priya', referrerName: 'Maria Lopez' } })).toEqual([]);
  });

  it('not personal: no name and no specific detail', () => {
    const text = 'Hello, Maria Lopez suggested I contact you. Would you have 20 minutes for a call?';
    expect(rules({ text })).toEqual(['not-personal']);
    expect(rules({ text, context: { recipientFirstName: 'Priya', details: ['Northwind Health'] } })).toEqual(['not-personal']);
    expect(rules({ text: `${text} Your work at Northwind Health…`, context: { details: ['Northwind Health'] } })).toEqual([]);
    // Without a name or details there is nothing to judge by.
    expect(rules({ text, context: {} })).toEqual([]);
  });

  it('not personal: the name must be a whole word', () => {
    expect(rules({ text: clean.replace('Priya', 'Priyanka') })).toEqual(['not-personal']);
  });

  it.each(['Hi [firstName], ', 'Hi {{firstName}}, ', 'Hi [Name], ', 'Dear [Company name] team, '])(
    'unfilled placeholder: %s',
    (greeting) => {
      const flags = lintDraft({
        text: `${greeting}${clean}`,
        channel: 'linkedin-message',
        kind: 'cold-ask',
        accountType: 'free',
        context: { recipientFirstName: 'Priya' },
      });
      expect(flags.map((f) => f.rule)).toEqual(['unfilled-placeholder']);
      expect(flags[0]?.message).toContain(greeting.slice(greeting.indexOf(' ') + 1).replace(/[, ]+$/, '').replace(/ team$/, ''));
    },
  );

  it('unfilled placeholder: ordinary brackets are fine', () => {
    expect(rules({ text: `${clean} (PS: [sic] — see [1].)` })).toEqual([]);
  });

  it('over limit: depends on channel and account type', () => {
    const text = `${clean} ${'x'.repeat(120)}`; // ~230 characters
    expect(rules({ text, channel: 'connection-note', accountType: 'free' })).toEqual(['over-limit']);
    expect(rules({ text, channel: 'connection-note', accountType: 'premium' })).toEqual([]);
    const [flag] = lintDraft({ text, channel: 'connection-note', kind: 'cold-ask', accountType: 'free', context: {} });
    expect(flag?.message).toMatch(/^It is \d+ characters over the 200-character limit for a connection note on a free account/);
  });

  it('over limit: InMail subject', () => {
    expect(rules({ channel: 'inmail', subject: 'x'.repeat(201) })).toEqual(['subject-over-limit']);
    expect(rules({ channel: 'email', subject: 'x'.repeat(201) })).toEqual([]);
  });

  it('second nudge: only when a nudge already went unanswered', () => {
    const nudge = { kind: 'no-reply-nudge' as const };
    expect(rules({ ...nudge, context: { recipientFirstName: 'Priya', priorUnansweredNudges: 0 } })).toEqual([]);
    expect(rules({ ...nudge, context: { recipientFirstName: 'Priya' } })).toEqual([]);
    expect(rules({ ...nudge, context: { recipientFirstName: 'Priya', priorUnansweredNudges: 1 } })).toEqual(['second-nudge']);
    expect(rules({ ...nudge, context: { recipientFirstName: 'Priya', priorUnansweredNudges: 2, hasReplied: true } })).toEqual([]);
    expect(rules({ kind: 'cold-ask', context: { recipientFirstName: 'Priya', priorUnansweredNudges: 3 } })).toEqual([]);
  });
});

describe('job ask', () => {
  it.each([
    // English
    "I'm looking for a job in UX research.",
    'Are there any openings on your team?',
    'I would love to be considered for the Senior Designer position.',
    'Could you help me get a job at Northwind?',
    "I'm applying for the open role on your team.",
    'Could you refer me for the position?',
    'Would you be willing to pass on my résumé to the hiring manager?',
    'Could you forward my CV to HR?',
    'Attached is my resume.',
    'Is Northwind hiring right now?',
    'Seeking an internship this summer.',
    'Would you consider me for a position on your team?',
    "I saw you're hiring and wondered if you could put in a referral for me.",
    "I'm interested in the job you posted.",
    // German
    'Ich suche eine Stelle als UX-Designerin.',
    'Haben Sie offene Stellen in Ihrem Team?',
    'Könnten Sie meinen Lebenslauf weiterleiten?',
    'Ich bewerbe mich auf die Stelle bei Ihnen.',
    'Ich suche einen Job in Berlin.',
    'Hätten Sie einen Job für mich?',
    // French
    'Je cherche un poste de chef de produit.',
    "Je suis à la recherche d'un emploi.",
    'Pourriez-vous transmettre mon CV à votre équipe ?',
    'Avez-vous des postes ouverts ?',
    'Recrutez-vous en ce moment ?',
    // Spanish
    'Estoy buscando trabajo en diseño.',
    '¿Tienen alguna vacante?',
    '¿Podrías pasar mi CV a recursos humanos?',
    'Me gustaría postularme al puesto de investigador.',
    '¿Hay puestos disponibles en tu equipo?',
  ])('flags %s', (sentence) => {
    expect(findJobAsk(sentence), sentence).toBeDefined();
    expect(rules({ text: `${clean} ${sentence}` })).toEqual(['job-ask']);
  });

  it.each([
    // Saying it is not a job ask is exactly what the method recommends.
    "I'm not asking for a job, only your advice.",
    "I'm not looking for a job.",
    'This is not a job request.',
    "This isn't about a job; I just want to learn.",
    'I’m not asking you for a job — just 20 minutes of advice.',
    "I'm looking for advice, not a job.",
    "I'm asking for advice only, not a job.",
    // The word in other senses.
    "I'd love to hear how you got your job at Northwind.",
    'What does your role look like day to day?',
    "I'm curious about your position on remote research.",
    "I'm looking for advice about roles like yours.",
    "I'm interested in learning about the role you described.",
    // Hyphenated compounds are topics, not asks (decision documented in job-ask.ts).
    'Your team uses jobs-to-be-done; I would love to hear any jobs-to-be-done lessons.',
    'Any job-search strategies you would recommend for this field?',
    'I updated my résumé with the skill words you mentioned.',
    'I started a new job last month, thanks in part to your advice.',
    'How does the hiring process work at a company like yours?',
    'What is the hiring process like at Northwind?',
    'Is the hiring bar very different for researchers?',
    'Are you hiring managers involved early in research?',
    'Could you refer me to someone else I should talk to?',
    'Maria referred me to you.',
    'Looking for a role model in research, I found your talk.',
    // German, French, Spanish false friends and negations.
    'Ich suche keinen Job, sondern Ihren Rat.',
    'An dieser Stelle möchte ich mich bedanken.',
    'Ich suche an dieser Stelle Ihren Rat.',
    'Ich frage nicht nach einer Stelle.',
    'Je ne cherche pas un emploi, seulement vos conseils.',
    'Je vous enverrai le document par la poste.',
    "J'aimerais comprendre votre poste au quotidien.",
    'Me encantó tu trabajo sobre diseño de servicios.',
    'No busco trabajo, solo tu consejo.',
    'No te pido un puesto; me interesa tu experiencia.',
  ])('does not flag %s', (sentence) => {
    expect(findJobAsk(sentence), sentence).toBeUndefined();
  });
});
