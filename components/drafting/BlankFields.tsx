import { useEffect, useId, useRef, useState } from 'react';
import { useDraftField } from '@/components/drafts/use-draft-field';
import { blankHome } from '@/lib/compose/blanks';
import { VARIABLES, variableLabel, type VariableName } from '@/lib/templates/variables';

/** Saves a blank where it belongs (settings or the contact); resolves to null, or a sentence to show. */
export type SaveBlank = (name: VariableName, value: string) => Promise<string | null>;

/** A value handed in from outside the field (a research finding picked beside the draft). */
export interface PickedValue {
  name: VariableName;
  value: string;
  /** A new number for each pick, so picking the same finding twice still fills it. */
  seq: number;
}

interface Props {
  /** The contact the draft is for: blanks about them and this message are kept per contact. */
  contactId: string;
  names: VariableName[];
  /** The stored value of each blank (empty when unknown). */
  saved: Partial<Record<VariableName, string>>;
  /** Every keystroke: the draft above re-renders with it. */
  onInput: (name: VariableName, value: string) => void;
  /** Leaving a field: a draft the user edited by hand gets the value where its blank was. */
  onCommit: (name: VariableName, value: string) => void;
  onSave?: SaveBlank;
  picked?: PickedValue | undefined;
}

/** Long enough that a word typed is one save, short enough that closing the panel loses nothing (blur saves too). */
const SAVE_DELAY_MS = 600;

/**
 * The blanks a draft still needs, as fields under it in plain words. What the user types is
 * kept in the drafts store while they type (nothing is lost if the popup closes), and saved
 * where it belongs — their own details in settings, what they know of the person on the
 * contact — so the next draft already has it.
 */
export function BlankFields(props: Props) {
  const { names } = props;
  if (names.length === 0) return null;
  return (
    <fieldset className="cc-blanks">
      <legend className="cc-label">Fill in the blanks</legend>
      {names.map((name) => (
        <BlankField key={name} name={name} {...props} />
      ))}
    </fieldset>
  );
}

function BlankField({ name, contactId, saved, onInput, onCommit, onSave, picked }: Props & { name: VariableName }) {
  const id = useId();
  const home = blankHome(name);
  // Your own details are the same for every contact: one draft of them, wherever typed.
  const scope = home.kind === 'settings' ? 'me' : contactId;
  const field = useDraftField<string>({ surface: 'draft-blank', scope, field: name }, saved[name] ?? '');
  const [error, setError] = useState<string>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The example from the variable's hint ("e.g. a move into UX research"), when it has one.
  const example = VARIABLES.find((v) => v.name === name)?.hint.match(/e\.g\. .*$/)?.[0];

  const save = async (value: string) => {
    clearTimeout(timer.current);
    if (!onSave || home.kind === 'draft') return;
    const failed = await onSave(name, value);
    setError(failed ?? undefined);
    // Only once stored: until then the drafts store keeps the text.
    if (!failed) field.markSaved(value);
  };

  // The draft re-renders with what is on screen, including text restored from the drafts store.
  useEffect(() => onInput(name, field.value), [field.value]);

  // Restored after the popup closed mid-word: store it now rather than wait for the next key.
  useEffect(() => {
    if (field.restored) void save(field.value);
  }, [field.restored]);

  useEffect(() => {
    if (!picked || picked.name !== name) return;
    field.set(picked.value);
    onCommit(name, picked.value);
  }, [picked?.seq]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const change = (value: string) => {
    field.set(value);
    setError(undefined);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(value), SAVE_DELAY_MS);
  };

  return (
    <div className="cc-field">
      <label htmlFor={id}>{variableLabel(name)}</label>
      <input
        id={id}
        type="text"
        value={field.value}
        maxLength={home.maxLength}
        {...(example ? { placeholder: example } : {})}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-where`}
        onChange={(e) => change(e.target.value)}
        onBlur={() => {
          void field.flush();
          if (field.dirty) void save(field.value);
          onCommit(name, field.value);
        }}
      />
      <p id={`${id}-where`} className={error ? 'cc-hint cc-status-error' : 'cc-hint'}>
        {error ??
          (home.kind === 'settings'
            ? 'Saved to your settings for every draft.'
            : home.kind === 'contact'
              ? 'Saved to this contact.'
              : 'Kept with this message.')}
      </p>
    </div>
  );
}
