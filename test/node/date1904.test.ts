// Workbooks counting days from 1904 (`<workbookPr date1904="1"/>`, old Mac Excel): a deadline typed as a
// date, or left a plain number with no date format, reads as the day the sheet shows — 31.12.2023 stays
// 31.12.2023, not four years and a day earlier.
import { analyse } from '../../src/core/analyse';
import { readWorkbook } from '../../src/node/xlsx-read';
import { NS, workbookParts, zipOf } from './hostile-workbooks';

// 31.12.2023 is serial 45291 in the 1900 system and 43829 in the 1904 system.
const SERIAL_1904 = 43829;

const STYLES =
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '</styleSheet>';

const t = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

function plan1904(): Buffer {
  const rows = [
    `<row r="1">${t('A1', 'ПЛАН заходів щодо запобігання корупції на 2023 рік')}</row>`,
    `<row r="3">${t('A3', '№ з/п')}${t('B3', 'Заплановані заходи')}${t('C3', 'Термін виконання')}${t('D3', 'Відповідальні особи')}${t('E3', 'Проведений захід')}</row>`,
    `<row r="4">${t('A4', 'І. Організаційні заходи')}</row>`,
    // A date cell (date format) and a plain number with no format, both 31.12.2023 on the 1904 calendar.
    `<row r="5"><c r="A5"><v>1</v></c>${t('B5', 'Навчання')}<c r="C5" s="1"><v>${SERIAL_1904}</v></c>${t('D5', 'Начальник відділу')}${t('E5', 'Проведено')}</row>`,
    `<row r="6"><c r="A6"><v>2</v></c>${t('B6', 'Звіт')}<c r="C6"><v>${SERIAL_1904}</v></c>${t('D6', 'Начальник відділу')}${t('E6', 'Подано')}</row>`,
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const parts = workbookParts(xml, { date1904: true });
  parts['xl/styles.xml'] = STYLES;
  parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace(
    '</Relationships>',
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace(
    '</Types>',
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  );
  return zipOf(parts);
}

describe('the 1904 date system', () => {
  it('a date cell and a plain serial both read as 31.12.2023', async () => {
    const wb = await readWorkbook(plan1904());
    const grid = wb.sheets[0].grid;
    expect(grid.date1904).toBe(true);
    expect(grid.rows[4][2]).toEqual({ date: '2023-12-31' });
    const result = analyse(grid, { asOf: '2024-01-15' });
    if (!result.ok) throw new Error('no plan read');
    const deadlines = result.plan.measures.map((m) => m.deadline);
    expect(deadlines.map((d) => JSON.stringify(d))).toEqual(
      deadlines.map(() => expect.stringContaining('2023-12-31')),
    );
  });
});
