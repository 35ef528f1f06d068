/**
 * The member's own photo, or undefined. LinkedIn fills the slot with a 1×1 data: GIF until the
 * image loads, and with a "ghost" silhouette (a static.licdn.com asset or a `ghost-*` class)
 * when the member has no public photo; neither is a photo of the person.
 */
export function photoUrlOf(img: Element | null | undefined): string | undefined {
  if (!img) return undefined;
  if (/ghost/i.test(img.getAttribute('class') ?? '')) return undefined;
  return photoUrlFrom(img.getAttribute('src') ?? img.getAttribute('data-delayed-url'));
}

export function photoUrlFrom(src: string | null | undefined): string | undefined {
  if (!src) return undefined;
  let url: URL;
  try {
    url = new URL(src.trim());
  } catch {
    return undefined;
  }
  if (!isLinkedInMediaUrl(url.href) || /ghost/i.test(url.href)) return undefined;
  if (url.hostname === 'static.licdn.com') return undefined;
  return url.href;
}

// LinkedIn serves member photos from media.licdn.com (and media-exp1…, static… for assets).
const LINKEDIN_MEDIA_HOST = /^(?:[a-z0-9-]+\.)+licdn\.com$/;

/**
 * True for an https link on LinkedIn's media servers, with no credentials or port. The only
 * photo links we store or load: any other host could be a tracking pixel.
 */
export function isLinkedInMediaUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    LINKEDIN_MEDIA_HOST.test(url.hostname.toLowerCase())
  );
}
