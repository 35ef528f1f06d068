import { describe, expect, it } from 'vitest';
import { buildReferralForest, type ReferralNode } from '@/lib/workspace/referral-tree';

/** How many people a tree holds. */
function treeSize(node: ReferralNode): number {
  let n = 0;
  const stack = [node];
  while (stack.length > 0) {
    const cur = stack.pop()!;
    n += 1;
    stack.push(...cur.children);
  }
  return n;
}
import { aContact } from './contact-fixture';

type Shape = { id: string; children: Shape[]; missingReferrer?: true; cycleCut?: true };
function shape(nodes: ReferralNode[]): Shape[] {
  return nodes.map((n) => ({
    id: n.contact.id,
    children: shape(n.children),
    ...(n.missingReferrer ? { missingReferrer: true as const } : {}),
    ...(n.cycleCut ? { cycleCut: true as const } : {}),
  }));
}
const c = (id: string, createdAt: number, referredById?: string) => aContact({ id, fullName: id.toUpperCase(), createdAt, referredById });

describe('buildReferralForest', () => {
  it('builds trees from referredById, children oldest first', () => {
    const forest = buildReferralForest([c('a', 1), c('c', 3, 'a'), c('b', 2, 'a'), c('d', 4, 'b'), c('e', 5)]);
    expect(shape(forest)).toEqual([
      { id: 'a', children: [{ id: 'b', children: [{ id: 'd', children: [] }] }, { id: 'c', children: [] }] },
      { id: 'e', children: [] },
    ]);
  });

  it('makes a contact whose referrer was deleted a root, flagged', () => {
    const forest = buildReferralForest([c('a', 1, 'gone'), c('b', 2, 'a')]);
    expect(shape(forest)).toEqual([{ id: 'a', missingReferrer: true, children: [{ id: 'b', children: [] }] }]);
  });

  it('cuts a two-person loop at its earliest-saved member', () => {
    const forest = buildReferralForest([c('b', 2, 'a'), c('a', 1, 'b')]);
    expect(shape(forest)).toEqual([{ id: 'a', cycleCut: true, children: [{ id: 'b', children: [] }] }]);
  });

  it('cuts a longer loop and keeps what hangs below it', () => {
    const forest = buildReferralForest([c('x', 5, 'z'), c('y', 3, 'x'), c('z', 4, 'y'), c('tail', 6, 'y')]);
    expect(shape(forest)).toEqual([
      { id: 'y', cycleCut: true, children: [{ id: 'z', children: [{ id: 'x', children: [] }] }, { id: 'tail', children: [] }] },
    ]);
  });

  it('treats a self-referral as no referral', () => {
    expect(shape(buildReferralForest([c('a', 1, 'a')]))).toEqual([{ id: 'a', children: [] }]);
  });

  it('places every contact exactly once, whatever the data', () => {
    const contacts = [c('a', 1, 'b'), c('b', 2, 'c'), c('c', 3, 'a'), c('d', 4, 'd'), c('e', 5, 'gone'), c('f', 6, 'e'), c('g', 7)];
    const forest = buildReferralForest(contacts);
    expect(forest.reduce((n, t) => n + treeSize(t), 0)).toBe(contacts.length);
  });

  it('handles a very long chain without recursion limits', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => c(`n${i}`, i, i > 0 ? `n${i - 1}` : undefined));
    const forest = buildReferralForest(chain);
    expect(forest).toHaveLength(1);
    expect(treeSize(forest[0]!)).toBe(20_000);
  });

  it('onlyConnected leaves out people outside any referral', () => {
    const forest = buildReferralForest([c('a', 1), c('b', 2, 'a'), c('lonely', 3), c('orphan', 4, 'gone')], { onlyConnected: true });
    expect(forest.map((n) => n.contact.id)).toEqual(['a', 'orphan']);
  });
});
