import { EXIT_STAGES, STAGES, type Stage } from '@/lib/contacts/stage';

/** The seven pipeline stages, in order; exits are not part of it. */
export const PIPELINE_STAGES: readonly Stage[] = STAGES.filter((s) => !EXIT_STAGES.includes(s));

/**
 * The stage ←/→ moves a card to: along the pipeline for pipeline cards, along the exits for
 * exit cards (an exit is a decision, not the step after Keeping in touch). Undefined at an end.
 */
export function adjacentStage(stage: Stage, direction: -1 | 1): Stage | undefined {
  const group = EXIT_STAGES.includes(stage) ? EXIT_STAGES : PIPELINE_STAGES;
  const i = group.indexOf(stage);
  return group[i + direction];
}

/** Cards grouped by stage, every stage present (empty columns still accept drops). */
export function groupByStage<T extends { stage: Stage }>(items: readonly T[]): Record<Stage, T[]> {
  const out = Object.fromEntries(STAGES.map((s) => [s, [] as T[]])) as Record<Stage, T[]>;
  for (const item of items) (out[item.stage] ?? out.identified).push(item);
  return out;
}
