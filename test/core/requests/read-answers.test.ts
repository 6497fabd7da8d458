import { buildRequests } from '../../../src/core/requests/build-requests';
import { DATA_SHEET_NAME } from '../../../src/core/requests/data-sheet';
import { measureKeys } from '../../../src/core/requests/keys';
import { MAX_EXTRA_ROWS, readAnswerFile, type AnswerFile } from '../../../src/core/requests/read-answers';
import type { Plan } from '../../../src/core/types';
import { answerSheets, COL, Respondent } from './answer-grids';
import { samplePlan } from './fixtures';

let plan: Plan;
let keys: string[];
beforeAll(async () => {
  plan = await samplePlan();
  keys = measureKeys(plan);
});
const officer = () => buildRequests(plan, { asOf: '2024-01-15', due: '2024-01-29' }).requests[0];

function read(r: Respondent): AnswerFile {
  const result = readAnswerFile('відповідь.xlsx', r.sheets);
  if (!result.ok) throw new Error(result.problem.details);
  return result.answers;
}

describe('reading a returned request', () => {
  it('finds every measure by its key, whatever the order of the rows', () => {
    const r = new Respondent(answerSheets(officer())).swap(1, 28).swap(2, 27);
    const a = read(r);
    expect(a.entries).toHaveLength(24);
    expect(a.entries.every((e) => e.lockedChanged.length === 0 && !e.realigned)).toBe(true);
    expect(a.entries[0]).toMatchObject({ key: keys[27], locked: { number: '28' } });
    expect(a.missingKeys).toEqual([]);
  });

  it('lists the measures whose rows were deleted', () => {
    const a = read(new Respondent(answerSheets(officer())).delete(7).delete(12));
    expect(a.entries).toHaveLength(22);
    expect(a.missingKeys).toEqual([keys[6], keys[11]]);
  });

  it('re-attaches rows whose hidden key column was left behind by a partial sort', () => {
    const a = read(new Respondent(answerSheets(officer())).swap(2, 3, false));
    const two = a.entries.find((e) => e.locked.number === '2')!;
    expect(two).toMatchObject({ key: keys[1], realigned: true, lockedChanged: [] });
    expect(a.entries.filter((e) => e.realigned)).toHaveLength(2);
  });

  it('notes a locked cell the person changed, and still ties the row to its measure', () => {
    const edited = `${plan.measures[8].measure} (уточнено)`;
    const a = read(
      new Respondent(answerSheets(officer())).set(9, 'measure', edited).set(10, 'deadline', 'Грудень'),
    );
    expect(a.entries.find((e) => e.key === keys[8])).toMatchObject({
      lockedChanged: ['measure'],
      realigned: false,
    });
    expect(a.entries.find((e) => e.key === keys[9])).toMatchObject({ lockedChanged: ['deadline'] });
  });

  it('takes spacing and line-break changes of a locked cell for no change (a program re-saving may make them)', () => {
    const m = plan.measures[0];
    const a = read(
      new Respondent(answerSheets(officer())).set(1, 'measure', `  ${m.measure.replace(/ /g, '\n')}  `),
    );
    expect(a.entries[0].lockedChanged).toEqual([]);
  });

  it('lists rows added with answers but no key, and skips blank ones; a million of them are counted', () => {
    const r = new Respondent(answerSheets(officer()));
    r.append([null, 'Додатковий захід', null, 'Проведено два навчання', null, null, null]);
    r.append([null, null, null, null, null, null, null]);
    r.append([29, 'Ще один', 'Постійно', null, 'Виконано', null, 'mffffffffffffff']);
    const a = read(r);
    expect(a.extraRows).toEqual([
      {
        row: r.rows.length - 2,
        key: '',
        texts: { measure: 'Додатковий захід', execution: 'Проведено два навчання' },
      },
      {
        row: r.rows.length,
        key: 'mffffffffffffff',
        texts: { number: '29', measure: 'Ще один', deadline: 'Постійно', status: 'Виконано' },
      },
    ]);
    for (let i = 0; i < MAX_EXTRA_ROWS + 50; i++) r.append([null, null, null, `рядок ${i}`]);
    const many = read(r);
    expect(many.extraRows).toHaveLength(MAX_EXTRA_ROWS);
    expect(many.extraRowsOmitted).toBe(52);
  });

  it('finds the columns by their headings, wherever they went', () => {
    const r = new Respondent(answerSheets(officer()));
    for (const row of r.rows) row.splice(COL.measure, 0, 'вставлено'); // a column inserted before the measure
    const a = read(r);
    expect(a.columns).toMatchObject({ number: 0, measure: 2, execution: 4, key: 7 });
    expect(a.entries.every((e) => e.lockedChanged.length === 0)).toBe(true);
  });

  it('says why a workbook is not one of our requests', () => {
    const sheets = answerSheets(officer());
    expect(readAnswerFile('x.xlsx', [sheets[0]])).toEqual({
      ok: false,
      file: 'x.xlsx',
      problem: { code: 'not-request', details: 'no marker' },
    });
    const newer = answerSheets(officer());
    newer[1].grid.rows[0][1] = 2;
    expect(readAnswerFile('x.xlsx', newer)).toMatchObject({
      ok: false,
      problem: { code: 'newer-version', details: '2' },
    });
    const damaged = answerSheets(officer());
    damaged[1].grid.rows[4][1] = 'not a date'; // periodFrom
    expect(readAnswerFile('x.xlsx', damaged)).toMatchObject({ ok: false, problem: { code: 'damaged' } });
    const tampered = answerSheets(officer());
    tampered[1].grid.rows[tampered[1].grid.rows.length - 1][2] = 'xyz';
    expect(readAnswerFile('x.xlsx', tampered)).toMatchObject({ ok: false, problem: { code: 'damaged' } });
    const noSheet = answerSheets(officer());
    expect(readAnswerFile('x.xlsx', [noSheet[1]])).toMatchObject({ ok: false, problem: { code: 'damaged' } });
    expect(noSheet[1].name).toBe(DATA_SHEET_NAME);
  });

  it('finds a renamed request sheet and a renamed data sheet', () => {
    const sheets = answerSheets(officer());
    sheets[0].name = 'Відповідь';
    sheets[1].name = 'Аркуш2';
    expect(readAnswerFile('x.xlsx', sheets)).toMatchObject({ ok: true, answers: { sheetName: 'Відповідь' } });
  });
});
