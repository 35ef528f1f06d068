import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useDraftsDb } from '@/components/drafts/drafts-context';
import { RestoredDraftNote } from '@/components/drafts/RestoredDraftNote';
import { useDraftField } from '@/components/drafts/use-draft-field';
import { draftsFor } from '@/lib/drafts/drafts';
import { countFor, countSubjectFor } from '@/lib/templates/channels';
import { lintDraft, type LintContext } from '@/lib/templates/etiquette';
import { missingMarker, renderTemplate, unfilledIn, type Rendered } from '@/lib/templates/render';
import {
  CHANNEL_LABELS,
  CHANNELS,
  channelHasSubject,
  type AccountType,
  type Channel,
  type Template,
  type TemplateKind,
} from '@/lib/templates/template';
import { blanksOf, usesResearchNote } from '@/lib/compose/blanks';
import { findVariables, variableLabel, type VariableName, type VariableValues } from '@/lib/templates/variables';
import { BlankFields, type PickedValue, type SaveBlank } from './BlankFields';
import { CharacterCounter } from './CharacterCounter';
import { CopyConfirm } from './CopyConfirm';
import { EtiquetteFlags } from './EtiquetteFlags';
import { ResearchNotes } from './ResearchNotes';
import './drafting.css';

export interface SentDraft {
  templateId?: string;
  kind: TemplateKind;
  channel: Channel;
  text: string;
  subject?: string;
}

export interface DraftComposerProps {
  /** Whose message: drafts are kept per contact and template. Give a new `key` for another contact. */
  contactId: string;
  templates: Template[];
  /** Read once: the template to open with. */
  initialTemplateId?: string;
  /**
   * Open on the template of this contact's most recent unsaved draft instead (the popup closes
   * as soon as the user clicks into LinkedIn to paste; reopening carries on where they were).
   */
  resumeLastDraft?: boolean;
  values: VariableValues;
  accountType: AccountType;
  lintContext: LintContext;
  onCopy: (text: string, subject?: string) => Promise<void>;
  onMarkSent: (sent: SentDraft) => void;
  onOpenLinkedIn?: () => void;
  onOpenEmail?: (subject: string, body: string) => void;
  /** Stores a blank filled under the draft where it belongs; without it blanks count for this draft only. */
  onSaveBlank?: SaveBlank;
  /** The contact's research notes, shown beside the draft; a finding can fill {{researchNote}}. */
  researchNotes?: string;
}

const EMPTY: Rendered = { text: '', missing: [], segments: [] };

type CopyState = { state: 'idle' | 'confirm' | 'copying' | 'copied' } | { state: 'failed'; error: string };

/** What the user typed over the rendered template; null means "still the template's text". */
interface TypedDraft {
  channel: Channel;
  text: string | null;
  subject: string | null;
}
interface Edits extends TypedDraft {
  templateId: string;
}

/** The drafts store's field for "no template chosen". */
const NO_TEMPLATE = '-';

/**
 * Drafts one message: pick a template, get it filled with the contact's details, edit freely,
 * then copy or open it. Advice and counts update as the user types; nothing here blocks sending.
 */
export function DraftComposer(props: DraftComposerProps) {
  const { templates, accountType, onCopy, onMarkSent, onOpenLinkedIn, onOpenEmail, onSaveBlank } = props;
  const id = useId();
  const draftRef = useRef<HTMLTextAreaElement>(null);
  const { contactId, resumeLastDraft = false } = props;
  const drafts = useDraftsDb();
  const [templateId, setTemplateId] = useState(() => templates.find((t) => t.id === props.initialTemplateId)?.id ?? '');
  const templateChannel = templates.find((t) => t.id === templateId)?.channel;
  const untouched = useMemo<TypedDraft>(
    () => ({ channel: templateChannel ?? 'linkedin-message', text: null, subject: null }),
    [templateChannel],
  );
  const typed = useDraftField<TypedDraft>({ surface: 'composer', scope: contactId, field: templateId || NO_TEMPLATE }, untouched);
  const edits: Edits = { templateId, ...typed.value };
  const setEdits = (next: Edits) => typed.set({ channel: next.channel, text: next.text, subject: next.subject });
  const [replaced, setReplaced] = useState<Edits>();
  const choseByHand = useRef(false);

  // Reopened: go back to the template this person's last draft was written on.
  useEffect(() => {
    if (!resumeLastDraft) return;
    let live = true;
    void draftsFor(drafts, 'composer', contactId).then((found) => {
      const last = found.find((d) => d.field === NO_TEMPLATE || templates.some((t) => t.id === d.field));
      if (!live || choseByHand.current || !last) return;
      setTemplateId(last.field === NO_TEMPLATE ? '' : last.field);
    });
    return () => {
      live = false;
    };
    // Once, when the composer opens: later template lists must not move the user.
  }, []);
  const [copy, setCopy] = useState<CopyState>({ state: 'idle' });
  const [sent, setSent] = useState(false);

  const template = templates.find((t) => t.id === edits.templateId);

  // What is typed into the blanks, over the stored values, so the draft changes with each key.
  const [typedBlanks, setTypedBlanks] = useState<Partial<Record<VariableName, string>>>({});
  const values: VariableValues = { ...props.values };
  for (const [name, value] of Object.entries(typedBlanks) as Array<[VariableName, string]>) {
    if (value.trim()) values[name] = value.trim();
  }
  // A blank stays a field once shown, even when filled: it must not vanish under the user's cursor.
  const shownBlanks = useRef(new Map<string, Set<VariableName>>());
  const blankNames = (() => {
    if (!template) return [];
    const shown = shownBlanks.current.get(template.id) ?? new Set<VariableName>();
    for (const name of blanksOf(template, props.values)) shown.add(name);
    shownBlanks.current.set(template.id, shown);
    return findVariables(`${template.subject ?? ''}\n${template.body}`).filter((n): n is VariableName => shown.has(n as VariableName));
  })();
  const lintContext: LintContext = values.howWeMet ? { ...props.lintContext, howWeMet: values.howWeMet } : props.lintContext;
  const [picked, setPicked] = useState<PickedValue>();
  const onBlankInput = useCallback((name: VariableName, value: string) => {
    setTypedBlanks((previous) => (previous[name] === value ? previous : { ...previous, [name]: value }));
  }, []);
  // Rendered on every change of `values`, so details that arrive late still fill an untouched draft.
  const body = template ? renderTemplate(template.body, values) : EMPTY;
  const subjectRendered = template?.subject ? renderTemplate(template.subject, values) : EMPTY;
  const text = edits.text ?? body.text;
  const hasSubject = channelHasSubject(edits.channel);
  const subject = hasSubject ? (edits.subject ?? subjectRendered.text) : '';
  const unfilled = [
    ...new Set([...unfilledIn(text, body.missing), ...(hasSubject ? unfilledIn(subject, subjectRendered.missing) : [])]),
  ];
  const count = countFor(edits.channel, text, accountType);
  const kind = template?.kind ?? 'custom';
  const flags = lintDraft({
    text,
    subject: hasSubject ? subject : undefined,
    channel: edits.channel,
    kind,
    accountType,
    context: lintContext,
  }).filter(
    // The counter and the "Fill in" line already say these, more precisely.
    (flag) => flag.rule !== 'over-limit' && !(flag.rule === 'unfilled-placeholder' && unfilled.length > 0),
  );

  const changed = () => {
    setCopy({ state: 'idle' });
    setSent(false);
  };

  // The draft of the template left behind stays in the drafts store; choosing it again brings it back.
  const chooseTemplate = (nextId: string) => {
    choseByHand.current = true;
    const edited = (edits.text !== null && edits.text !== body.text) || (edits.subject !== null && edits.subject !== subjectRendered.text);
    setReplaced(edited ? edits : undefined);
    setTemplateId(nextId);
    changed();
  };

  const undoReplace = () => {
    if (!replaced) return;
    void typed.flush();
    setTemplateId(replaced.templateId);
    setEdits(replaced);
    setReplaced(undefined);
    changed();
    draftRef.current?.focus();
  };

  // A draft edited by hand no longer follows the template: the value goes where its blank still is.
  function fillEditedText(name: VariableName, value: string) {
    const marker = missingMarker(name);
    if (!value.trim() || edits.text === null || !edits.text.includes(marker)) return;
    setEdits({ ...edits, text: edits.text.replace(marker, value.trim()) });
    changed();
  }

  const copyNow = async () => {
    setCopy({ state: 'copying' });
    try {
      await onCopy(text, hasSubject && subject.trim() ? subject : undefined);
      setCopy({ state: 'copied' });
    } catch (error) {
      setCopy({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const markSent = () => {
    onMarkSent({
      ...(template ? { templateId: template.id } : {}),
      kind,
      channel: edits.channel,
      text,
      ...(hasSubject && subject.trim() ? { subject } : {}),
    });
    // Sent: nothing left to restore next time.
    typed.markSaved();
    setSent(true);
  };

  return (
    <div className="cc-draft">
      <div className="cc-row">
        <div className="cc-field">
          <label htmlFor={`${id}-template`}>Template</label>
          <select id={`${id}-template`} value={edits.templateId} onChange={(e) => chooseTemplate(e.target.value)}>
            <option value="">Choose a template…</option>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="cc-field cc-field-narrow">
          <label htmlFor={`${id}-channel`}>Channel</label>
          <select
            id={`${id}-channel`}
            value={edits.channel}
            onChange={(e) => {
              setEdits({ ...edits, channel: e.target.value as Channel });
              changed();
            }}
          >
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
      </div>

      {typed.restored && <RestoredDraftNote onDiscard={typed.discard} />}

      {replaced && (
        <p className="cc-note" role="status">
          Your edited draft was replaced.{' '}
          <button type="button" className="cc-link" onClick={undoReplace}>
            Undo
          </button>
        </p>
      )}

      {hasSubject && (
        <div className="cc-field">
          <label htmlFor={`${id}-subject`}>Subject</label>
          <input
            id={`${id}-subject`}
            type="text"
            value={subject}
            onChange={(e) => {
              setEdits({ ...edits, subject: e.target.value });
              changed();
            }}
          />
          {edits.channel === 'inmail' && <CharacterCounter count={countSubjectFor(edits.channel, subject)} label="Subject" />}
        </div>
      )}

      <div className="cc-field">
        <label htmlFor={`${id}-draft`}>Draft</label>
        <textarea
          id={`${id}-draft`}
          ref={draftRef}
          rows={edits.channel === 'connection-note' ? 5 : 9}
          value={text}
          aria-describedby={`${id}-counter`}
          onBlur={() => void typed.flush()}
          onChange={(e) => {
            setEdits({ ...edits, text: e.target.value });
            changed();
          }}
        />
        <div id={`${id}-counter`}>
          <CharacterCounter count={count} live />
        </div>
      </div>

      <BlankFields
        contactId={contactId}
        names={blankNames}
        saved={props.values}
        onInput={onBlankInput}
        onCommit={fillEditedText}
        {...(onSaveBlank ? { onSave: onSaveBlank } : {})}
        picked={picked}
      />

      {/* Blanks with no field of their own: a custom template's unknown {{name}}, or one the user typed. */}
      {unfilled.some((n) => !(blankNames as string[]).includes(n)) && (
        <p className="cc-missing" data-testid="unfilled">
          Fill in: {unfilled.filter((n) => !(blankNames as string[]).includes(n)).map(variableLabel).join(', ')}
        </p>
      )}

      {props.researchNotes && (
        <ResearchNotes
          notes={props.researchNotes}
          onUse={
            template && usesResearchNote(template)
              ? (finding) => setPicked((p) => ({ name: 'researchNote', value: finding, seq: (p?.seq ?? 0) + 1 }))
              : undefined
          }
        />
      )}

      <EtiquetteFlags flags={flags} />

      {copy.state === 'confirm' ? (
        <CopyConfirm
          unfilled={unfilled.map(variableLabel)}
          onCopyAnyway={() => void copyNow()}
          onKeepEditing={() => {
            setCopy({ state: 'idle' });
            draftRef.current?.focus();
          }}
        />
      ) : (
        <div className="cc-actions">
          <button
            type="button"
            disabled={copy.state === 'copying'}
            onClick={() => (unfilled.length > 0 ? setCopy({ state: 'confirm' }) : void copyNow())}
          >
            Copy
          </button>
          {onOpenLinkedIn && (
            <button type="button" className="secondary" onClick={onOpenLinkedIn}>
              Open in LinkedIn
            </button>
          )}
          {onOpenEmail && (
            <button type="button" className="secondary" onClick={() => onOpenEmail(subject, text)}>
              Open in email
            </button>
          )}
          {/* Once per draft: a second click would record a second message (and spend the one nudge). */}
          <button type="button" className="secondary" onClick={markSent} disabled={sent}>
            Mark as sent
          </button>
        </div>
      )}

      <p className={copy.state === 'failed' ? 'cc-status cc-status-error' : 'cc-status'} role="status">
        {copy.state === 'copied' && 'Copied ✓'}
        {copy.state === 'failed' && `Could not copy: ${copy.error}`}
        {sent && (copy.state === 'copied' ? ' · ' : '') + 'Marked as sent ✓'}
      </p>
    </div>
  );
}
