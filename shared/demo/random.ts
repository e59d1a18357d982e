// A small seeded PRNG (sfc32) and the draws the demo generator needs. Demo data must
// be reproducible from its options alone, so nothing here reads a clock or
// Math.random().

/** murmur3's finaliser: spreads every input bit over the 32 output bits. */
function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const GOLDEN = 0x9e3779b9;

/**
 * The seed of one stream among many (one per seeker): seeker i's data then depends on
 * (seed, i) only, not on how many numbers the seekers before it happened to draw.
 */
export function deriveSeed(seed: number, index: number): number {
  const whole = Math.trunc(seed);
  const low = whole >>> 0;
  const high = Math.floor(whole / 0x1_0000_0000) >>> 0;
  const seedHash = mix32(mix32(low ^ GOLDEN) + Math.imul(high, 0x27d4eb2f));
  return mix32(seedHash + Math.imul(index + 1, GOLDEN));
}

export type WeightedChoices<T> = readonly (readonly [T, number])[];

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(choices: WeightedChoices<T>): T;
  /** Bell-shaped, bounded to mean ± 3 sd (Irwin–Hall of 3 uniforms): no absurd outliers. */
  gaussian(mean: number, sd: number): number;
  /** `count` distinct items, in random order (fewer if the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
}

export function createRandom(seed: number): Random {
  // sfc32 state, filled from the seed through a few mixing rounds.
  let a = mix32(seed ^ 0xdeadbeef);
  let b = mix32(a + GOLDEN);
  let c = mix32(b + GOLDEN);
  let d = 1;

  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 0x1_0000_0000;
  };
  // The first outputs of a fresh sfc32 still echo the seed.
  for (let i = 0; i < 12; i++) next();

  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };

  const weighted = <T>(choices: WeightedChoices<T>): T => {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    if (!(total > 0)) throw new RangeError('weighted choice needs a positive total weight');
    let target = next() * total;
    for (const [value, weight] of choices) {
      target -= weight;
      if (target < 0) return value;
    }
    // Rounding can leave target at exactly 0 after the loop: the last positive choice.
    for (let i = choices.length - 1; i >= 0; i--) {
      const choice = choices[i] as readonly [T, number];
      if (choice[1] > 0) return choice[0];
    }
    throw new RangeError('unreachable: positive total without a positive weight');
  };

  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted,
    gaussian: (mean, sd) => mean + (next() + next() + next() - 1.5) * 2 * sd,
    sample: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      const taken: T[] = [];
      while (taken.length < count && pool.length > 0) {
        const index = Math.floor(next() * pool.length);
        taken.push(pool[index] as T);
        pool[index] = pool[pool.length - 1] as T;
        pool.pop();
      }
      return taken;
    },
  };
}
