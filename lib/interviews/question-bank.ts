import { z } from 'zod';

/**
 * The prep-sheet question bank, grouped as in the method (shared/method.md). The wording is our
 * own: open questions (how / what / which) that invite a story rather than a yes or no.
 *
 * Ids are stored in `Interview.prep.questionIds` and used as answer keys in the log, so they
 * must never change once shipped. Reword a question freely; give a new question a new id.
 *
 * What is deliberately NOT in the bank (the method's "out" list):
 * - questions a quick web search answers (what the company makes, when it was founded, its size);
 * - personal questions (age, family, health, politics, what this person earns);
 * - requests for confidential information (internal numbers, unannounced plans, clients);
 * - and, above all, anything that asks for a job, an opening or a referral to a posting.
 * `questionWarnings` flags the obvious cases in questions the user writes themselves.
 */

export const QUESTION_GROUPS = ['role', 'path', 'success', 'field', 'organisation', 'advice', 'next'] as const;
export const QuestionGroup = z.enum(QUESTION_GROUPS);
export type QuestionGroup = z.infer<typeof QuestionGroup>;

export const QUESTION_GROUP_LABELS: Record<QuestionGroup, string> = {
  role: 'Role',
  path: 'Path',
  success: 'Success',
  field: 'Field',
  organisation: 'Organisation',
  advice: 'Advice',
  next: 'Next',
};

export const BankQuestion = z.object({
  id: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/),
  group: QuestionGroup,
  text: z.string().min(1).max(300),
  /** A listening tip shown under the question, where the method gives one. */
  hint: z.string().max(300).optional(),
});
export type BankQuestion = z.infer<typeof BankQuestion>;

export const QUESTION_BANK: readonly BankQuestion[] = [
  // Role
  { id: 'role.typical-week', group: 'role', text: 'What does a typical day or week look like for you?' },
  {
    id: 'role.yearly-rhythm',
    group: 'role',
    text: 'How does the work change over the year — are there busy seasons, deadlines or quiet stretches?',
  },
  { id: 'role.best-parts', group: 'role', text: 'Which parts of your work do you enjoy most?' },
  { id: 'role.hard-parts', group: 'role', text: 'Which parts do you find most frustrating or draining?' },
  { id: 'role.time-split', group: 'role', text: 'How is your time split between people, deep work and meetings?' },

  // Path
  { id: 'path.got-in', group: 'path', text: 'How did you get into this field?' },
  { id: 'path.learned', group: 'path', text: 'How did you learn the work — on the job, through study, or something else?' },
  {
    id: 'path.same-again',
    group: 'path',
    text: 'If you were starting today, would you prepare the same way? What would you do differently?',
  },
  { id: 'path.wish-known', group: 'path', text: 'What do you wish someone had told you when you were starting out?' },

  // Success
  {
    id: 'success.skills',
    group: 'success',
    text: 'Which skills matter most to do this work well?',
    hint: 'Write down the exact skill words they use: they belong in your résumé.',
  },
  {
    id: 'success.credentials',
    group: 'success',
    text: 'Which qualifications or credentials actually make a difference here, and which are nice to have?',
  },
  { id: 'success.traits', group: 'success', text: 'What sets apart the people who really thrive in this work?' },
  {
    id: 'success.good-looks-like',
    group: 'success',
    text: 'How would you recognise that someone new in this role is doing a good job?',
  },

  // Field
  { id: 'field.trends', group: 'field', text: 'Which changes or trends do you see shaping this field over the next few years?' },
  { id: 'field.stay-current', group: 'field', text: 'How do you keep up with what is happening in the field?' },
  {
    id: 'field.reading',
    group: 'field',
    text: 'What would you recommend I read, listen to or follow to understand the field better?',
  },
  { id: 'field.communities', group: 'field', text: 'Which associations, meetups or events are worth joining?' },

  // Organisation
  { id: 'organisation.joined', group: 'organisation', text: 'How did you come to work at your organisation?' },
  { id: 'organisation.culture', group: 'organisation', text: 'How would you describe the culture where you work?' },
  {
    id: 'organisation.paths',
    group: 'organisation',
    text: 'What do career paths typically look like there — where do people go from a role like yours?',
  },
  {
    id: 'organisation.newcomers',
    group: 'organisation',
    text: 'What helps someone new settle in and do well in your organisation?',
  },

  // Advice
  {
    id: 'advice.starting-out',
    group: 'advice',
    text: 'What would you tell someone who is thinking about starting out in this field?',
  },
  {
    id: 'advice.search-strategy',
    group: 'advice',
    text: 'Which ways of looking for work tend to succeed in this field, and which tend not to?',
  },
  {
    id: 'advice.education',
    group: 'advice',
    text: 'Would further study or a particular certification be worth it for someone with my background?',
  },
  {
    id: 'advice.my-background',
    group: 'advice',
    text: 'Looking at my background, what would you focus on first to become a strong candidate for this kind of work?',
  },

  // Next
  {
    id: 'next.who-else',
    group: 'next',
    text: 'Who else would you suggest I talk to — two or three people, if any come to mind?',
    hint: 'The method suggests coming away with two more names.',
  },
  { id: 'next.mention-name', group: 'next', text: 'May I mention your name when I reach out to them?' },
  { id: 'next.keep-in-touch', group: 'next', text: 'Would it be all right to keep you posted on how things go?' },
];

const BY_ID = new Map(QUESTION_BANK.map((q) => [q.id, q]));

export function bankQuestion(id: string): BankQuestion | undefined {
  return BY_ID.get(id);
}

/** The bank in method order, one entry per group, for rendering grouped checkboxes. */
export function questionsByGroup(): Array<{ group: QuestionGroup; label: string; questions: BankQuestion[] }> {
  return QUESTION_GROUPS.map((group) => ({
    group,
    label: QUESTION_GROUP_LABELS[group],
    questions: QUESTION_BANK.filter((q) => q.group === group),
  }));
}

export type QuestionWarningCode = 'job-ask' | 'referral-ask' | 'personal-pay' | 'personal' | 'web-search' | 'confidential';

export interface QuestionWarning {
  code: QuestionWarningCode;
  message: string;
}

/**
 * Phrases that break the method. Deliberately narrow: a false alarm on a fine question teaches
 * users to ignore the advice. "Who else would you suggest I talk to" must stay clean, so the
 * referral rule only fires on being referred *for a job*, not *to a person*.
 */
const RULES: Array<{ code: QuestionWarningCode; patterns: RegExp[]; message: string }> = [
  {
    code: 'job-ask',
    patterns: [
      /\b(?:are|is) (?:you|your (?:team|company|organi[sz]ation|group|department)|they|anyone)(?: currently| still| now)? hiring\b/i,
      /\b(?:any|open) (?:job |current )?(?:openings?|vacanc(?:y|ies))\b/i,
      /\bopen (?:positions|roles|jobs)\b/i,
      /\bjob openings?\b/i,
      /\b(?:give|offer|get) me (?:a|an) (?:job|position|role|interview)\b/i,
      /\bhir(?:e|ing) me\b/i,
    ],
    message:
      'This reads as a job request. An informational interview is for advice and information; asking for a job makes the other person feel used.',
  },
  {
    code: 'referral-ask',
    patterns: [
      /\b(?:can|could|would|will) you (?:please )?refer me\b(?! to (?:someone|somebody|anyone|anybody|people|others?|other people|a (?:person|colleague|friend|contact)))/i,
      /\brefer me (?:for|to) (?:a |an |the |this |that |your )?(?:job|role|position|opening|posting|vacancy)\b/i,
      /\b(?:a|an|your|employee|internal) referral\b/i,
    ],
    message:
      'Asking to be referred for a job breaks the method. Ask who else you could talk to instead — and whether you may mention their name.',
  },
  {
    code: 'personal-pay',
    patterns: [
      /\bwhat(?:'s| is| was) your (?:salary|pay|income|compensation|bonus)\b/i,
      /\bhow much (?:do|did) you (?:make|earn|get paid)\b/i,
      /\bwhat do you (?:make|earn)\b/i,
      /\byour (?:salary|pay ?check|income|compensation package|bonus)\b/i,
      /\bhow much (?:does|did) (?:your (?:boss|manager|colleague|team ?mate|co-?worker)|(?!a\b|an\b|the\b|it\b|someone\b|somebody\b|one\b)[a-z]+) (?:make|earn|get paid)\b/i,
      /\b(?:his|her) (?:salary|pay|income|compensation|bonus)\b/i,
    ],
    message:
      "What a particular person earns is personal. If pay matters, ask about typical ranges for the role — or look them up first.",
  },
  {
    code: 'personal',
    patterns: [
      /\bhow old are you\b/i,
      /\bare you (?:married|single|pregnant|religious)\b/i,
      /\bdo you have (?:kids|children|a partner)\b/i,
      /\bwho did you vote\b/i,
      /\byour (?:religion|political views|health)\b/i,
    ],
    message: 'This is a personal question; keep the conversation on the work.',
  },
  {
    code: 'web-search',
    patterns: [
      /\bwhat does your (?:company|organi[sz]ation|firm|employer) (?:do|make|sell)\b/i,
      /\bwhen was (?:your|the) (?:company|organi[sz]ation|firm) founded\b/i,
      /\bhow many (?:employees|people work) (?:does|do|at|there)\b/i,
      /\bwhere is (?:your|the) (?:company|organi[sz]ation|firm|head ?quarters|HQ)(?: based| located)?\b/i,
    ],
    message:
      'A quick web search probably answers this. Look it up first and turn what you find into a question ("I found that…, does that match what you see?").',
  },
  {
    code: 'confidential',
    patterns: [
      /\bconfidential\b/i,
      /\binternal (?:numbers|figures|data|documents|financials|metrics)\b/i,
      /\b(?:unannounced|upcoming) (?:products?|layoffs|deals?|launch(?:es)?|acquisitions?)\b/i,
      /\btrade secrets?\b/i,
      /\bwho are your (?:clients|customers)\b/i,
    ],
    message: 'This asks for information they may not be free to share. Ask about the public side instead.',
  },
];

/**
 * Advice, never a block: flags questions that break the method's etiquette. One warning per
 * kind of problem, in a fixed order.
 */
export function questionWarnings(text: string): QuestionWarning[] {
  // Curly apostrophes come from phones and word processors; the patterns use straight ones.
  const normalised = text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  return RULES.filter((rule) => rule.patterns.some((p) => p.test(normalised))).map(({ code, message }) => ({
    code,
    message,
  }));
}
