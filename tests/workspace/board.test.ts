import { describe, expect, it } from 'vitest';
import { adjacentStage, groupByStage, PIPELINE_STAGES } from '@/lib/workspace/board';

describe('board', () => {
  it('has the seven pipeline stages in order', () => {
    expect(PIPELINE_STAGES).toEqual(['identified', 'researching', 'requested', 'scheduled', 'interviewed', 'thanked', 'keeping-in-touch']);
  });

  it('moves one stage along the pipeline, stopping at the ends', () => {
    expect(adjacentStage('identified', 1)).toBe('researching');
    expect(adjacentStage('scheduled', -1)).toBe('requested');
    expect(adjacentStage('identified', -1)).toBeUndefined();
    expect(adjacentStage('keeping-in-touch', 1)).toBeUndefined();
  });

  it('moves exits among the exits', () => {
    expect(adjacentStage('no-reply', 1)).toBe('declined');
    expect(adjacentStage('no-reply', -1)).toBeUndefined();
  });

  it('groups by stage with every column present', () => {
    const groups = groupByStage([{ stage: 'requested' as const }, { stage: 'requested' as const }]);
    expect(groups.requested).toHaveLength(2);
    expect(groups.archived).toEqual([]);
  });
});
