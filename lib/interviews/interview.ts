import { z } from 'zod';
import { profileUrlFromInput } from '@/lib/capture/profile-url';
import { ProfileUrl, Timestamp } from '@/lib/records/fields';
import { QUESTION_BANK, bankQuestion, type QuestionGroup } from './question-bank';

/**
 * One informational interview with one contact: the prep sheet before the meeting and the log
 * after it. Stored in its own table (not inside the contact) because a contact can be
 * interviewed more than once and the log can grow large.
 *
 * Every string has a limit: the record travels by message to the background and lands in a
 * backup file, and an unbounded paste would make both slow.
 */
export const INTERVIEW_LIMITS = {
  id: 200,
  question: 600,
  questions: 60,
  goals: 2_000,
  answer: 10_000,
  answers: 200,
  notes: 50_000,
  listItem: 1_000,
  listItems: 50,
  referrals: 20,
  referralName: 200,
  referralNote: 1_000,
  url: 300,
  reflection: 5_000,
} as const;

const L = INTERVIEW_LIMITS;

export const InterviewPrep = z.object({
  /** Ids from QUESTION_BANK. Unknown ids (a question retired in a later version) are kept, not shown. */
  questionIds: z.array(z.string().max(L.id)).max(100).default([]),
  customQuestions: z
    .array(z.string().max(L.question, 'Keep each question under 600 characters.'))
    .max(L.questions, 'That is more questions than fit in 20 minutes.')
    .default([]),
  /** Research findings turned into questions ("I found that…, does that match what you see?"). */
  researchQuestions: z
    .array(z.string().max(L.question, 'Keep each question under 600 characters.'))
    .max(L.questions, 'That is more questions than fit in 20 minutes.')
    .default([]),
  goals: z.string().max(L.goals, 'Keep your goals under 2,000 characters.').optional(),
});
export type InterviewPrep = z.infer<typeof InterviewPrep>;

/** A name given in answer to "who else would you suggest I talk to?". */
export const Referral = z.object({
  name: z.string().trim().min(1, 'Give each person to talk to a name.').max(L.referralName, 'That name is too long.'),
  note: z.string().max(L.referralNote, 'Keep each note under 1,000 characters.').optional(),
  // Same shape as Contact.profileUrl, because each referral becomes a contact.
  linkedinUrl: ProfileUrl('A LinkedIn link looks like https://www.linkedin.com/in/their-name/.').optional(),
  mayMentionName: z.boolean().optional(),
});
export type Referral = z.infer<typeof Referral>;

const reflectionText = z.string().max(L.reflection, 'Keep each reflection under 5,000 characters.').default('');

/** The four reflection questions of the method, answered after each interview. */
export const Reflection = z.object({
  /** How do I feel about what I learned? */
  feelings: reflectionText,
  /** Can I picture myself in that setting doing those tasks? */
  pictureMyself: reflectionText,
  /** What changed in my view of this field? */
  changedView: reflectionText,
  /** What do I still need to find out, and who could tell me? */
  stillToLearn: reflectionText,
});
export type Reflection = z.infer<typeof Reflection>;

export const REFLECTION_QUESTIONS: ReadonlyArray<{ key: keyof Reflection; text: string }> = [
  { key: 'feelings', text: 'How do I feel about what I learned?' },
  { key: 'pictureMyself', text: 'Can I picture myself in that setting, doing those tasks?' },
  { key: 'changedView', text: 'What changed in my view of this field?' },
  { key: 'stillToLearn', text: 'What do I still need to find out, and who could tell me?' },
];

const listItem = z.string().max(L.listItem, 'Keep each item under 1,000 characters.');

export const InterviewLog = z.object({
  /** Keyed by `questionKey` (see chosenQuestions). */
  answers: z
    .record(z.string().max(L.id), z.string().max(L.answer, 'Keep each answer under 10,000 characters.'))
    .refine((a) => Object.keys(a).length <= L.answers, 'Too many answers.')
    .default({}),
  notes: z.string().max(L.notes, 'Keep notes under 50,000 characters.').default(''),
  takeaways: z.array(listItem).max(L.listItems, 'Too many takeaways.').default([]),
  nextSteps: z.array(listItem).max(L.listItems, 'Too many next steps.').default([]),
  referrals: z.array(Referral).max(L.referrals, 'Too many people in one log.').default([]),
  reflection: Reflection.default(() => emptyReflection()),
});
export type InterviewLog = z.infer<typeof InterviewLog>;

export const Interview = z.object({
  id: z.string().min(1).max(L.id),
  contactId: z.string().min(1).max(L.id),
  meetingId: z.string().min(1).max(L.id).optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  prep: InterviewPrep.default(() => emptyPrep()),
  log: InterviewLog.default(() => emptyLog()),
  /** Set when the user saves the log after the meeting; absent while it is only prepared. */
  loggedAt: Timestamp.optional(),
});
export type Interview = z.infer<typeof Interview>;

export function emptyPrep(): InterviewPrep {
  return { questionIds: [], customQuestions: [], researchQuestions: [] };
}

export function emptyReflection(): Reflection {
  return { feelings: '', pictureMyself: '', changedView: '', stillToLearn: '' };
}

export function emptyLog(): InterviewLog {
  return { answers: {}, notes: '', takeaways: [], nextSteps: [], referrals: [], reflection: emptyReflection() };
}

export function newInterview(args: { id: string; contactId: string; meetingId?: string; now: number }): Interview {
  return {
    id: args.id,
    contactId: args.contactId,
    ...(args.meetingId ? { meetingId: args.meetingId } : {}),
    createdAt: args.now,
    updatedAt: args.now,
    prep: emptyPrep(),
    log: emptyLog(),
  };
}

// ---------------------------------------------------------------------------------------------
// The chosen questions, in the order they are asked

export type QuestionSource = 'bank' | 'research' | 'custom';

export interface ChosenQuestion {
  /** Stable key for `log.answers`. */
  key: string;
  text: string;
  source: QuestionSource;
  group?: QuestionGroup;
  hint?: string;
}

/**
 * FNV-1a: custom and research questions have no id of their own, and keying answers by list
 * position would attach an answer to the wrong question after a removal.
 */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function questionKey(source: QuestionSource, idOrText: string): string {
  return source === 'bank' ? `bank:${idOrText}` : `${source}:${hashText(idOrText.trim())}`;
}

const BANK_ORDER = new Map(QUESTION_BANK.map((q, i) => [q.id, i]));

/**
 * The order of the printed sheet: the bank's opening groups first (easy, about them), then the
 * user's research and own questions while the conversation is warm, and the "Next" group last —
 * asking who else to talk to is how an informational interview ends.
 */
export function chosenQuestions(prep: InterviewPrep): ChosenQuestion[] {
  const picked = new Set(prep.questionIds);
  const bank = [...picked]
    .map((id) => bankQuestion(id))
    .filter((q) => q !== undefined)
    .map((q) => ({ q, order: BANK_ORDER.get(q.id) ?? 0 }))
    .sort((a, b) => a.order - b.order)
    .map(
      ({ q }): ChosenQuestion => ({
        key: questionKey('bank', q.id),
        text: q.text,
        source: 'bank',
        group: q.group,
        ...(q.hint ? { hint: q.hint } : {}),
      }),
    );
  const own = (source: QuestionSource, list: string[]): ChosenQuestion[] =>
    list
      .map((t) => t.trim())
      .filter((t) => t.length > 0)
      .map((text) => ({ key: questionKey(source, text), text, source }));
  const seen = new Set<string>();
  return [
    ...bank.filter((q) => q.group !== 'next'),
    ...own('research', prep.researchQuestions),
    ...own('custom', prep.customQuestions),
    ...bank.filter((q) => q.group === 'next'),
  ].filter((q) => (seen.has(q.key) ? false : (seen.add(q.key), true)));
}

// ---------------------------------------------------------------------------------------------
// Research notes → questions

const BULLET = /^(?:[-*•‣◦·–—+>]|\d{1,3}[.)]|\[[ xX]?\]|#{1,6})\s*/;
const LEAD_IN = /^(?:i (?:found|read|saw|noticed|learned|learnt) (?:that|on|in)?|found that|found:|finding:|research:|fact:)\s*/i;
/** Lower-cased after "I found that"; anything else (names, acronyms) keeps its capital. */
const FUNCTION_WORDS = new Set(
  'the a an they their them she he her his it its this that these those there most many some our we you your one all each both several'.split(
    ' ',
  ),
);
const MAX_FINDING = 400;

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * Turns research findings (one per line or bullet in the contact's notes) into talking points:
 * "I found that …, does that match what you see?". A line that already is a question is kept as
 * written; headings ("Research:"), bare links and one-word lines are skipped. Duplicates (any
 * case) appear once.
 */
export function researchToQuestions(notes: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of notes.split(/\r?\n/)) {
    let line = raw.trim();
    // "- [ ] 1. text": strip every layer of list markup.
    for (let prev = ''; prev !== line; ) {
      prev = line;
      line = line.replace(BULLET, '').trim();
    }
    if (!line || line.endsWith(':')) continue;
    if (/^\S+:\/\/\S+$/.test(line) || /^www\.\S+$/i.test(line)) continue;
    let question: string;
    if (line.endsWith('?')) {
      question = clip(line, L.question);
    } else {
      let finding = line.replace(LEAD_IN, '').replace(/[\s.;,!…]+$/, '');
      if (finding.split(/\s+/).length < 2) continue;
      const first = finding.split(/\s+/, 1)[0] ?? '';
      if (FUNCTION_WORDS.has(first.toLowerCase()) && first !== 'I') {
        finding = finding.charAt(0).toLowerCase() + finding.slice(1);
      }
      question = `I found that ${clip(finding, MAX_FINDING)}, does that match what you see?`;
    }
    const dedupeKey = question.toLowerCase();
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    out.push(question);
    if (out.length >= L.questions) break;
  }
  return out;
}

/** Appends the items not already in the list (ignoring case and surrounding spaces). */
export function addUnique(list: readonly string[], items: readonly string[]): string[] {
  const seen = new Set(list.map((t) => t.trim().toLowerCase()));
  const out = [...list];
  for (const item of items) {
    const key = item.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(item.trim());
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Saving the log

function cleanList(list: readonly string[]): string[] {
  return list.map((t) => t.trim()).filter((t) => t.length > 0);
}

/**
 * What the form holds → what is saved: blank rows dropped, LinkedIn links normalised. A row with
 * a link or note but no name is kept so validation can say "give each person a name" instead of
 * silently losing it. An unrecognised link is kept as typed, for the same reason.
 */
export function cleanLog(log: InterviewLog): InterviewLog {
  const answers: Record<string, string> = {};
  for (const [key, text] of Object.entries(log.answers)) {
    if (text.trim()) answers[key] = text.trim();
  }
  const referrals: Referral[] = [];
  for (const r of log.referrals) {
    const name = r.name.trim();
    const note = r.note?.trim() ?? '';
    const link = r.linkedinUrl?.trim() ?? '';
    if (!name && !note && !link) continue;
    referrals.push({
      name,
      ...(note ? { note } : {}),
      ...(link ? { linkedinUrl: profileUrlFromInput(link) ?? link } : {}),
      ...(r.mayMentionName ? { mayMentionName: true } : {}),
    });
  }
  return {
    answers,
    notes: log.notes.trim(),
    takeaways: cleanList(log.takeaways),
    nextSteps: cleanList(log.nextSteps),
    referrals,
    reflection: {
      feelings: log.reflection.feelings.trim(),
      pictureMyself: log.reflection.pictureMyself.trim(),
      changedView: log.reflection.changedView.trim(),
      stillToLearn: log.reflection.stillToLearn.trim(),
    },
  };
}

/** Cleans and validates; the error is the first problem, in words the user can act on. */
export function prepareLog(log: InterviewLog): { ok: true; log: InterviewLog } | { ok: false; error: string } {
  const parsed = InterviewLog.safeParse(cleanLog(log));
  if (parsed.success) return { ok: true, log: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) return { ok: false, error: 'The log could not be saved.' };
  const [list, index] = issue.path;
  const row = typeof list === 'string' ? ROW_NAMES[list] : undefined;
  return { ok: false, error: row && typeof index === 'number' ? `${row} ${index + 1}: ${issue.message}` : issue.message };
}

/** Says which row a problem is in, matching the labels the log form shows. */
const ROW_NAMES: Record<string, string> = {
  takeaways: 'Takeaway',
  nextSteps: 'Next step',
  referrals: 'Person',
};

// ---------------------------------------------------------------------------------------------
// Thank-you draft

/** The first non-empty takeaway: the thank-you names "something specific learned". */
export function takeawayForThankYou(interview: Pick<Interview, 'log'>): string | undefined {
  return cleanList(interview.log.takeaways)[0];
}

/** The first non-empty agreed next step, for "…and I will …" in the thank-you. */
export function nextStepForThankYou(interview: Pick<Interview, 'log'>): string | undefined {
  return cleanList(interview.log.nextSteps)[0];
}
