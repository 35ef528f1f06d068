import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Contact } from '@/lib/contacts/contact';
import { STAGES, STAGE_LABELS, type Stage } from '@/lib/contacts/stage';
import { allTags, filterIndex, sortIndex, SORT_LABELS, type ContactSort } from '@/lib/workspace/contact-list';
import { buildSearchIndex } from '@/lib/workspace/search';
import { ContactsList } from './ContactsList';

export interface ContactsViewProps {
  contacts: readonly Contact[];
  /** All contacts in the database; more than `contacts.length` while the full list loads. */
  totalCount?: number;
  /** True while `contacts` holds only the most recent few. */
  partial?: boolean;
  dueIds?: ReadonlySet<string>;
  nextReminderAt?: ReadonlyMap<string, number>;
  /** Start with "Due now" ticked (a reminder notification opens the list this way). */
  initialDueOnly?: boolean;
}

const EMPTY_IDS: ReadonlySet<string> = new Set();
const EMPTY_MAP: ReadonlyMap<string, number> = new Map();
const SORTS = Object.keys(SORT_LABELS) as ContactSort[];

/** Search, filters and sort over the contacts, and the virtualised list. */
export function ContactsView({
  contacts,
  totalCount,
  partial = false,
  dueIds = EMPTY_IDS,
  nextReminderAt = EMPTY_MAP,
  initialDueOnly = false,
}: ContactsViewProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [stage, setStage] = useState<Stage | ''>('');
  const [tag, setTag] = useState('');
  const [dueOnly, setDueOnly] = useState(initialDueOnly);
  const [sort, setSort] = useState<ContactSort>('last-contact');
  // The input echoes each key at once; the filtering may trail by a frame under load.
  const deferredQuery = useDeferredValue(query);

  // Normalising 10,000 contacts happens once per data change, sorting once per sort change;
  // a keystroke only filters.
  const searchable = useMemo(() => buildSearchIndex(contacts), [contacts]);
  const index = useMemo(() => sortIndex(searchable, sort, nextReminderAt), [searchable, sort, nextReminderAt]);
  const tags = useMemo(() => allTags(contacts), [contacts]);
  const shown = useMemo(
    () => filterIndex(index, { query: deferredQuery, stage: stage || undefined, tag: tag || undefined, dueOnly }, dueIds),
    [index, deferredQuery, stage, tag, dueOnly, dueIds],
  );

  const total = totalCount ?? contacts.length;
  const filtering = deferredQuery.trim() !== '' || stage !== '' || tag !== '' || dueOnly;

  return (
    <div className="contacts-view">
      <div className="contacts-toolbar" role="search">
        <div className="field grow">
          <label htmlFor={`${id}-q`}>Search contacts</label>
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Name, company, title, school, tag or note"
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-stage`}>Stage</label>
          <select id={`${id}-stage`} value={stage} onChange={(e) => setStage(e.target.value as Stage | '')}>
            <option value="">All stages</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tag`}>Tag</label>
          <select id={`${id}-tag`} value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>Sort by</label>
          <select id={`${id}-sort`} value={sort} onChange={(e) => setSort(e.target.value as ContactSort)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={dueOnly} onChange={(e) => setDueOnly(e.target.checked)} />
          Due now
        </label>
      </div>

      <p className="result-count" role="status">
        {partial
          ? `Showing the ${contacts.length.toLocaleString()} most recent of ${total.toLocaleString()} contacts; loading the rest…`
          : filtering
            ? `${shown.length.toLocaleString()} of ${total.toLocaleString()} contacts match`
            : `${total.toLocaleString()} ${total === 1 ? 'contact' : 'contacts'}`}
      </p>

      {shown.length > 0 ? (
        <ContactsList contacts={shown} nextReminderAt={nextReminderAt} dueIds={dueIds} />
      ) : (
        <p className="empty">
          {total === 0
            ? 'No one saved yet. Open the LinkedIn profile of someone whose work you are curious about and click Save to Coffee Chat.'
            : 'No contacts match. Try fewer words or clear a filter.'}
        </p>
      )}
    </div>
  );
}
