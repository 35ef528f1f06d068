import { useId, useState } from 'react';

interface Props {
  title: string;
  /** "Takeaway" → inputs named "Takeaway 1", "Takeaway 2", … */
  itemLabel: string;
  addLabel: string;
  hint?: string;
  items: string[];
  onChange: (items: string[]) => void;
}

/** A short editable list of one-line items (takeaways, next steps), with add and remove. */
export function TextList({ title, itemLabel, addLabel, hint, items, onChange }: Props) {
  const id = useId();
  // Focus only a row the user just added, not every row on first render.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {hint && <p className="hint">{hint}</p>}
      {items.length > 0 && (
        <ul className="text-list">
          {items.map((text, i) => (
            <li key={i}>
              <input
                aria-label={`${itemLabel} ${i + 1}`}
                value={text}
                autoFocus={i === focusIndex}
                onChange={(e) => onChange(items.map((t, j) => (j === i ? e.target.value : t)))}
              />
              <button
                type="button"
                className="secondary"
                aria-label={`Remove ${itemLabel.toLowerCase()} ${i + 1}`}
                onClick={() => {
                  setFocusIndex(null);
                  onChange(items.filter((_, j) => j !== i));
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setFocusIndex(items.length);
          onChange([...items, '']);
        }}
      >
        {addLabel}
      </button>
    </section>
  );
}
