import { useLiveQuery } from 'dexie-react-hooks';
import type { CoffeeChatDB } from '@/lib/db/database';
import { outreachOf } from '@/lib/workspace/contact-sections';
import { OutreachList } from '../OutreachList';

interface Props {
  db: CoffeeChatDB;
  contactId: string;
  onOpenDraft: (contactId: string) => void;
}

export function OutreachSection({ db, contactId, onOpenDraft }: Props) {
  const outreach = useLiveQuery(() => outreachOf(db, contactId), [db, contactId]);
  return (
    <>
      <p>
        <button type="button" onClick={() => onOpenDraft(contactId)}>
          Draft a message
        </button>
      </p>
      {outreach && <OutreachList outreach={outreach} />}
    </>
  );
}
