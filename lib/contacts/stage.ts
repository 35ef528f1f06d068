import { z } from 'zod';

/** The informational-interview pipeline (../shared/method.md), in order, then the side exits. */
export const STAGES = [
  'identified',
  'researching',
  'requested',
  'scheduled',
  'interviewed',
  'thanked',
  'keeping-in-touch',
  'no-reply',
  'declined',
  'archived',
] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

export const STAGE_LABELS: Record<Stage, string> = {
  identified: 'Identified',
  researching: 'Researching',
  requested: 'Requested',
  scheduled: 'Scheduled',
  interviewed: 'Interviewed',
  thanked: 'Thanked',
  'keeping-in-touch': 'Keeping in touch',
  'no-reply': 'No reply',
  declined: 'Declined',
  archived: 'Archived',
};

export const EXIT_STAGES: readonly Stage[] = ['no-reply', 'declined', 'archived'];
