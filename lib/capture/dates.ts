import { asciiDigits, splitDots } from './text';

/**
 * Words LinkedIn writes for an ongoing role in the languages members use most. A role whose end
 * is one of these is stored with end "Present"; any other end text is kept as written.
 */
const PRESENT_WORDS = new Set([
  'present', 'now', 'current', 'heute', 'aktuell', "aujourd'hui", 'actualidad', 'presente', 'actual',
  'o momento', 'momento', 'atual', 'oggi', 'attuale', 'heden', 'nu', 'huidig', 'idag', 'i dag', 'nå',
  'nyt', 'nykyhetki', 'obecnie', 'teraz', 'dnes', 'současnost', 'günümüz', 'halen', 'сейчас',
  'настоящее время', 'по настоящее время', 'теперь', 'зараз', 'hiện tại', 'sekarang', 'saat ini',
  'kini', 'prezent', 'σήμερα', 'jelenleg', 'дотепер', 'היום', 'הווה', 'ปัจจุบัน', '現在', '现在', '至今', '今', '현재', 'الحاضر', 'حتى الآن', 'עכשיו', 'वर्तमान',
]);

export function isPresentWord(text: string): boolean {
  return PRESENT_WORDS.has(text.trim().toLowerCase().replace(/[’`´]/g, "'").replace(/\.$/, ''));
}

const YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/;
// Ranges use a spaced hyphen, an en/em dash with or without spaces ("2015–2017"), or on Japanese
// pages a wave dash, full-width or not ("2022年3月～現在").
const RANGE_SEPARATOR = /\s+[-–—]\s+|\s*[–—～〜~]\s*/;
// "Mar 2022", "März 2022", "2022", "2022年3月", "2022년 3월", "2023 年 8 月", "сент. 2022 г.", "Tháng 10/2022", "mars 2022", "jan. de 2020": a few words and a
// year, nothing else. Each side of a range must have this shape, so "Fin Assistant. (2015 - 2019)"
// stays a title.
// Hungarian puts the year first ("2020. jan."); Hebrew abbreviates a month with a geresh ("ינו׳ 2020").
const SINGLE_DATE = /^(?:[\p{L}\p{M}.׳']{1,12}\s(?:\d{1,2}[\s/,]\s?)?(?:(?:de|del|di|of)\s)?)?(?:19|20)\d{2}(?:\s?\p{L}{0,2}\.?\s?\d{0,2}\s?\p{L}?|\.\s\p{L}{1,6}\.?)?$/u;
// "3 yrs 9 mos", "3 J. 9 Mon.", "2 ans", "11 months", "1 año 2 meses".
const DURATION = /^\d+\s*[\p{L}\p{M}.]+(?:\s+\d+\s*[\p{L}\p{M}.]+)?$/u;
// A role that began and ended in one year, or lasted under a month: "Less than a year", "weniger
// als ein Jahr", "moins d’un an", "menos de un año", "meno di un anno", "minder dan een jaar",
// "меньше года", "mniej niż rok", "mindre än ett år", "méně než rok"; "1 yıldan az", "1년 미만".
const UNDER_ONE =
  /^(?:(?:less than a|weniger als ein(?:en)?|moins d['’]un|menos de u[nm]|meno di un|minder dan een|меньше|менее|менше|mniej niż|mindre än ett|mindre end et|mindre enn ett|méně než|menej ako|kevesebb mint egy)\s\p{L}+|\d+\s?\p{L}+\s(?:az|미만))$/iu;

export interface DateLine {
  start?: string;
  end?: string;
  duration?: string;
}

/** "Mar 2022 - Present · 3 yrs 9 mos" → {start, end: "Present", duration}; undefined if not a date line. */
export function parseDateLine(line: string): DateLine | undefined {
  const [range, ...rest] = splitDots(asciiDigits(line));
  if (!range || range.length > 60) return undefined;
  const duration = rest.find((part) => isDuration(part));
  const sides = range.split(RANGE_SEPARATOR);
  if (sides.length === 2) {
    const [start = '', end = ''] = sides.map((side) => side.trim());
    if (!SINGLE_DATE.test(start)) return undefined;
    if (!SINGLE_DATE.test(end) && !isPresentWord(end)) return undefined;
    return withoutEmpty({ start, end: isPresentWord(end) ? 'Present' : end, duration });
  }
  if (sides.length === 1 && SINGLE_DATE.test(range)) return withoutEmpty({ start: range, duration });
  return undefined;
}

/** A line that is an entry's dates ("Mar 2022 - Present · 3 yrs"), not a title that mentions years. */
export function isDateLine(line: string): boolean {
  return line.length <= 60 && parseDateLine(line) !== undefined && yearsIn(line).length > 0;
}

export function isDuration(text: string): boolean {
  const digits = asciiDigits(text.trim());
  return (DURATION.test(digits) && !YEAR.test(digits)) || UNDER_ONE.test(digits);
}

/** Four-digit years in order of appearance: "Sep 2015 - Jun 2017" → ["2015", "2017"]. */
export function yearsIn(text: string): string[] {
  return [...asciiDigits(text).matchAll(/(?:^|\D)((?:19|20)\d{2})(?!\d)/g)].map((match) => match[1] ?? '').filter(Boolean);
}

function withoutEmpty(line: DateLine): DateLine {
  const out: DateLine = {};
  if (line.start) out.start = line.start;
  if (line.end) out.end = line.end;
  if (line.duration) out.duration = line.duration;
  return out;
}
