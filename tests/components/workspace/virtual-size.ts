/**
 * happy-dom does no layout, so every element measures 0×0 and the virtualiser would show no
 * rows. Give the contacts scroller a real-looking size for the test's duration.
 */
export function giveScrollerASize(height = 600, width = 800): () => void {
  const proto = HTMLElement.prototype;
  const before = {
    h: Object.getOwnPropertyDescriptor(proto, 'clientHeight'),
    w: Object.getOwnPropertyDescriptor(proto, 'clientWidth'),
  };
  const sized = (el: HTMLElement) => el.classList.contains('contacts-scroll');
  Object.defineProperty(proto, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return sized(this) ? height : 0;
    },
  });
  Object.defineProperty(proto, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return sized(this) ? width : 0;
    },
  });
  return () => {
    if (before.h) Object.defineProperty(proto, 'clientHeight', before.h);
    else delete (proto as { clientHeight?: number }).clientHeight;
    if (before.w) Object.defineProperty(proto, 'clientWidth', before.w);
    else delete (proto as { clientWidth?: number }).clientWidth;
  };
}
