import { isPresentWord } from './dates';
import { isHeading, type SectionName } from './headings';
import { compact, emptyReading, readPart, sectionState as stateOf } from './page-reading';
import { schoolYears } from './entry-lines';
import { slugOfHref } from './identity';
import { canonicalOrgUrl } from './org-url';
import { photoUrlFrom, photoUrlOf } from './photo';
import type { Education, Experience, PageReading } from './profile';
import { blockText, cleanText, isPlaceText, splitDots } from './text';
import { firstShown, follows, visibleText, type Visibility } from './visible';

/**
 * The public page a signed-out visitor sees (country subdomains, 2020–). The person is described
 * by a JSON-LD `Person`; the same facts, with role titles and durations, are in server-rendered
 * sections that keep their semantic class names. Sections first, JSON-LD where they are missing.
 */
type Json = Record<string, unknown>;

export function readPublic(doc: Document, slug: string, base: string, vis: Visibility): PageReading | undefined {
  const person = personFromJsonLd(doc, slug, base);
  const title = firstShown(doc, '.top-card-layout__title', vis) ?? null;
  if (!person && !title) return undefined;

  const reading = emptyReading('public-2024');
  const canonical = slugOfHref(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), base);
  reading.ownSlugs = [slugOfHref(str(person?.url), base), canonical].filter((s): s is string => Boolean(s));
  reading.fullName = cleanText(str(person?.name)) || visibleText(title, vis);
  if (!reading.fullName) return reading;

  readPart(reading, 'top-card-unreadable', () => {
    // Without its class, the headline is the heading right after the name (<h1> name, <h2> headline).
    const named = title ?? [...doc.querySelectorAll('h1')].find((h) => vis.shown(h) && visibleText(h, vis) === reading.fullName);
    reading.headline = shownText(doc, '.top-card-layout__headline', vis) ?? headingAfter(named ?? null, vis);
    const address = obj(person?.address);
    reading.location = cleanText(str(address?.addressLocality)) || sublinePlace(doc, vis);
    reading.topCompany = cleanText(str(obj(list(person?.worksFor)[0])?.name)) || undefined;
    reading.photoUrl =
      photoUrlFrom(str(obj(person?.image)?.contentUrl)) ??
      photoUrlOf([...doc.querySelectorAll('.top-card-layout img')].find((img) => vis.shown(img) && cleanText(img.getAttribute('alt')) === reading.fullName));
  });
  reading.about = readPart(
    reading,
    'about-unreadable',
    () => {
      const section = sectionOf(doc, 'summary', 'about', vis);
      return (section && blockText(firstShown(section, '.core-section-container__content', vis), vis.hides)) ?? jsonText(person?.description);
    },
  );

  const experienceSection = sectionOf(doc, 'experience', 'experience', vis);
  reading.experience =
    readPart(reading, 'experience-unreadable', () => {
      // A section whose entries this reader no longer recognises: the JSON-LD still names the roles.
      const shown = experienceSection ? readExperience(experienceSection, base, vis) : [];
      return shown.length > 0 ? shown : experienceFromJson(person, base);
    }) ?? [];
  reading.experienceState = stateOf(experienceSection ?? person?.worksFor, reading.experience);

  const educationSection = sectionOf(doc, 'educationsDetails', 'education', vis);
  reading.education =
    readPart(reading, 'education-unreadable', () => {
      const shown = educationSection ? readEducation(educationSection, base, vis) : [];
      return shown.length > 0 ? shown : educationFromJson(person, base);
    }) ?? [];
  reading.educationState = stateOf(educationSection, reading.education);
  return reading;
}

/**
 * A section by three independent hooks: its data-section key (2024 pages), its class (2023
 * pages key only some sections: Experience was `section.experience` alone) or, when both are
 * renamed, its own heading in any language LinkedIn offers.
 */
function sectionOf(doc: Document, key: string, name: SectionName, vis: Visibility): Element | null {
  const hooked = doc.querySelector(`section[data-section="${key}"], section.${name === 'about' ? 'summary' : name}`);
  if (hooked) return hooked;
  for (const heading of doc.querySelectorAll('section h2')) {
    if (vis.shown(heading) && isHeading(visibleText(heading, vis), name)) return heading.closest('section');
  }
  return null;
}

function personFromJsonLd(doc: Document, slug: string, base: string): Json | undefined {
  const people: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of [data, ...list(obj(data)?.['@graph'])]) {
      const node = obj(item);
      if (node && list(node['@type']).includes('Person') && str(node.name)) people.push(node);
    }
  }
  // Only top-level Person nodes count: nested ones (reviewedBy, colleagues) are other people.
  return people.find((p) => slugOfHref(str(p.url), base) === slug) ?? people[0];
}

function readExperience(section: Element, base: string, vis: Visibility): Experience[] {
  const roles: Experience[] = [];
  for (const card of entriesOf(section, vis)) {
    const group = card.closest('li.experience-group');
    const range = dateRangeOf(card, vis);
    const meta = [...card.querySelectorAll('.experience-item__meta-item')].filter((item) => vis.shown(item));
    const location = meta.find((item) => item.tagName === 'P' && !item.querySelector('.date-range'));
    roles.push(
      compact({
        title: (shownText(card, '.experience-item__title', vis) ?? shownText(card, 'h3', vis)),
        company:
          shownText(card, '.experience-item__subtitle', vis) ??
          splitDots(shownText(card, 'h4', vis) ?? '')[0] ??
          (group ? shownText(group, '.experience-group-header__company', vis) : undefined),
        // Employers can be schools (a university as a research employer): any org link counts.
        companyUrl:
          orgLink(card, base) ?? canonicalOrgUrl(group?.querySelector('a.experience-group-header__url')?.getAttribute('href'), base),
        ...datesOf(range, vis),
        location: visibleText(location, vis),
        description: blockText(
          firstShown(card, '.show-more-less-text__text--more', vis) ?? firstShown(card, '.show-more-less-text__text--less', vis),
          vis.hides,
        ),
      }),
    );
  }
  return roles;
}

function readEducation(section: Element, base: string, vis: Visibility): Education[] {
  const schools: Education[] = [];
  for (const card of entriesOf(section, vis)) {
    // Degree first, then field and grade, both tagged data-section="educations"; some have no degree.
    const spans = [...card.querySelectorAll('h4 span')].filter((span) => vis.shown(span));
    const degree = visibleText(spans.find((span) => !span.hasAttribute('data-section')), vis);
    const field = visibleText(spans.find((span) => span.hasAttribute('data-section')), vis);
    const range = dateRangeOf(card, vis);
    const school = shownText(card, 'h3', vis);
    if (!school) continue;
    schools.push(
      compact({
        school,
        schoolUrl: orgLink(card, base),
        degree,
        field,
        ...schoolYears(visibleText(range, vis)),
      }),
    );
  }
  return schools;
}

/**
 * A section's entries by their class, or, when LinkedIn renames it, each innermost list item
 * with a heading (a group of roles holds its roles' items; the roles are the entries).
 */
function entriesOf(section: Element, vis: Visibility): Element[] {
  const marked = [...section.querySelectorAll('li.profile-section-card')];
  const items = marked.length > 0 ? marked : [...section.querySelectorAll('li')].filter((li) => li.querySelector('h3') && !li.querySelector(':scope li h3'));
  return items.filter((li) => vis.shown(li));
}

/** The entry's dates: `.date-range`, or the element holding its <time>s. */
function dateRangeOf(card: Element, vis: Visibility): Element | null {
  return firstShown(card, '.date-range', vis) ?? firstShown(card, 'time', vis)?.parentElement ?? null;
}

function orgLink(card: Element, base: string): string | undefined {
  for (const link of card.querySelectorAll('a[href]')) {
    const url = canonicalOrgUrl(link.getAttribute('href'), base);
    if (url) return url;
  }
  return undefined;
}

/** `<time>Jul 2021</time> - Present <span>2 years 9 months</span>`. */
function datesOf(range: Element | null, vis: Visibility): Pick<Experience, 'start' | 'end' | 'duration'> {
  if (!range) return {};
  const times = [...range.querySelectorAll('time')].filter((time) => vis.shown(time)).map((time) => visibleText(time, vis));
  let loose = '';
  for (let node = range.firstChild; node; node = node.nextSibling) if (node.nodeType === 3) loose += node.nodeValue ?? '';
  const after = cleanText(loose).replace(/^[-–—]\s*/, '');
  return compact({
    start: times[0],
    end: times[1] ?? (after && isPresentWord(after) ? 'Present' : after || undefined),
    duration: shownText(range, 'span', vis),
  });
}

function experienceFromJson(person: Json | undefined, base: string): Experience[] {
  if (!person) return [];
  const titles = list(person.jobTitle).map((t) => cleanText(str(t)));
  const current = list(person.worksFor).map((org, i) => role(obj(org), base, titles[i], 'Present'));
  const past = list(person.alumniOf)
    .filter((org) => list(obj(org)?.['@type']).includes('Organization'))
    .map((org) => role(obj(org), base, undefined, undefined));
  return [...current, ...past].filter((r) => r.company);
}

function role(org: Json | undefined, base: string, title: string | undefined, end: string | undefined): Experience {
  const member = obj(org?.member);
  return compact({
    title,
    company: cleanText(str(org?.name)),
    companyUrl: canonicalOrgUrl(str(org?.url), base),
    start: str(member?.startDate),
    end: end ?? str(member?.endDate),
    location: cleanText(str(org?.location)),
    description: jsonText(member?.description),
  });
}

function educationFromJson(person: Json | undefined, base: string): Education[] {
  return list(person?.alumniOf)
    .map((org) => obj(org))
    .filter((org) => list(org?.['@type']).includes('EducationalOrganization'))
    .map((org) =>
      compact({
        school: cleanText(str(org?.name)),
        schoolUrl: canonicalOrgUrl(str(org?.url), base),
        ...schoolYears(`${str(obj(org?.member)?.startDate)} - ${str(obj(org?.member)?.endDate)}`),
      }),
    );
}

// LinkedIn writes line breaks into JSON-LD text as a literal "<br>"; nothing else is markup.
function jsonText(value: unknown): string | undefined {
  const text = str(value)
    .split(/<br\s*\/?>/i)
    .map((line) => cleanText(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || undefined;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function obj(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/**
 * The place among the first subline's items ("Singapore", "6K followers", "500+ connections" in
 * any order, or "<span>Stockholm</span> <span>Contact Info</span>"): the first place-shaped item
 * that is not a link or part of the sign-in prompt the subline holds.
 */
function sublinePlace(doc: Document, vis: Visibility): string | undefined {
  const subline = firstShown(doc, '.top-card-layout__first-subline', vis);
  for (const item of subline?.querySelectorAll('.top-card__subline-item, span') ?? []) {
    if (item.closest('a, .link, [data-modal], [class*="modal"]')) continue;
    const text = visibleText(item, vis);
    if (text && isPlaceText(text)) return text;
  }
  return undefined;
}

/** The first <h2> after the name in its card, not one in a sign-in dialog the card holds. */
function headingAfter(name: Element | null, vis: Visibility): string | undefined {
  if (!name) return undefined;
  for (const h of (name.closest('section') ?? name.ownerDocument.body).querySelectorAll('h2')) {
    const after = follows(h, name);
    if (after && !h.closest('[role="dialog"], [aria-modal="true"]') && vis.shown(h)) return visibleText(h, vis);
  }
  return undefined;
}

function shownText(scope: ParentNode, selector: string, vis: Visibility): string | undefined {
  return visibleText(firstShown(scope, selector, vis), vis);
}
