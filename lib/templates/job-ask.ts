import { isNegated, normalise, words } from './text-match';

/*
 * A job ask is recognised by its shape — a request verb near a job noun, or a phrase that only
 * means "give me a job" — never by the bare word: "your job", "tu trabajo" (your work), "an dieser
 * Stelle" (at this point) and "par la poste" (by post) are ordinary sentences. Hyphenated
 * compounds such as "jobs-to-be-done" or "job-search strategies" are topics, not asks, and never
 * match (see E in text-match.ts). A negation in the same clause ("I'm not asking for a job",
 * "no busco trabajo") cancels a match.
 */

/**
 * Words that, between the verb and the noun, show it is not an ask: the job is theirs ("how you
 * got your job"), or the user asks for something else about jobs ("looking for advice on roles").
 */
const NOT_AN_ASK = new Set(
  [
    'your', 'their', 'his', 'her', 'its', 'yours', 'about', 'into', 'on', 'in', 'of', 'for', 'to', 'with',
    'regarding', 'around', 'at', 'from', 'like', 'how', 'what', 'why', 'and', 'or', 'but', 'advice',
    'insight', 'insights', 'perspective', 'information', 'info', 'tips', 'guidance', 'ideas',
    'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'dein', 'deine', 'deinen', 'deinem', 'sein', 'seine',
    'seinen', 'dieser', 'diesem', 'dieses', 'über', 'zu', 'zur', 'zum', 'von', 'mit', 'bei', 'nach', 'um', 'und', 'oder', 'wie',
    'was', 'rat', 'tipps', 'einblicke', 'votre', 'vos', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'leur',
    'leurs', 'sur', 'de', 'du', 'des', 'à', 'au', 'aux', 'avec', 'pour', 'et', 'ou', 'comment',
    'conseil', 'conseils', 'avis', 'tu', 'tus', 'su', 'sus', 'vuestro', 'vuestra', 'sobre', 'del',
    'con', 'para', 'en', 'y', 'o', 'cómo', 'consejo', 'consejos', 'información', 'orientación',
  ],
);

const VERB_LED: Array<{ verbs: string; nouns: string; filler?: false }> = [
  {
    verbs: String.raw`ask(?:ing)?(?:\s+you)?\s+for|looking\s+for|look\s+for|seeking|seek|searching\s+for|hoping\s+for|apply(?:ing)?\s+(?:for|to)|consider(?:ed)?\s+me\s+for|considered\s+for|help(?:ing)?\s+me\s+(?:get|find|land|secure)|get\s+me|find\s+me|offer(?:ing)?\s+me|hire\s+me\s+(?:for|as)`,
    nouns: String.raw`jobs?|positions?|openings?|vacanc(?:y|ies)|internships?|roles?(?!\s+models?)`,
  },
  {
    // No in-between words here: "interested in learning about the role" is curiosity, not an ask.
    filler: false,
    verbs: String.raw`interested\s+in`,
    nouns: String.raw`(?:the|this|that|any|an\s+open|a|an)\s+(?:open\s+|advertised\s+)?(?:jobs?|positions?|openings?|vacanc(?:y|ies)|internships?)|(?:the|this|that|any)\s+(?:open\s+)?roles?`,
  },
  {
    verbs: String.raw`suche|suchen|sucht|bewerbe|bewerben|frage\s+nach|fragen\s+nach|bitte\s+um|bitten\s+um|interessiere\s+mich\s+für|hoffe\s+auf`,
    nouns: String.raw`Stellen?|Jobs?|Arbeitsstelle|Anstellung|Positionen?|Praktikum|Praktikumsstelle`,
  },
  {
    verbs: String.raw`cherche|cherchons|chercher|recherche|rechercher|postule|postuler|candidate|candidater|demande|demander|sollicite|solliciter|obtenir|trouver|décrocher|intéressée?\s+par`,
    nouns: String.raw`postes?|emplois?|jobs?|stages?|travail`,
  },
  {
    verbs: String.raw`busco|buscando|buscar|pido|pidiendo|pedir|pedirte|pedirle|solicito|solicitar|solicitando|postular(?:me)?|postulo|aplicar|aplico|conseguir|encontrar|optar\s+a|interesad[oa]\s+en`,
    nouns: String.raw`trabajos?|empleos?|puestos?|vacantes?|prácticas|practicas`,
  },
];

const CV = String.raw`r[ée]sum[ée]s?|cvs?|c\.v\.|curriculum(?:\s+vitae)?|currículum|lebenslauf|hoja\s+de\s+vida`;

/** "hiring" as an adjective ("the hiring process") is a topic, not a question about openings. */
const NOT_HIRING_NOUN = String.raw`(?!\s+(?:process|processes|manager|managers|team|practices|criteria|bar|freeze|cycle|season|pipeline|decisions?|committee|panel))`;

/** Phrases that are a job ask on their own. */
const STANDALONE = [
  // English
  String.raw`(?:any|open|available|current|upcoming)\s+(?:job\s+)?(?:openings?|vacanc(?:y|ies)|positions)`,
  String.raw`(?:open|available)\s+(?:jobs?|roles?|reqs?)`,
  String.raw`job\s+(?:openings?|postings?|leads?|vacanc(?:y|ies))`,
  String.raw`(?:job|position|role|opening|internship)\s+for\s+me`,
  // "Is Northwind hiring?" but not "what is the hiring process" or "is the hiring bar high".
  String.raw`(?:are|is)\s+(?:you|your\s+(?:team|company|group|department|firm)|they|(?!(?:the|a|an|this|that)\s)[\p{L}&.]+(?:\s+[\p{L}&.]+)?)\s+(?:currently\s+|still\s+|now\s+)?hiring${NOT_HIRING_NOUN}`,
  String.raw`(?:you're|you\s+are)\s+(?:currently\s+|still\s+)?hiring${NOT_HIRING_NOUN}`,
  String.raw`refer\s+me\s+(?:for|to)\s+(?:a|an|the|this|that|one\s+of\s+your)?\s*(?:open\s+)?(?:jobs?|positions?|openings?|roles?|postings?|vacanc(?:y|ies))`,
  String.raw`refer\s+me\s+internally`,
  String.raw`referral\s+(?:for|to)\s+(?:a|an|the|this|that|your|one\s+of\s+your)?\s*(?:open\s+)?(?:jobs?|positions?|openings?|roles?|postings?|vacanc(?:y|ies))`,
  String.raw`(?:give|write|put\s+in|submit|make|provide)\s+(?:me\s+)?(?:a|an)\s+(?:internal\s+|employee\s+)?referral`,
  String.raw`(?:internal|employee)\s+referral`,
  String.raw`(?:pass|send|forward|share|hand|get|put)\s+(?:on\s+|along\s+)?(?:my|the\s+attached)\s+(?:${CV})`,
  String.raw`(?:attached|attaching|enclosed|enclosing)\s+(?:is\s+|are\s+)?(?:my\s+)?(?:${CV})`,
  String.raw`(?:my\s+)?(?:${CV})\s+(?:is\s+)?(?:attached|enclosed)`,
  // German
  String.raw`(?:offene|offenen|freie|freien|ausgeschriebene|ausgeschriebenen)\s+(?:Stellen?|Positionen?|Jobs?)`,
  String.raw`Stellenangebote?|Stellenausschreibung(?:en)?|Jobangebote?|Vakanz(?:en)?`,
  String.raw`(?:Stelle|Job|Position)\s+für\s+mich`,
  String.raw`(?:stellen|stellt)\s+(?:Sie|ihr|du)\s+(?:gerade\s+|derzeit\s+|aktuell\s+)?ein`,
  String.raw`(?:Lebenslauf|CV)\s+(?:weiterleiten|weitergeben|weiterreichen|schicken|senden|zukommen\s+lassen)`,
  String.raw`(?:leiten|geben|reichen)\s+Sie\s+(?:meinen\s+)?(?:Lebenslauf|CV)\s+weiter`,
  String.raw`(?:anbei|im\s+Anhang)\s+(?:finden\s+Sie\s+|sende\s+ich\s+Ihnen\s+)?(?:mein(?:en)?\s+)?(?:Lebenslauf|CV)`,
  String.raw`Empfehlung\s+für\s+(?:die|eine|diese)\s+(?:Stelle|Position)`,
  String.raw`Bewerbung\s+(?:auf|für)`,
  // French
  String.raw`postes?\s+(?:vacants?|ouverts?|à\s+pourvoir|disponibles?)`,
  String.raw`offres?\s+d'emploi`,
  String.raw`(?:poste|emploi|job|stage)\s+pour\s+moi`,
  String.raw`(?:recrutez|embauchez)-vous`,
  String.raw`(?:vous|tu)\s+(?:recrutez|recrutes|embauchez|embauches)`,
  String.raw`(?:me\s+recommander|recommandation)\s+pour\s+(?:le|un|ce|ce\s+|votre)\s*poste`,
  String.raw`(?:transmettre|transmettez|envoyer|envoie|envoyez|faire\s+suivre|faire\s+passer|partager|transférer|joindre|joins)\s+(?:mon\s+|le\s+)?(?:CV|curriculum)`,
  String.raw`(?:ci-joint|ci-inclus|en\s+pièce\s+jointe)\s+(?:mon\s+)?(?:CV|curriculum)`,
  String.raw`mon\s+(?:CV|curriculum)\s+(?:ci-joint|en\s+pièce\s+jointe)`,
  String.raw`(?:ma|une)\s+candidature`,
  // Spanish
  String.raw`vacantes?`,
  String.raw`ofertas?\s+de\s+(?:trabajo|empleo)`,
  String.raw`puestos?\s+(?:vacantes?|disponibles?|abiertos?)`,
  String.raw`(?:trabajo|empleo|puesto)\s+para\s+m[ií]`,
  String.raw`(?:están|estás|está|estan|estas|esta)\s+contratando`,
  String.raw`(?:recomendaci[oó]n|referencia)\s+para\s+(?:el|un|la|una|ese|este)\s+(?:puesto|vacante|trabajo|empleo)`,
  String.raw`(?:recomendarme|referirme)\s+para\s+(?:el|un|la|una|ese|este)`,
  String.raw`(?:enviar|enviarte|enviarle|envío|envio|pasar|pasarte|pasarle|paso|reenviar|reenviarle|compartir|compartirle|adjunto|adjunta|adjuntar|adjuntarle)\s+(?:mi\s+)?(?:cv|currículum|curriculum|hoja\s+de\s+vida)`,
  String.raw`(?:cv|currículum|curriculum|hoja\s+de\s+vida)\s+adjunto`,
];

// Verb, up to three in-between words (captured, to check them), noun.
const BETWEEN = String.raw`(?:\s+[\p{L}\p{N}'-]+){0,3}?`;
const VERB_PATTERNS: RegExp[] = VERB_LED.map(({ verbs, nouns, filler }) =>
  words(String.raw`(?:${verbs})(?<between>${filler === false ? '' : BETWEEN})\s+(?:${nouns})`),
);
const STANDALONE_PATTERN = words(STANDALONE.join('|'));

function isAsk(text: string, match: RegExpExecArray): boolean {
  if (isNegated(text, match.index, match[0])) return false;
  const between = match.groups?.between ?? '';
  return !between
    .toLowerCase()
    .split(/\s+/)
    .some((word) => NOT_AN_ASK.has(word));
}

/** The first phrase in `text` that asks for a job, an opening or a referral to one, if any. */
export function findJobAsk(text: string): string | undefined {
  const clean = normalise(text);
  let first: { index: number; phrase: string } | undefined;
  for (const pattern of [...VERB_PATTERNS, STANDALONE_PATTERN]) {
    for (const match of clean.matchAll(pattern)) {
      if (!isAsk(clean, match)) continue;
      if (!first || match.index < first.index) first = { index: match.index, phrase: match[0].replace(/\s+/g, ' ') };
      break;
    }
  }
  return first?.phrase;
}
