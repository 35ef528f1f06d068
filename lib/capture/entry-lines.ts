import { compact } from './page-reading';
import { isDateLine, isDuration, parseDateLine, yearsIn } from './dates';
import type { Education, Experience, PageReading } from './profile';
import { isPlaceText, splitDots } from './text';

/**
 * Experience and Education entries are a stack of short lines in both logged-in layouts. Their
 * order is fixed but every line is optional, so the date line (found by shape, in any language)
 * is the anchor: what comes before it is title and company, what comes after is the location.
 */

/** One role on its own: [title, "Company · Full-time", "Mar 2022 - Present · 3 yrs", location]. */
export function roleFromLines(lines: string[]): Experience {
  const { before, dates, place } = aroundDates(lines);
  const [company, ...kinds] = before[1] ? splitDots(before[1]) : [];
  return compact({
    title: before[0],
    company,
    employmentType: kinds.join(' · ') || undefined,
    ...dates,
    location: place,
  });
}

/** A role under a company header: [title, "Full-time", "Jan 2020 - Feb 2022 · 2 yrs", location]. */
export function subRoleFromLines(lines: string[]): Experience {
  const { before, dates, place } = aroundDates(lines);
  return compact({ title: before[0], employmentType: before[1], ...dates, location: place });
}

/**
 * The lines before a role's date line, its dates, and the place after them. Older layouts write
 * the duration on a line of its own after the dates ("dez. de 2020 – o momento", "10 meses").
 */
function aroundDates(lines: string[]): { before: string[]; dates: Pick<Experience, 'start' | 'end' | 'duration'>; place?: string } {
  const at = lines.findIndex((line) => parseDateLine(line));
  if (at < 0) return { before: lines.slice(0, 2), dates: {}, place: placeAfter(lines[2]) };
  const dates: Pick<Experience, 'start' | 'end' | 'duration'> = { ...parseDateLine(lines[at] ?? '') };
  let next = at + 1;
  const own = lines[next];
  if (!dates.duration && own !== undefined && isDuration(own)) {
    dates.duration = own;
    next += 1;
  }
  return { before: lines.slice(0, at), dates, place: placeAfter(lines[next]) };
}

/** The line after the dates, when it is a place (not the role's skills or description). */
function placeAfter(line: string | undefined): string | undefined {
  return line && isPlaceText(line) ? line : undefined;
}

export interface GroupHeader {
  company?: string;
  employmentType?: string;
  location?: string;
}

/** The header of several roles at one company: [company, "Full-time · 5 yrs 3 mos", location]. */
export function groupFromLines(lines: string[]): GroupHeader {
  const [company, ...rest] = lines;
  let employmentType: string | undefined;
  let location: string | undefined;
  for (const line of rest) {
    const parts = splitDots(line);
    if (parts.some((part) => isDuration(part))) {
      employmentType ??= parts.filter((part) => !isDuration(part)).join(' · ') || undefined;
    } else if (isPlaceText(line)) {
      location ??= line;
    }
  }
  return compact({ company, employmentType, location });
}

/** Roles under one company header inherit what the header says and they do not. */
export function rolesInGroup(header: GroupHeader, roles: Experience[], companyUrl?: string): Experience[] {
  return roles.map((role) =>
    compact({
      title: role.title,
      company: header.company,
      companyUrl,
      employmentType: role.employmentType ?? header.employmentType,
      start: role.start,
      end: role.end,
      duration: role.duration,
      location: role.location ?? header.location,
      description: role.description,
    }),
  );
}

/** [school, "Degree, Field", "2015 - 2017"]; LinkedIn joins degree and field with a comma (Arabic "،"). */
export function schoolFromLines(lines: string[]): Education {
  const [school, ...rest] = lines;
  const at = rest.findIndex(isDateLine);
  // "Activities and societies: Rowing" (no degree given) is a label and its value, not a degree.
  const [degreeLine, fieldLine] = (at >= 0 ? rest.slice(0, at) : rest).filter((line) => !isSchoolLabel(line));
  const comma = degreeLine?.search(/[,،] /) ?? -1;
  const degree = degreeLine && comma > 0 ? degreeLine.slice(0, comma) : degreeLine;
  // "Degree, Field" on one line, or (older layouts) the field on the line after the degree.
  const field = degreeLine && comma > 0 ? degreeLine.slice(comma + 2) : at >= 0 ? fieldLine : undefined;
  return compact({ school, degree, field, ...schoolYears(at >= 0 ? rest[at] : undefined) });
}

/**
 * LinkedIn's own labels in a school entry ("Activities and societies: …", "Grade: …") in the
 * languages we know. A degree the member typed may hold a colon too ("Studia licencjackie:
 * Fizyka"), so a label is known by its words, not by the colon alone.
 */
const ACTIVITIES_LABEL = /^(?:activit|aktivit|activid|atividad|attivit|działa|aktywno|etkinlik|деятельн|діяльн|活動|活动|社团|社團|활동)[^,،:：]{0,40}[:：]\s/iu;
const GRADE_LABEL = /^(?:grade|note|nota|voto|cijfer|ocena|not|оценка|оцінка|成绩|成績|학점)\s?[:：]\s/iu;
// Any language's "<words> and <words>:", the shape of "Activities and societies:".
const PAIR_LABEL = /^[^,،:：]{1,40}\s(?:and|und|et|y|e|en|i|ve|и|і|och|og)\s[^,،:：]{1,40}[:：]\s/iu;

function isSchoolLabel(line: string): boolean {
  return ACTIVITIES_LABEL.test(line) || GRADE_LABEL.test(line) || PAIR_LABEL.test(line);
}

/** "2015 - 2017" → both; a lone year is the year the member finished. */
export function schoolYears(text: string | undefined): Pick<Education, 'startYear' | 'endYear'> {
  if (!text) return {};
  const range = parseDateLine(text);
  if (range?.start && range.end) {
    // "Sep 2021 - Present": still studying, so there is no end year yet.
    return compact({ startYear: yearsIn(range.start)[0], endYear: yearsIn(range.end)[0] });
  }
  const years = yearsIn(text);
  if (years.length >= 2) return { startYear: years[0], endYear: years[years.length - 1] };
  if (years.length === 1) return { endYear: years[0] };
  return {};
}

/**
 * The entries of a reading, in the background: the signed-in reader hands over each row's lines
 * (rows.ts), made into fields here; the public reader's entries are already fields.
 */
export function experienceFrom(entries: PageReading['experience']): Experience[] {
  return entries.flatMap((entry) => {
    if ('group' in entry) {
      const roles = entry.roles.map((role) => compact({ ...subRoleFromLines(role.lines), description: role.description }));
      return rolesInGroup(groupFromLines(entry.group), roles, entry.companyUrl);
    }
    if ('lines' in entry) return [compact({ ...roleFromLines(entry.lines), companyUrl: entry.companyUrl, description: entry.description })];
    return [entry];
  });
}

export function educationFrom(entries: PageReading['education']): Education[] {
  return entries.map((entry) => ('lines' in entry ? compact({ ...schoolFromLines(entry.lines), schoolUrl: entry.schoolUrl }) : entry));
}
