// The merge's whole pipeline on the rich workbook, without files: read, request, answer, merge, edit the package.
import { analyse } from '../../src/core/analyse';
import { buildRequests } from '../../src/core/requests/build-requests';
import { mergeAnswers } from '../../src/core/requests/merge';
import { readAnswerFile } from '../../src/core/requests/read-answers';
import type { Plan } from '../../src/core/types';
import { applyChanges, openPackage, readPlanSheet, savePackage } from '../../src/node/xlsx-answer-package';
import { readWorkbook } from '../../src/node/xlsx-read';
import { answerSheets, Respondent } from '../core/requests/answer-grids';
import { RICH_PLAN_SHEET, richPlanWorkbook } from './rich-workbook';

export async function richPlan(): Promise<{ original: Buffer; plan: Plan }> {
  const original = await richPlanWorkbook();
  const sheet = (await readWorkbook(original)).sheets.find((s) => s.name === RICH_PLAN_SHEET)!;
  const result = analyse(sheet.grid, { asOf: '2023-12-31' });
  if (!result.ok) throw new Error(result.error.details);
  return { original, plan: result.plan };
}

export const TRICKY = 'Проведено 2 наради:\n— 05.12.2023;\n— 20.12.2023 & підсумки <онлайн> _x000D_ ,  ';

export function mergeRich(original: Buffer, plan: Plan, prefer: 'plan' | 'answers' = 'plan') {
  const [legalSpec, hrSpec] = buildRequests(plan, { asOf: '2023-12-31', due: '2024-01-15' }).requests;
  const legal = new Respondent(answerSheets(legalSpec))
    .set(1, 'status', 'Виконано') // plan: Виконується -> a conflict
    .set(3, 'execution', 'Перевірено 12 декларацій')
    .set(4, 'execution', 'Звіт подано') // the plan's cell is a formula
    .set(5, 'execution', TRICKY)
    .set(5, 'actualDate', { date: '2023-12-20' });
  const hr = new Respondent(answerSheets(hrSpec))
    .set(2, 'execution', 'Навчання для 41 працівника')
    .set(2, 'actualDate', '15.12.2023');
  const pkg = openPackage(original);
  const cells = new Set(plan.measures.map((m) => `G${m.row}`));
  const sheet = readPlanSheet(pkg, RICH_PLAN_SHEET, cells);
  const result = mergeAnswers(
    plan,
    [readAnswerFile('legal.xlsx', legal.sheets), readAnswerFile('hr.xlsx', hr.sheets)],
    {
      prefer,
      formulaCells: sheet.facts.formulas,
      merges: sheet.facts.merges,
    },
  );
  const refused = applyChanges(pkg, sheet, result.changes);
  return { ...result, refused, bytes: savePackage(pkg), part: sheet.part };
}
