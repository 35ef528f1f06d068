import { useId } from 'react';

interface Props {
  unfilled: string[];
  onCopyAnyway: () => void;
  onKeepEditing: () => void;
}

/**
 * Asked in the page rather than with window.confirm: a native dialog closes the extension popup
 * in some browsers and cannot be styled or tested.
 */
export function CopyConfirm({ unfilled, onCopyAnyway, onKeepEditing }: Props) {
  const textId = useId();
  return (
    <div className="cc-confirm" role="alertdialog" aria-labelledby={textId} aria-modal="false">
      <p id={textId}>This draft still has blanks: {unfilled.join(', ')}. Copy anyway?</p>
      <div className="cc-actions">
        <button type="button" onClick={onCopyAnyway}>
          Copy anyway
        </button>
        {/* The safe choice gets the focus, so Enter does not send a half-finished message. */}
        <button type="button" className="secondary" onClick={onKeepEditing} autoFocus>
          Keep editing
        </button>
      </div>
    </div>
  );
}
