import { describe, expect, it } from 'vitest';
import { splitName } from '@/lib/capture/names';

describe('splitName', () => {
  it.each([
    ['Priya Raman', 'Priya', 'Raman'],
    ['Dr. Jane Q. Doe, PhD 🚀', 'Jane', 'Doe'],
    ['Jane Doe, MBA, CPA', 'Jane', 'Doe'],
    ['Jane Doe MBA CPA', 'Jane', 'Doe'],
    ['Jane Doe Ph.D.', 'Jane', 'Doe'],
    ['Jane Doe, M.Sc.', 'Jane', 'Doe'],
    ['Prof. Dr. Hans Müller', 'Hans', 'Müller'],
    ['John Smith Jr.', 'John', 'Smith'],
    ['Jane Doe (she/her)', 'Jane', 'Doe'],
    ['Jane Doe | Hiring engineers', 'Jane', 'Doe'],
    ['🌍 Jane Doe 🚀✨', 'Jane', 'Doe'],
    ['Vincent van Gogh', 'Vincent', 'van Gogh'],
    ['Tomás Ferreira, MBA', 'Tomás', 'Ferreira'],
    ['Eduardo Alvarez Nowak', 'Eduardo', 'Nowak'],
    ['Jean DUPONT', 'Jean', 'DUPONT'],
    // Surnames that look like credentials when not written as one.
    ['Minh Do', 'Minh', 'Do'],
    ['Jack Ma', 'Jack', 'Ma'],
    ['Ангела Меркель', 'Ангела', 'Меркель'],
    ['محمد علي', 'محمد', 'علي'],
    ['Jörg Müller', 'Jörg', 'Müller'],
  ])('%s → %s / %s', (full, first, last) => {
    expect(splitName(full)).toEqual({ firstName: first, lastName: last });
  });

  it.each([
    ['Cher', 'Cher'],
    ['王小明', '王小明'],
    ['山田 太郎', '山田 太郎'],
    ['김민준', '김민준'],
    ['🚀', '🚀'],
    ['Cher, PhD', 'Cher'],
  ])('%s has a first name only (%s)', (full, first) => {
    expect(splitName(full)).toEqual({ firstName: first });
  });

  it('returns nothing for an empty name', () => {
    expect(splitName('   ')).toEqual({});
  });

  it('keeps markup-looking names as literal text', () => {
    const parts = splitName('<b>Jane</b> {{last}}');
    expect(parts.firstName).toBe('<b>Jane</b>');
    expect(parts.lastName).toBe('{{last}}');
  });
});
