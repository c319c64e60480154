/**
 * Seeds for fast-check properties: deterministic in CI and still exploring. Each property runs
 * its regression seeds (inputs that once broke it, with what they drew), a fixed seed set and
 * one random seed, printed so a failure can be replayed. FUZZ_SEED=<n> runs that seed alone.
 * A failure reports the seed, fast-check's shrunk counterexample and the replay command.
 */
import fc from 'fast-check';

export interface RegressionSeed {
  seed: number;
  /** What the seed drew and how the server failed on it. */
  found: string;
}

/** Seeds every CI run repeats besides the regression seeds. */
const FIXED_SEEDS = [1, 20_261_130];

/**
 * Time per seed. Runs pass long before it; shrinking a large counterexample (each step one HTTP
 * request) can take much longer, and then the best counterexample so far is reported in time.
 */
export const SEED_TIME_LIMIT_MS = 90_000;

export interface FuzzOptions<T> {
  /** Test file, for the replay command. */
  file: string;
  regressions?: readonly RegressionSeed[];
  numRuns: number;
  /** Counterexamples found before, run first on every seed (fast-check `examples`). */
  examples?: T[];
}

function replayCommand(file: string, seed: number): string {
  return `FUZZ_SEED=${seed} npx vitest run ${file}`;
}

/** The seeds of this run: FUZZ_SEED alone, or regressions + fixed + one random. */
export function fuzzSeeds(regressions: readonly RegressionSeed[] = []): number[] {
  const pinned = process.env.FUZZ_SEED;
  if (pinned !== undefined && pinned !== '') {
    const seed = Number(pinned);
    if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got '${pinned}'.`);
    return [seed];
  }
  const random = Math.floor(Math.random() * 2 ** 31);
  return [...regressions.map((r) => r.seed), ...FIXED_SEEDS, random];
}

/** Runs the property once per seed; a failure names the seed and the one-line replay. */
export async function assertWithSeeds<T extends unknown[]>(
  name: string,
  property: fc.IAsyncPropertyWithHooks<T>,
  options: FuzzOptions<T>,
): Promise<void> {
  const seeds = fuzzSeeds(options.regressions);
  console.info(`[fuzz] ${name}: seeds ${seeds.join(', ')} × ${options.numRuns} runs`);
  for (const seed of seeds) {
    const details = await fc.check(property, {
      seed,
      numRuns: options.numRuns,
      interruptAfterTimeLimit: SEED_TIME_LIMIT_MS,
      ...(options.examples ? { examples: options.examples } : {}),
    });
    if (details.failed) {
      const counterexample = fc.stringify(details.counterexample);
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : '';
      throw new Error(
        `[fuzz] ${name} failed with seed ${seed} after ${details.numRuns} runs ` +
          `(shrunk ${details.numShrinks} times).\nCounterexample: ${counterexample}\n${cause}\n` +
          `Replay: ${replayCommand(options.file, seed)}`,
      );
    }
    if (details.interrupted) {
      console.warn(`[fuzz] ${name}: seed ${seed} stopped after ${details.numRuns} runs (time limit)`);
    }
  }
}
