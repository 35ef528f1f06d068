import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useDraftsDb } from '@/components/drafts/drafts-context';
import { RestoredDraftNote } from '@/components/drafts/RestoredDraftNote';
import { useDraftField } from '@/components/drafts/use-draft-field';
import { draftsFor } from '@/lib/drafts/drafts';
import { countFor, countSubjectFor } from '@/lib/templates/channels';
import { lintDraft, type LintContext } from '@/lib/templates/etiquette';
import { renderTemplate, unfilledIn, type Rendered } from '@/lib/templates/render';
import {
  CHANNEL_LABELS,
  CHANNELS,
  channelHasSubject,
  type AccountType,
  type Channel,
  type Template,
  type TemplateKind,
} from '@/lib/templates/template';
import type { VariableValues } from '@/lib/templates/variables';
import { CharacterCounter } from './CharacterCounter';
import { CopyConfirm } from './CopyConfirm';
import { EtiquetteFlags } from './EtiquetteFlags';
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
  const { templates, values, accountType, lintContext, onCopy, onMarkSent, onOpenLinkedIn, onOpenEmail } = props;
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

      {unfilled.length > 0 && (
        <p className="cc-missing" data-testid="unfilled">
          Fill in: {unfilled.join(', ')}
        </p>
      )}

      <EtiquetteFlags flags={flags} />

      {copy.state === 'confirm' ? (
        <CopyConfirm
          unfilled={unfilled}
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
