import { useState, type ReactNode } from 'react';
import { DueList } from '@/components/popup/DueList';
import type { CoffeeChatDB } from '@/lib/db/database';
import { actOnDue, markNoReply } from './page-env';
import { useDue, type PopupDueItem } from './use-due';

interface Props {
  db: CoffeeChatDB;
  onDraft: (item: PopupDueItem) => void;
  /** Shown when nothing is due (the panel says so; the popup shows its contacts instead). */
  empty?: ReactNode;
}

/** The follow-ups due now, with what to do about each: the same in the popup and the side panel. */
export function DueSection({ db, onDraft, empty }: Props) {
  const due = useDue(db);
  const [error, setError] = useState<string>();
  return (
    <>
      {due.length === 0 && empty}
      <DueList
        items={due}
        onDraft={onDraft}
        onDone={(item) => void actOnDue(item, 'done').then(setError)}
        onSnooze={(item, days) => void actOnDue(item, 'snooze', days).then(setError)}
        onDismiss={(item) => void actOnDue(item, 'dismiss').then(setError)}
        onMarkNoReply={(item) => void markNoReply(item).then(setError)}
      />
      {error && (
        <p role="alert" className="status-line error">
          {error}
        </p>
      )}
    </>
  );
}
