import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { EXIT_STAGES, STAGES, STAGE_LABELS, type Stage } from '@/lib/contacts/stage';
import { groupByStage, PIPELINE_STAGES } from '@/lib/workspace/board';
import { BoardCard, type BoardContact } from './BoardCard';
import { BoardColumn } from './BoardColumn';

export interface BoardViewProps {
  contacts: readonly BoardContact[];
  onMove: (id: string, stage: Stage) => Promise<string | null>;
  /** Cards per column before "Show all": 10,000 cards in the DOM would make the board crawl. */
  perColumn?: number;
  /** Each column's true size when `contacts` holds only the first cards of each. */
  totals?: Partial<Record<Stage, number>>;
  /** Asks the page to load a whole column. */
  onShowAll?: (stage: Stage) => void;
}

/** The pipeline as columns, the exits folded away at the end. */
export function BoardView({ contacts, onMove, perColumn = 50, totals, onShowAll }: BoardViewProps) {
  const instructionsId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  // Moves show at once; the database catches up a moment later through the live query.
  const [moved, setMoved] = useState<Record<string, Stage>>({});
  const [expanded, setExpanded] = useState<ReadonlySet<Stage>>(new Set());
  const [exitsOpen, setExitsOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterMove = useRef<string | null>(null);

  const byId = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts]);
  const columns = useMemo(() => {
    const placed = contacts.map((c) => ({ contact: c, stage: moved[c.id] ?? c.stage, justMoved: c.id in moved }));
    const groups = groupByStage(placed);
    for (const list of Object.values(groups)) {
      list.sort((a, b) => Number(b.justMoved) - Number(a.justMoved) || b.contact.updatedAt - a.contact.updatedAt);
    }
    return groups;
  }, [contacts, moved]);

  // Column sizes: the stored totals, shifted by moves the database has not caught up with.
  const sizes = useMemo(() => {
    const stored = groupByStage(contacts);
    const out = {} as Record<Stage, number>;
    for (const stage of STAGES) out[stage] = totals?.[stage] ?? stored[stage].length;
    for (const [id, to] of Object.entries(moved)) {
      const from = byId.get(id)?.stage;
      if (!from || from === to) continue;
      out[from] -= 1;
      out[to] += 1;
    }
    return out;
  }, [contacts, totals, moved, byId]);

  // Forget an optimistic move once the stored stage agrees with it.
  useEffect(() => {
    setMoved((m) => {
      const entries = Object.entries(m).filter(([id, stage]) => byId.get(id)?.stage !== stage && byId.has(id));
      return entries.length === Object.keys(m).length ? m : Object.fromEntries(entries);
    });
  }, [byId]);

  // Keep keyboard focus on a card that changed column (React remounts it there).
  useLayoutEffect(() => {
    const id = focusAfterMove.current;
    if (!id || !rootRef.current) return;
    for (const el of rootRef.current.querySelectorAll<HTMLElement>('[data-card-id]')) {
      if (el.dataset.cardId === id) {
        el.focus();
        focusAfterMove.current = null;
        return;
      }
    }
  });

  const move = async (id: string, to: Stage, keepFocus: boolean) => {
    const contact = byId.get(id);
    if (!contact) return;
    const from = moved[id] ?? contact.stage;
    if (from === to) return;
    if (EXIT_STAGES.includes(to)) setExitsOpen(true);
    focusAfterMove.current = keepFocus ? id : null;
    setMoved((m) => ({ ...m, [id]: to }));
    setAnnouncement(`Moved ${contact.fullName} to ${STAGE_LABELS[to]}.`);
    const error = await onMove(id, to);
    if (error) {
      setMoved((m) => {
        const { [id]: _dropped, ...rest } = m;
        return rest;
      });
      setAnnouncement(`Could not move ${contact.fullName}: ${error}`);
    }
  };

  const column = (stage: Stage) => {
    const cards = columns[stage];
    const showAll = expanded.has(stage);
    const visible = showAll ? cards : cards.slice(0, perColumn);
    const size = Math.max(sizes[stage], cards.length);
    return (
      <BoardColumn key={stage} stage={stage} count={size} onDropCard={(id) => void move(id, stage, false)}>
        <ul className="board-cards">
          {visible.map(({ contact, stage: shownStage }) => (
            <BoardCard
              key={contact.id}
              contact={contact}
              stage={shownStage}
              instructionsId={instructionsId}
              onMove={(to) => void move(contact.id, to, true)}
            />
          ))}
        </ul>
        {size > visible.length && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setExpanded((s) => new Set(s).add(stage));
              onShowAll?.(stage);
            }}
          >
            Show all {size}
          </button>
        )}
      </BoardColumn>
    );
  };

  const exitCount = EXIT_STAGES.reduce((n, s) => n + sizes[s], 0);

  return (
    <div className="board" ref={rootRef}>
      <p id={instructionsId} className="hint">
        Drag a card to another column, or focus it and press ← or → to move it one stage; the “Move to…” menu reaches any
        stage.
      </p>
      <div className="board-columns">{PIPELINE_STAGES.map(column)}</div>
      <details className="board-exits" open={exitsOpen} onToggle={(e) => setExitsOpen(e.currentTarget.open)}>
        <summary>
          Exits ({exitCount}): {EXIT_STAGES.map((s) => `${STAGE_LABELS[s]} ${sizes[s]}`).join(' · ')}
        </summary>
        <div className="board-columns">{EXIT_STAGES.map(column)}</div>
      </details>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
