import { useId, type KeyboardEvent } from 'react';
import type { Contact } from '@/lib/contacts/contact';
import { STAGES, STAGE_LABELS, type Stage } from '@/lib/contacts/stage';
import { adjacentStage } from '@/lib/workspace/board';
import { contactHref } from '@/lib/workspace/routes';

export type BoardContact = Pick<Contact, 'id' | 'fullName' | 'stage' | 'updatedAt' | 'currentTitle' | 'currentCompany' | 'headline'>;

interface Props {
  contact: BoardContact;
  /** The column it shows in (may run ahead of `contact.stage` while a move is saved). */
  stage: Stage;
  instructionsId: string;
  onMove: (to: Stage) => void;
}

/**
 * A focusable card: ←/→ move it one stage, the "Move to…" select anywhere, or drag it onto a
 * column. Dragging alone would shut out keyboard and switch users.
 */
export function BoardCard({ contact, stage, instructionsId, onMove }: Props) {
  const id = useId();
  const detail = [contact.currentTitle, contact.currentCompany].filter(Boolean).join(' at ') || contact.headline;

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget) return; // the select and link handle their own keys
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const to = adjacentStage(stage, e.key === 'ArrowLeft' ? -1 : 1);
    e.preventDefault();
    if (to) onMove(to);
  };

  return (
    <li
      className="board-card"
      tabIndex={0}
      draggable
      data-card-id={contact.id}
      aria-label={`${contact.fullName}, ${STAGE_LABELS[stage]}`}
      aria-describedby={instructionsId}
      onKeyDown={onKeyDown}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', contact.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <a className="board-card-name" href={contactHref(contact.id)}>
        {contact.fullName}
      </a>
      {detail && <span className="board-card-detail">{detail}</span>}
      <label className="visually-hidden" htmlFor={`${id}-move`}>
        Move {contact.fullName} to…
      </label>
      <select id={`${id}-move`} className="board-card-move" value={stage} onChange={(e) => onMove(e.target.value as Stage)}>
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {s === stage ? `Move to… (${STAGE_LABELS[s]})` : STAGE_LABELS[s]}
          </option>
        ))}
      </select>
    </li>
  );
}
