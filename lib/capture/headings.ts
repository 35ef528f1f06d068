import { cleanText } from './text';

/**
 * Section titles in the languages LinkedIn offers, used only when a card's structural hook
 * (componentkey suffix, anchor id) is missing. Structure comes first so any language works.
 */
export const HEADINGS = {
  about: ['about', 'info', 'infos', 'über mich', 'à propos', 'acerca de', 'acerca de mí', 'sobre', 'sobre mí', 'resumen',
    'riepilogo', 'samenvatting', 'informazioni', 'over',
    'om', 'tietoja', 'tentang', 'informacje', 'hakkında', 'общие сведения', '概要', '简介', '關於', '소개', 'نبذة عني'],
  experience: ['experience', 'berufserfahrung', 'erfahrung', 'expérience', 'expériences', 'experiencia',
    'experiencia laboral', 'esperienza', 'esperienze', 'esperienza lavorativa', 'experiência', 'experiência profissional',
    'ervaring', 'werkervaring', 'erfarenhet', 'erfaring', 'kokemus', 'pengalaman',
    'doświadczenie', 'deneyim', 'опыт работы', 'опыт', '職歴', '経歴', '工作经历', '经历', '經歷', '경력', 'الخبرة'],
  education: ['education', 'ausbildung', 'bildung', 'formation', 'formación', 'educación', 'istruzione', 'formazione',
    'studi', 'onderwijs',
    'formação acadêmica', 'formação', 'opleiding', 'utbildning', 'utdanning', 'uddannelse', 'koulutus', 'pendidikan',
    'wykształcenie', 'eğitim', 'образование', '学歴', '教育经历', '教育背景', '學歷', '학력', 'التعليم'],
} as const;

export type SectionName = keyof typeof HEADINGS;

export function isHeading(text: string | undefined, section: SectionName): boolean {
  if (!text) return false;
  const key = cleanText(text).toLowerCase();
  return (HEADINGS[section] as readonly string[]).includes(key);
}
