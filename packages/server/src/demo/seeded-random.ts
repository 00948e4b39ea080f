/** Integers in [min, max] from a fixed seed, so the demo data comes out the same on every start. */
export function seededRandom(seed: number): (min: number, max: number) => number {
  let state = seed;
  return (min, max) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return min + (state % (max - min + 1));
  };
}
