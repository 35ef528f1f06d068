import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addMonths, startOfMonth } from 'date-fns';
import type { CoffeeChatDB } from '@/lib/db/database';
import { meetingsByMonth, progressFromStageCounts } from '@/lib/workspace/progress';
import { countByStage, loadMeetings } from '@/lib/workspace/queries';
import { ProgressView } from './ProgressView';
import { useNow } from './use-now';

export function ProgressPage({ db }: { db: CoffeeChatDB }) {
  // Counted on the stage index: no contact record is read for this page.
  const counts = useLiveQuery(() => countByStage(db), [db]);
  const now = useNow(60 * 60_000);
  // The chart covers six months; older meetings are not read.
  const since = startOfMonth(addMonths(now, -5)).getTime();
  const meetings = useLiveQuery(() => loadMeetings(db, since), [db, since]);
  const stats = useMemo(() => (counts ? progressFromStageCounts(counts) : undefined), [counts]);
  const months = useMemo(() => (meetings ? meetingsByMonth(meetings, now) : undefined), [meetings, now]);
  return (
    <>
      <h1 tabIndex={-1}>Progress</h1>
      {stats ? <ProgressView stats={stats} meetingsByMonth={months} /> : <p className="loading">Loading…</p>}
    </>
  );
}
