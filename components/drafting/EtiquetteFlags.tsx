import { useId } from 'react';
import type { Flag } from '@/lib/templates/etiquette';

interface Props {
  flags: Flag[];
}

/** Advice only: nothing here disables a button, because the user may know better than the lint. */
export function EtiquetteFlags({ flags }: Props) {
  const headingId = useId();
  if (flags.length === 0) return null;
  return (
    <section className="cc-flags" aria-labelledby={headingId}>
      <h3 id={headingId} className="cc-flags-heading">
        Advice
      </h3>
      <ul>
        {flags.map((flag) => (
          <li key={`${flag.rule}:${flag.message}`} data-rule={flag.rule}>
            {flag.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
