import { z } from 'zod';
import { Timestamp } from '@/lib/records/fields';

/** A message the user says they sent ("Mark as sent"): what reminders and the timeline follow. */
export const Outreach = z.object({
  id: z.string().min(1),
  contactId: z.string().min(1),
  sentAt: Timestamp,
  templateId: z.string().optional(),
  kind: z.string().max(40),
  channel: z.string().max(40),
  subject: z.string().max(300).optional(),
  text: z.string().max(20_000),
});
export type Outreach = z.infer<typeof Outreach>;
