// Any table pasted from Word reads back as the table: one measure per Word row, each cell's text joined back
// exactly, and the same reading merged, unmerged, with merges unknown or the last paragraph merged down.
import fc from 'fast-check';
import { layoutGrid, pasteFromWord, type WordRow } from '../../../scripts/fixtures/word-paste';
import { planOf, reading } from './helpers';

const WORDS = [
  'перевірка',
  'декларацій',
  'навчання',
  'працівників',
  'звіт',
  'оприлюднено',
  'семінар',
  '- пункт;',
];
const line = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
/** A cell: paragraphs, empty ones only inside (Word keeps them; none at the ends of a cell). */
const cell = fc
  .array(fc.oneof({ weight: 4, arbitrary: line }, { weight: 1, arbitrary: fc.constant('') }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((ps) => ps.join('\n').replace(/^\n+|\n+$/g, ''))
  .filter((t) => t !== '');
const DEADLINES = [
  'Постійно',
  'Грудень\n\n2024 року',
  'І квартал 2024 року\nІІІ квартал 2024 року',
  'У разі потреби',
];
const PEOPLE = ['Секретар ради', 'Секретар ради\nЮрисконсульт', 'Начальник відділу кадрів'];

const table = fc
  .array(
    fc.record({
      section: fc.boolean(),
      measure: cell,
      deadline: fc.constantFrom(...DEADLINES),
      responsible: fc.constantFrom(...PEOPLE),
      execution: fc.oneof(cell, fc.constant('')),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((rows) => {
    const out: WordRow[] = [];
    let n = 0;
    let s = 0;
    for (const r of rows) {
      if (r.section) out.push({ span: `${['І', 'ІІ', 'ІІІ', 'ІV', 'V', 'VI', 'VII', 'VIII'][s++]}. Розділ` });
      out.push({ cells: [++n, r.measure, r.deadline, r.responsible, r.execution || null] });
    }
    return { rows: out, measures: rows };
  });

const HEADER = [
  '№\nз/п',
  'Заплановані заходи',
  'Термін\nвиконання',
  'Відповідальні особи',
  'Проведений захід',
];

describe('a table pasted from Word, any shape', () => {
  it('reads one measure per Word row, texts joined back exactly, the same whatever the merges', () => {
    fc.assert(
      fc.property(table, ({ rows, measures }) => {
        const word = { title: ['План заходів на 2024 рік'], header: HEADER, rows };
        const merged = planOf(layoutGrid(pasteFromWord(word, { mergeDown: true })));
        expect(
          merged.measures.map((m) => [m.measure, m.deadline.text, m.responsibleText, m.execution]),
        ).toEqual(measures.map((m) => [m.measure, m.deadline, m.responsible, m.execution]));
        const expected = reading(merged, '2025-01-15');
        expect(
          reading(planOf(layoutGrid(pasteFromWord(word, { mergeDown: true }), false)), '2025-01-15'),
        ).toEqual(expected);
        expect(reading(planOf(layoutGrid(pasteFromWord(word, { mergeDown: false }))), '2025-01-15')).toEqual(
          expected,
        );
        const last = pasteFromWord(word, { mergeDown: true, mergeLastParagraph: true });
        expect(reading(planOf(layoutGrid(last)), '2025-01-15')).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
