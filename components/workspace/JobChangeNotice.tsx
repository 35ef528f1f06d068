import { formatDate } from '@/lib/format/dates';
import type { JobChange } from '@/lib/contacts/contact';

function role(title?: string, company?: string): string {
  return [title, company].filter(Boolean).join(' at ') || 'an unknown role';
}

/** A new job is a natural reason to get in touch: congratulate them, ask what drew them there. */
export function JobChangeNotice({ change }: { change: JobChange }) {
  return (
    <div className="notice info" role="note">
      <p>
        <span className="strong">Changed jobs since you saved them</span> (noticed {formatDate(change.at)}):{' '}
        {role(change.fromTitle, change.fromCompany)} → {role(change.toTitle, change.toCompany)}.
      </p>
    </div>
  );
}
