import type { Count } from '@/lib/templates/channels';

interface Props {
  count: Count;
  /** Says what is counted when there is more than one counter ("Subject"). */
  label?: string;
  /** Announce changes to screen readers; only the draft's counter does, or every key press speaks twice. */
  live?: boolean;
}

/** "142 / 300", and over the limit, in red, by how much. */
export function CharacterCounter({ count, label, live = false }: Props) {
  const { used, limit, over } = count;
  const prefix = label ? `${label}: ` : '';
  let text: string;
  if (limit === undefined) text = `${prefix}${used} character${used === 1 ? '' : 's'}`;
  else if (over > 0) text = `${prefix}${used} / ${limit} — ${over} character${over === 1 ? '' : 's'} over the ${limit} limit`;
  else text = `${prefix}${used} / ${limit}`;
  return (
    <p
      className={over > 0 ? 'cc-counter cc-counter-over' : 'cc-counter'}
      aria-live={live ? 'polite' : undefined}
      aria-atomic={live ? true : undefined}
      data-testid={live ? 'draft-counter' : undefined}
    >
      {text}
    </p>
  );
}
