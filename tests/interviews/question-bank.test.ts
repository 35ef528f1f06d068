import {
  BankQuestion,
  QUESTION_BANK,
  QUESTION_GROUPS,
  QUESTION_GROUP_LABELS,
  bankQuestion,
  questionWarnings,
  questionsByGroup,
} from '@/lib/interviews/question-bank';

describe('question bank', () => {
  it('covers every group of the method, in order, with several questions each', () => {
    expect(QUESTION_GROUPS).toEqual(['role', 'path', 'success', 'field', 'organisation', 'advice', 'next']);
    expect(Object.values(QUESTION_GROUP_LABELS)).toEqual([
      'Role',
      'Path',
      'Success',
      'Field',
      'Organisation',
      'Advice',
      'Next',
    ]);
    const grouped = questionsByGroup();
    expect(grouped.map((g) => g.group)).toEqual([...QUESTION_GROUPS]);
    for (const g of grouped) expect(g.questions.length).toBeGreaterThanOrEqual(3);
  });

  it('has unique, well-formed ids prefixed by their group', () => {
    const ids = QUESTION_BANK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of QUESTION_BANK) {
      expect(BankQuestion.parse(q)).toEqual(q);
      expect(q.id.startsWith(`${q.group}.`)).toBe(true);
      expect(bankQuestion(q.id)).toBe(q);
    }
    expect(bankQuestion('nope.missing')).toBeUndefined();
  });

  it('asks open questions that break none of its own etiquette rules', () => {
    for (const q of QUESTION_BANK) {
      expect(q.text.trim().endsWith('?')).toBe(true);
      expect(questionWarnings(q.text)).toEqual([]);
    }
  });

  it('asks for two more names in the Next group', () => {
    const next = questionsByGroup().find((g) => g.group === 'next')!;
    expect(next.questions.some((q) => /who else/i.test(q.text))).toBe(true);
    expect(next.questions.some((q) => /mention your name/i.test(q.text))).toBe(true);
  });
});

describe('questionWarnings', () => {
  const codes = (text: string) => questionWarnings(text).map((w) => w.code);

  it.each([
    ['Are you hiring at the moment?', 'job-ask'],
    ['Is your team currently hiring?', 'job-ask'],
    ['Do you have any job openings?', 'job-ask'],
    ['Are there open positions on your team?', 'job-ask'],
    ['Could you hire me?', 'job-ask'],
    ['Can you refer me?', 'referral-ask'],
    ['Would you refer me for the analyst role?', 'referral-ask'],
    ['Could I get an employee referral?', 'referral-ask'],
    ["What's your salary?", 'personal-pay'],
    ['What’s your salary?', 'personal-pay'],
    ['How much do you make?', 'personal-pay'],
    ['How much does Priya earn?', 'personal-pay'],
    ['How much does your manager make?', 'personal-pay'],
    ['What is her salary?', 'personal-pay'],
    ['How old are you?', 'personal'],
    ['What does your company do?', 'web-search'],
    ['When was the company founded?', 'web-search'],
    ['Can you share the internal numbers for Q3?', 'confidential'],
  ])('flags %j as %s', (text, code) => {
    expect(codes(text)).toContain(code);
  });

  it.each([
    'Who else would you suggest I talk to, and may I mention your name?',
    'Could you refer me to someone else in the field?',
    'What salary range is typical for someone starting out?',
    'How much does a junior designer usually earn?',
    'What makes someone a good hire for this team?',
    'Which positions did you hold before this one?',
    'How do you keep up with the field?',
    '',
  ])('leaves %j alone', (text) => {
    expect(questionWarnings(text)).toEqual([]);
  });

  it('gives each kind of problem once, with advice in words', () => {
    const warnings = questionWarnings("Are you hiring? Any openings? And what's your salary?");
    expect(warnings.map((w) => w.code)).toEqual(['job-ask', 'personal-pay']);
    for (const w of warnings) expect(w.message.length).toBeGreaterThan(20);
  });
});
