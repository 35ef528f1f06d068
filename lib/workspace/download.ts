/**
 * Save text as a file the user picks up from the browser's downloads: a Blob behind an object
 * URL on a temporary <a download>. Needs no "downloads" permission and no network.
 */
export function downloadText(doc: Document, fileName: string, text: string, type = 'text/plain;charset=utf-8'): void {
  const view = doc.defaultView;
  if (!view) return;
  const url = view.URL.createObjectURL(new view.Blob([text], { type }));
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
