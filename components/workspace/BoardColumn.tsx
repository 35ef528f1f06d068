import { useId, useState, type DragEvent, type ReactNode } from 'react';
import { STAGE_LABELS, type Stage } from '@/lib/contacts/stage';

interface Props {
  stage: Stage;
  count: number;
  onDropCard: (id: string) => void;
  children: ReactNode;
}

/** A stage column; a drop target for dragged cards. */
export function BoardColumn({ stage, count, onDropCard, children }: Props) {
  const headingId = useId();
  const [over, setOver] = useState(false);

  const allow = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('text/plain')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    setOver(true);
  };

  return (
    <section
      className={over ? 'board-column drop-target' : 'board-column'}
      aria-labelledby={headingId}
      data-stage={stage}
      onDragEnter={allow}
      onDragOver={allow}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const id = e.dataTransfer.getData('text/plain');
        if (id) onDropCard(id);
      }}
    >
      <h2 id={headingId} className="board-column-title">
        {STAGE_LABELS[stage]} <span className="count">{count}</span>
      </h2>
      {children}
    </section>
  );
}
