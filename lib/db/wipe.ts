import type { CoffeeChatDB } from './database';
import { seedDefaultTemplates } from './migrations/v2';

/** "Delete all data": every table emptied in one transaction; the default templates come back. */
export async function deleteAllData(db: CoffeeChatDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    await seedDefaultTemplates(db.templates);
  });
}
