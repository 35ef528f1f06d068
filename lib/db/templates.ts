import { restoreDefaults } from '@/lib/templates/defaults';
import { validateTemplate } from '@/lib/templates/variables';
import { UserFacingError } from '@/lib/messaging/errors';
import type { CoffeeChatDB } from './database';

/** Create or edit a template. Unknown {{variables}} are refused with the name shown. */
export async function saveTemplate(db: CoffeeChatDB, input: unknown, now: number): Promise<string> {
  const raw = (input ?? {}) as Record<string, unknown>;
  const checked = validateTemplate({
    createdAt: now,
    isDefault: false,
    ...raw,
    id: typeof raw.id === 'string' && raw.id ? raw.id : crypto.randomUUID(),
    updatedAt: now,
  });
  if (!checked.success) throw new UserFacingError(checked.error.issues.map((i) => i.message).join(' '));
  await db.templates.put(checked.data);
  return checked.data.id;
}

export async function deleteTemplate(db: CoffeeChatDB, id: string) {
  await db.templates.delete(id);
}

/** Every shipped template back as shipped; the user's own are kept. */
export async function restoreDefaultTemplates(db: CoffeeChatDB, _now: number) {
  await db.transaction('rw', db.templates, async () => {
    const next = restoreDefaults(await db.templates.toArray());
    await db.templates.clear();
    await db.templates.bulkAdd(next);
  });
}
