import { findingsIn } from '@/lib/compose/blanks';

interface Props {
  notes: string;
  /** The chosen template has a {{researchNote}}: each finding gets a button that puts it there. */
  onUse?: ((finding: string) => void) | undefined;
}

/**
 * The contact's research notes beside the draft: good outreach shows the homework, so the
 * findings are in view while writing, and one click puts one into the message. Notes are the
 * user's text, shown as text only.
 */
export function ResearchNotes({ notes, onUse }: Props) {
  const findings = findingsIn(notes);
  if (findings.length === 0) return null;
  return (
    <section className="cc-research" aria-label="Your research notes">
      <h3 className="cc-label">Your research notes</h3>
      {!onUse && <p className="cc-hint">Pick the research-based ask to quote one of these.</p>}
      <ul>
        {findings.map((finding, i) => (
          <li key={`${i}:${finding}`}>
            <span>{finding}</span>
            {onUse && (
              <button type="button" className="cc-link" onClick={() => onUse(finding)} aria-label={`Use in the draft: ${finding}`}>
                Use in draft
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
