import { cleanText } from './text';

/**
 * First and last name for greetings ("Hi Jane"), from the display name LinkedIn shows. Members
 * decorate names with titles, credentials, pronouns and emoji: "Dr. Jane Q. Doe, PhD 🚀".
 */

const HONORIFICS = new Set([
  'dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'rev', 'hon', 'eng', 'ing',
  'dipl.-ing', 'mag', 'herr', 'frau', 'mme', 'mlle', 'sr', 'sra', 'srta', 'dott', 'dott.ssa', 'ir', 'drs',
]);
// Compared without dots and case: "Ph.D." → "phd".
const CREDENTIALS = new Set([
  'phd', 'mba', 'cpa', 'md', 'cfa', 'pmp', 'msc', 'bsc', 'ma', 'ba', 'bs', 'ms', 'mph', 'jd', 'llm', 'rn',
  'pe', 'peng', 'cissp', 'csm', 'psm', 'dds', 'do', 'esq', 'frm', 'acca', 'cima', 'cma', 'shrm-cp',
  'shrm-scp', 'sphr', 'phr', 'cfp', 'caia', 'cisa', 'cism', 'itil', 'safe', 'spc', 'lean', 'mfa', 'meng',
  'beng', 'dba', 'edd', 'psyd', 'lcsw', 'np', 'pa-c', 'aws',
]);
// Lower-case particles belong to the family name: "van Gogh", "de la Cruz", "bin Salman".
const PARTICLES = new Set([
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'ter',
  'ten', 'bin', 'binti', 'al', 'el', 'y', 'zu', 'af', 'av',
]);
// Scripts written without spaces between family and given name.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const DECORATION = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u20E3]/gu;

export interface NameParts {
  firstName?: string;
  lastName?: string;
}

export function splitName(fullName: string): NameParts {
  const display = cleanText(fullName);
  if (display === '') return {};
  if (UNSPACED_SCRIPT.test(display)) return { firstName: display };

  let core = display
    .replace(DECORATION, ' ')
    // Pronouns, nicknames, maiden names: "(she/her)", "(Jay)", "[MBA]".
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  // Credentials and taglines follow a comma or a bar: "Jane Doe, PhD", "Jane Doe | Hiring".
  core = core.split(/,|\s[|–—-]\s|\|/)[0] ?? '';
  const tokens = cleanText(core)
    .split(' ')
    .filter((token) => token !== '' && /[\p{L}\p{N}]/u.test(token));

  while (tokens.length > 1 && HONORIFICS.has(bare(tokens[0] ?? '', true))) tokens.shift();
  while (tokens.length > 1 && isCredential(tokens[tokens.length - 1] ?? '')) tokens.pop();

  const first = tokens.shift();
  if (!first) return { firstName: display };
  // Middle initials ("Q.") are neither first nor last name.
  const rest = tokens.filter((token) => !/^\p{L}\.?$/u.test(token));
  const last = rest.pop();
  if (!last) return { firstName: first };
  const family = [last];
  while (rest.length > 0 && PARTICLES.has(rest[rest.length - 1] ?? '')) family.unshift(rest.pop() ?? '');
  return { firstName: first, lastName: family.join(' ') };
}

function bare(token: string, keepInnerDots = false): string {
  const lower = token.toLowerCase().replace(/\.$/, '');
  return keepInnerDots ? lower : lower.replace(/\./g, '');
}

const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function isCredential(token: string): boolean {
  const key = bare(token);
  if (GENERATIONAL.has(key)) return true;
  // Only when written like a credential ("PhD", "MBA", "M.A."): "Minh Do" and "Jack Ma" keep their surnames.
  const styled = (token.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || token.includes('.');
  if (styled && CREDENTIALS.has(key)) return true;
  // Dotted degrees such as "M.Sc." or "Dipl.-Kfm." carry more than one dot.
  return (token.match(/\./g)?.length ?? 0) >= 2 && /\p{Ll}/u.test(token);
}
