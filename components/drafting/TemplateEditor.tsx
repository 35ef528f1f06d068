import { useState } from 'react';
import { CHANNEL_LABELS, KIND_LABELS, type AccountType, type Template } from '@/lib/templates/template';
import { TemplateForm } from './TemplateForm';
import './drafting.css';

export interface TemplateEditorProps {
  templates: Template[];
  /** Store the template; return an error to show, or null when it is saved. */
  onSave: (template: Template) => string | null | Promise<string | null>;
  onDelete: (id: string) => void;
  /** Bring the shipped templates back as shipped; the user's own stay (see restoreDefaults). */
  onRestoreDefaults: () => void;
  /** For the "with sample details" count; free is the stricter limit. */
  accountType?: AccountType;
  /** Injected so tests get stable ids and times. */
  newId?: () => string;
  now?: () => number;
}

/** draftScope: where unsaved edits are kept (the template id; 'new' and 'copy:<id>' for unsaved ones). */
type Editing = { template: Template; heading: string; draftScope: string };

/** The user's templates: create, edit, duplicate, delete and restore the shipped ones. */
export function TemplateEditor({
  templates,
  onSave,
  onDelete,
  onRestoreDefaults,
  accountType = 'free',
  newId = () => crypto.randomUUID(),
  now = Date.now,
}: TemplateEditorProps) {
  const [editing, setEditing] = useState<Editing>();
  const [deleting, setDeleting] = useState<string>();
  const [restoring, setRestoring] = useState(false);

  if (editing) {
    return (
      <TemplateForm
        key={editing.template.id}
        initial={editing.template}
        draftScope={editing.draftScope}
        heading={editing.heading}
        accountType={accountType}
        now={now}
        onCancel={() => setEditing(undefined)}
        onSubmit={async (template) => {
          const error = await onSave(template);
          if (!error) setEditing(undefined);
          return error;
        }}
      />
    );
  }

  const create = () => {
    const at = now();
    setEditing({
      heading: 'New template',
      draftScope: 'new',
      template: { id: newId(), name: '', kind: 'custom', channel: 'linkedin-message', body: '', isDefault: false, createdAt: at, updatedAt: at },
    });
  };

  const duplicate = (t: Template) => {
    const at = now();
    setEditing({
      heading: `Copy of ${t.name}`,
      draftScope: `copy:${t.id}`,
      template: { ...t, id: newId(), name: `Copy of ${t.name}`, isDefault: false, createdAt: at, updatedAt: at },
    });
  };

  return (
    <div className="cc-editor">
      <div className="cc-actions">
        <button type="button" onClick={create}>
          New template
        </button>
        <button type="button" className="secondary" onClick={() => setRestoring(true)} aria-expanded={restoring}>
          Restore defaults
        </button>
      </div>
      {restoring && (
        <div className="cc-confirm" role="alertdialog" aria-label="Restore defaults">
          <p>Restore the shipped templates? Edited ones go back to their original text; your own templates stay.</p>
          <div className="cc-actions">
            <button
              type="button"
              onClick={() => {
                setRestoring(false);
                onRestoreDefaults();
              }}
            >
              Restore
            </button>
            <button type="button" className="secondary" onClick={() => setRestoring(false)} autoFocus>
              Cancel
            </button>
          </div>
        </div>
      )}
      {templates.length === 0 ? (
        <p className="cc-note">No templates yet. Create one, or restore the shipped ones.</p>
      ) : (
        <ul className="cc-template-list" aria-label="Templates">
          {templates.map((t) => (
            <li key={t.id}>
              <div className="cc-template-name">{t.name}</div>
              <div className="cc-template-meta">
                {KIND_LABELS[t.kind]} · {CHANNEL_LABELS[t.channel]}
                {t.isDefault ? ' · shipped' : ''}
              </div>
              {deleting === t.id ? (
                <div className="cc-confirm" role="alertdialog" aria-label={`Delete ${t.name}`}>
                  <p>Delete “{t.name}”?{t.isDefault ? ' Restore defaults brings it back.' : ''}</p>
                  <div className="cc-actions">
                    <button
                      type="button"
                      onClick={() => {
                        setDeleting(undefined);
                        onDelete(t.id);
                      }}
                    >
                      Delete
                    </button>
                    <button type="button" className="secondary" onClick={() => setDeleting(undefined)} autoFocus>
                      Cancel
                    </button>
                  </div>
                </div>
              ) : (
                <div className="cc-actions">
                  <button type="button" className="secondary" onClick={() => setEditing({ template: t, heading: `Edit ${t.name}`, draftScope: t.id })} aria-label={`Edit ${t.name}`}>
                    Edit
                  </button>
                  <button type="button" className="secondary" onClick={() => duplicate(t)} aria-label={`Duplicate ${t.name}`}>
                    Duplicate
                  </button>
                  <button type="button" className="secondary" onClick={() => setDeleting(t.id)} aria-label={`Delete ${t.name}`}>
                    Delete
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
