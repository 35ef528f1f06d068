import {
  INTERVIEW_LIMITS,
  Interview,
  InterviewLog,
  InterviewPrep,
  Referral,
  addUnique,
  chosenQuestions,
  cleanLog,
  emptyLog,
  newInterview,
  nextStepForThankYou,
  prepareLog,
  questionKey,
  researchToQuestions,
  takeawayForThankYou,
} from '@/lib/interviews/interview';

const NOW = Date.UTC(2025, 5, 3, 12);

describe('researchToQuestions', () => {
  it('turns each finding into a "does that match what you see?" question', () => {
    const notes = [
      'Research:',
      '- Acme moved to a four-day week in 2024.',
      '* The design team grew from 4 to 12 people',
      '• I found that they publish a yearly accessibility report',
      '1. Priya spoke at UXConf about research ops;',
      '',
      '   ',
    ].join('\n');
    expect(researchToQuestions(notes)).toEqual([
      'I found that Acme moved to a four-day week in 2024, does that match what you see?',
      'I found that the design team grew from 4 to 12 people, does that match what you see?',
      'I found that they publish a yearly accessibility report, does that match what you see?',
      'I found that Priya spoke at UXConf about research ops, does that match what you see?',
    ]);
  });

  it('keeps lines that already are questions, and skips links, one-word lines and duplicates', () => {
    const notes = [
      'Why did they move from agency work to in-house?',
      'https://acme.example/blog/post',
      'Kubernetes',
      '- [ ] The team ships weekly',
      '- the team ships weekly.',
      '\r',
    ].join('\r\n');
    expect(researchToQuestions(notes)).toEqual([
      'Why did they move from agency work to in-house?',
      'I found that the team ships weekly, does that match what you see?',
    ]);
  });

  it('returns nothing for empty notes and clips very long findings', () => {
    expect(researchToQuestions('')).toEqual([]);
    const [long] = researchToQuestions(`- ${'word '.repeat(300)}`);
    expect(long!.length).toBeLessThanOrEqual(INTERVIEW_LIMITS.question);
    expect(long).toContain('…, does that match what you see?');
    expect(InterviewPrep.parse({ researchQuestions: [long] }).researchQuestions).toHaveLength(1);
  });

  it('stops at the question limit', () => {
    const notes = Array.from({ length: 200 }, (_, i) => `- finding number ${i}`).join('\n');
    expect(researchToQuestions(notes)).toHaveLength(INTERVIEW_LIMITS.questions);
  });

  it('treats markup in notes as text', () => {
    expect(researchToQuestions('- <img src=x onerror=alert(1)> appears in their bio')).toEqual([
      'I found that <img src=x onerror=alert(1)> appears in their bio, does that match what you see?',
    ]);
  });
});

describe('chosenQuestions', () => {
  it('orders bank questions by the bank, research and own questions next, and "Next" last', () => {
    const prep = InterviewPrep.parse({
      questionIds: ['next.who-else', 'advice.starting-out', 'role.typical-week', 'gone.retired-id'],
      customQuestions: ['How did remote work change your team?', '  '],
      researchQuestions: ['I found that X, does that match what you see?'],
    });
    const chosen = chosenQuestions(prep);
    expect(chosen.map((q) => q.source)).toEqual(['bank', 'bank', 'research', 'custom', 'bank']);
    expect(chosen[0]!.key).toBe('bank:role.typical-week');
    expect(chosen[4]!.key).toBe('bank:next.who-else');
    expect(new Set(chosen.map((q) => q.key)).size).toBe(chosen.length);
  });

  it('keys own questions by their text, so removing one keeps the others\' answers', () => {
    expect(questionKey('custom', 'A question?')).toBe(questionKey('custom', '  A question?  '));
    expect(questionKey('custom', 'A question?')).not.toBe(questionKey('research', 'A question?'));
    expect(questionKey('custom', 'A question?')).not.toBe(questionKey('custom', 'Another question?'));
  });
});

describe('addUnique', () => {
  it('appends only new items, ignoring case and spaces', () => {
    expect(addUnique(['One'], [' one ', 'Two', 'two', ''])).toEqual(['One', 'Two']);
  });
});

describe('Interview schema', () => {
  it('fills defaults for a new interview', () => {
    const interview = newInterview({ id: 'i1', contactId: 'c1', now: NOW });
    expect(Interview.parse(interview)).toEqual(interview);
    expect(Interview.parse({ id: 'i1', contactId: 'c1', createdAt: NOW, updatedAt: NOW })).toEqual(interview);
    expect(interview.loggedAt).toBeUndefined();
    expect('meetingId' in interview).toBe(false);
    expect(newInterview({ id: 'i1', contactId: 'c1', meetingId: 'm1', now: NOW }).meetingId).toBe('m1');
  });

  it.each([
    ['a custom question', { prep: { customQuestions: ['x'.repeat(601)] } }],
    ['too many custom questions', { prep: { customQuestions: Array(61).fill('q?') } }],
    ['long goals', { prep: { goals: 'x'.repeat(2001) } }],
    ['notes', { log: { notes: 'x'.repeat(50_001) } }],
    ['an answer', { log: { answers: { 'bank:role.typical-week': 'x'.repeat(10_001) } } }],
    ['an answer key', { log: { answers: { ['k'.repeat(201)]: 'fine' } } }],
    ['a takeaway', { log: { takeaways: ['x'.repeat(1001)] } }],
    ['a next step', { log: { nextSteps: ['x'.repeat(1001)] } }],
    ['too many referrals', { log: { referrals: Array(21).fill({ name: 'Ann' }) } }],
    ['a referral name', { log: { referrals: [{ name: 'x'.repeat(201) }] } }],
    ['a blank referral name', { log: { referrals: [{ name: '   ' }] } }],
    ['a referral note', { log: { referrals: [{ name: 'Ann', note: 'x'.repeat(1001) }] } }],
    ['a non-LinkedIn referral link', { log: { referrals: [{ name: 'Ann', linkedinUrl: 'https://evil.example/in/ann' }] } }],
    ['a reflection', { log: { reflection: { feelings: 'x'.repeat(5001) } } }],
  ])('rejects %s over its limit', (_what, patch) => {
    const base = { id: 'i1', contactId: 'c1', createdAt: NOW, updatedAt: NOW };
    expect(Interview.safeParse({ ...base, ...patch }).success).toBe(false);
  });

  it('accepts strings right at their limits', () => {
    const log = InterviewLog.parse({
      notes: 'x'.repeat(50_000),
      takeaways: ['x'.repeat(1000)],
      referrals: [{ name: 'x'.repeat(200), linkedinUrl: 'https://www.linkedin.com/in/ann/' }],
      reflection: { stillToLearn: 'x'.repeat(5000) },
    });
    expect(log.reflection.feelings).toBe('');
    expect(Referral.parse({ name: '  Ann Lee ' }).name).toBe('Ann Lee');
  });
});

describe('cleanLog / prepareLog', () => {
  it('drops blank rows, trims text and normalises referral links', () => {
    const log = cleanLog({
      ...emptyLog(),
      answers: { a: ' yes ', b: '  ' },
      takeaways: [' Learn SQL ', ''],
      nextSteps: ['', ' Read the report'],
      referrals: [
        { name: ' Ann Lee ', linkedinUrl: 'linkedin.com/in/ann-lee', note: ' ', mayMentionName: true },
        { name: '', note: '', linkedinUrl: '' },
        { name: 'Bo', mayMentionName: false },
      ],
    });
    expect(log.answers).toEqual({ a: 'yes' });
    expect(log.takeaways).toEqual(['Learn SQL']);
    expect(log.nextSteps).toEqual(['Read the report']);
    expect(log.referrals).toEqual([
      { name: 'Ann Lee', linkedinUrl: 'https://www.linkedin.com/in/ann-lee/', mayMentionName: true },
      { name: 'Bo' },
    ]);
  });

  it('says which row is wrong, instead of dropping a person without a name', () => {
    const result = prepareLog({
      ...emptyLog(),
      referrals: [{ name: 'Ann' }, { name: '', note: 'Runs the design team' }],
    });
    expect(result).toEqual({ ok: false, error: 'Person 2: Give each person to talk to a name.' });
    const badLink = prepareLog({ ...emptyLog(), referrals: [{ name: 'Ann', linkedinUrl: 'ann on linkedin' }] });
    expect(badLink.ok).toBe(false);
    expect(!badLink.ok && badLink.error).toMatch(/^Person 1: A LinkedIn link looks like/);
  });
});

describe('thank-you helpers', () => {
  it('use the first non-empty takeaway and next step', () => {
    const interview = {
      log: { ...emptyLog(), takeaways: ['', '  ', ' Portfolios beat certificates ', 'Second'], nextSteps: ['Send my portfolio'] },
    };
    expect(takeawayForThankYou(interview)).toBe('Portfolios beat certificates');
    expect(nextStepForThankYou(interview)).toBe('Send my portfolio');
  });

  it('return undefined when there is nothing to cite', () => {
    expect(takeawayForThankYou({ log: emptyLog() })).toBeUndefined();
    expect(nextStepForThankYou({ log: { ...emptyLog(), nextSteps: [' '] } })).toBeUndefined();
  });
});
