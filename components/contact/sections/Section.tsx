import type { ReactNode } from 'react';

/** A titled card; long ones (the question bank, the log) fold away until wanted. */
export function Section({ title, children, folded }: { title: string; children: ReactNode; folded?: boolean }) {
  if (folded) {
    return (
      <details className="card-form contact-section">
        <summary>
          <h2>{title}</h2>
        </summary>
        {children}
      </details>
    );
  }
  return (
    <section className="card-form contact-section" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
