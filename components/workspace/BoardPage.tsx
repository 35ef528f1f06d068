import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Stage } from '@/lib/contacts/stage';
import type { CoffeeChatDB } from '@/lib/db/database';
import type { WorkspaceActions } from '@/lib/workspace/workspace-actions';
import { loadBoard } from '@/lib/workspace/queries';
import { BoardView } from './BoardView';

const PER_COLUMN = 50;

interface Props {
  db: CoffeeChatDB;
  actions: Pick<WorkspaceActions, 'setStage'>;
}

/** Reads the first cards of each column and every column's size; a whole column on request. */
export function BoardPage({ db, actions }: Props) {
  const [limits, setLimits] = useState<Partial<Record<Stage, number>>>({});
  const board = useLiveQuery(() => loadBoard(db, limits, PER_COLUMN), [db, limits]);
  return (
    <>
      <h1 tabIndex={-1}>Board</h1>
      {board === undefined ? (
        <p className="loading">Loading…</p>
      ) : (
        <BoardView
          contacts={board.cards}
          totals={board.totals}
          perColumn={PER_COLUMN}
          onMove={(id, stage) => actions.setStage(id, stage)}
          onShowAll={(stage) => setLimits((l) => ({ ...l, [stage]: Infinity }))}
        />
      )}
    </>
  );
}
