import { errorLines, noteLines, severityHeadline } from '../../src/taskpane/finding-summaries';
import { finding } from './fake-service';

const overdue = (n: string, row: number, deadline = '2023-12-31') =>
  finding({
    rule: 'missing-execution',
    severity: 'error',
    cell: `E${row}`,
    row,
    measureNumber: n,
    params: { number: n, deadline },
  });
const untidy = (row: number, issues: string) =>
  finding({ rule: 'untidy-text', severity: 'info', cell: `D${row}`, row, params: { number: '1', issues } });

describe('findings in a line', () => {
  it('names the overdue measures in sheet order, with their shared deadline', () => {
    expect(errorLines([overdue('19', 28), overdue('18', 27)], 'uk').map((l) => l.text)).toEqual([
      '2 заходи без звіту про виконання: №\u00a018, 19 (термін минув 31.12.2023)',
    ]);
    expect(errorLines([overdue('18', 27), overdue('5', 9, '2023-03-31')], 'en')[0]).toMatchObject({
      text: '2 measures with no execution report: №\u00a05, 18',
      count: 2,
      first: { cell: 'E9' },
    });
  });

  it('counts by severity with plurals, leaving out what is not there', () => {
    const notes = Array.from({ length: 22 }, (_, i) => untidy(i + 7, 'double-spaces'));
    expect(severityHeadline([overdue('18', 27), overdue('19', 28), ...notes], 'uk')).toBe(
      '2 помилки, 22 примітки',
    );
    expect(severityHeadline([overdue('18', 27)], 'en')).toBe('1 error');
  });

  it('collapses notes into a line per kind: extra spaces apart from a stray comma', () => {
    const lines = noteLines(
      [untidy(7, 'edges'), untidy(8, 'trailing-comma'), untidy(9, 'double-spaces')],
      'uk',
    );
    expect(lines.map((l) => [l.kind, l.text, l.findings.length])).toEqual([
      ['spaces', '2 клітинки із зайвими пробілами', 2],
      ['comma', '1 клітинка із зайвою комою в кінці', 1],
    ]);
  });
});
