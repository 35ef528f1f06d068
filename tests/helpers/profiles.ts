import type { ProfileInput } from '@/lib/capture/profile';

let seq = 0;
/** A minimal valid capture; override what a test cares about. */
export function aProfile(overrides: Partial<ProfileInput> = {}): ProfileInput {
  seq += 1;
  return {
    profileUrl: `https://www.linkedin.com/in/person-${seq}/`,
    fullName: `Person ${seq}`,
    headline: 'Product designer',
    experience: [],
    education: [],
    capturedAt: 1_700_000_000_000,
    extractorVersion: 'test',
    ...overrides,
  };
}
