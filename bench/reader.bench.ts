// The plan reader on layouts pasted from Word (each paragraph of a cell on its own row, 5 rows a measure):
// time per layout at 1,000 and 10,000 measures, merges known and unknown. The 10k / 1k ratio shows the
// reader stays linear in rows (≈ 10).
import { performance } from 'perf_hooks';
import { pasteFromWord, layoutGrid, type WordRow } from '../scripts/fixtures/word-paste';
import { readPlan } from '../src/core/plan/read-plan';
import type { Grid } from '../src/core/grid';

function wordPasteGrid(measures: number, mergeDown: boolean, mergesKnown: boolean): Grid {
  const rows: WordRow[] = [];
  for (let i = 0; i < measures; i++) {
    if (i % 10 === 0)
      rows.push({ span: `${['І', 'ІІ', 'III', 'ІV', 'V'][(i / 10) % 5]}. Розділ ${i / 10 + 1}` });
    rows.push({
      cells: [
        i + 1,
        `Захід ${i + 1}: перевірка дотримання вимог\nщодо конфлікту інтересів`,
        i % 3 === 0 ? 'Грудень\n\n2024 року' : 'Протягом року',
        'Начальник відділу з питань запобігання та протидії корупції\nГоловний спеціаліст з кадрової роботи',
        i % 7 === 6
          ? null
          : `Проведено перевірку ${i + 1}:\n- 12.03.2024 довідка;\n- 20.05.2024 довідка;\n- 15.09.2024 звіт`,
      ],
    });
  }
  const header = [
    '№\nз/п',
    'Заплановані заходи',
    'Термін\nвиконання',
    'Відповідальні особи',
    'Проведений захід',
  ];
  const layout = pasteFromWord({ title: ['План заходів на 2024 рік'], header, rows }, { mergeDown });
  return layoutGrid(layout, mergesKnown);
}

function medianMs(grid: Grid, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const res = readPlan(grid, { today: '2025-01-15' });
    times.push(performance.now() - t);
    if (!res.ok) throw new Error('Word paste not read');
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export function benchReader(): string[] {
  const out: string[] = [];
  for (const [name, mergeDown, known] of [
    ['merged, merges known', true, true],
    ['merged, merges unknown', true, false],
    ['not merged', false, true],
  ] as const) {
    const small = wordPasteGrid(1000, mergeDown, known);
    const big = wordPasteGrid(10000, mergeDown, known);
    const a = medianMs(small, 7);
    const b = medianMs(big, 7);
    out.push(
      `Word paste (${name}): 1,000 measures / ${small.rows.length} rows ${a.toFixed(1)} ms; 10,000 / ${big.rows.length} rows ${b.toFixed(1)} ms; ratio ${(b / a).toFixed(1)}`,
    );
  }
  return out;
}

if (require.main === module) for (const line of benchReader()) console.log(line);
