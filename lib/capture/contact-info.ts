import { perReading } from './reading-memo';
import { visibleText, type Visibility } from './visible';

/**
 * The "Contact info" control of the top card: it marks the card and the location beside it.
 * Two signals, either enough: where it leads (the contact-info overlay), or what it says in the
 * viewer's language. The 2026 layout may open the overlay from script and write `href="#"`.
 */
const CONTACT_HREF = 'a[href*="/overlay/contact-info"]';
const CONTROLS = 'a[href], button, [role="button"]';
const WORDS = new Set([
  'contact info', 'contact information', 'kontaktinfo', 'kontaktinformationen', 'coordonnées',
  'información de contacto', 'informações de contato', 'informações de contacto', 'informazioni di contatto',
  'informació de contacte', 'contactgegevens', 'contactinformatie', 'kontaktuppgifter', 'kontaktoplysninger',
  'kontaktinformasjon', 'yhteystiedot', 'informacje kontaktowe', 'dane kontaktowe', 'iletişim bilgileri',
  'контактная информация', 'контактные данные', 'контактна інформація', 'kontaktní údaje', 'informații de contact',
  'date de contact', 'στοιχεία επικοινωνίας', 'elérhetőség', 'kapcsolattartási adatok', 'פרטי קשר',
  'פרטים ליצירת קשר', 'معلومات الاتصال', 'معلومات التواصل', 'informasi kontak', 'maklumat hubungan',
  'impormasyon sa pakikipag-ugnayan', 'ข้อมูลติดต่อ', 'ข้อมูลการติดต่อ', 'thông tin liên hệ', 'संपर्क जानकारी',
  '連絡先情報', '联系方式', '聯絡資訊', '연락처 정보',
]);

/** Shown, and leading to the overlay or saying so (a hidden copy may say anything). */
function saysContactInfo(control: Element, vis: Visibility): boolean {
  const text = visibleText(control, vis);
  return text !== undefined && (control.matches(CONTACT_HREF) || WORDS.has(text.normalize('NFC').toLowerCase()));
}

/**
 * The element is the contact-info control, sits inside it, or holds it. Kept per reading: the
 * top card asks it of the same block for each of its lines.
 */
export const isContactInfo = perReading((el: Element, vis: Visibility): boolean => {
  const around = el.closest(CONTROLS);
  if (around) return saysContactInfo(around, vis);
  return [...el.querySelectorAll(CONTROLS)].some((control) => saysContactInfo(control, vis));
});
