import { useCallback, useEffect, useRef, useState } from 'react';
import { clearDraft, journalDraft, readDraft, writeDraft } from '@/lib/drafts/drafts';
import type { DraftKey } from '@/lib/drafts/drafts-db';
import { sameValue } from '@/lib/drafts/same-value';
import { useDraftsDb } from './drafts-context';

/** Long enough to skip most keystrokes, short enough that a crash loses under half a second. */
const DRAFT_DEBOUNCE_MS = 400;

export interface DraftField<T> {
  /** What the field shows: the user's text, never replaced while they type. */
  value: T;
  set: (next: T | ((previous: T) => T)) => void;
  /** The value differs from the saved record. */
  dirty: boolean;
  /** The value was brought back from the drafts store when the editor opened. */
  restored: boolean;
  /** Back to the saved record; the draft is deleted. */
  discard: () => void;
  /** Write the draft now (blur); resolves when it is stored. */
  flush: () => Promise<void>;
  /** Call after the real record was saved: the draft goes, and `value` is the new baseline. */
  markSaved: (value?: T) => void;
}

const keyId = (key: DraftKey) => JSON.stringify([key.surface, key.scope, key.field]);

/**
 * One editor's text: held in component state, written to the drafts store debounced and on
 * blur, page hide and unmount, restored when the editor opens again. `saved` is the record as
 * the live query has it; a new `saved` is taken over only while the user has no edits, so a
 * write coming back from the database never overwrites what is being typed.
 */
export function useDraftField<T>(key: DraftKey, saved: T, delayMs = DRAFT_DEBOUNCE_MS): DraftField<T> {
  const db = useDraftsDb();
  const id = keyId(key);
  const [value, setValue] = useState<T>(saved);
  const [base, setBase] = useState<T>(saved);
  const [restored, setRestored] = useState(false);

  // Refs mirror state for the writers that run outside render (timers, page hide, unmount).
  const valueRef = useRef(value);
  const baseRef = useRef(base);
  const keyRef = useRef(key);
  const pending = useRef(false);
  const typed = useRef(false);
  // set() since the last commit: a value given together with a new key belongs to that key.
  const setSinceCommit = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  keyRef.current = key;

  const write = useCallback((k: DraftKey = keyRef.current): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!pending.current) return Promise.resolve();
    pending.current = false;
    const v = valueRef.current;
    const op = sameValue(v, baseRef.current) ? clearDraft(db, k) : writeDraft(db, k, v);
    return op.catch((error: unknown) => console.error('[coffee-chat] could not keep a draft', error));
  }, [db]);

  // Open (or switch to another key): start from the record, then bring back a draft if one waits.
  useEffect(() => {
    let live = true;
    const opened = keyRef.current;
    // On a key change, set() in the same commit gave a value for the new key: not the old one's.
    const leave = () => {
      if (!setSinceCommit.current) void write(opened);
    };
    if (setSinceCommit.current) return leave;
    typed.current = false;
    if (!sameValue(valueRef.current, baseRef.current)) {
      // Another key: the previous one's text was written by the cleanup below.
      valueRef.current = baseRef.current;
      setValue(baseRef.current);
      setRestored(false);
    }
    void readDraft(db, opened).then((draft) => {
      // Typing started before the read finished: what is on screen wins.
      if (!live || typed.current || !draft) return;
      if (sameValue(draft.value, baseRef.current)) {
        void clearDraft(db, opened);
        return;
      }
      valueRef.current = draft.value as T;
      setValue(draft.value as T);
      setRestored(true);
    });
    return () => {
      live = false;
      leave();
    };
  }, [db, id, write]);

  useEffect(() => {
    setSinceCommit.current = false;
  });

  // The record changed under us (our own save coming back, or another tab).
  useEffect(() => {
    if (sameValue(saved, baseRef.current)) return;
    const untouched = sameValue(valueRef.current, baseRef.current);
    baseRef.current = saved;
    setBase(saved);
    if (untouched) {
      valueRef.current = saved;
      setValue(saved);
    }
  }, [saved]);

  // Closing the popup or the tab fires pagehide; switching away fires visibilitychange. The
  // journal keeps the text synchronously: the store's write may not finish before the page goes.
  useEffect(() => {
    const onHide = () => {
      if (pending.current && !sameValue(valueRef.current, baseRef.current)) journalDraft(keyRef.current, valueRef.current);
      void write();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [write]);

  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      const v = typeof next === 'function' ? (next as (p: T) => T)(valueRef.current) : next;
      typed.current = true;
      setSinceCommit.current = true;
      pending.current = true;
      valueRef.current = v;
      setValue(v);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void write(), delayMs);
    },
    [delayMs, write],
  );

  const discard = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = false;
    typed.current = true;
    valueRef.current = baseRef.current;
    setValue(baseRef.current);
    setRestored(false);
    void clearDraft(db, keyRef.current);
  }, [db]);

  const markSaved = useCallback(
    (committed?: T) => {
      const v = committed === undefined ? valueRef.current : committed;
      clearTimeout(timer.current);
      pending.current = false;
      baseRef.current = v;
      setBase(v);
      // Only what was saved becomes the baseline: keys pressed while the save ran stay edits.
      setRestored(false);
      if (sameValue(valueRef.current, v)) void clearDraft(db, keyRef.current);
      else {
        pending.current = true;
        void write();
      }
    },
    [db, write],
  );

  const flush = useCallback(() => write(), [write]);

  return { value, set, dirty: !sameValue(value, base), restored, discard, flush, markSaved };
}
