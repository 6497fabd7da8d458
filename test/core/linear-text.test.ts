// The core reads long cells in time proportional to their length: for every adversarial shape, a cell four
// times longer takes at most about four times as long (a generous bound of 10×: a quadratic pattern gives
// 16× and, at these sizes, seconds: a run over 5 s fails outright). Timings are the best of three runs on fresh texts (results are cached
// by text); runs under 30 ms count as linear whatever the ratio. Figures: `npm run bench`.
import { analyse } from '../../src/core/analyse';
import { ADVERSARIAL_SHAPES, gridWith } from './adversarial-texts';

function bestMs(make: (n: number) => string, n: number): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const grid = gridWith(`${run} ${make(n)}`);
    const start = performance.now();
    const result = analyse(grid, { asOf: '2024-01-15' });
    best = Math.min(best, performance.now() - start);
    expect(result.ok).toBe(true);
  }
  return best;
}

describe('linear text analysis on adversarial cells', () => {
  it.each(Object.entries(ADVERSARIAL_SHAPES))(
    '%s: 100,000 → 400,000 characters',
    (_name, make) => {
      const small = bestMs(make, 50_000);
      const large = bestMs(make, 200_000);
      // 250 times what a linear pass takes here: only a super-linear one comes near it.
      expect(large).toBeLessThan(5_000);
      if (large < 30) return;
      expect(large / Math.max(small, 1)).toBeLessThan(10);
    },
    120_000,
  );
});
