import { readProfile } from '@/lib/capture/read-profile';
import { sendToBackground } from '@/lib/messaging/send';
import type { CaptureOutcome } from '@/lib/messaging/protocol';

/** Read the profile the user is looking at, now, and hand it to the background to store. */
export async function captureAndSave(): Promise<CaptureOutcome> {
  const result = readProfile(document, location.href);
  if (!result.ok) return { ok: false, error: result.message };
  const reply = await sendToBackground('saveCapture', { profile: result.profile, warnings: result.warnings });
  if (!reply.ok) return reply;
  return {
    ok: true,
    status: reply.data.status,
    fullName: reply.data.fullName,
    warnings: result.warnings,
    jobChanged: reply.data.jobChanged,
  };
}
