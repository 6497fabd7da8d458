import { buildRequests, requestPersons } from '../../../src/core/requests/build-requests';
import { readDataSheet } from '../../../src/core/requests/data-sheet';
import { STATUS_WORDS } from '../../../src/core/requests/labels';
import { measureKeys } from '../../../src/core/requests/keys';
import { summarise } from '../../../src/core/summary/summarise';
import type { Plan } from '../../../src/core/types';
import { answerSheets, COL } from './answer-grids';
import { monitoringGrid, planOf, samplePlan } from './fixtures';

let plan: Plan;
beforeAll(async () => {
  plan = await samplePlan();
});

const OFFICER = 'Начальник відділу з питань запобігання та протидії корупції';
const opts = { asOf: '2024-01-15', due: '2024-01-29' };

describe('requests from the sample plan', () => {
  it('makes one request per responsible person, named as the summary names them, in plan order', () => {
    const set = buildRequests(plan, opts);
    expect(set.requests.map((r) => [r.person, r.fileName, r.measures.map((m) => m.number)])).toEqual([
      [
        OFFICER,
        `${OFFICER}.xlsx`,
        [
          '1',
          '2',
          '3',
          '4',
          '6',
          '7',
          '8',
          '9',
          '10',
          '11',
          '12',
          '13',
          '14',
          '15',
          '16',
          '17',
          '18',
          '19',
          '21',
          '22',
          '24',
          '26',
          '27',
          '28',
        ],
      ],
      ['Начальник загального відділу', 'Начальник загального відділу.xlsx', ['5']],
      ['Начальник організаційного відділу', 'Начальник організаційного відділу.xlsx', ['5']],
      ['Головний спеціаліст з кадрової роботи', 'Головний спеціаліст з кадрової роботи.xlsx', ['19', '20']],
      ['Головний спеціаліст з питань персоналу', 'Головний спеціаліст з питань персоналу.xlsx', ['23']],
      [
        'Відділ цифрового розвитку, програмно-технічного забезпечення і захисту інформації',
        'Відділ цифрового розвитку, програмно-технічного забезпечення і захисту інформації.xlsx',
        ['25'],
      ],
    ]);
    expect(set.unassigned).toEqual([]);
    // The same grouping as the summary's, spelling for spelling (trailing commas and blanks folded).
    const summaryLabels = summarise(plan, [], '2024-01-15')
      .byResponsible.map((g) => g.label)
      .sort();
    expect(
      requestPersons(plan)
        .map((p) => p.label)
        .sort(),
    ).toEqual(summaryLabels);
    expect(summaryLabels).toEqual([...set.requests.map((r) => r.person)].sort());
  });

  it('sends measure 5, naming two departments, to both with the same key', () => {
    const set = buildRequests(plan, opts);
    const fives = set.requests.filter((r) => r.measures.some((m) => m.number === '5'));
    expect(fives.map((r) => r.person)).toEqual([
      'Начальник загального відділу',
      'Начальник організаційного відділу',
    ]);
    expect(fives[0].measures[0].key).toBe(fives[1].measures[0].key);
  });

  it('lays out the request: title naming plan, person, period and reply date; sections; locked texts exactly', () => {
    const r = buildRequests(plan, opts).requests[3]; // Головний спеціаліст з кадрової роботи: 19, 20
    const v = r.sheet.values;
    expect(v[0]).toEqual(['ІНФОРМАЦІЯ ПРО ВИКОНАННЯ ПЛАНУ']);
    expect(v[1]).toEqual([plan.title[1]]);
    expect(v[2]).toEqual([plan.title[2]]);
    expect(v[3]).toEqual(['Виконавець: Головний спеціаліст з кадрової роботи']);
    expect(v[4]).toEqual(['Період: 2023 рік. Інформація станом на 15.01.2024. Надати до 29.01.2024.']);
    expect(String(v[5][0])).toMatch(/^Заповніть жовті клітинки: .*Поверніть цей файл до 29\.01\.2024\.$/);
    const h = r.sheet.headerRow;
    expect(v[h]).toEqual([
      '№ з/п',
      'Заплановані заходи',
      'Термін виконання',
      'Що зроблено (проведений захід)',
      'Стан виконання',
      'Фактична дата виконання',
      'Ключ заходу (не змінювати)',
    ]);
    // Both measures are in section IV: one section row, then the measures with the plan's texts as written.
    expect(v[h + 1]).toEqual([plan.sections[3].text]);
    const [m19, m20] = [plan.measures[18], plan.measures[19]];
    const keys = measureKeys(plan);
    expect(v[h + 2]).toEqual([19, m19.measure, m19.deadline.text, null, null, null, keys[18]]);
    expect(v[h + 3]).toEqual([20, m20.measure, m20.deadline.text, m20.execution, null, null, keys[19]]);
    expect(v).toHaveLength(h + 4);
  });

  it('makes it a form: answer cells unlocked, a status dropdown, a date check, the key hidden, protection without password', () => {
    const r = buildRequests(plan, opts).requests[3];
    const h = r.sheet.headerRow;
    expect(r.sheet.unlocked).toEqual([
      { top: h + 2, left: COL.execution, bottom: h + 3, right: COL.actualDate },
    ]);
    expect(r.sheet.validations).toEqual([
      expect.objectContaining({
        kind: 'list',
        values: [...STATUS_WORDS],
        range: { top: h + 2, left: 4, bottom: h + 3, right: 4 },
      }),
      expect.objectContaining({
        kind: 'date',
        from: '1990-01-01',
        to: '2100-12-31',
        range: { top: h + 2, left: 5, bottom: h + 3, right: 5 },
      }),
    ]);
    expect(STATUS_WORDS).toEqual([
      'Виконано',
      'Виконано частково',
      'Виконується',
      'Не виконано',
      'Не розпочато',
    ]);
    expect(r.sheet.hiddenColumns).toEqual([COL.key]);
    expect(r.sheet.protection.password).toBe('');
    expect(r.sheet.print.repeatRows).toEqual({ from: h + 1, to: h + 1 });
  });

  it('carries a very hidden data sheet that marks it as a request for this plan and person', () => {
    const r = buildRequests(plan, opts).requests[1];
    expect(r.data.state).toBe('veryHidden');
    const data = readDataSheet(answerSheets(r)[1].grid);
    if (!data.ok) throw new Error(data.details);
    expect(data.meta).toMatchObject({
      version: 1,
      person: 'Начальник загального відділу',
      periodFrom: '2023-01-01',
      periodTo: '2023-12-31',
      planSheet: 'Лист1',
      asOf: '2024-01-15',
      due: '2024-01-29',
      requestSheet: 'Запит',
    });
    expect([...data.meta.sent.keys()]).toEqual([measureKeys(plan)[4]]);
  });
});

describe('requests from a plan with status and actual-date columns', () => {
  it('pre-fills what the plan says: execution text, status word, the date as a date', () => {
    const p = planOf(monitoringGrid(), '2023-06-01');
    const set = buildRequests(p, opts);
    expect(set.requests.map((r) => [r.person, r.measures.map((m) => m.number)])).toEqual([
      ['Юридичний відділ', ['1', '3', '4']],
      ['Відділ кадрів', ['2', '3']],
    ]);
    const legal = set.requests[0].sheet;
    const row4 = legal.values[legal.values.length - 1];
    expect(row4.slice(0, 6)).toEqual([
      4,
      'Звіт про виконання',
      'Січень 2023 року',
      'Звіт подано 20.01.2023',
      'Виконано',
      44946,
    ]);
    // Sections of the person's measures only, each once.
    expect(legal.values.filter((row) => row.length === 1 && /^І+\. /.test(String(row[0])))).toEqual([
      ['І. Організаційні заходи'],
      ['ІІ. Інше'],
    ]);
  });

  it('sends nothing for measures naming nobody, and says which', () => {
    const p = planOf(monitoringGrid(), '2023-06-01');
    p.measures[1].responsible = [];
    const set = buildRequests(p, opts);
    expect(set.unassigned).toEqual([
      { planRow: p.measures[1].row, number: '2', measure: 'Навчання працівників' },
    ]);
    expect(set.requests.map((r) => r.person)).toEqual(['Юридичний відділ', 'Відділ кадрів']);
  });

  it('keeps the plan file name free when it lies in the target folder', () => {
    const p = planOf(monitoringGrid(), '2023-06-01');
    const set = buildRequests(p, { ...opts, takenNames: ['юридичний відділ.xlsx'] });
    expect(set.requests[0].fileName).toBe('Юридичний відділ (2).xlsx');
  });
});
