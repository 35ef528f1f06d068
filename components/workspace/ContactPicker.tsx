import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ContactOption } from '@/lib/workspace/queries';

interface Props {
  label: string;
  find: (query: string) => Promise<ContactOption[]>;
  onPick: (option: ContactOption) => void;
}

/**
 * A search-as-you-type combobox: a <select> of 10,000 names would be slow to open and hard to
 * use. The listbox follows the ARIA combobox pattern (↑/↓, Enter, Escape).
 */
export function ContactPicker({ label, find, onPick }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<ContactOption[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const q = query.trim();
    const ticket = ++latest.current;
    if (!q) {
      setOptions([]);
      return;
    }
    void find(q).then((found) => {
      // Answers can arrive out of order; only the newest query's counts.
      if (ticket !== latest.current) return;
      setOptions(found);
      setActive(0);
    });
  }, [query, find]);

  const pick = (option: ContactOption | undefined) => {
    if (!option) return;
    onPick(option);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter' && open && options.length > 0) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const expanded = open && query.trim() !== '';
  return (
    <div className="picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && options[active] ? `${id}-opt-${active}` : undefined}
        value={query}
        placeholder="Type a name"
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-list`} role="listbox" className="picker-list" hidden={!expanded}>
        {expanded && options.length === 0 && <li className="hint">No one matches.</li>}
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(o);
            }}
          >
            <span className="picker-name">{o.fullName}</span>
            {o.detail && <span className="picker-detail">{o.detail}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
