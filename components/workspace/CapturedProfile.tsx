import type { Contact } from '@/lib/contacts/contact';

interface Props {
  contact: Pick<Contact, 'about' | 'experience' | 'education'>;
}

function span(start?: string, end?: string): string {
  return [start, end].filter(Boolean).join(' – ');
}

/** About, experience and education as captured from LinkedIn, shown as plain text. */
export function CapturedProfile({ contact }: Props) {
  const experience = contact.experience ?? [];
  const education = contact.education ?? [];
  if (!contact.about && experience.length === 0 && education.length === 0) return null;
  return (
    <section className="captured" aria-label="From their LinkedIn profile">
      {contact.about && (
        <>
          <h2>About</h2>
          <p className="about">{contact.about}</p>
        </>
      )}
      {experience.length > 0 && (
        <>
          <h2>Experience</h2>
          <ul className="timeline-list">
            {experience.map((x, i) => (
              <li key={i}>
                <span className="strong">{x.title ?? 'Role'}</span>
                {x.company && <> · {x.company}</>}
                {(x.start || x.end || x.duration) && (
                  <span className="hint">
                    {' '}
                    {span(x.start, x.end)}
                    {x.duration && ` (${x.duration})`}
                  </span>
                )}
                {x.location && <div className="hint">{x.location}</div>}
                {x.description && <p className="description">{x.description}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      {education.length > 0 && (
        <>
          <h2>Education</h2>
          <ul className="timeline-list">
            {education.map((e, i) => (
              <li key={i}>
                <span className="strong">{e.school ?? 'School'}</span>
                {(e.degree || e.field) && <> · {[e.degree, e.field].filter(Boolean).join(', ')}</>}
                {(e.startYear || e.endYear) && <span className="hint"> {span(e.startYear, e.endYear)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
