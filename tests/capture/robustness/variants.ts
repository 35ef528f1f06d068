import { hashSeed, rngFrom } from '../../helpers/seeded-random';
import { transformsFor, type Layout, type Transform } from './transforms';

/**
 * Which variants a fixture gets: every transformation on its own first (a few seeds each), then
 * random combinations of two to four, all derived from one master seed so a failure can be
 * replayed exactly (`ROBUSTNESS_SEED=<seed>`).
 */
export const DEFAULT_SEED = 20_261_209;

export interface VariantSpec {
  index: number;
  names: string[];
  seed: number;
}

/** `salt` (the fixture's file) gives each page its own combinations under one master seed. */
export function planVariants(layout: Layout, count: number, masterSeed: number, salt = ''): VariantSpec[] {
  const transforms = transformsFor(layout);
  const singles = transforms.length * Math.max(1, Math.min(5, Math.floor(count / transforms.length / 2)));
  const specs: VariantSpec[] = [];
  for (let index = 0; index < count; index++) {
    const seed = hashSeed(`${masterSeed}:${layout}:${salt}:${index}`);
    if (index < singles) {
      specs.push({ index, names: [(transforms[index % transforms.length] as Transform).name], seed });
      continue;
    }
    const rng = rngFrom(seed);
    const names = rng.shuffle(transforms.map((t) => t.name)).slice(0, 2 + rng.int(3));
    specs.push({ index, names, seed });
  }
  return specs;
}

/** Applies the spec's transformations, in order, to `doc` itself. */
export function mutateIntoVariant(doc: Document, layout: Layout, spec: VariantSpec): void {
  const rng = rngFrom(spec.seed ^ 0x9e3779b9);
  const byName = new Map(transformsFor(layout).map((t) => [t.name, t]));
  for (const name of spec.names) {
    const transform = byName.get(name);
    if (!transform) throw new Error(`no transformation ${name} for ${layout}`);
    transform.mutate(doc, rng);
  }
}

/** The fields a person reads on the review card and in the workspace. */
export const SEEN_FIELDS = [
  'fullName',
  'headline',
  'location',
  'connectionDegree',
  'currentTitle',
  'currentCompany',
  'about',
  'experience',
  'education',
  'photoUrl',
] as const;

type Capture = { ok: true; profile: Record<string, unknown> } | { ok: false; reason: string };

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** Names of the seen fields where the capture differs from the golden profile ([] = exact). */
export function differingFields(capture: Capture, golden: Record<string, unknown>): string[] {
  if (!capture.ok) return [`not saved (${capture.reason})`];
  return SEEN_FIELDS.filter(
    (field) => JSON.stringify(canonical(capture.profile[field])) !== JSON.stringify(canonical(golden[field])),
  );
}

export interface VariantFailure {
  variant: string;
  fields: string[];
}

export interface FixtureShare {
  exact: number;
  total: number;
  failures: VariantFailure[];
  /** Variants that failed, per transformation they included. */
  byTransform: Record<string, number>;
  /** Each transformation on its own: how many of its variants were exact. */
  alone: Record<string, { exact: number; total: number }>;
}

export interface MeasureOptions {
  /** A fresh copy of the page for each variant (happy-dom leaks cloned documents). */
  load: () => Document;
  /** Frees what `load` made. */
  done?: (doc: Document) => Promise<void> | void;
  layout: Layout;
  golden: Record<string, unknown>;
  count: number;
  seed: number;
  salt?: string;
  read: (doc: Document) => Capture;
  /** Chromium: put the variant on screen, so visibility is computed as a browser would. */
  show?: (variant: Document) => Document;
}

export function describeVariant(spec: VariantSpec): string {
  return `#${spec.index} ${spec.names.join('+')} (seed ${spec.seed})`;
}

export async function measureFixture(options: MeasureOptions): Promise<FixtureShare> {
  const share: FixtureShare = { exact: 0, total: 0, failures: [], byTransform: {}, alone: {} };
  for (const spec of planVariants(options.layout, options.count, options.seed, options.salt)) {
    const doc = options.load();
    let fields: string[];
    try {
      mutateIntoVariant(doc, options.layout, spec);
      fields = differingFields(options.read(options.show ? options.show(doc) : doc), options.golden);
    } catch (error) {
      fields = [`threw: ${String(error)}`];
    } finally {
      await options.done?.(doc);
    }
    share.total++;
    if (spec.names.length === 1) {
      const alone = (share.alone[spec.names[0] as string] ??= { exact: 0, total: 0 });
      alone.total++;
      if (fields.length === 0) alone.exact++;
    }
    if (fields.length === 0) {
      share.exact++;
      continue;
    }
    share.failures.push({ variant: describeVariant(spec), fields });
    for (const name of spec.names) share.byTransform[name] = (share.byTransform[name] ?? 0) + 1;
  }
  return share;
}
