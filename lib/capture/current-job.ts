import type { Experience } from './profile';
import { cleanText, sameText } from './text';

export interface CurrentJob {
  currentTitle?: string;
  currentCompany?: string;
}

/**
 * The top card names LinkedIn's pick of the current company; the matching ongoing role gives the
 * title. Without Experience loaded (lazy cards), the headline often says "Title at Company".
 */
export function currentJob(experience: Experience[], topCompany?: string, headline?: string): CurrentJob {
  // A role still held says so ("Mar 2022 - Present"); one date alone ("Aug 2025 · 1 mo") is a
  // role that began and ended in that month, listed before older roles still held.
  const ongoing = (role: Experience) => role.end === 'Present';
  if (topCompany) {
    const role =
      experience.find((r) => sameText(r.company, topCompany) && ongoing(r)) ??
      experience.find((r) => sameText(r.company, topCompany));
    return compactJob(role?.title ?? titleFromHeadline(headline, topCompany), topCompany);
  }
  const current = experience.find(ongoing);
  return current ? compactJob(current.title, current.company) : {};
}

// "Senior UX Researcher at Northwind Health | …" in the languages LinkedIn offers.
const AT = [' at ', '@', ' bei ', ' chez ', ' en ', ' na ', ' presso ', ' bij ', ' på ', ' hos ', ' w ', ' em ', ' di '];

export function titleFromHeadline(headline: string | undefined, company: string): string | undefined {
  if (!headline) return undefined;
  const wanted = cleanText(company).toLowerCase();
  for (const segment of headline.split(/\s[|•·]\s/)) {
    const lower = segment.toLowerCase();
    for (const at of AT) {
      const i = lower.indexOf(at);
      if (i > 0 && lower.slice(i + at.length).trim().startsWith(wanted)) return cleanText(segment.slice(0, i)) || undefined;
    }
  }
  return undefined;
}

function compactJob(title: string | undefined, company: string | undefined): CurrentJob {
  const job: CurrentJob = {};
  if (title) job.currentTitle = title;
  if (company) job.currentCompany = company;
  return job;
}
