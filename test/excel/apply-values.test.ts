// What «Застосувати» writes, cell by cell: texts exactly as written (never turned into a number, a date or a
// formula by Excel), a date as a date where the plan's cell shows dates and as its dotted text elsewhere, and
// never a formula cell (listed as a conflict instead).
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AnswerUpload } from '../../src/app/requests-service';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { answerRequest } from '../cli/answer-script';
import { FakeExcel, type SeedSheet } from './fake-excel';
import { cellKey, defaultFormat } from './fake-excel/model';
import { serviceFor, syncsOf } from './plan-fixture';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'excel-apply-values-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const WHO = 'Начальник загального відділу';
const DATE_FORMAT = 'dd.mm.yyyy';

function plan(): SeedSheet {
  return {
    name: 'План',
    rows: [
      ['ПЛАН заходів щодо запобігання корупції на 2023 рік'],
      [
        '№ з/п',
        'Заплановані заходи',
        'Термін виконання',
        'Відповідальні',
        'Проведений захід',
        'Статус',
        'Дата виконання',
      ],
      [1, 'Оприлюднити звіт', 'Грудень 2023 року', WHO, null, null, null],
      [
        2,
        'Провести навчання',
        'Протягом року',
        WHO,
        { formula: '=Лист2!A1', value: 'З іншого аркуша' },
        null,
        null,
      ],
      [3, 'Перевірити декларації', 'Квітень 2023 року', WHO, null, null, null],
    ],
    merges: ['A1:G1'],
  };
}

describe('values written into the plan', () => {
  // Formula cells found by Range.getSpecialCells (ExcelApi 1.9), or by reading `formulas` before it.
  it.each(['1.19', '1.8'])(
    'keeps texts as written, dates as dates where the cell shows dates, and never writes a formula cell (ExcelApi %s)',
    async (apiVersion) => {
      const fake = new FakeExcel([plan()], { apiVersion });
      // Measure 3's actual date cell is formatted as a date; measure 1's is General.
      fake
        .sheet('План')
        .cells.set(cellKey(4, 6), { value: '', format: { ...defaultFormat(), numberFormat: DATE_FORMAT } });
      fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: '2024-01-15' }));
      const service = serviceFor(fake);
      const made = await service.createRequests('2024-01-29');
      expect(made.files).toHaveLength(1);
      const src = path.join(dir, 'request.xlsx');
      const dest = path.join(dir, 'answer.xlsx');
      await fs.writeFile(src, made.files[0].bytes);
      await answerRequest(src, dest, (s) =>
        s
          .set(1, 'execution', '2024')
          .set(1, 'actualDate', new Date('2023-12-05T00:00:00Z'))
          .set(1, 'status', 'Виконано')
          .set(2, 'execution', '=1+1 — так записано у відповіді')
          .set(3, 'execution', '-5 % витрат')
          .set(3, 'actualDate', new Date('2023-04-20T00:00:00Z')),
      );
      const files: AnswerUpload[] = [{ name: 'answer.xlsx', bytes: await fs.readFile(dest) }];
      const preview = await service.previewAnswers(files, 'answers');
      expect(preview.report.conflicts.map((c) => [c.cell, c.kind])).toEqual([['E4', 'formula']]);
      expect(preview.changes.map((c) => c.cell).sort()).toEqual(['E3', 'E5', 'F3', 'G3', 'G5']);
      expect(await syncsOf(fake, () => service.applyAnswers(files, preview))).toBe(5);
      const cell = (address: string) => {
        const m = /^([A-Z])(\d+)$/.exec(address)!;
        return fake.sheet('План').cells.get(cellKey(Number(m[2]) - 1, m[1].charCodeAt(0) - 65));
      };
      expect(cell('E3')?.value).toBe('2024');
      expect(cell('E5')?.value).toBe('-5 % витрат');
      expect(cell('F3')?.value).toBe('Виконано');
      // General: the dotted text, kept a text. Formatted as a date: the serial, the format untouched.
      expect(cell('G3')?.value).toBe('05.12.2023');
      expect(cell('G5')?.value).toBe(45036);
      expect(cell('G5')?.format.numberFormat).toBe('dd.mm.yyyy');
      // The formula cell keeps its formula.
      expect(cell('E4')?.formula).toBe('=Лист2!A1');
    },
  );
});
