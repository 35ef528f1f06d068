/**
 * Save text (or a Blob) as a file the user picks up from the browser's downloads: a Blob behind an object
 * URL on a temporary <a download>. Needs no "downloads" permission and no network.
 */
export function downloadText(doc: Document, fileName: string, content: string | Blob, type = 'text/plain;charset=utf-8'): void {
  const view = doc.defaultView;
  if (!view) return;
  // A Blob (a backup built in parts) is handed over as it is: no second copy of a large file.
  const url = view.URL.createObjectURL(typeof content === 'string' ? new view.Blob([content], { type }) : content);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Chrome reads the blob asynchronously after click().
  view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
}
