import { describe, expect, it } from 'vitest';
import { addTag } from '@/lib/workspace/tags';
import { sourceExamples } from '@/lib/workspace/source-examples';

describe('addTag', () => {
  it('trims and adds', () => {
    expect(addTag(['a'], '  fin   tech ')).toEqual({ tags: ['a', 'fin tech'] });
  });
  it('ignores a tag already there in any case', () => {
    expect(addTag(['Design'], 'design')).toEqual({ tags: ['Design'] });
  });
  it('explains empty, long and too many', () => {
    expect(addTag([], '  ')).toHaveProperty('error');
    expect(addTag([], 'x'.repeat(61))).toHaveProperty('error');
    expect(addTag(Array.from({ length: 50 }, (_, i) => `t${i}`), 'new')).toHaveProperty('error');
  });
});

describe('sourceExamples', () => {
  it('fills in the referrer when known, and never assumes the user shares their school', () => {
    expect(sourceExamples({ education: [{ school: 'McGill' }] }, 'Priya Raman')).toEqual([
      'Priya Raman suggested I contact you',
      'Fellow alumnus of Y',
      'I read your article on Z',
      'I heard your talk at Z',
    ]);
    expect(sourceExamples({ education: [] })[0]).toBe('X suggested I contact you');
  });
});
