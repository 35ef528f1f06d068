// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ReferralTree } from '@/components/workspace/ReferralTree';
import { buildReferralForest } from '@/lib/workspace/referral-tree';
import { aContact } from '../../workspace/contact-fixture';

afterEach(cleanup);

describe('ReferralTree', () => {
  it('nests who each conversation led to', () => {
    const forest = buildReferralForest(
      [
        aContact({ id: 'a', fullName: 'Ana', createdAt: 1 }),
        aContact({ id: 'b', fullName: 'Bo', referredById: 'a', createdAt: 2 }),
        aContact({ id: 'c', fullName: 'Cy', referredById: 'b', createdAt: 3 }),
        aContact({ id: 'd', fullName: 'Dee', referredById: 'deleted', createdAt: 4 }),
      ],
      { onlyConnected: true },
    );
    render(<ReferralTree forest={forest} />);
    const ana = screen.getByRole('link', { name: 'Ana' }).closest('li')!;
    expect(within(ana).getByRole('link', { name: 'Bo' })).toBeTruthy();
    expect(within(ana).getByRole('link', { name: 'Cy' })).toBeTruthy();
    expect(within(ana).getAllByText('led to 1 person')).toHaveLength(2);
    expect(screen.getByText('(referred by someone no longer saved)')).toBeTruthy();
  });

  it('explains referrals when there are none', () => {
    render(<ReferralTree forest={[]} />);
    expect(screen.getByText(/No referrals yet/)).toBeTruthy();
  });
});
