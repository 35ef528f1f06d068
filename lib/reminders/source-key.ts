/**
 * Source keys say what a reminder is about. The rules re-derive the same key from the same
 * facts, so a reminder that exists (in any status) is found rather than made twice; the
 * database keeps the key unique as a second guard.
 */
export const sourceKeys = {
  /** One nudge per request; `requestKey` is the Outreach id (or the event id without one). */
  nudge: (contactId: string, requestKey: string) => `nudge:${contactId}:${requestKey}`,
  /** After the nudge went unanswered, keyed by that nudge. */
  markNoReply: (contactId: string, nudgeKey: string) => `no-reply:${contactId}:${nudgeKey}`,
  /** Per agreed time: `movedAt` (when the meeting last moved) once it has been moved. */
  confirm: (meetingId: string, movedAt?: number) => (movedAt === undefined ? `confirm:${meetingId}` : `confirm:${meetingId}:${movedAt}`),
  thankYou: (meetingId: string) => `thank-you:${meetingId}`,
  /** One per cycle, keyed by the instant the cycle's 90 days are counted from. */
  keepInTouch: (contactId: string, anchorAt: number) => `keep-in-touch:${contactId}:${anchorAt}`,
  referral: (contactId: string) => `referral:${contactId}`,
};
