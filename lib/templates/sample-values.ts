import type { VariableValues } from './variables';

/**
 * Typical, slightly long values: the editor previews with them, and tests use them to prove
 * every default fits its channel. Invented people; no real profile data.
 */
export const SAMPLE_VALUES: Required<VariableValues> = {
  firstName: 'Priya',
  fullName: 'Priya Raman',
  company: 'Northwind Health',
  title: 'Senior UX Researcher',
  school: 'University of Michigan',
  headline: 'Senior UX Researcher at Northwind Health | Patient-centred design',
  location: 'Chicago, Illinois',
  myName: 'Alex Moreno',
  myBackground: 'a pediatric nurse of six years',
  myInterest: 'a move into UX research',
  mySchool: 'University of Michigan',
  howWeMet: 'Maria Lopez suggested I contact you',
  referrerName: 'Maria Lopez',
  referrerFirstName: 'Maria',
  researchNote: 'article on testing onboarding flows with patients',
  meetingDate: 'Thursday, 12 June',
  meetingTime: '10:00 AM Central',
  meetingPlace: 'Zoom (link in the calendar invite)',
  takeaway: 'starting every study with five patient interviews',
  nextStep: 'join the research community you mentioned',
};
