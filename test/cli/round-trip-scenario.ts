// The round trip the officer makes, scripted on the sample plan: requests out, six departments' answers
// (edited the way people edit them), a few files that are no answers, and the plan reworded meanwhile.
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { answerRequest } from './answer-script';
import { runCli } from './run-cli';
import { SAMPLE, writeNoPlan } from './workbooks';

export const OFFICER = 'Начальник відділу з питань запобігання та протидії корупції';
export const DIGITAL = 'Відділ цифрового розвитку, програмно-технічного забезпечення і захисту інформації';
export const TEXTS = {
  m1: 'Моніторинг законодавства проводився щотижня; зміни доводилися на нарадах.',
  m5: 'Додатково оприлюднено 15 рішень.',
  m9: 'Проведення перевірок — уточнено',
  m18: 'Проведено 3 навчання:\n12.10.2023 — для керівників;\n14.11.2023 і 05.12.2023 — для працівників.',
  m19: 'Декларації подали всі 41 працівник, повідомлень про порушення строків немає.',
  m25: 'Систему електронного документообігу оновлено.',
  extra: 'Проведено опитування працівників щодо корупційних ризиків.',
};

export interface Scenario {
  dir: string;
  plan: string;
  requests: string;
  answers: string[];
}

export async function roundTripScenario(dir: string): Promise<Scenario> {
  const requests = path.join(dir, 'запити');
  const out = await runCli([
    'requests',
    SAMPLE,
    '-o',
    requests,
    '--as-of',
    '2024-01-15',
    '--due',
    '2024-01-29',
  ]);
  if (out.code !== 0) throw new Error(out.stderr);
  const req = (person: string) => path.join(requests, `${person}.xlsx`);
  const ans = (name: string) => path.join(dir, 'відповіді', name);
  await fs.mkdir(path.join(dir, 'відповіді'));

  // The officer's own department: sorted a block, a partial sort, a deleted row, an extra row, a locked
  // cell edited, a conflicting text, a status word not on the list, answers for columns the plan lacks.
  await answerRequest(req(OFFICER), ans('1-відділ-запобігання.xlsx'), (s) => {
    s.reverse([17, 18, 19, 21, 22, 24]);
    s.swap(2, 3, false);
    s.delete(7);
    s.set(1, 'execution', TEXTS.m1);
    s.set(9, 'measure', TEXTS.m9);
    s.set(10, 'status', 'Зроблено');
    s.set(18, 'execution', TEXTS.m18)
      .set(18, 'status', 'Виконано')
      .set(18, 'actualDate', new Date('2023-12-05T00:00:00Z'));
    s.append([null, 'Опитування працівників', null, TEXTS.extra]);
  });
  // Returned unchanged.
  await fs.copyFile(req('Начальник загального відділу'), ans('2-загальний.xlsx'));
  // Added to the pre-filled text of measure 5: the plan's text differs now.
  const five = await planText(11);
  await answerRequest(req('Начальник організаційного відділу'), ans('3-організаційний.xlsx'), (s) =>
    s.set(5, 'execution', `${five}\n${TEXTS.m5}`),
  );
  // Measure 19 answered (it was empty); measure 20's text deleted.
  await answerRequest(req('Головний спеціаліст з кадрової роботи'), ans('4-кадри.xlsx'), (s) =>
    s.set(19, 'execution', TEXTS.m19).set(20, 'execution', null),
  );
  // Answers measure 25, which the officer reworded in the plan meanwhile.
  await answerRequest(req(DIGITAL), ans('6-цифровий.xlsx'), (s) => s.set(25, 'execution', TEXTS.m25));
  // Files that are no answers: a workbook of notes, the plan itself, a cut-off request, a CSV renamed.
  await writeNoPlan(ans('7-нотатки.xlsx'));
  const bytes = await fs.readFile(req(DIGITAL));
  await fs.writeFile(ans('8-обрізаний.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
  await fs.writeFile(ans('9-таблиця.xlsx'), '№;Захід\n1;Моніторинг\n');

  // The plan as it is at merge time: measure 25 reworded.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const cell = wb.worksheets[0].getCell('B35');
  cell.value = `${String(cell.value)} (у новій редакції)`;
  const plan = path.join(dir, 'план.xlsx');
  await wb.xlsx.writeFile(plan);

  const answers = [
    '1-відділ-запобігання.xlsx',
    '2-загальний.xlsx',
    '3-організаційний.xlsx',
    '4-кадри.xlsx',
    '6-цифровий.xlsx',
    '7-нотатки.xlsx',
    '8-обрізаний.xlsx',
    '9-таблиця.xlsx',
  ].map(ans);
  return { dir, plan, requests, answers: [...answers, SAMPLE] };
}

async function planText(row: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return String(wb.worksheets[0].getCell(`E${row}`).value);
}
