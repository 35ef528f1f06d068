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
  const [notice, setNotice] = useState<string>();
  const act = (item: PopupDueItem, action: 'done' | 'dismiss' | 'snooze', days?: number) =>
    void actOnDue(item, action, days).then((said) => {
      setError(said.error);
      setNotice(said.notice);
    });
  return (
    <>
      {due.length === 0 && !notice && empty}
      <DueList
        items={due}
        onDraft={onDraft}
        onDone={(item) => act(item, 'done')}
        onSnooze={(item, days) => act(item, 'snooze', days)}
        onDismiss={(item) => act(item, 'dismiss')}
        onMarkNoReply={(item) => void markNoReply(item).then(setError)}
        notice={notice}
      />
      {error && (
        <p role="alert" className="status-line error">
          {error}
        </p>
      )}
    </>
  );
}
