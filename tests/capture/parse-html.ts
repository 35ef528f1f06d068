import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

const windows: Window[] = [];

/**
 * A fixture page as a Document, without running it: happy-dom leaves scripts unevaluated and
 * iframes unloaded by default, so fixture pages never reach the network.
 */
export function parseHtml(html: string): Document {
  const window = new Window({ url: 'about:blank' });
  windows.push(window);
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function parseFile(file: string): Document {
  return parseHtml(readFileSync(file, 'utf8'));
}

export async function closeAll(): Promise<void> {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
}
