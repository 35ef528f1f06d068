import { afterEach, describe, expect, it } from 'vitest';
import { PHASE_PREFIX, phaseClock } from '@/lib/backup/phase-clock';

const measures = () =>
  performance
    .getEntriesByType('measure')
    .filter((e) => e.name.startsWith(PHASE_PREFIX))
    .map((e) => ({ name: e.name, duration: e.duration }));

describe('phaseClock (what `npm run bench` prints per backup phase)', () => {
  afterEach(() => performance.clearMeasures());

  it('publishes one measure per phase holding the total of every time it ran, sync or async', async () => {
    const clock = phaseClock('export');
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    clock.time('read', () => busy(5));
    const stop = clock.start('read');
    busy(5);
    stop();
    stop(); // a second stop counts nothing
    expect(await clock.time('serialise', () => new Promise((resolve) => setTimeout(() => resolve('done'), 10)))).toBe('done');
    expect(measures()).toEqual([]); // nothing until the run ends
    clock.end();
    const [read, serialise, ...rest] = measures();
    expect(rest).toEqual([]);
    expect(read?.name).toBe('coffee-chat backup export: read');
    expect(read?.duration).toBeGreaterThanOrEqual(10);
    expect(serialise?.name).toBe('coffee-chat backup export: serialise');
    expect(serialise?.duration).toBeGreaterThanOrEqual(9);
  });

  it('times an async phase that fails, and lets every error through (a phase that throws at once is not published)', async () => {
    const clock = phaseClock('import');
    await expect(clock.time('write', () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(() => clock.time('validate', () => { throw new Error('bad row'); })).toThrow('bad row');
    clock.end();
    expect(measures().map((m) => m.name)).toEqual(['coffee-chat backup import: write']);
  });
});
