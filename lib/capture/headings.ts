import { cleanText } from './text';

/**
 * Section titles in the languages LinkedIn offers, used only when a card's structural hook
 * (componentkey suffix, anchor id) is missing. Structure comes first so any language works.
 */
export const HEADINGS = {
  about: ['about', 'info', 'infos', 'über mich', 'à propos', 'acerca de', 'acerca de mí', 'sobre', 'sobre mí', 'resumen',
    'riepilogo', 'samenvatting', 'informazioni', 'over',
    'om', 'tietoja', 'tentang', 'informacje', 'hakkında', 'общие сведения', 'информация', '概要', '简介', '关于', '關於', '소개', 'نبذة عني',
    'despre', 'πληροφορίες', 'névjegy', 'rólam', 'אודות', 'інформація', 'про мене', 'เกี่ยวกับ', 'giới thiệu', 'परिचय',
    'के बारे में', 'perihal', 'tungkol', 'tungkol sa'],
  experience: ['experience', 'berufserfahrung', 'erfahrung', 'expérience', 'expériences', 'experiencia',
    'experiencia laboral', 'esperienza', 'esperienze', 'esperienza lavorativa', 'experiência', 'experiência profissional',
    'ervaring', 'werkervaring', 'erfarenhet', 'erfaring', 'kokemus', 'pengalaman',
    'doświadczenie', 'deneyim', 'опыт работы', 'опыт', '職歴', '経歴', '工作经历', '经历', '經歷', '경력', 'الخبرة',
    'zkušenosti', 'experiență', 'experienţă', 'εμπειρία', 'tapasztalat', 'szakmai tapasztalat', 'ניסיון', 'досвід',
    'досвід роботи', 'ประสบการณ์', 'kinh nghiệm', 'अनुभव', 'karanasan'],
  education: ['education', 'ausbildung', 'bildung', 'formation', 'formación', 'educación', 'istruzione', 'formazione',
    'studi', 'onderwijs',
    'formação acadêmica', 'formação', 'opleiding', 'utbildning', 'utdanning', 'uddannelse', 'koulutus', 'pendidikan',
    'wykształcenie', 'eğitim', 'образование', '学歴', '教育经历', '教育背景', '學歷', '학력', 'التعليم',
    'vzdělání', 'studii', 'educație', 'educaţie', 'εκπαίδευση', 'tanulmányok', 'iskolai végzettség', 'השכלה', 'освіта',
    'การศึกษา', 'học vấn', 'शिक्षा', 'edukasyon'],
} as const;

export type SectionName = keyof typeof HEADINGS;

const ANY_SECTION = new Set<string>(Object.values(HEADINGS).flat());

// NFC: a page may write 'Học vấn' with combining marks, which would not equal the word here.
const keyOf = (text: string) => cleanText(text).normalize('NFC').toLowerCase();

/** The heading names this section, in any of the languages above. */
export function isHeading(text: string | undefined, section: SectionName): boolean {
  return text ? (HEADINGS[section] as readonly string[]).includes(keyOf(text)) : false;
}

/** The heading names a section (About, Experience or Education), in any of the languages above. */
export function isSectionHeading(text: string | undefined): boolean {
  return text ? ANY_SECTION.has(keyOf(text)) : false;
}
