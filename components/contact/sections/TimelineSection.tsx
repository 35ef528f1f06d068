import { useLiveQuery } from 'dexie-react-hooks';
import type { CoffeeChatDB } from '@/lib/db/database';
import { timelineOf } from '@/lib/workspace/contact-sections';
import { Timeline } from '../Timeline';

export function TimelineSection({ db, contactId }: { db: CoffeeChatDB; contactId: string }) {
  const events = useLiveQuery(() => timelineOf(db, contactId), [db, contactId]);
  return events ? <Timeline events={events} /> : null;
}
