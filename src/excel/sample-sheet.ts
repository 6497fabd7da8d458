// «Вставити зразок плану»: a new sheet holding the core's example plan, so a first-time user sees what a plan
// looks like and the pane has one to read. It is marked as ours by a defined name with our prefix
// (`anticorruption_plan_addin.sample_plan`, core/report/sheet-marks.ts) and says on its first row that it
// is an example; it is not a generated role, so it is read as a plan like the user's own. Two round trips.
import { SAMPLE_SHEET, samplePlanRows, PLAN_COLUMNS } from '../core/plan/sample-plan';
import { MARK_PREFIX } from '../core/report/sheet-marks';
import type { Lang } from '../core/i18n/lang';
import { type IsSetSupported, OPTIONAL_REQUIREMENTS, supports } from './requirements';
import { parseSettings, SETTINGS_KEY } from './settings';

export const SAMPLE_MARK = `${MARK_PREFIX}sample_plan`;

/** `Зразок плану`, else `Зразок плану (2)` …, unique as Excel compares names (without case). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})`;
  return name;
}

const WIDTHS = [6, 48, 20, 34, 40]; // characters, as the columns of PLAN_COLUMNS

/** The example is a plan for the year of the date the pane checks as of (the settings', else today). */
export async function insertSamplePlan(
  context: Excel.RequestContext,
  today: string,
  lang: Lang,
  isSet: IsSetSupported,
): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const stored = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  stored.load('value');
  const withNames = supports(isSet, OPTIONAL_REQUIREMENTS.names);
  const names = withNames ? context.workbook.names : null;
  names?.load('items/name');
  await context.sync();
  const settings = stored.isNullObject ? null : parseSettings(stored.value);
  const year = Number((settings?.asOf ?? today).slice(0, 4));

  const name = freeSheetName(
    SAMPLE_SHEET,
    sheets.items.map((s) => s.name),
  );
  const rows = samplePlanRows(year, lang);
  const width = PLAN_COLUMNS.length;
  const ws = sheets.add(name);
  const last = String.fromCharCode(64 + width);
  const all = ws.getRange(`A1:${last}${rows.length}`);
  all.values = rows;
  all.format.wrapText = true;
  all.format.verticalAlignment = 'Top';
  const note = ws.getRange(`A1:${last}1`);
  note.format.font.bold = true;
  note.format.font.color = '#9C5700';
  note.format.fill.color = '#FFEB9C';
  ws.getRange(`A4:${last}4`).format.font.bold = true;
  WIDTHS.forEach((w, i) => {
    ws.getRange(`${String.fromCharCode(65 + i)}:${String.fromCharCode(65 + i)}`).format.columnWidth = w * 7;
  });
  ws.tabColor = '#FFC000';
  if (names) {
    const taken = new Set(names.items.map((n) => n.name.toLowerCase()));
    let mark = SAMPLE_MARK;
    for (let n = 2; taken.has(mark.toLowerCase()); n++) mark = `${SAMPLE_MARK}_${n}`;
    names.add(
      mark,
      ws.getRange('A1'),
      'Зразок плану, вставлений надбудовою / an example plan the add-in inserted',
    );
  }
  ws.activate();
  await context.sync();
  return name;
}
