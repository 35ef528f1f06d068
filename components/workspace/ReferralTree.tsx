import type { Contact } from '@/lib/contacts/contact';
import { STAGE_LABELS } from '@/lib/contacts/stage';
import type { ReferralNode } from '@/lib/workspace/referral-tree';
import { contactHref } from '@/lib/workspace/routes';

export type ReferralContact = Pick<Contact, 'id' | 'fullName' | 'referredById' | 'createdAt' | 'stage' | 'source'>;

interface Props {
  forest: readonly ReferralNode<ReferralContact>[];
}

function Node({ node }: { node: ReferralNode<ReferralContact> }) {
  const c = node.contact;
  return (
    <li>
      <div className="tree-node">
        <a href={contactHref(c.id)}>{c.fullName}</a>
        <span className={`stage-pill stage-${c.stage}`}>{STAGE_LABELS[c.stage] ?? c.stage}</span>
        {node.children.length > 0 && (
          <span className="hint">
            led to {node.children.length} {node.children.length === 1 ? 'person' : 'people'}
          </span>
        )}
        {node.missingReferrer && <span className="hint">(referred by someone no longer saved)</span>}
        {node.cycleCut && <span className="hint">(a referral loop: check who referred whom)</span>}
      </div>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <Node key={child.contact.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Who referred whom, as nested lists: each conversation and the ones it led to. */
export function ReferralTree({ forest }: Props) {
  if (forest.length === 0) {
    return (
      <p className="empty">
        No referrals yet. When someone suggests another person to talk to, add that person and set “Referred by” on their
        page: referrals are the warmest introductions you can get.
      </p>
    );
  }
  return (
    <ul className="referral-tree" aria-label="Referrals">
      {forest.map((node) => (
        <Node key={node.contact.id} node={node} />
      ))}
    </ul>
  );
}
