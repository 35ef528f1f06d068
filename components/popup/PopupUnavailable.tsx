import { pagePaths, pageUrl } from '@/lib/pages/page-urls';

/** Never a blank popup: something stored could not be shown, and the workspace can fix it. */
export function PopupUnavailable() {
  return (
    <p role="alert" className="status-line error">
      Something saved has a field we can&apos;t display.{' '}
      <a href={pageUrl(pagePaths.workspace('#/backup'))} target="_blank" rel="noreferrer">
        Open the workspace
      </a>{' '}
      to export or delete it.
    </p>
  );
}
