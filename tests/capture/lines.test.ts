import { afterAll, describe, expect, it } from 'vitest';
import { linesIn, visibilityTest } from '@/lib/capture/visible';
import { closeAll, parseHtml } from './parse-html';

afterAll(closeAll);

const linesOf = (html: string) => {
  const doc = parseHtml(`<body><div id="root">${html}</div></body>`);
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  return linesIn(root, visibilityTest()).map((line) => ({ text: line.text, tag: line.el.tagName }));
};

// Sibling inline elements that each carry text are separate lines (Ember's company, dates and
// location spans); loose text between them joins them. What counts as text is what cleanText keeps.
describe('lines of sibling inline elements', () => {
  it('splits spans that each carry text', () => {
    expect(linesOf('<span>Acme</span><span>Mar 2022 - Present</span>')).toEqual([
      { text: 'Acme', tag: 'SPAN' },
      { text: 'Mar 2022 - Present', tag: 'SPAN' },
    ]);
  });

  it('keeps them one line when real loose text joins them', () => {
    expect(linesOf('<span>Toronto</span> · <a href="#">Contact info</a>')).toEqual([{ text: 'Toronto · Contact info', tag: 'DIV' }]);
  });

  it('does not count zero-width characters or spaces between them as loose text', () => {
    expect(linesOf('\u200B <b>A</b>\u00AD<b>B</b>\n')).toEqual([
      { text: 'A', tag: 'B' },
      { text: 'B', tag: 'B' },
    ]);
  });

  it('does not count a sibling holding only zero-width characters as carrying text', () => {
    expect(linesOf('<b>Senior designer</b><i>\u200B\uFEFF</i>')).toEqual([{ text: 'Senior designer', tag: 'DIV' }]);
  });

  it('counts text a sibling hides inside it (the split is by structure, the lines by what shows)', () => {
    expect(linesOf('<b>Senior designer</b><i><span hidden>copy</span></i>')).toEqual([{ text: 'Senior designer', tag: 'B' }]);
  });

  it('reads the same lines when asked twice in one reading', () => {
    const doc = parseHtml('<body><div id="root"><span>Acme</span><span>Toronto</span></div></body>');
    const root = doc.getElementById('root');
    if (!root) throw new Error('no root');
    const vis = visibilityTest();
    expect(linesIn(root, vis).map((l) => l.text)).toEqual(linesIn(root, vis).map((l) => l.text));
  });
});

// A page saved without LinkedIn's stylesheets shows what they hid: the name-pronunciation
// player's controls would be lines of the top card ("Current Time 0:00", "/", "Duration 0:07").
describe('a media player', () => {
  it.each([
    ['video.js as LinkedIn renders it', '<div data-vjs-player="true" class="vjs-audio"><span class="vjs-control-text">Current Time 0:00</span><span>/</span></div>'],
    ['video.js by its class only', '<div class="video-js vjs-paused"><button><span>Play Video</span></button></div>'],
    ['an audio element with fallback text', '<audio src="x.mp3">Your browser does not play audio</audio>'],
  ])('%s gives no lines', (_name, player) => {
    expect(linesOf(`<div><p>Jane Doe</p>${player}<p>Engineer</p></div>`)).toEqual([
      { text: 'Jane Doe', tag: 'P' },
      { text: 'Engineer', tag: 'P' },
    ]);
  });
});

// Ember (2021) draws the "·" between a company and its employment type with CSS, on a
// "separator" span: "Stone <span class=separator>Tempo integral</span>" read as one name.
describe('a separator span', () => {
  it('keeps the company and what follows apart', () => {
    expect(linesOf('<p>Stone <span class="pv-entity__secondary-title separator">Tempo integral</span></p>')).toEqual([{ text: 'Stone · Tempo integral', tag: 'P' }]);
  });
});
