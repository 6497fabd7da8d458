// Adversarial cells (test/core/adversarial-texts.ts) through the whole core: characters against
// milliseconds, per shape. Linear analysis keeps ms/100k chars about flat from 100k to 1M.
import { performance } from 'perf_hooks';
import { analyse } from '../src/core/analyse';
import { ADVERSARIAL_SHAPES, gridWith } from '../test/core/adversarial-texts';

export function benchTexts(sizes = [100_000, 300_000, 1_000_000]): string[] {
  const lines: string[] = [];
  for (const [name, make] of Object.entries(ADVERSARIAL_SHAPES)) {
    const figures = sizes.map((n) => {
      const grid = gridWith(make(n));
      const start = performance.now();
      analyse(grid, { asOf: '2024-01-15' });
      return performance.now() - start;
    });
    const cells = sizes.map((n, i) => `${(n / 1000).toFixed(0)}k: ${figures[i].toFixed(0)} ms`).join(', ');
    const ratio = figures[figures.length - 1] / Math.max(figures[0], 0.5);
    lines.push(
      `${name.padEnd(24)} ${cells} (×${ratio.toFixed(1)} for ×${sizes[sizes.length - 1] / sizes[0]} chars)`,
    );
  }
  return lines;
}
