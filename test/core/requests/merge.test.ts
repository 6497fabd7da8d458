import { buildRequests } from '../../../src/core/requests/build-requests';
import { mergeAnswers, type MergeOptions } from '../../../src/core/requests/merge';
import { readAnswerFile, type AnswerFileRead } from '../../../src/core/requests/read-answers';
import type { Plan } from '../../../src/core/types';
import { planGrid } from '../../helpers/grids';
import { answerSheets, Respondent } from './answer-grids';
import { MONITORING_HEADER, monitoringGrid, planOf } from './fixtures';

// The monitoring plan: rows 4 (measure 1, Юридичний відділ), 5 (2, Відділ кадрів), 7 (3, both),
// 8 (4, Юридичний відділ, done 20.01.2023); columns E execution, F status, G actual date.
const AS_OF = '2023-06-01';
const plan = (): Plan => planOf(monitoringGrid(), AS_OF);
const requests = (p: Plan = plan()) => buildRequests(p, { asOf: AS_OF, due: '2023-06-15' }).requests;
const legal = (p?: Plan) => new Respondent(answerSheets(requests(p)[0]));
const hr = (p?: Plan) => new Respondent(answerSheets(requests(p)[1]));

function answer(r: Respondent, file: string): AnswerFileRead {
  return readAnswerFile(file, r.sheets);
}
const merge = (p: Plan, files: AnswerFileRead[], opts?: MergeOptions) => mergeAnswers(p, files, opts).report;
const src = (file: string, person: string, row: number, cell: string) => ({ file, person, row, cell });

describe('merging answers into the plan', () => {
  it('writes answers into empty cells: text, status word, date', () => {
    const r = legal()
      .set(1, 'execution', 'Моніторинг проведено.\nЗміни доведено.')
      .set(1, 'status', 'Виконано');
    r.set(1, 'actualDate', { date: '2023-05-20' });
    const row = r.rowOf(1) + 1;
    const report = merge(plan(), [answer(r, 'legal.xlsx')]);
    const from = (cell: string) => [src('legal.xlsx', 'Юридичний відділ', row, cell)];
    expect(report.changes).toEqual([
      {
        row: 4,
        column: 4,
        cell: 'E4',
        field: 'execution',
        measureNumber: '1',
        value: { kind: 'text', text: 'Моніторинг проведено.\nЗміни доведено.' },
        old: '',
        from: from(`D${row}`),
        overwrites: false,
      },
      {
        row: 4,
        column: 5,
        cell: 'F4',
        field: 'status',
        measureNumber: '1',
        value: { kind: 'text', text: 'Виконано' },
        old: '',
        from: from(`E${row}`),
        overwrites: false,
      },
      {
        row: 4,
        column: 6,
        cell: 'G4',
        field: 'actualDate',
        measureNumber: '1',
        value: { kind: 'date', date: '2023-05-20', text: '20.05.2023' },
        old: '',
        from: from(`F${row}`),
        overwrites: false,
      },
    ]);
    expect(report.conflicts).toEqual([]);
    expect(report.respondents).toEqual([
      {
        person: 'Юридичний відділ',
        personKey: 'юридичний відділ',
        file: 'legal.xlsx',
        inPlan: true,
        measures: 3,
        answered: 1,
        unchanged: 2,
        deleted: [],
        realigned: 0,
      },
    ]);
    expect(report.notAnswered).toEqual([{ person: 'Відділ кадрів', measures: ['2', '3'] }]);
    expect(report.measures).toEqual({
      total: 4,
      answered: 1,
      stillEmpty: [
        { row: 5, number: '2', cell: 'E5', responsible: ['Відділ кадрів'] },
        { row: 7, number: '3', cell: 'E7', responsible: ['Відділ кадрів', 'Юридичний відділ'] },
      ],
    });
  });

  it('never overwrites a different plan text: a conflict, the plan kept — unless the answers are preferred', () => {
    const r = legal().set(4, 'execution', 'Звіт подано 25.01.2023 (уточнено)');
    const kept = merge(plan(), [answer(r, 'legal.xlsx')]);
    expect(kept.changes).toEqual([]);
    expect(kept.conflicts).toEqual([
      expect.objectContaining({
        kind: 'plan-differs',
        cell: 'E8',
        plan: 'Звіт подано 20.01.2023',
        answers: [
          {
            text: 'Звіт подано 25.01.2023 (уточнено)',
            from: [expect.objectContaining({ file: 'legal.xlsx' })],
          },
        ],
        planChangedSinceRequest: false,
        resolution: 'kept-plan',
      }),
    ]);
    const took = merge(plan(), [answer(r, 'legal.xlsx')], { prefer: 'answers' });
    expect(took.conflicts[0].resolution).toBe('took-answer');
    expect(took.changes).toEqual([
      expect.objectContaining({
        cell: 'E8',
        value: { kind: 'text', text: 'Звіт подано 25.01.2023 (уточнено)' },
        old: 'Звіт подано 20.01.2023',
        overwrites: true,
      }),
    ]);
  });

  it('says whether the plan itself changed since the request went out', () => {
    const sentFrom = plan();
    const r = legal(sentFrom).set(4, 'execution', 'Звіт подано вчасно');
    const edited = plan();
    edited.measures[3].execution = 'Звіт подано 20.01.2023; оприлюднено';
    expect(merge(edited, [answer(r, 'legal.xlsx')]).conflicts[0].planChangedSinceRequest).toBe(true);
  });

  it('takes an answer equal to the plan (spacing, case of a status, a date however written) for no change', () => {
    const r = legal()
      .set(4, 'execution', ' Звіт  подано\n20.01.2023 ')
      .set(4, 'status', 'виконано')
      .set(4, 'actualDate', '20.01.2023');
    const report = merge(plan(), [answer(r, 'legal.xlsx')]);
    expect(report.changes).toEqual([]);
    expect(report.conflicts).toEqual([]);
  });

  it('combines two departments’ texts for one measure in the plan’s order, and refuses two different statuses', () => {
    const a = legal().set(3, 'execution', 'Юристи перевірили 12 декларацій').set(3, 'status', 'Виконано');
    const b = hr()
      .set(3, 'execution', 'Кадри перевірили 30 декларацій')
      .set(3, 'status', 'Виконано частково');
    const report = merge(plan(), [answer(a, 'legal.xlsx'), answer(b, 'hr.xlsx')]);
    expect(report.changes.map((c) => [c.cell, c.value, c.from.map((f) => f.file)])).toEqual([
      [
        'E7',
        { kind: 'text', text: 'Кадри перевірили 30 декларацій\nЮристи перевірили 12 декларацій' },
        ['hr.xlsx', 'legal.xlsx'],
      ],
    ]);
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        kind: 'answers-differ',
        cell: 'F7',
        answers: [
          { text: 'Виконано частково', from: [expect.objectContaining({ file: 'hr.xlsx' })] },
          { text: 'Виконано', from: [expect.objectContaining({ file: 'legal.xlsx' })] },
        ],
        resolution: 'kept-plan',
      }),
    ]);
    // The same status from both is one answer.
    b.set(3, 'status', 'Виконано');
    expect(merge(plan(), [answer(a, 'legal.xlsx'), answer(b, 'hr.xlsx')]).changes.map((c) => c.cell)).toEqual(
      ['E7', 'F7'],
    );
  });

  it('never empties a plan cell: a text deleted in the answer is a conflict', () => {
    const r = legal().set(4, 'execution', null);
    const report = merge(plan(), [answer(r, 'legal.xlsx')], { prefer: 'answers' });
    expect(report.changes).toEqual([]);
    expect(report.conflicts).toEqual([
      expect.objectContaining({ kind: 'answer-cleared', cell: 'E8', resolution: 'kept-plan' }),
    ]);
  });

  it('lists a status that is not one of the five words and a date that is no date, and writes neither', () => {
    const r = legal().set(1, 'status', 'Зроблено').set(1, 'actualDate', 'вчора');
    const report = merge(plan(), [answer(r, 'legal.xlsx')]);
    expect(report.changes).toEqual([]);
    expect(report.invalid.map((v) => [v.field, v.text, v.reason, v.measureNumber])).toEqual([
      ['status', 'Зроблено', 'not-a-status', '1'],
      ['actualDate', 'вчора', 'not-a-date', '1'],
    ]);
  });

  it('lists answers the plan has no column for, without dropping them', () => {
    const p = planOf(planGrid([['І. Розділ'], [1, 'Моніторинг', 'Постійно', 'Юридичний відділ', '']]), AS_OF);
    const r = new Respondent(answerSheets(requests(p)[0]))
      .set(1, 'execution', 'Зроблено')
      .set(1, 'status', 'Виконано');
    r.set(1, 'actualDate', { date: '2023-03-01' });
    const report = merge(p, [answer(r, 'legal.xlsx')]);
    expect(report.changes.map((c) => c.cell)).toEqual(['E4']);
    expect(report.unplaced.map((u) => [u.field, u.text, u.measureNumber, u.planRow])).toEqual([
      ['status', 'Виконано', '1', 4],
      ['actualDate', '01.03.2023', '1', 4],
    ]);
  });

  it('keeps answers out of formula cells and cells merged across measures', () => {
    const r = legal().set(1, 'execution', 'A').set(3, 'execution', 'B');
    const report = merge(plan(), [answer(r, 'legal.xlsx')], {
      formulaCells: new Set(['E4']),
      merges: [{ top: 6, left: 4, bottom: 7, right: 4 }], // E7:E8, measures 3 and 4
    });
    expect(report.changes).toEqual([]);
    expect(report.conflicts.map((c) => [c.kind, c.cell])).toEqual([
      ['formula', 'E4'],
      ['shared-cell', 'E7'],
    ]);
    // Merged across its own row: the top-left is the measure's execution cell, the status cell lies inside.
    r.set(1, 'status', 'Виконано');
    const own = merge(plan(), [answer(r, 'legal.xlsx')], {
      merges: [{ top: 3, left: 4, bottom: 3, right: 5 }],
    });
    expect(own.changes.map((c) => c.cell)).toEqual(['E4', 'E7']);
    expect(own.conflicts.map((c) => [c.kind, c.cell])).toEqual([['shared-cell', 'F4']]);
  });

  it('writes a measure spanning rows into its first row, and with --prefer answers empties the rest', () => {
    const p = plan();
    // Rows 7 and 8 are one measure pasted from Word (what the reader's Measure.rows says).
    const spanning = p.measures[2] as Plan['measures'][number] & { rows?: number[] };
    spanning.rows = [7, 8];
    p.measures.splice(3, 1);
    spanning.execution = 'Перевірено\nчастину декларацій';
    const r = hr(p).set(3, 'execution', 'Перевірено всі 42 декларації');
    const report = merge(p, [answer(r, 'hr.xlsx')], { prefer: 'answers' });
    expect(report.changes.map((c) => [c.cell, c.value])).toEqual([
      ['E7', { kind: 'text', text: 'Перевірено всі 42 декларації' }],
      ['E8', { kind: 'clear' }],
    ]);
  });

  it('finds answers whose measure the plan no longer has', () => {
    const r = legal().set(1, 'execution', 'Моніторинг проведено');
    const edited = planOf(
      {
        ...monitoringGrid(),
        rows: monitoringGrid().rows.map((row) =>
          row[1] === 'Моніторинг змін законодавства'
            ? [...row.slice(0, 1), 'Моніторинг законодавства', ...row.slice(2)]
            : row,
        ),
      },
      AS_OF,
    );
    const report = merge(edited, [answer(r, 'legal.xlsx')]);
    expect(report.changes).toEqual([]);
    expect(report.orphans).toEqual([
      expect.objectContaining({
        file: 'legal.xlsx',
        number: '1',
        measure: 'Моніторинг змін законодавства',
        answers: { execution: 'Моніторинг проведено' },
      }),
    ]);
  });
});

describe('which files a merge takes', () => {
  const grid2024 = () =>
    planGrid(
      [['І. Розділ'], [1, 'Моніторинг змін законодавства', 'Постійно', 'Юридичний відділ', '', '', '']],
      {
        header: MONITORING_HEADER,
        title: ['План заходів щодо запобігання корупції на 2024 рік'],
      },
    );

  it('refuses a request for another period, and one for another plan', () => {
    const other = planOf(grid2024(), AS_OF);
    const lastYear = new Respondent(answerSheets(requests(other)[0])).set(1, 'execution', 'x');
    const retitled = planOf(
      { ...monitoringGrid(), rows: [['Інший план на 2023 рік'], ...monitoringGrid().rows.slice(1)] },
      AS_OF,
    );
    const foreign = new Respondent(answerSheets(requests(retitled)[0]));
    // Another title, same measures: taken (the officer renamed the plan), and said so.
    const report = merge(plan(), [answer(lastYear, '2024.xlsx'), answer(foreign, 'renamed.xlsx')]);
    expect(report.files).toEqual([
      {
        file: '2024.xlsx',
        status: 'rejected',
        person: 'Юридичний відділ',
        reason: 'other-period',
        details: '2024-01-01..2024-12-31',
      },
      { file: 'renamed.xlsx', status: 'merged', person: 'Юридичний відділ', planTitleChanged: true },
    ]);
    const unrelated = planOf(
      {
        ...grid2024(),
        rows: [
          ['Зовсім інший план на 2023 рік'],
          ...grid2024()
            .rows.slice(1)
            .map((r) => (r[0] === 1 ? [1, 'Інший захід', ...r.slice(2)] : r)),
        ],
      },
      AS_OF,
    );
    const alien = merge(plan(), [answer(new Respondent(answerSheets(requests(unrelated)[0])), 'alien.xlsx')]);
    expect(alien.files).toEqual([
      {
        file: 'alien.xlsx',
        status: 'rejected',
        person: 'Юридичний відділ',
        reason: 'other-plan',
        details: 'Зовсім інший план на 2023 рік',
      },
    ]);
    expect(alien.notAnswered.map((p) => p.person)).toEqual(['Юридичний відділ', 'Відділ кадрів']);
  });

  it('takes one answer per person: the file given last', () => {
    const first = legal().set(1, 'execution', 'перша версія');
    const second = legal().set(1, 'execution', 'друга версія');
    const report = merge(plan(), [answer(first, 'v1.xlsx'), answer(second, 'v2.xlsx')]);
    expect(report.files.map((f) => [f.file, f.status, f.supersededBy])).toEqual([
      ['v1.xlsx', 'superseded', 'v2.xlsx'],
      ['v2.xlsx', 'merged', undefined],
    ]);
    expect(report.changes.map((c) => c.value)).toEqual([{ kind: 'text', text: 'друга версія' }]);
  });

  it('passes on files no reader could open and files that are not requests, merging nothing from them', () => {
    const report = merge(plan(), [
      { ok: false, file: 'broken.xlsx', problem: { code: 'unreadable', details: 'Файл пошкоджено' } },
      readAnswerFile('notes.xlsx', [{ name: 'Нотатки', grid: { sheetName: 'Нотатки', rows: [['Список']] } }]),
    ]);
    expect(report.files).toEqual([
      { file: 'broken.xlsx', status: 'rejected', reason: 'unreadable', details: 'Файл пошкоджено' },
      { file: 'notes.xlsx', status: 'rejected', reason: 'not-request', details: 'no marker' },
    ]);
    expect(report.respondents).toEqual([]);
  });
});
