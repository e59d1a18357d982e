// Every property test (fast-check) runs from one fixed seed, printed, so that a run is
// the same on every machine and day and a failure replays exactly; another seed is
// explored on purpose with JALON_PROPERTY_SEED=N. A test may still name its own seed.
import fc from 'fast-check';

const DEFAULT_SEED = 20261207;

function propertySeed(): number {
  const given = process.env.JALON_PROPERTY_SEED;
  if (given === undefined || given === '') return DEFAULT_SEED;
  const seed = Number(given);
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`JALON_PROPERTY_SEED: "${given}" is not an integer`);
  }
  return seed;
}

const seed = propertySeed();
fc.configureGlobal({ seed });
console.log(`fast-check seed ${seed} (JALON_PROPERTY_SEED to change)`);
