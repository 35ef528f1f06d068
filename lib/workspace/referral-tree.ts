import type { Contact } from '@/lib/contacts/contact';

type ReferralContact = Pick<Contact, 'id' | 'fullName' | 'referredById' | 'createdAt'>;

export interface ReferralNode<C extends ReferralContact = ReferralContact> {
  contact: C;
  children: ReferralNode<C>[];
  /** The contact names a referrer that is no longer saved (deleted), so it starts a tree. */
  missingReferrer?: boolean;
  /** The contact's referrer chain loops back to it; the loop was cut here. */
  cycleCut?: boolean;
}

export interface ForestOptions {
  /** Leave out people who neither referred anyone nor were referred: a 10,000-root forest says nothing. */
  onlyConnected?: boolean;
}

function byCreated(a: ReferralContact, b: ReferralContact): number {
  return a.createdAt - b.createdAt || a.fullName.localeCompare(b.fullName);
}

/**
 * Who referred whom, as a forest. Safe against bad data, because referredById is typed by hand
 * and imported from backups: a self-reference or a loop (A referred B, B referred A) is cut at
 * its earliest-saved member, and a referrer that was deleted makes its referee a root.
 */
export function buildReferralForest<C extends ReferralContact>(
  contacts: readonly C[],
  options: ForestOptions = {},
): ReferralNode<C>[] {
  const byId = new Map<string, C>();
  for (const c of contacts) byId.set(c.id, c);

  const childrenOf = new Map<string, C[]>();
  const roots: C[] = [];
  const missing = new Set<string>();
  for (const c of contacts) {
    const parentId = c.referredById;
    if (!parentId || !byId.has(parentId) || parentId === c.id) {
      if (parentId && !byId.has(parentId)) missing.add(c.id);
      roots.push(c);
      continue;
    }
    const list = childrenOf.get(parentId);
    if (list) list.push(c);
    else childrenOf.set(parentId, [c]);
  }
  for (const list of childrenOf.values()) list.sort(byCreated);

  const visited = new Set<string>();
  // Iterative so a 10,000-long referral chain cannot overflow the stack.
  const grow = (rootContact: C, extra: Partial<ReferralNode<C>>): ReferralNode<C> => {
    const root: ReferralNode<C> = { contact: rootContact, children: [], ...extra };
    visited.add(rootContact.id);
    const stack: ReferralNode<C>[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      for (const child of childrenOf.get(node.contact.id) ?? []) {
        if (visited.has(child.id)) continue;
        visited.add(child.id);
        const childNode: ReferralNode<C> = { contact: child, children: [] };
        node.children.push(childNode);
        stack.push(childNode);
      }
    }
    return root;
  };

  const forest: ReferralNode<C>[] = [];
  for (const c of roots.sort(byCreated)) {
    forest.push(grow(c, missing.has(c.id) ? { missingReferrer: true } : {}));
  }
  // Whatever is left sits on a loop (or hangs below one): every member has a live referrer.
  const rest = contacts.filter((c) => !visited.has(c.id)).sort(byCreated);
  for (const c of rest) {
    if (visited.has(c.id)) continue;
    // Every unvisited contact's referrer is unvisited too, so walking up must come back round.
    const seen = new Set<string>();
    let cur: C = c;
    while (!seen.has(cur.id)) {
      seen.add(cur.id);
      const parent = cur.referredById ? byId.get(cur.referredById) : undefined;
      if (!parent || visited.has(parent.id)) break;
      cur = parent;
    }
    forest.push(grow(earliestOnLoop(cur, byId), { cycleCut: true }));
  }

  return options.onlyConnected ? forest.filter((n) => n.children.length > 0 || n.missingReferrer || n.cycleCut) : forest;
}

/** The earliest-saved member of the loop that `member` is on. */
function earliestOnLoop<C extends ReferralContact>(member: C, byId: Map<string, C>): C {
  let best = member;
  let cur: C | undefined = member.referredById ? byId.get(member.referredById) : undefined;
  let guard = byId.size;
  while (cur && cur.id !== member.id && guard-- > 0) {
    if (byCreated(cur, best) < 0) best = cur;
    cur = cur.referredById ? byId.get(cur.referredById) : undefined;
  }
  return best;
}
