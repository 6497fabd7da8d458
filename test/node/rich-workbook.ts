// A plan workbook with everything a merge must leave alone: extra sheets (one with formulas), merged cells,
// column widths, conditional formats, data validation, defined names, a date-formatted column, and a chart
// (ExcelJS cannot write charts, so its parts — chart, drawing, their relationships and content types — are
// added as raw XML after ExcelJS wrote the rest).
import ExcelJS from 'exceljs';
import { patchZip } from './fixtures';

export const RICH_PLAN_SHEET = 'План';

export async function richPlanWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet('Нотатки');
  notes.getCell('A1').value = 'Службові нотатки';
  notes.getCell('A2').value = 12;
  notes.getCell('A3').value = { formula: 'A2*2', result: 24 };

  const ws = wb.addWorksheet(RICH_PLAN_SHEET);
  ws.columns = [
    { width: 6 },
    { width: 40 },
    { width: 16 },
    { width: 28 },
    { width: 50 },
    { width: 16 },
    { width: 14 },
  ];
  ws.getCell('A1').value = 'ПЛАН заходів щодо запобігання корупції на 2023 рік';
  ws.mergeCells('A1:G1');
  ws.addRow([]);
  ws.addRow([
    '№ з/п',
    'Заплановані заходи',
    'Термін виконання',
    'Відповідальні особи',
    'Проведений захід',
    'Стан виконання',
    'Фактична дата виконання',
  ]);
  ws.addRow(['І. Організаційні заходи']);
  ws.mergeCells('A4:G4');
  const wrap: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: 'top' } };
  const rows: ExcelJS.CellValue[][] = [
    [
      1,
      'Моніторинг змін законодавства',
      'Постійно',
      'Юридичний відділ',
      'Моніторинг проводиться щомісяця',
      'Виконується',
      null,
    ],
    [2, 'Навчання працівників', 'Грудень 2023 року', 'Відділ кадрів', null, null, null],
    [3, 'Перевірка декларацій', 'До 01.04.2023', 'Відділ кадрів\nЮридичний відділ', null, null, null],
    [
      4,
      'Звіт про виконання плану',
      'Січень 2023 року',
      'Юридичний відділ',
      { formula: '"див. "&B5', result: 'див. Моніторинг змін законодавства' },
      null,
      null,
    ],
  ];
  for (const r of rows) {
    const row = ws.addRow(r);
    // Each cell its own style object: ExcelJS shares one object by reference, and numFmt would reach all.
    for (let c = 1; c <= 7; c++)
      row.getCell(c).style = { ...wrap, ...(c === 7 ? { numFmt: 'dd.mm.yyyy' } : {}) };
  }
  ws.addRow(['ІІ. Інше']);
  ws.mergeCells('A9:G9');
  const last = ws.addRow([
    5,
    'Оновлення антикорупційної програми',
    'Грудень 2023 року',
    'Юридичний відділ',
    null,
  ]);
  last.getCell(7).style = { numFmt: 'dd.mm.yyyy' };
  ws.addConditionalFormatting({
    ref: 'E5:E10',
    rules: [
      {
        type: 'containsText',
        operator: 'containsBlanks',
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      } as ExcelJS.ConditionalFormattingRule,
    ],
  });
  for (let r = 5; r <= 10; r++)
    ws.getCell(`F${r}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"Виконано,Виконано частково,Виконується,Не виконано,Не розпочато"'],
    };
  wb.definedNames.add(`'${RICH_PLAN_SHEET}'!$B$5:$B$10`, 'Заходи');
  wb.definedNames.add(`'Нотатки'!$A$2`, 'Кількість');

  const summary = wb.addWorksheet('Зведення');
  summary.addRow(['Стан', 'Кількість']);
  summary.addRow(['Виконано', 3]);
  summary.addRow(['Не виконано', 2]);

  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return patchZip(bytes, (files) => {
    const sheetPart = 'xl/worksheets/sheet3.xml';
    const sheet = String(files.get(sheetPart));
    files.set(
      sheetPart,
      sheet
        .replace('</worksheet>', '<drawing r:id="rIdChart1"/></worksheet>')
        .replace(/<worksheet ([^>]*)>/, (m, a: string) =>
          a.includes('xmlns:r=')
            ? m
            : `<worksheet ${a} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`,
        ),
    );
    files.set(
      'xl/worksheets/_rels/sheet3.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
    );
    files.set('xl/drawings/drawing1.xml', DRAWING);
    files.set(
      'xl/drawings/_rels/drawing1.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
    );
    files.set('xl/charts/chart1.xml', CHART);
    const types = String(files.get('[Content_Types].xml'));
    files.set(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
      ),
    );
  });
}

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Діаграма 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Стан виконання</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:pieChart><c:varyColors val="1"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'Зведення'!$A$2:$A$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'Зведення'!$B$2:$B$3</c:f></c:numRef></c:val></c:ser></c:pieChart></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
