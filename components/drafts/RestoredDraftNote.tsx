import './drafts.css';

interface Props {
  onDiscard: () => void;
}

/** Says why the field holds text the saved record does not, and offers the way back. */
export function RestoredDraftNote({ onDiscard }: Props) {
  return (
    <p className="notice restored-draft" role="status">
      Restored your unsaved text.{' '}
      <button type="button" className="link-button" onClick={onDiscard}>
        Discard it
      </button>
    </p>
  );
}
