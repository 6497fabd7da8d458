// Plans for the host's tests, built programmatically at any size, laid out like the seed (title, one
// header row, section rows merged across A:E, one row per measure).
import type { Grid } from '../../src/core/grid';
import { createExcelPlanService, type ExcelPlanServiceDeps } from '../../src/excel';
import { GENERATED_MARK } from '../../src/core/report/sheet-spec';
import type { PlanService } from '../../src/app/plan-service';
import { FakeExcel, type RequestRecord, type SeedCell, type SeedSheet, type SheetModel } from './fake-excel';

export const TABLE = 'Виконання плану 2023';
export const SUMMARY = 'Зведення 2023';
export const POSITION = 'Начальник відділу з питань запобігання та протидії корупції';
const DEADLINES = [
  'Постійно',
  'Січень 2023 року',
  'У разі потреби',
  'ІІІ — ІV квартал 2023 року',
  'Протягом року',
];

/** A plan sheet with `measures` measures, a section every 10 of them; every 7th execution cell left empty. */
/** `compact`: short texts, so even 10,000 measures fit one request (real texts are longer: see the host's notes). */
export function planSheet(measures: number, name = 'Лист1', compact = false): SeedSheet {
  const rows: SeedCell[][] = [
    ['ВИКОНАННЯ ПЛАНУ\nзаходів щодо запобігання корупційним правопорушенням у міській раді за 2023 рік'],
    ['№\nз/п', 'Заплановані заходи', 'Термін\nвиконання', 'Відповідальні особи', 'Проведений захід'],
  ];
  const merges = ['A1:E1'];
  const numerals = ['І', 'ІІ', 'III', 'ІV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  for (let i = 0; i < measures; i++) {
    if (i % 10 === 0) {
      const numeral = numerals[(i / 10) % numerals.length];
      rows.push([`${numeral}. Розділ заходів ${i / 10 + 1}`]);
      merges.push(`A${rows.length}:E${rows.length}`);
    }
    rows.push([
      i + 1,
      compact
        ? `Захід ${i + 1}`
        : `Захід № ${i + 1}: перевірка дотримання вимог антикорупційного законодавства`,
      DEADLINES[i % DEADLINES.length],
      i % 4 === 3 ? 'Керуючий справами виконавчого комітету' : compact ? 'Секретар ради' : POSITION,
      i % 7 === 6
        ? null
        : compact
          ? 'Виконано'
          : `Проведено перевірку ${i + 1}; складено довідку від 15.03.2023`,
    ]);
  }
  return { name, rows, merges };
}

export function fakeWithPlan(
  measures: number,
  extra: SeedSheet[] = [],
  compact = false,
  opts?: ConstructorParameters<typeof FakeExcel>[1],
): FakeExcel {
  return new FakeExcel([planSheet(measures, 'Лист1', compact), ...extra], opts);
}

export const TODAY = '2024-01-15';

/** What the grid of a seed sheet would be, to compare with what the host reads. */
export function seedGrid(seed: SeedSheet): Grid {
  return { sheetName: seed.name, rows: (seed.rows ?? []) as Grid['rows'] };
}

/** The Excel host over a fake, in Ukrainian, as of TODAY, with the requirement sets the fake has. */
export function serviceFor(fake: FakeExcel, deps: ExcelPlanServiceDeps = {}): PlanService {
  return createExcelPlanService({
    run: fake.run,
    isSetSupported: fake.isSetSupported,
    displayLanguage: () => 'uk-UA',
    today: () => TODAY,
    createWorkbook: fake.createWorkbook,
    ...deps,
  });
}

/** Sheets carrying the add-in's mark. */
export function marked(fake: FakeExcel): SheetModel[] {
  return fake.wb.sheets.filter((s) => s.customProperties.get('generatedBy') === GENERATED_MARK);
}

/** Round trips an action costs. */
export async function syncsOf(fake: FakeExcel, action: () => Promise<unknown>): Promise<number> {
  const before = fake.syncs;
  await action();
  return fake.syncs - before;
}

/** The requests an action sent, as Excel received them. */
export async function requestsOf(fake: FakeExcel, action: () => Promise<unknown>): Promise<RequestRecord[]> {
  const before = fake.requests.length;
  await action();
  return fake.requests.slice(before);
}

/** Findings as `rule@cell`, sorted: what two readings of a plan must agree on. */
export function findingKeys(findings: { rule: string; cell: string }[]): string[] {
  return findings.map((f) => `${f.rule}@${f.cell}`).sort();
}

/** Our defined names (the CLI's marks too) and what each refers to: `name -> 'Sheet'!$A$1`, sorted. */
export function ourNames(fake: FakeExcel): string[] {
  return fake
    .definedNames()
    .filter((n) => n.name.startsWith('anticorruption_plan_addin.'))
    .map((n) => `${n.name} -> ${n.value}`)
    .sort();
}
