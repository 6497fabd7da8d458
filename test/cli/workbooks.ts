// Small workbooks written with ExcelJS for the CLI tests.
import ExcelJS from 'exceljs';

export const SAMPLE = `${__dirname}/../../samples/plan-2023.xlsx`;

/** A tidy plan with nothing wrong in it as of mid-2023. */
export async function writeCleanPlan(
  file: string,
  extraSheets: { name: string; rows: string[][] }[] = [],
  leadingSheets: { name: string; rows: string[][] }[] = [],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of leadingSheets) {
    const lead = wb.addWorksheet(sheet.name);
    for (const row of sheet.rows) lead.addRow(row);
  }
  const ws = wb.addWorksheet('План');
  ws.addRow(['ПЛАН заходів щодо запобігання корупції на 2023 рік']);
  ws.addRow([]);
  ws.addRow(['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід']);
  ws.addRow(['І. Організаційні заходи']);
  ws.mergeCells('A4:E4');
  ws.addRow([
    1,
    'Моніторинг змін законодавства',
    'Постійно',
    'Начальник відділу',
    'Моніторинг проводиться щомісяця',
  ]);
  ws.addRow([2, 'Навчання працівників', 'Грудень 2023 року', 'Головний спеціаліст', '']);
  for (const sheet of extraSheets) {
    const extra = wb.addWorksheet(sheet.name);
    for (const row of sheet.rows) extra.addRow(row);
  }
  await wb.xlsx.writeFile(file);
}

export async function writeNoPlan(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Нотатки');
  ws.addRow(['Список покупок']);
  ws.addRow(['Папір', 'Ручки']);
  await wb.xlsx.writeFile(file);
}
