import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CoffeeChatDB } from '@/lib/db/database';
import { loadReferralContacts } from '@/lib/workspace/queries';
import { buildReferralForest } from '@/lib/workspace/referral-tree';
import { ReferralTree } from './ReferralTree';

export function NetworkPage({ db }: { db: CoffeeChatDB }) {
  const contacts = useLiveQuery(() => loadReferralContacts(db), [db]);
  const forest = useMemo(() => (contacts ? buildReferralForest(contacts, { onlyConnected: true }) : undefined), [contacts]);
  const referred = contacts?.filter((c) => c.referredById).length ?? 0;
  return (
    <>
      <h1 tabIndex={-1}>Network</h1>
      <p className="lede">How one conversation led to the next.{forest && referred > 0 && ` ${referred} of your contacts came through a referral.`}</p>
      {forest === undefined ? <p className="loading">Loading…</p> : <ReferralTree forest={forest} />}
    </>
  );
}
