import type { Contact } from '@/lib/contacts/contact';

let seq = 0;
/** A stored contact with the defaults the schema fills in; override what a test cares about. */
export function aContact(overrides: Partial<Contact> = {}): Contact {
  seq += 1;
  return {
    id: `c${seq}`,
    profileUrl: `https://www.linkedin.com/in/person-${seq}/`,
    fullName: `Person ${seq}`,
    experience: [],
    education: [],
    capturedAt: 1_700_000_000_000,
    extractorVersion: 'test',
    createdAt: 1_700_000_000_000 + seq,
    updatedAt: 1_700_000_000_000 + seq,
    stage: 'identified',
    tags: [],
    notes: '',
    captureWarnings: [],
    ...overrides,
  };
}

const FIRST = ['Priya', 'Zoë', 'Søren', 'José', 'Amara', 'Li', 'Marta', 'Kwame', 'Élodie', 'Tomás'];
const LAST = ['Raman', 'Ørsted', 'Núñez', 'Okafor', 'Chen', 'Kowalski', 'Dubois', 'Mensah', 'Schmidt', 'Silva'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises'];
const STAGES = ['identified', 'researching', 'requested', 'scheduled', 'interviewed', 'thanked', 'keeping-in-touch', 'no-reply'] as const;

/** n varied contacts, deterministic, for the list and speed tests. */
export function manyContacts(n: number): Contact[] {
  const out: Contact[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      aContact({
        id: `bulk-${i}`,
        fullName: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
        currentTitle: i % 3 === 0 ? 'Product designer' : 'Data analyst',
        currentCompany: COMPANIES[i % COMPANIES.length],
        headline: 'Helping teams ship calmer software',
        education: [{ school: i % 5 === 0 ? 'Université de Montréal' : 'State University' }],
        tags: i % 4 === 0 ? ['alumni', 'design'] : ['fintech'],
        notes: i % 10 === 0 ? 'Wrote an article on accessibility audits' : '',
        stage: STAGES[i % STAGES.length]!,
        updatedAt: 1_700_000_000_000 + i * 1000,
      }),
    );
  }
  return out;
}
