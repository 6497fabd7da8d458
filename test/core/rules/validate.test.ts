import { readPlan } from '../../../src/core/plan/read-plan';
import { validate } from '../../../src/core/rules/validate';
import { formatFinding, findingText } from '../../../src/core/i18n/messages';
import { Finding, Plan, RULE_IDS } from '../../../src/core/types';
import { measureRow, planGrid, Row } from '../../helpers/grids';

const plan = (rows: Row[]): Plan => {
  const res = readPlan(planGrid(rows));
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.plan;
};
const rulesOf = (fs: Finding[]) => fs.map((f) => `${f.rule}@${f.cell}`);

describe('validation rules', () => {
  it('missing-measure, missing-deadline, missing-responsible point at the empty cells', () => {
    const fs = validate(plan([measureRow(1, '', '', '', 'Зроблено')]), { asOf: '2023-06-01' });
    expect(rulesOf(fs)).toEqual(['missing-measure@B3', 'missing-deadline@C3', 'missing-responsible@D3']);
    expect(fs.every((f) => f.severity === 'error')).toBe(true);
  });

  it('unrecognised-deadline quotes the text; deadline-outside-period compares with the plan period', () => {
    const fs = validate(
      plan([
        measureRow(1, 'А', 'коли буде час', 'Б', 'x'),
        measureRow(2, 'А', 'Березень 2025 року', 'Б', 'x'),
      ]),
      { asOf: '2023-06-01' },
    );
    expect(rulesOf(fs)).toEqual(['unrecognised-deadline@C3', 'deadline-outside-period@C4']);
    expect(findingText(fs[0], 'uk')).toContain('«коли буде час»');
    expect(formatFinding(fs[1], 'en')).toMatch(
      /^Лист1!C4: measure 2: deadline "Березень 2025 року" lies outside the plan's period \(01\.01\.2023–31\.12\.2023\)/,
    );
  });

  it('missing-execution only after the deadline, due-soon within 30 days, never for a conditional measure', () => {
    const p = plan([
      measureRow(1, 'А', 'Січень 2023 року', 'Б', ''),
      measureRow(2, 'А', 'Березень 2023 року', 'Б', ''),
      measureRow(3, 'А', 'Грудень 2023 року', 'Б', ''),
      measureRow(4, 'А', 'У разі потреби', 'Б', ''),
    ]);
    const fs = validate(p, { asOf: '2023-03-05' });
    expect(rulesOf(fs)).toEqual(['missing-execution@E3', 'due-soon@E4', 'conditional-unreported@E6']);
    expect(formatFinding(fs[0], 'uk')).toBe(
      'Лист1!E3: захід 1: термін минув 31.01.2023, а про виконання нічого не зазначено',
    );
    expect(
      validate(p, { asOf: '2024-02-01' })
        .filter((f) => f.rule === 'missing-execution')
        .map((f) => f.measureNumber),
    ).toEqual(['1', '2', '3']);
  });

  it('late-execution when every date of the work is after the deadline, ignoring cited documents', () => {
    const p = plan([
      measureRow(1, 'А', 'Січень 2023 року', 'Б', 'Затверджено 05.03.2023 року'),
      measureRow(2, 'А', 'Січень 2023 року', 'Б', 'Затверджено 15.01.2023 року'),
      measureRow(
        3,
        'А',
        'Січень 2023 року',
        'Б',
        'Затверджено розпорядженням від 06.07.2023 № Р-93/06-34-23',
      ),
    ]);
    expect(rulesOf(validate(p, { asOf: '2023-06-01' }).filter((f) => f.rule === 'late-execution'))).toEqual([
      'late-execution@E3',
    ]);
  });

  it('duplicate-number and number-gap', () => {
    const p = plan([
      measureRow(1, 'А', 'Постійно', 'Б', 'x'),
      measureRow(2, 'А', 'Постійно', 'Б', 'x'),
      measureRow('2.', 'А', 'Постійно', 'Б', 'x'),
      measureRow(5, 'А', 'Постійно', 'Б', 'x'),
      measureRow('5.1', 'А', 'Постійно', 'Б', 'x'),
      measureRow('5.3', 'А', 'Постійно', 'Б', 'x'),
    ]);
    const fs = validate(p, { asOf: '2023-06-01' });
    expect(rulesOf(fs)).toEqual(['duplicate-number@A5', 'number-gap@A6', 'number-gap@A8']);
    expect(findingText(fs[1], 'uk')).toBe('захід 5: у нумерації пропущено 3–4');
    expect(findingText(fs[2], 'en')).toBe('measure 5.3: numbering skips 5.2');
  });

  it('untidy-text on deadline and responsible cells', () => {
    const fs = validate(plan([measureRow(1, 'А', 'Протягом  року', 'Начальник відділу,  ', 'x')]), {
      asOf: '2023-06-01',
    });
    expect(rulesOf(fs)).toEqual(['untidy-text@C3', 'untidy-text@D3']);
    expect(findingText(fs[1], 'uk')).toBe('захід 1: пробіли на початку чи в кінці, зайва кома в кінці');
  });

  it('unknown-responsible with the nearest spelling as a hint', () => {
    const p = plan([
      measureRow(1, 'А', 'Постійно', 'Начальник відділу кадрів\nГоловний спеціалст з питань персоналу', 'x'),
    ]);
    const positions = ['Начальник відділу кадрів', 'Головний спеціаліст з питань персоналу'];
    const fs = validate(p, { asOf: '2023-06-01', positions });
    expect(rulesOf(fs)).toEqual(['unknown-responsible@D3']);
    expect(fs[0].params.hint).toBe('Головний спеціаліст з питань персоналу');
    expect(validate(p, { asOf: '2023-06-01' }).filter((f) => f.rule === 'unknown-responsible')).toEqual([]);
  });

  it('every rule has a message in both languages', () => {
    const p = plan([measureRow(1, 'А', 'Постійно', 'Б', 'x')]);
    for (const rule of RULE_IDS) {
      const f: Finding = {
        rule,
        severity: 'info',
        sheet: 'Лист 1',
        cell: 'A1',
        row: 1,
        column: 0,
        params: { number: '1' },
      };
      for (const lang of ['uk', 'en'] as const) expect(formatFinding(f, lang)).toMatch(/^'Лист 1'!A1: \S/);
    }
    expect(p.measures).toHaveLength(1);
  });
});
