import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Settings } from '@/lib/settings';
import { SETTING_LABELS, type ReminderSettingField } from '@/lib/reminders/settings';
import { REMINDER_FIELDS } from '@/lib/workspace/settings-fields';

export interface SettingsFormProps {
  value: Settings;
  /**
   * Resolves to field errors keyed by path ("reminders.nudgeAfterDays", "me.myName",
   * "accountType"), or null when saved. A blank or non-numeric timing arrives as NaN.
   */
  onSave: (next: Settings) => Promise<Record<string, string> | null>;
}

type MeKey = keyof Settings['me'];
type Draft = Omit<Settings, 'reminders'> & { reminders: Record<ReminderSettingField, string> };

const ME_FIELDS: ReadonlyArray<{ key: MeKey; label: string; hint: string; multiline?: boolean }> = [
  { key: 'myName', label: 'Your name', hint: 'How you sign your messages.' },
  {
    key: 'myBackground',
    label: 'Your background',
    hint: 'One line about you: “a UX student at …”, “a nurse moving into health tech”.',
    multiline: true,
  },
  { key: 'myInterest', label: 'What you want to learn about', hint: 'The field, role or kind of organisation you are exploring.' },
  { key: 'mySchool', label: 'Your school', hint: 'For alumni introductions.' },
];

function toDraft(v: Settings): Draft {
  const reminders = Object.fromEntries(REMINDER_FIELDS.map(({ key }) => [key, String(v.reminders[key])]));
  return { ...v, reminders: reminders as Draft['reminders'] };
}

/** Equal in every field this form shows (not the backup panel's switch). */
const sameOnPage = (a: Draft, b: Draft) => JSON.stringify({ ...a, autoBackup: null }) === JSON.stringify({ ...b, autoBackup: null });

function fromDraft(d: Draft): Settings {
  // A blank box becomes NaN, not 0, so the check reports it instead of saving 0.
  const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
  const reminders = Object.fromEntries(REMINDER_FIELDS.map(({ key }) => [key, num(d.reminders[key])]));
  return { ...d, reminders: reminders as Settings['reminders'] };
}

const KNOWN = new Set<string>([
  ...ME_FIELDS.map((f) => `me.${f.key}`),
  ...REMINDER_FIELDS.map((f) => `reminders.${f.key}`),
  'accountType',
  'showPageButton',
]);

/** The user's profile for templates, LinkedIn account type, reminder timings and the Save button. */
export function SettingsForm({ value, onSave }: SettingsFormProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(() => toDraft(value));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Settings stored elsewhere (another window, a backup import) arrive as a new `value`. Until
  // the user edits, the form follows them; after that their typing wins and a notice says so.
  const [dirty, setDirty] = useState(false);
  const [shown, setShown] = useState(value);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  if (value !== shown) {
    const before = toDraft(shown);
    setShown(value);
    const incoming = toDraft(value);
    // Our own save coming back from storage matches the draft: nothing to warn about.
    if (!dirty || sameOnPage(incoming, draft)) {
      setDraft(incoming);
      setDirty(false);
      setChangedElsewhere(false);
    } else {
      // The automatic backup is switched in the backup panel, not here: it always follows the
      // store, or saving this page would turn it back off. Only a change this page shows warns.
      setDraft({ ...draft, autoBackup: incoming.autoBackup });
      if (!sameOnPage(incoming, before)) setChangedElsewhere(true);
    }
  }

  const edit = (change: (d: Draft) => Draft) => {
    setDraft(change);
    setDirty(true);
    setStatus(null);
  };
  const fieldId = (key: string) => `${id}-${key.replace('.', '-')}`;
  const describe = (key: string) => ({
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `${fieldId(key)}-err ${fieldId(key)}-hint` : `${fieldId(key)}-hint`,
  });
  const fieldError = (key: string): ReactNode =>
    errors[key] ? (
      <p id={`${fieldId(key)}-err`} className="field-error">
        {errors[key]}
      </p>
    ) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await onSave(fromDraft(draft));
    setBusy(false);
    setErrors(result ?? {});
    setStatus(result ? null : 'Settings saved.');
    if (!result) {
      setDirty(false);
      setChangedElsewhere(false);
    }
    // Take the user to the first problem.
    const first = result ? Object.keys(result).find((k) => KNOWN.has(k)) : undefined;
    if (first) formRef.current?.querySelector<HTMLElement>(`[data-setting="${first}"]`)?.focus();
  };

  const otherErrors = Object.entries(errors).filter(([k]) => !KNOWN.has(k));

  return (
    <form ref={formRef} className="settings-form" onSubmit={(e) => void submit(e)} noValidate>
      {changedElsewhere && (
        <p className="notice" role="status">
          Your settings were changed in another window. Saving stores what is on this page instead.
        </p>
      )}
      <fieldset>
        <legend>About you (used in message templates)</legend>
        {ME_FIELDS.map(({ key, label, hint, multiline }) => {
          const path = `me.${key}`;
          const common = {
            id: fieldId(path),
            'data-setting': path,
            value: draft.me[key],
            ...describe(path),
          };
          const onChange = (v: string) => edit((d) => ({ ...d, me: { ...d.me, [key]: v } }));
          return (
            <div className="field" key={key}>
              <label htmlFor={fieldId(path)}>{label}</label>
              {multiline ? (
                <textarea rows={2} {...common} onChange={(e) => onChange(e.target.value)} />
              ) : (
                <input {...common} onChange={(e) => onChange(e.target.value)} />
              )}
              <p id={`${fieldId(path)}-hint`} className="hint">
                {hint}
              </p>
              {fieldError(path)}
            </div>
          );
        })}
      </fieldset>

      <fieldset aria-describedby={errors.accountType ? `${fieldId('accountType')}-err` : undefined}>
        <legend>LinkedIn account</legend>
        {(['free', 'premium'] as const).map((type) => (
          <label className="radio" key={type}>
            <input
              type="radio"
              name={`${id}-account`}
              data-setting={type === 'free' ? 'accountType' : undefined}
              checked={draft.accountType === type}
              onChange={() => edit((d) => ({ ...d, accountType: type }))}
            />
            {type === 'free' ? 'Free — connection notes up to 200 characters' : 'Premium — connection notes up to 300 characters'}
          </label>
        ))}
        {fieldError('accountType')}
      </fieldset>

      <fieldset>
        <legend>Reminder timing</legend>
        {REMINDER_FIELDS.map(({ key, unit, min, max, hint }) => {
          const path = `reminders.${key}`;
          return (
            <div className="field number-field" key={key}>
              <label htmlFor={fieldId(path)}>{SETTING_LABELS[key]}</label>
              <span className="with-unit">
                <input
                  id={fieldId(path)}
                  data-setting={path}
                  type="number"
                  inputMode="numeric"
                  min={min}
                  max={max}
                  step={1}
                  value={draft.reminders[key]}
                  onChange={(e) => {
                    const v = e.target.value;
                    edit((d) => ({ ...d, reminders: { ...d.reminders, [key]: v } }));
                  }}
                  {...describe(path)}
                />
                <span>{unit}</span>
              </span>
              <p id={`${fieldId(path)}-hint`} className="hint">
                {hint}
              </p>
              {fieldError(path)}
            </div>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>On LinkedIn</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            data-setting="showPageButton"
            checked={draft.showPageButton}
            onChange={(e) => {
              const v = e.target.checked;
              edit((d) => ({ ...d, showPageButton: v }));
            }}
          />
          Show the Save button on LinkedIn profile pages
        </label>
        {fieldError('showPageButton')}
      </fieldset>

      {otherErrors.length > 0 && (
        <div className="field-error" role="alert">
          {otherErrors.map(([k, msg]) => (
            <p key={k}>{msg}</p>
          ))}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Save settings
        </button>
        <span className="status" role="status">
          {status}
        </span>
      </div>
    </form>
  );
}
