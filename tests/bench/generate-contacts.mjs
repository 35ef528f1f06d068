// Deterministic, realistic-looking contacts for the benchmarks, and the backup file that holds them.
//
// This module is deliberately self-contained (no imports, no Node APIs): workspace.mjs evaluates
// its source inside an extension page so a 10,000-contact backup is built there instead of being
// shipped over the DevTools protocol.

/** Every date lies in the year before this instant (1 Nov 2026, UTC), so the same seed gives the same file. */
const ANCHOR = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;
const YEAR = 365 * DAY;

const STAGES = [
  'identified',
  'researching',
  'requested',
  'scheduled',
  'interviewed',
  'thanked',
  'keeping-in-touch',
  'no-reply',
  'declined',
  'archived',
];
// Most people sit early in the pipeline; few get as far as "thanked".
const STAGE_WEIGHTS = [30, 18, 14, 6, 5, 4, 5, 9, 3, 6];

/**
 * Name pools by culture: [given names, family names, family-name-first?]. Non-Latin pools carry
 * a romanisation in parentheses, used for the profile slug as LinkedIn vanity names usually are.
 */
const CULTURES = [
  { w: 20, given: ['James', 'Emily', 'Michael', 'Sarah', 'David', 'Jessica', 'Daniel', 'Ashley', 'Ryan', 'Megan', 'Jordan', 'Taylor', 'Chris', 'Lauren', 'Kevin', 'Rachel', "D'Andre", 'Mary-Kate'], family: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Thompson', "O'Brien", 'McAllister', 'Nguyen', 'Patel', 'Washington', 'Lee'] },
  { w: 8, given: ['María', 'José', 'Lucía', 'Andrés', 'Sofía', 'Joaquín', 'Inés', 'Raúl', 'Camila', 'Martín'], family: ['García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Núñez', 'de la Fuente'] },
  { w: 6, given: ['Jörg', 'Jürgen', 'Lena', 'Lukas', 'Anja', 'Maximilian', 'Käthe', 'Sören', 'Özlem', 'Felix'], family: ['Müller', 'Schäfer', 'Groß', 'Weiß', 'Köhler', 'Schröder', 'Bäcker', 'Hoffmann', 'Krüger', 'Fischer'] },
  { w: 5, given: ['Zoë', 'Hélène', 'François', 'Amélie', 'Benoît', 'Chloé', 'Léa', 'Gaëlle', 'Jérôme', 'Noémie'], family: ['Lefèvre', 'Dubois', 'Moreau', 'Girard', 'Bérenger', 'Rousseau', 'Lemaître', 'Fontaine', 'Château', 'Dupré'] },
  { w: 4, given: ['Søren', 'Åsa', 'Bjørn', 'Ingrid', 'Magnús', 'Sigríður', 'Ástrid', 'Leif', 'Þóra', 'Mikkel'], family: ['Ørsted', 'Kjærgaard', 'Lindqvist', 'Håkansson', 'Jónsdóttir', 'Æbelø', 'Nyström', 'Sæther', 'Løvik', 'Strøm'] },
  { w: 4, given: ['Łukasz', 'Małgorzata', 'Paweł', 'Agnieszka', 'Tomáš', 'Zuzana', 'Kateřina', 'Jiří', 'Wojciech', 'Žaneta'], family: ['Kowalski', 'Wiśniewska', 'Dąbrowski', 'Zieliński', 'Nowak', 'Szymańska', 'Černý', 'Svoboda', 'Łęcki', 'Král'] },
  { w: 3, given: ['Ayşe', 'Mehmet', 'Çağla', 'Emre', 'Şebnem', 'Oğuz', 'Gökhan', 'İlkay'], family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Doğan'] },
  { w: 3, given: ['Thị Hương', 'Văn Minh', 'Đức Anh', 'Bảo Ngọc', 'Quốc Huy', 'Thu Trang'], family: ['Nguyễn', 'Trần', 'Phạm', 'Lê', 'Hoàng', 'Đặng'], familyFirst: true },
  { w: 5, given: ['伟 (wei)', '芳 (fang)', '静 (jing)', '磊 (lei)', '敏 (min)', '洋 (yang)', '婷 (ting)', '浩然 (haoran)'], family: ['王 (wang)', '李 (li)', '张 (zhang)', '刘 (liu)', '陈 (chen)', '杨 (yang)', '黄 (huang)', '周 (zhou)'], familyFirst: true, noSpace: true },
  { w: 3, given: ['太郎 (taro)', '花子 (hanako)', '健 (ken)', '美咲 (misaki)', '翔太 (shota)', 'さくら (sakura)'], family: ['山田 (yamada)', '佐藤 (sato)', '鈴木 (suzuki)', '高橋 (takahashi)', '田中 (tanaka)', '渡辺 (watanabe)'], familyFirst: true },
  { w: 3, given: ['민준 (minjun)', '서연 (seoyeon)', '지훈 (jihoon)', '하은 (haeun)', '도윤 (doyoon)'], family: ['김 (kim)', '이 (lee)', '박 (park)', '최 (choi)', '정 (jung)'], familyFirst: true, noSpace: true },
  { w: 3, given: ['आरव (aarav)', 'प्रिया (priya)', 'अनन्या (ananya)', 'विहान (vihaan)', 'Priya', 'Arjun', 'Ananya', 'Rohan', 'Sneha'], family: ['शर्मा (sharma)', 'Raman', 'Iyer', 'Krishnan', 'Gupta', 'Reddy', 'Banerjee', 'Chatterjee'] },
  { w: 3, given: ['محمد (mohamed)', 'فاطمة (fatima)', 'أحمد (ahmed)', 'ليلى (layla)', 'Omar', 'Yasmin', 'Karim'], family: ['الحسن (alhassan)', 'العلي (alali)', 'Haddad', 'Khalil', 'Mansour', 'Saleh'] },
  { w: 3, given: ['Алексей (aleksei)', 'Мария (maria)', 'Дмитрий (dmitry)', 'Анна (anna)', 'Ольга (olga)', 'Sergei', 'Natalia'], family: ['Иванов (ivanov)', 'Смирнова (smirnova)', 'Кузнецов (kuznetsov)', 'Volkova', 'Petrov', 'Sokolova'] },
  { w: 2, given: ['Γιώργος (giorgos)', 'Ελένη (eleni)', 'Νίκος (nikos)', 'Δήμητρα (dimitra)'], family: ['Παπαδόπουλος (papadopoulos)', 'Νικολάου (nikolaou)', 'Georgiou', 'Konstantinou'] },
  { w: 2, given: ['Chidi', 'Ngozi', 'Kwame', 'Amara', 'Oluwaseun', 'Adaeze', 'Tendai'], family: ['Okafor', 'Adeyemi', 'Mensah', 'Okonkwo', 'Abiodun', 'Moyo'] },
];

const COMPANIES = [
  'Google', 'Microsoft', 'Stripe', 'Airbnb', 'Figma', 'Shopify', 'Spotify', 'Atlassian', 'Salesforce', 'Adobe',
  'Notion', 'Canva', 'Datadog', 'Snowflake', 'Databricks', 'Duolingo', 'Mozilla', 'Wikimedia Foundation',
  'Patagonia', 'IDEO', 'McKinsey & Company', 'Deloitte', 'Accenture', 'Goldman Sachs', 'JPMorgan Chase',
  'Mayo Clinic', 'Kaiser Permanente', 'Tesla', 'Rivian', 'Siemens', 'SAP', 'Zalando', 'N26', 'Klarna',
  'Mercado Libre', 'Nubank', 'Rakuten', 'LINE', 'Naver', 'Kakao', 'Samsung Electronics',
  'Tencent', 'Alibaba Group', 'ByteDance', 'Infosys', 'Tata Consultancy Services', 'Flipkart', 'Careem',
  'Yandex', 'Andela', 'Flutterwave', 'M-KOPA', 'Société Générale', 'L’Oréal', 'Nestlé', 'Novo Nordisk',
  'Ørsted', 'Volvo Cars', 'ČEZ Group', 'Allegro', 'Trendyol', 'Getir', 'Grab', 'VNG Corporation',
  'City of Boston', 'UNICEF', 'Code for America', 'Khan Academy', 'Coursera', 'Pfizer', 'Moderna',
  'Acme Robotics (stealth)', 'Self-employed',
];

const TITLES = [
  'Product Designer', 'Senior Product Designer', 'UX Researcher', 'Staff UX Researcher', 'Design Manager',
  'Product Manager', 'Senior Product Manager', 'Group Product Manager', 'Software Engineer',
  'Senior Software Engineer', 'Staff Engineer', 'Engineering Manager', 'Data Scientist', 'Data Analyst',
  'Machine Learning Engineer', 'Content Designer', 'Technical Writer', 'Developer Advocate',
  'Solutions Architect', 'Customer Success Manager', 'Program Manager', 'Chief of Staff',
  'Head of Design', 'VP Engineering', 'Founder', 'Co-founder & CEO', 'Consultant', 'Policy Analyst',
  'Sustainability Lead', 'Brand Strategist', 'Growth Marketing Manager', 'Recruiter', 'Talent Partner',
];

const SCHOOLS = [
  'Stanford University', 'University of Michigan', 'Carnegie Mellon University', 'Georgia Institute of Technology',
  'University of Toronto', 'McGill University', 'Universidad de Buenos Aires', 'Universidad Nacional Autónoma de México',
  'Technische Universität München', 'ETH Zürich', 'Université Paris-Saclay', 'École Polytechnique',
  'Københavns Universitet', 'KTH Royal Institute of Technology', 'Háskóli Íslands', 'Uniwersytet Warszawski',
  'Boğaziçi Üniversitesi', 'Đại học Quốc gia Hà Nội', '清华大学 (Tsinghua University)', '北京大学',
  '東京大学', '서울대학교', 'Indian Institute of Technology Bombay', 'American University of Beirut',
  'Московский государственный университет', 'National Technical University of Athens', 'University of Lagos',
  'University of Cape Town', 'General Assembly (bootcamp)', 'Open University', 'Rhode Island School of Design',
];

const DEGREES = ['BSc', 'BA', 'MSc', 'MA', 'MBA', 'PhD', 'BEng', 'MFA', 'Certificate'];
const FIELDS = ['Computer Science', 'Human-Computer Interaction', 'Economics', 'Psychology', 'Industrial Design', 'Statistics', 'Public Policy', 'Mechanical Engineering', 'Linguistics', 'Environmental Science'];

const CITIES = [
  'San Francisco Bay Area', 'New York, New York, United States', 'Seattle, Washington, United States', 'Austin, Texas, United States',
  'Toronto, Ontario, Canada', 'London, England, United Kingdom', 'Berlin, Germany', 'München, Bayern, Deutschland',
  'Paris, Île-de-France, France', 'København, Denmark', 'Stockholm, Sweden', 'Reykjavík, Iceland', 'Warszawa, Poland',
  'İstanbul, Türkiye', 'Hà Nội, Vietnam', '北京市, 中国', '東京都, 日本', '서울, 대한민국', 'Bengaluru, Karnataka, India',
  'Dubai, United Arab Emirates', 'Москва, Россия', 'Αθήνα, Ελλάδα', 'Lagos, Nigeria', 'Nairobi, Kenya',
  'São Paulo, Brazil', 'Ciudad de México, México', 'Remote',
];

const TAGS = [
  'design', 'product', 'engineering', 'alumni', 'fintech', 'climate', 'health', 'referral', 'bay-area', 'remote',
  'hiring', 'mentor', 'ux-research', 'data', 'ml', 'startup', 'big-tech', 'nonprofit', 'warm-intro', 'follow-up',
  'conference', 'bootcamp', 'career-switch', 'émigré', '设计',
];

const SOURCES = [
  'Fellow alumnus of the same program',
  'Suggested by a former manager',
  'Spoke at a meetup I attended',
  'Wrote an article I liked',
  'Met at a conference',
  'Found through a company page',
  'Second-degree connection via a friend',
];

const NOTE_SENTENCES = [
  'Moved from consulting into product two years ago — ask how they made the switch.',
  'Mentioned they mentor bootcamp grads; might be open to a 20-minute chat.',
  'Their talk on accessibility audits was excellent.',
  'Team is hiring next quarter, but do not ask for a job in the first message.',
  'Prefers email over LinkedIn messages.',
  'Based in a different time zone; suggest mornings.',
  'We both studied in the same city — good opener.',
  'Wrote a long post about burnout and career breaks.',
  'Questions: how is the team structured? what does a typical week look like?',
  'Follow up after their product launch in the spring.',
  'Was very kind on the call; send a thank-you note with the article we discussed.',
  'Asked me to check back in a month.',
  'Recommended reading: "Continuous Discovery Habits".',
  'Knows the hiring manager at the other team.',
  'Speaks Spanish and Portuguese; grew up in Montevideo.',
  'Café near their office is a good place to meet ☕.',
  'Zoë recommended I reach out — mention her.',
  'Works on the payments platform; background in economics.',
  'Did not reply to the first note; one gentle follow-up at most.',
  'Interested in climate tech; volunteers on weekends.',
];

const WARNINGS = [
  { code: 'no-experience', message: 'The experience section was not on the page; open the full profile and save again.' },
  { code: 'partial-education', message: 'Some education entries could not be read.' },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** mulberry32: small, fast, and the same sequence on every engine. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The name part before " (romanisation)", and the romanisation (or the name itself). */
function splitName(entry) {
  const m = /^(.*) \((.*)\)$/.exec(entry);
  return m ? { text: m[1], roman: m[2] } : { text: entry, roman: entry };
}

function hasRomanisation(entry) {
  return / \(.*\)$/.test(entry);
}

/** ASCII slug for a profile URL: "José de la Fuente" → "jose-de-la-fuente". */
function slugify(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[łŁ]/g, 'l')
    .replace(/[ßẞ]/g, 'ss')
    .replace(/[þÞ]/g, 'th')
    .replace(/[đĐð]/g, 'd')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `n` contacts that pass the Contact schema (lib/contacts/contact.ts). Same `n` and `seed`, same
 * contacts: ids, URLs, text and timestamps are all drawn from one seeded generator.
 */
export function generateContacts(n, seed = 1) {
  const rand = rng(seed);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  const weighted = (items, weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = rand() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i];
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  };
  const hex = (len) => {
    let s = '';
    for (let i = 0; i < len; i++) s += Math.floor(rand() * 16).toString(16);
    return s;
  };
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`;
  const cultureWeights = CULTURES.map((c) => c.w);
  const monthYear = (t) => `${MONTHS[new Date(t).getUTCMonth()]} ${new Date(t).getUTCFullYear()}`;

  const contacts = [];
  for (let i = 0; i < n; i++) {
    const culture = weighted(CULTURES, cultureWeights);
    const givenEntry = pick(culture.given);
    const given = splitName(givenEntry);
    // Keep a name in one script: "Анна Иванов", "Anna Volkova", never "Анна Volkova".
    const sameScript = culture.family.filter((f) => hasRomanisation(f) === hasRomanisation(givenEntry));
    const family = splitName(pick(sameScript.length > 0 ? sameScript : culture.family));
    const firstName = given.text;
    const lastName = family.text;
    const sep = culture.noSpace && !/[a-z]/i.test(firstName + lastName) ? '' : ' ';
    const fullName = culture.familyFirst ? `${lastName}${sep}${firstName}` : `${firstName}${sep}${lastName}`;
    const romanParts = [given.roman, family.roman];
    // LinkedIn vanity names are unique; a short suffix keeps ours unique and still realistic.
    const slug = `${slugify(romanParts.join(' ')) || 'member'}-${hex(4)}${i.toString(36)}`;

    const createdAt = ANCHOR - YEAR + Math.floor(rand() * YEAR);
    const updatedAt = chance(0.3) ? createdAt : createdAt + Math.floor(rand() * Math.min(120 * DAY, ANCHOR - createdAt));
    const capturedAt = chance(0.8) ? createdAt : Math.min(updatedAt, createdAt + Math.floor(rand() * 30 * DAY));

    // Roles, newest first; the first is current.
    const experience = [];
    let end = ANCHOR;
    const roles = int(1, 4);
    for (let r = 0; r < roles; r++) {
      const start = end - int(6, 60) * 30 * DAY;
      const months = Math.max(1, Math.round((end - start) / (30 * DAY)));
      const role = {
        title: pick(TITLES),
        company: pick(COMPANIES),
        start: monthYear(start),
        end: r === 0 ? 'Present' : monthYear(end),
        duration: months >= 12 ? `${Math.floor(months / 12)} yrs ${months % 12} mos` : `${months} mos`,
        location: pick(CITIES),
      };
      if (chance(0.3)) role.employmentType = pick(['Full-time', 'Part-time', 'Contract', 'Internship']);
      if (chance(0.4)) role.description = `${pick(NOTE_SENTENCES)} ${pick(NOTE_SENTENCES)}`;
      experience.push(role);
      end = start - int(0, 6) * 30 * DAY;
    }
    const education = [];
    const schools = int(1, 2);
    for (let s = 0; s < schools; s++) {
      const endYear = 2024 - int(0, 25);
      education.push({
        school: pick(SCHOOLS),
        degree: pick(DEGREES),
        field: pick(FIELDS),
        startYear: String(endYear - int(1, 5)),
        endYear: String(endYear),
      });
    }

    const current = experience[0];
    const tags = [];
    const tagCount = weighted([0, 1, 2, 3, 4], [25, 30, 25, 12, 8]);
    while (tags.length < tagCount) {
      const t = pick(TAGS);
      if (!tags.includes(t)) tags.push(t);
    }
    const noteCount = weighted([0, 1, 2, 4, 8], [30, 25, 20, 15, 10]);
    const notes = Array.from({ length: noteCount }, () => pick(NOTE_SENTENCES)).join(chance(0.5) ? '\n' : ' ');

    const contact = {
      id: uuid(),
      profileUrl: `https://www.linkedin.com/in/${slug}/`,
      fullName,
      firstName,
      lastName,
      headline: `${current.title} at ${current.company}${chance(0.4) ? ` · ${pick(['Ex-' + pick(COMPANIES), 'Speaker', 'Mentor', 'Writing about design systems', 'Hiring!', 'Building in public'])}` : ''}`,
      location: pick(CITIES),
      currentTitle: current.title,
      currentCompany: current.company,
      experience,
      education,
      capturedAt,
      extractorVersion: pick(['2026.03.1', '2026.06.2', '2026.09.1']),
      createdAt,
      updatedAt,
      stage: weighted(STAGES, STAGE_WEIGHTS),
      tags,
      notes,
      captureWarnings: chance(0.05) ? [pick(WARNINGS)] : [],
    };
    if (chance(0.15)) contact.pronouns = pick(['she/her', 'he/him', 'they/them']);
    if (chance(0.5)) contact.connectionDegree = pick(['1st', '2nd', '3rd+']);
    if (chance(0.35)) contact.about = Array.from({ length: int(2, 6) }, () => pick(NOTE_SENTENCES)).join(' ');
    if (chance(0.4)) contact.photoUrl = `https://media.licdn.com/dms/image/v2/${hex(16)}/profile-displayphoto-shrink_200_200/0/${hex(10)}`;
    if (chance(0.3)) contact.source = pick(SOURCES);
    // Some people were referred by someone saved earlier.
    if (i > 0 && chance(0.08)) contact.referredById = contacts[int(0, i - 1)].id;
    contacts.push(contact);
  }
  return contacts;
}

/** A Coffee Chat backup file (lib/backup/format.ts) holding only these contacts, pretty-printed like an export. */
export function backupText(contacts) {
  let latest = 0;
  for (const c of contacts) if (c.updatedAt > latest) latest = c.updatedAt;
  const envelope = {
    format: 'coffee-chat-backup',
    version: 1,
    exportedAt: new Date(latest || ANCHOR).toISOString(),
    app: { name: 'Coffee Chat', version: '0.1.0' },
    tables: { contacts },
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
