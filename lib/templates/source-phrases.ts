import { mentions, normalise, W } from './text-match';

/**
 * Phrases that tell the reader how the user found them — the method's strongest opening line.
 * Matched at a word start only, so "alumn" covers alumni/alumna/alumnus and "Kommiliton" its forms.
 */
const PHRASES = [
  // English
  String.raw`found\s+(?:you|your)`, String.raw`find\s+you`, String.raw`suggest(?:ed|s)?`, String.raw`recommend(?:ed|s)?`,
  String.raw`referred`, String.raw`fellow`, String.raw`alumn`, String.raw`(?:read|saw|seen|heard|watched|listened\s+to)\s+your`,
  String.raw`heard\s+you`, String.raw`c[ao]me\s+across`, String.raw`introduc(?:ed|tion)`, String.raw`mutual`, String.raw`we\s+met`,
  String.raw`met\s+(?:you|at)`, String.raw`pointed\s+me`, String.raw`mentioned\s+you`, String.raw`classmate`, String.raw`we\s+both`,
  String.raw`both\s+(?:studied|went|attended|worked)`, String.raw`also\s+(?:studied|went|attended)`,
  String.raw`your\s+(?:talk|article|post|podcast|paper|book|interview|presentation|newsletter|blog|panel|work\s+on)`,
  String.raw`(?:same|our)\s+(?:school|university|college|program|programme|bootcamp|alma\s+mater)`,
  // German
  String.raw`gefunden`, String.raw`empfohlen`, String.raw`empfahl`, String.raw`vorgeschlagen`, String.raw`Empfehlung`,
  String.raw`gelesen`, String.raw`gesehen`, String.raw`gehört`, String.raw`auf\s+Sie\s+aufmerksam`, String.raw`Kommiliton`,
  String.raw`kennengelernt`, String.raw`verwiesen`, String.raw`Ihre[nm]?\s+(?:Vortrag|Artikel|Beitrag|Podcast|Präsentation)`,
  // French
  String.raw`trouvé`, String.raw`recommandée?`, String.raw`suggéré`, String.raw`conseillé`, String.raw`(?:lu|vu|entendu)\s+votre`,
  String.raw`votre\s+(?:article|intervention|conférence|présentation|podcast|publication)`,
  String.raw`ancien(?:ne)?s?\s+(?:élève|étudiant|étudiante)`, String.raw`rencontré`, String.raw`parlé\s+de\s+vous`,
  String.raw`de\s+la\s+part\s+de`, String.raw`découvert`, String.raw`donné\s+votre\s+nom`,
  // Spanish
  String.raw`encontré`, String.raw`recomend(?:ó|ado|ada|ación)`, String.raw`sugiri[óo]`, String.raw`sugerid[oa]`, String.raw`leí`,
  String.raw`vi\s+(?:tu|su)`, String.raw`escuché`, String.raw`(?:tu|su)\s+(?:artículo|charla|publicación|presentación|podcast)`,
  String.raw`exalumn`, String.raw`egresad`, String.raw`compañer`, String.raw`conocí`, String.raw`nos\s+conocimos`,
  String.raw`habló\s+de\s+(?:ti|usted)`, String.raw`de\s+parte\s+de`, String.raw`dio\s+(?:tu|su)\s+nombre`,
];

const SOURCE = new RegExp(`${W}(?:${PHRASES.join('|')})`, 'iu');

/** True when the text says how the user found the person, in words or by quoting `howWeMet`/the referrer. */
export function saysHowWeMet(text: string, howWeMet?: string, referrerName?: string): boolean {
  return SOURCE.test(normalise(text)) || mentions(text, howWeMet) || mentions(text, referrerName);
}
