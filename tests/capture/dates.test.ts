import { describe, expect, it } from 'vitest';
import { isPresentWord, parseDateLine, yearsIn } from '@/lib/capture/dates';
import { roleFromLines, schoolFromLines, subRoleFromLines, groupFromLines } from '@/lib/capture/entry-lines';

describe('parseDateLine', () => {
  it.each([
    ['Mar 2022 - Present · 3 yrs 9 mos', { start: 'Mar 2022', end: 'Present', duration: '3 yrs 9 mos' }],
    ['Jan 2020 - Feb 2022 · 2 yrs 2 mos', { start: 'Jan 2020', end: 'Feb 2022', duration: '2 yrs 2 mos' }],
    ['Apr. 2021 – heute · 4 J. 8 Mon.', { start: 'Apr. 2021', end: 'Present', duration: '4 J. 8 Mon.' }],
    ['sept. 2020 - aujourd’hui · 5 ans 3 mois', { start: 'sept. 2020', end: 'Present', duration: '5 ans 3 mois' }],
    ["sept. 2020 - aujourd'hui", { start: 'sept. 2020', end: 'Present' }],
    ['ene. 2019 - actualidad · 6 años', { start: 'ene. 2019', end: 'Present', duration: '6 años' }],
    ['2015 - 2017', { start: '2015', end: '2017' }],
    // A role that began and ended in one year, or lasted under a month: no number in the duration.
    ['2024 - 2024 · Less than a year', { start: '2024', end: '2024', duration: 'Less than a year' }],
    ['Mar 2024 - Mar 2024 · less than a month', { start: 'Mar 2024', end: 'Mar 2024', duration: 'less than a month' }],
    ['2023 - 2023 · weniger als ein Jahr', { start: '2023', end: '2023', duration: 'weniger als ein Jahr' }],
    ['2023 - 2023 · moins d’un an', { start: '2023', end: '2023', duration: 'moins d’un an' }],
    ['2023 - 2023 · menos de un año', { start: '2023', end: '2023', duration: 'menos de un año' }],
    ['2021 – настоящее время · меньше года', { start: '2021', end: 'Present', duration: 'меньше года' }],
    ['2023 - 2023 · mniej niż rok', { start: '2023', end: '2023', duration: 'mniej niż rok' }],
    ['2023 - 2023 · 1 yıldan az', { start: '2023', end: '2023', duration: '1 yıldan az' }],
    ['2023 - 2023 · mindre än ett år', { start: '2023', end: '2023', duration: 'mindre än ett år' }],
    ['2015–2017', { start: '2015', end: '2017' }],
    ['2022年3月 - 現在', { start: '2022年3月', end: 'Present' }],
    // Hungarian writes the year first; Hebrew month abbreviations end in a geresh.
    ['2020. jan. – jelenleg · 5 év 11 hónap', { start: '2020. jan.', end: 'Present', duration: '5 év 11 hónap' }],
    ['2017. szept. – 2019. máj.', { start: '2017. szept.', end: '2019. máj.' }],
    ['ינו׳ 2020 – היום · 5 שנים', { start: 'ינו׳ 2020', end: 'Present', duration: '5 שנים' }],
    ['вер. 2021 р. – дотепер', { start: 'вер. 2021 р.', end: 'Present' }],
    // Japanese pages may join a range with a wave dash, full-width or not, and no spaces.
    ['2022年3月～現在 · 3年 10か月', { start: '2022年3月', end: 'Present', duration: '3年 10か月' }],
    ['2019年4月〜2022年3月', { start: '2019年4月', end: '2022年3月' }],
    ['2022年3月 ~ 現在', { start: '2022年3月', end: 'Present' }],
    ['2022년 3월 - 현재 · 3년 10개월', { start: '2022년 3월', end: 'Present', duration: '3년 10개월' }],
    ['2023 年 8 月 - 現在 · 2 年 5 個月', { start: '2023 年 8 月', end: 'Present', duration: '2 年 5 個月' }],
    // Thai month abbreviations and durations carry vowel marks; Vietnamese writes the month's number.
    ['มิ.ย. 2025 - ปัจจุบัน · 2 เดือน', { start: 'มิ.ย. 2025', end: 'Present', duration: '2 เดือน' }],
    ['Tháng 10/2022 - Hiện tại · Toàn thời gian', { start: 'Tháng 10/2022', end: 'Present' }],
    ['thg 7 2019 - thg 10 2022 · 3 năm 4 tháng', { start: 'thg 7 2019', end: 'thg 10 2022', duration: '3 năm 4 tháng' }],
    ['aug. 2025 - prezent · 9 luni', { start: 'aug. 2025', end: 'Present', duration: '9 luni' }],
    ['Φεβ. 2026 – σήμερα', { start: 'Φεβ. 2026', end: 'Present' }],
    ['сент. 2022 г. – настоящее время · 3 г. 4 мес.', { start: 'сент. 2022 г.', end: 'Present', duration: '3 г. 4 мес.' }],
    ['Mar 2022 - ahora mismo', undefined],
    ['2017', { start: '2017' }],
    ['jan. de 2020 - o momento · 5 anos', { start: 'jan. de 2020', end: 'Present', duration: '5 anos' }],
    ['mrt. 2019 - heden', { start: 'mrt. 2019', end: 'Present' }],
    // Arabic pages: Arabic-Indic digits, vowel marks in durations (text.test: the direction marks).
    ['مارس ٢٠٢٢ - الحاضر · ٣ سنوات ١٠ أشهر', { start: 'مارس 2022', end: 'Present', duration: '3 سنوات 10 أشهر' }],
    ['يناير ٢٠١٩ - فبراير ٢٠٢٢ · ١١ شهرًا', { start: 'يناير 2019', end: 'فبراير 2022', duration: '11 شهرًا' }],
  ])('%s', (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });

  it.each(['Toronto, Ontario, Canada', 'Northwind Health · Full-time', 'Class of 2019 ambassador', 'Issued Apr 2024 · Expires Apr 2025', 'Full-time',
    // A title with years in it, seen on real pages: not a date line.
    'Fin Assistant. (2015 - 2019)', 'Board member 2019 - 2021 term'])(
    'is not fooled by %s',
    (line) => {
      expect(parseDateLine(line)).toBeUndefined();
    },
  );

  it('knows "Present" in several languages and keeps other ends as written', () => {
    for (const word of ['Present', 'heute', 'aujourd’hui', 'actualidad', 'presente', 'oggi', 'nu', 'obecnie', '現在', '현재']) {
      expect(isPresentWord(word), word).toBe(true);
    }
    expect(isPresentWord('Dec 2019')).toBe(false);
    expect(yearsIn('Sep 2015 - Jun 2017')).toEqual(['2015', '2017']);
  });
});

describe('entry lines', () => {
  it('reads a single role around its date line', () => {
    expect(roleFromLines(['Senior UX Researcher', 'Northwind Health · Full-time', 'Mar 2022 - Present · 3 yrs 9 mos', 'Toronto'])).toEqual({
      title: 'Senior UX Researcher',
      company: 'Northwind Health',
      employmentType: 'Full-time',
      start: 'Mar 2022',
      end: 'Present',
      duration: '3 yrs 9 mos',
      location: 'Toronto',
    });
    expect(roleFromLines(['Founder', 'Acme'])).toEqual({ title: 'Founder', company: 'Acme' });
    // A real 2021 Russian-UI page: the duration on its own line, in words, was stored as the
    // place, and then the "LinkedIn helped me get this job" badge after it.
    expect(roleFromLines(['Senior Software Engineer', 'Fluxon', '2021 – настоящее время', 'меньше года', 'Компания LinkedIn помогла мне найти эту работу'])).toEqual({
      title: 'Senior Software Engineer',
      company: 'Fluxon',
      start: '2021',
      end: 'Present',
      duration: 'меньше года',
    });
  });

  it('never stores a date it could not read as the location', () => {
    // A date format no rule knows yet: the role stays partial, without a wrong location.
    expect(roleFromLines(['エンジニア', 'Acme · 正社員', '2020/01 ~ 現在', '東京'])).toEqual({
      title: 'エンジニア',
      company: 'Acme',
      employmentType: '正社員',
    });
    expect(subRoleFromLines(['エンジニア', '正社員', '2020/01 ~ 現在'])).toEqual({ title: 'エンジニア', employmentType: '正社員' });
    // A role without a place, followed by its skills (LinkedIn lists them after the dates).
    for (const skills of ['Skills: React · TypeScript', 'React.js, TypeScript and +5 skills', 'Kompetenzen: SQL']) {
      expect(roleFromLines(['Engineer', 'Acme · Full-time', 'Jan 2020 - Present · 5 yrs', skills]).location, skills).toBeUndefined();
    }
    expect(roleFromLines(['Engineer', 'Acme', 'Jan 2020 - Present', 'Lagos, Nigeria · Hybrid']).location).toBe('Lagos, Nigeria · Hybrid');
  });

  it('reads a grouped company header and its roles', () => {
    expect(groupFromLines(['Swedbank', 'Full-time · 5 yrs 3 mos'])).toEqual({ company: 'Swedbank', employmentType: 'Full-time' });
    expect(groupFromLines(['Lumen Bank', '4 yrs 2 mos', 'Toronto'])).toEqual({ company: 'Lumen Bank', location: 'Toronto' });
    expect(subRoleFromLines(['UX Researcher', 'Full-time', 'Jan 2020 - Feb 2022 · 2 yrs 2 mos'])).toEqual({
      title: 'UX Researcher',
      employmentType: 'Full-time',
      start: 'Jan 2020',
      end: 'Feb 2022',
      duration: '2 yrs 2 mos',
    });
  });

  it('splits degree and field, and reads school years', () => {
    expect(schoolFromLines(['McGill University', 'Bachelor of Arts - BA, Psychology', '2011 - 2015'])).toEqual({
      school: 'McGill University',
      degree: 'Bachelor of Arts - BA',
      field: 'Psychology',
      startYear: '2011',
      endYear: '2015',
    });
    expect(schoolFromLines(['Escola', 'Sep 2021 - Present'])).toEqual({ school: 'Escola', startYear: '2021' });
    expect(schoolFromLines(['Escola', '2012'])).toEqual({ school: 'Escola', endYear: '2012' });
    expect(schoolFromLines(['Escola'])).toEqual({ school: 'Escola' });
  });

  // A real 2020 Polish-UI page: a degree the member wrote with a colon lost it, and the field
  // of study on the next line was stored as the degree. LinkedIn's own labels still drop out.
  it('keeps a degree written with a colon, and drops only the labels LinkedIn writes', () => {
    expect(schoolFromLines(['Uniwersytet Warszawski', 'Studia licencjackie: Fizyka', 'Fizyka teoretyczna', '2010 – 2013'])).toEqual({
      school: 'Uniwersytet Warszawski',
      degree: 'Studia licencjackie: Fizyka',
      field: 'Fizyka teoretyczna',
      startYear: '2010',
      endYear: '2013',
    });
    for (const label of ['Activities and societies: Rowing', 'Aktivitäten und Verbände: Ruderclub', 'Activités et associations : Club de débat', 'Actividades y grupos: Remo', 'Atividades e grupos: Remo', 'Działania i stowarzyszenia: Wioślarstwo', 'Grade: 3.8', 'Note: 1,3', '活動・サークル: ボート部']) {
      expect(schoolFromLines(['McGill University', label, '2011 - 2015']), label).toEqual({ school: 'McGill University', startYear: '2011', endYear: '2015' });
    }
  });
});

// A real 2021 Ember page (another project's saved copy, Dec 2026) puts the duration and the place
// each on a line of their own after the dates, and the field of study on a line after the degree:
// the roles lost their duration and place, and the school its field.
describe('entries with one fact per line', () => {
  it('a role: the duration after the dates, then the place', () => {
    expect(roleFromLines(['Software Developer', 'Stone · Tempo integral', 'dez. de 2020 – o momento', '10 meses', 'Brasil'])).toEqual({
      title: 'Software Developer',
      company: 'Stone',
      employmentType: 'Tempo integral',
      start: 'dez. de 2020',
      end: 'Present',
      duration: '10 meses',
      location: 'Brasil',
    });
    expect(subRoleFromLines(['Assistente de laboratório', 'jul. de 2010 – jul. de 2018', '8 anos 1 mês', 'Maringá, Paraná, Brasil'])).toEqual({
      title: 'Assistente de laboratório',
      start: 'jul. de 2010',
      end: 'jul. de 2018',
      duration: '8 anos 1 mês',
      location: 'Maringá, Paraná, Brasil',
    });
  });

  it('a school: the field of study on the line after the degree', () => {
    expect(schoolFromLines(['Rocketseat', 'Bootcamp GoStack- 13', 'Tecnologia da Informação', '2020 – 2021'])).toEqual({
      school: 'Rocketseat',
      degree: 'Bootcamp GoStack- 13',
      field: 'Tecnologia da Informação',
      startYear: '2020',
      endYear: '2021',
    });
    // One line "Degree, Field" stays as it was; a label line is never the field.
    expect(schoolFromLines(['McGill University', 'Bachelor of Arts - BA, Psychology', 'Grade: 3.8', '2011 - 2015'])).toMatchObject({ degree: 'Bachelor of Arts - BA', field: 'Psychology' });
    expect(schoolFromLines(['Rocketseat', 'Bootcamp', 'Grade: 9', '2020 – 2021']).field).toBeUndefined();
  });
});
