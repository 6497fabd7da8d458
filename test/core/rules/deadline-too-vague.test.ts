import { formatFinding } from '../../../src/core/i18n/messages';
import { readPlan } from '../../../src/core/plan/read-plan';
import { singleDeliverable } from '../../../src/core/rules/deadline-too-vague';
import { validate } from '../../../src/core/rules/validate';
import type { Finding, Plan } from '../../../src/core/types';
import { measureRow, planGrid, type Row } from '../../helpers/grids';
import { sampleGrid } from '../../helpers/sample';

const plan = (rows: Row[]): Plan => {
  const res = readPlan(planGrid(rows));
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.plan;
};
const vague = (measure: string, deadline: string): Finding[] =>
  validate(plan([measureRow(1, measure, deadline, 'Начальник відділу', '')]), { asOf: '2023-02-01' }).filter(
    (f) => f.rule === 'deadline-too-vague',
  );

describe('deadline-too-vague', () => {
  it.each([
    [
      'Розроблення та затвердження антикорупційної програми на 2023 рік',
      'Розроблення та затвердження антикорупційної програми',
    ],
    ['Підготовка плану роботи відділу на 2024 рік', 'Підготовка плану'],
    ['Затвердження Плану заходів щодо запобігання корупції', 'Затвердження Плану'],
    ['Розробка Порядку проведення службових розслідувань', 'Розробка Порядку'],
    ['Складання графіка проведення навчань', 'Складання графіка'],
    ['Прийняття положення про уповноважений підрозділ', 'Прийняття положення'],
    ['Оприлюднення плану-графіка на офіційному сайті', 'Оприлюднення плану-графіка'],
    [
      'Розроблення, погодження та подання на затвердження проєкту антикорупційної програми',
      'Розроблення, погодження та подання на затвердження проєкту антикорупційної програми',
    ],
    ['Розроблення нової редакції Кодексу етики', 'Розроблення нової редакції Кодексу'],
    ['Затвердження переліку посад з високим корупційним ризиком', 'Затвердження переліку'],
    ['Розроблення методичних рекомендацій для працівників', 'Розроблення методичних рекомендацій'],
    ['Розробити та затвердити план заходів', 'Розробити та затвердити план'],
    ['Підготувати проєкт положення про конкурс', 'Підготувати проєкт положення'],
    ['Затвердити антикорупційну програму', 'Затвердити антикорупційну програму'],
    ['1. Розроблення інструкції з діловодства', 'Розроблення інструкції'],
    ['  «Затвердження пам’ятки для працівників»', 'Затвердження пам’ятки'],
  ])('finds the single deliverable at the start of %j', (measure, deliverable) => {
    expect(singleDeliverable(measure)).toBe(deliverable);
  });

  it.each([
    'Проведення навчань з питань запобігання корупції',
    'Забезпечення контролю за поданням декларацій',
    'Моніторинг змін законодавства',
    'Підготовка та проведення семінарів',
    'Розроблення проєктів рішень міської ради',
    'Затвердження посадових інструкцій працівників',
    'Підготовка звіту про виконання плану',
    'Підготовка рекомендацій за результатами перевірок',
    'Підготовка в установленому порядку матеріалів',
    'Прийняття рішення про проведення службового розслідування',
    'Оприлюднення інформації про виконання плану',
    'Розробити програми навчання',
    'Надання методичної допомоги',
    'Підготувати проект розпорядження про відпустки',
    '',
  ])('does not take %j for a single deliverable', (measure) => {
    expect(singleDeliverable(measure)).toBeNull();
  });

  it.each([
    'Постійно',
    'Протягом року',
    'Протягом  року',
    'Протягом року, згідно з  планом',
    'протягом 2023 року',
  ])('suggests a month for a one-off result due %j', (deadline) => {
    const fs = vague('Розроблення та затвердження антикорупційної програми', deadline);
    expect(fs.map((f) => `${f.rule}@${f.cell}`)).toEqual(['deadline-too-vague@C3']);
    expect(fs[0].severity).toBe('info');
    expect(fs[0].params).toMatchObject({
      deliverable: 'Розроблення та затвердження антикорупційної програми',
      text: deadline.trim(),
      year: '2023',
    });
  });

  it.each([
    'Березень 2023 року',
    'до кінця року',
    'Щокварталу',
    'У разі потреби',
    'Постійно, до 01.03.2023',
    'протягом року, у березні',
    'Згідно з планом',
  ])('leaves a deadline %j alone: it names a date, an end, a rhythm or a condition', (deadline) => {
    expect(vague('Розроблення та затвердження антикорупційної програми', deadline)).toEqual([]);
  });

  it.each([
    'Розроблення плану заходів та забезпечення його виконання',
    'Затвердження плану навчань, моніторинг його виконання',
    'Розроблення та щокварталу оновлення плану',
    'Підготовка плану на постійній основі',
    'Затвердження графіка у разі потреби',
    'Складання переліку кожного року',
  ])('leaves recurring work alone: %j', (measure) => {
    expect(vague(measure, 'Постійно')).toEqual([]);
  });

  it('says what to write, in both languages, on the deadline cell', () => {
    const [f] = vague('Підготовка плану роботи на 2024 рік', 'Протягом року');
    expect(formatFinding(f, 'uk')).toBe(
      'Лист1!C3: захід 1: «Підготовка плану» — разовий результат, а термін «Протягом року» не називає, коли його чекати; зазначте місяць, наприклад «Березень 2023 року»',
    );
    expect(formatFinding(f, 'en')).toBe(
      'Лист1!C3: measure 1: "Підготовка плану" is a one-off result, but the deadline "Протягом року" does not say when it is due; name a month, e.g. "Березень 2023 року"',
    );
  });

  it('looks for the opening in the first words only, however long the measure', () => {
    expect(singleDeliverable(`Розроблення ${'та затвердження '.repeat(20000)}плану`)).toBeNull();
    expect(vague(`Затвердження плану ${'і моніторинг '.repeat(20000)}`, 'Постійно')).toEqual([]);
  });

  it('finds nothing in the seed plan: its open deadlines all belong to recurring work', async () => {
    const res = readPlan(await sampleGrid());
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    const open = res.plan.measures.filter((m) => m.deadline.kind === 'continuous');
    expect(open.length).toBeGreaterThan(15);
    expect(validate(res.plan, { asOf: '2024-01-15' }).filter((f) => f.rule === 'deadline-too-vague')).toEqual(
      [],
    );
  });
});
