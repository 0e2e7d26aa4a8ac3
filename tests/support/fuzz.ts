/**
 * Seeded randomness for fuzz tests: the same seed makes the same cases, so a failure can be
 * replayed. The seed is FUZZ_SEED from the environment, else a fixed default.
 */
import { seededRandom } from './seeded-random.ts';

const DEFAULT_SEED = 20240531;

/** The run's seed: `FUZZ_SEED` (an integer) if set, else the fixed default. */
export function fuzzSeed(): number {
  const fromEnv = process.env.FUZZ_SEED;
  if (fromEnv === undefined || fromEnv === '') return DEFAULT_SEED;
  if (!/^\d+$/.test(fromEnv)) throw new Error(`FUZZ_SEED must be a non-negative integer, got "${fromEnv}"`);
  return Number(fromEnv) >>> 0;
}

export interface Random {
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A copy of `list` in random order. */
  shuffle<T>(list: readonly T[]): T[];
  /** `length` characters, each picked from `alphabet` (whole code points). */
  string(length: number, alphabet: string): string;
}

export function createRandom(seed: number): Random {
  const next = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  return {
    int,
    pick,
    chance: (p) => next() < p,
    shuffle: (list) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
    string: (length, alphabet) => {
      const characters = [...alphabet];
      return Array.from({ length }, () => pick(characters)).join('');
    },
  };
}
