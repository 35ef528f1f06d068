import { useId, useMemo, useRef, useState } from 'react';
import { LimitCounter } from '@/components/drafts/LimitCounter';
import { RestoredDraftNote } from '@/components/drafts/RestoredDraftNote';
import { useDraftField } from '@/components/drafts/use-draft-field';
import { countFor } from '@/lib/templates/channels';
import { renderTemplate } from '@/lib/templates/render';
import { SAMPLE_VALUES } from '@/lib/templates/sample-values';
import {
  CHANNEL_LABELS,
  CHANNELS,
  KIND_LABELS,
  TEMPLATE_KINDS,
  TEMPLATE_LIMITS,
  channelHasSubject,
  type AccountType,
  type Channel,
  type Template,
  type TemplateKind,
} from '@/lib/templates/template';
import { placeholderProblems, validateTemplate, VARIABLES } from '@/lib/templates/variables';
import { CharacterCounter } from './CharacterCounter';

type Field = 'name' | 'subject' | 'body';

/** What the form holds while the user edits. */
interface Fields {
  name: string;
  kind: TemplateKind;
  channel: Channel;
  subject: string;
  body: string;
}

interface Props {
  /** The template being edited, or a fresh/duplicated one. */
  initial: Template;
  /** Where the unsaved form is kept: the template's id, or 'new' for one not saved yet. */
  draftScope: string;
  heading: string;
  accountType: AccountType;
  now: () => number;
  /** Resolves to an error to show, or null when saved. */
  onSubmit: (template: Template) => Promise<string | null>;
  onCancel: () => void;
}

/** One template's fields. Placeholder mistakes show as the user types; the rest on Save. */
export function TemplateForm({ initial, draftScope, heading, accountType, now, onSubmit, onCancel }: Props) {
  const id = useId();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const fieldRefs = { name: useRef<HTMLInputElement>(null), subject: useRef<HTMLInputElement>(null), body: bodyRef };
  const start = useMemo<Fields>(
    () => ({ name: initial.name, kind: initial.kind, channel: initial.channel, subject: initial.subject ?? '', body: initial.body }),
    [initial],
  );
  const form = useDraftField<Fields>({ surface: 'template', scope: draftScope, field: '' }, start);
  const { name, kind, channel, subject, body } = form.value;
  const edit = (patch: Partial<Fields>) => form.set((f) => ({ ...f, ...patch }));
  const setName = (name: string) => edit({ name });
  const setKind = (kind: TemplateKind) => edit({ kind });
  const setChannel = (channel: Channel) => edit({ channel });
  const setSubject = (subject: string) => edit({ subject });
  const setBody = (body: string) => edit({ body });
  const [submitErrors, setSubmitErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const hasSubject = channelHasSubject(channel);
  // Typos in {{variables}} are the common mistake, so they are reported live, with the name.
  const errors: Partial<Record<Field, string[]>> = {
    name: submitErrors.name,
    subject: hasSubject ? placeholderProblems(subject) : [],
    body: [...new Set([...placeholderProblems(body), ...(submitErrors.body ?? [])])],
  };
  const sample = renderTemplate(body, SAMPLE_VALUES);

  const candidate = (): unknown => ({
    ...initial,
    name,
    kind,
    channel,
    subject: hasSubject && subject.trim() ? subject : undefined,
    body,
    updatedAt: now(),
  });

  const save = async () => {
    setFormError(undefined);
    const result = validateTemplate(candidate());
    if (!result.success) {
      const found: Partial<Record<Field, string[]>> = {};
      for (const issue of result.error.issues) {
        const field = (issue.path[0] === 'subject' || issue.path[0] === 'body' ? issue.path[0] : 'name') as Field;
        (found[field] ??= []).push(issue.message);
      }
      setSubmitErrors(found);
      const first = (['name', 'subject', 'body'] as const).find((f) => found[f]);
      if (first) fieldRefs[first].current?.focus();
      return;
    }
    setSubmitErrors({});
    setSaving(true);
    try {
      const submitted = form.value;
      const error = await onSubmit(result.data);
      if (error) setFormError(error);
      else form.markSaved(submitted);
    } catch (error) {
      setFormError(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  const insertVariable = (variable: string) => {
    if (!variable) return;
    const el = bodyRef.current;
    const at = el ? el.selectionStart : body.length;
    const end = el ? el.selectionEnd : body.length;
    const token = `{{${variable}}}`;
    setBody(body.slice(0, at) + token + body.slice(end));
    // Put the caret after the inserted placeholder once React has written the new value.
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + token.length, at + token.length);
    });
  };

  const describe = (field: Field) => (errors[field]?.length ? `${id}-${field}-errors` : undefined);
  const errorList = (field: Field) =>
    errors[field]?.length ? (
      <ul className="cc-error" id={`${id}-${field}-errors`}>
        {errors[field]?.map((message) => <li key={message}>{message}</li>)}
      </ul>
    ) : null;

  return (
    <form
      className="cc-editor"
      aria-label={heading}
      noValidate
      onBlur={() => void form.flush()}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {/* Directly under the Templates page's <h1>: an <h3> here skipped a level (axe heading-order). */}
      <h2 className="cc-label">{heading}</h2>
      {form.restored && <RestoredDraftNote onDiscard={form.discard} />}
      <div className="cc-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          ref={fieldRefs.name}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setSubmitErrors(({ body: bodyErrors }) => ({ body: bodyErrors }));
          }}
          aria-invalid={errors.name?.length ? true : undefined}
          aria-describedby={describe('name')}
        />
        {errorList('name')}
      </div>
      <div className="cc-row">
        <div className="cc-field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value as TemplateKind)}
            aria-describedby={`${id}-kind-hint`}
          >
            {TEMPLATE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
          {/* The kind is what "Mark as sent" acts on, which a name alone does not tell. */}
          <p className="cc-hint" id={`${id}-kind-hint`}>
            The kind decides what “Mark as sent” does: a first ask moves the person to Requested and
            schedules one nudge, a thank-you moves them to Thanked. Custom changes nothing.
          </p>
        </div>
        <div className="cc-field">
          <label htmlFor={`${id}-channel`}>Channel</label>
          <select id={`${id}-channel`} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {hasSubject && (
        <div className="cc-field">
          <label htmlFor={`${id}-subject`}>Subject</label>
          <input
            id={`${id}-subject`}
            ref={fieldRefs.subject}
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
            aria-invalid={errors.subject?.length ? true : undefined}
            aria-describedby={describe('subject')}
          />
          {errorList('subject')}
          <LimitCounter label="The subject" length={subject.length} limit={TEMPLATE_LIMITS.subject} />
        </div>
      )}
      <div className="cc-field">
        <label htmlFor={`${id}-body`}>Text</label>
        <textarea
          id={`${id}-body`}
          ref={bodyRef}
          rows={9}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={errors.body?.length ? true : undefined}
          aria-describedby={[describe('body'), `${id}-sample`].filter(Boolean).join(' ')}
        />
        {errorList('body')}
        <LimitCounter label="The template text" length={body.length} limit={TEMPLATE_LIMITS.body} />
        <div id={`${id}-sample`}>
          <CharacterCounter count={countFor(channel, sample.text, accountType)} label="With sample details" />
        </div>
      </div>
      <div className="cc-field">
        <label htmlFor={`${id}-insert`}>Insert variable</label>
        <select id={`${id}-insert`} value="" onChange={(e) => insertVariable(e.target.value)}>
          <option value="">Choose…</option>
          {VARIABLES.map((v) => (
            <option key={v.name} value={v.name}>
              {`{{${v.name}}} — ${v.hint}`}
            </option>
          ))}
        </select>
      </div>
      {formError && (
        <p className="cc-status cc-status-error" role="alert">
          {formError}
        </p>
      )}
      <div className="cc-actions">
        <button type="submit" disabled={saving}>
          Save
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            // Cancel means "not these changes": nothing to restore next time.
            form.discard();
            onCancel();
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
