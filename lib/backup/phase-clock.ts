/**
 * Where a backup's seconds go: the time spent in each phase of one export or import, published
 * as User Timing measures named `coffee-chat backup <run>: <phase>` (DevTools' Performance
 * panel shows them, and `npm run bench` prints them). Phases interleave (a page read, then its
 * rows serialised, then the next page), so each measure's duration is the phase's total, laid
 * from the moment the phase first started. Costs two performance.now() calls per phase entered.
 */
export const PHASE_PREFIX = 'coffee-chat backup';

export interface PhaseClock {
  /** Starts timing `phase` (now, or from an earlier performance.now()); the function returned stops it (calling it twice counts once). */
  start(phase: string, from?: number): () => void;
  /** Times one call, synchronous or not. */
  time<T>(phase: string, run: () => T): T;
  /** Publishes every phase's total. */
  end(): void;
}

export function phaseClock(run: string): PhaseClock {
  const phases = new Map<string, { first: number; total: number }>();
  const start = (phase: string, t0 = performance.now()) => {
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      const spent = performance.now() - t0;
      const entry = phases.get(phase);
      if (entry) entry.total += spent;
      else phases.set(phase, { first: t0, total: spent });
    };
  };
  return {
    start,
    time<T>(phase: string, run: () => T): T {
      const stop = start(phase);
      const out = run();
      // Any thenable: Dexie's own promises are not instances of Promise, and must stay Dexie's
      // (then() on one returns one) so a transaction they run in keeps its zone.
      if (isThenable(out)) {
        return out.then(
          (value) => {
            stop();
            return value;
          },
          (error: unknown) => {
            stop();
            throw error;
          },
        ) as T;
      }
      stop();
      return out;
    },
    end() {
      for (const [phase, { first, total }] of phases) {
        // Where User Timing is missing or refuses (an old test environment), timing is not worth an error.
        try {
          performance.measure(`${PHASE_PREFIX} ${run}: ${phase}`, { start: first, duration: total });
        } catch {
          /* nothing to publish to */
        }
      }
    },
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
