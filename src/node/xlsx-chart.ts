// Charts for the xlsx host. ExcelJS cannot write charts, so after it has written the package each ChartSpec
// becomes a DrawingML chart part (xl/charts/chartN.xml), a drawing that anchors it to its cells
// (xl/drawings/drawingN.xml), the relationships between them and the sheet, and content-type overrides.
// The chart reads its labels and counts from the sheet and carries them cached, so a reader that does not
// recalculate (LibreOffice, viewers) draws it as Excel does.
import type { ChartSpec, SheetSpec, SpecValue } from '../core/report/sheet-spec';
import { columnLetter } from '../core/grid';

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const REL_DRAWING = `${NS.r}/drawing`;
const REL_CHART = `${NS.r}/chart`;
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const FONT = 'Times New Roman';

export type PackageFiles = Record<string, Uint8Array>;

const enc = new TextEncoder();
const dec = new TextDecoder();

function xml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function ref(sheet: string, top: number, col: number, bottom: number): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const c = columnLetter(col);
  return `${quoted}!$${c}$${top + 1}:$${c}$${bottom + 1}`;
}

function column(spec: SheetSpec, col: number, top: number, bottom: number): SpecValue[] {
  const out: SpecValue[] = [];
  for (let r = top; r <= bottom; r++) out.push(spec.values[r]?.[col] ?? null);
  return out;
}

const run = (size: number, bold: boolean): string =>
  `<a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:defRPr>`;

/** A pie chart part: title, one series with data labels (count; share) and a legend. */
export function pieChartXml(spec: SheetSpec, chart: ChartSpec): string {
  const { categories: cat, values: val } = chart;
  const labels = column(spec, cat.left, cat.top, cat.bottom);
  const numbers = column(spec, val.left, val.top, val.bottom);
  const strPts = labels.map((v, i) => `<c:pt idx="${i}"><c:v>${xml(String(v ?? ''))}</c:v></c:pt>`).join('');
  const numPts = numbers
    .map((v, i) => (typeof v === 'number' ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''))
    .join('');
  const title = xml(chart.title);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${run(12, true)}</a:pPr>` +
    `<a:r><a:rPr lang="uk-UA" sz="1200" b="1"><a:latin typeface="${FONT}"/></a:rPr><a:t>${title}</a:t></a:r>` +
    `</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:pieChart><c:varyColors val="1"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${title}</c:v></c:tx>` +
    `<c:dLbls><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${run(10, false)}</a:pPr><a:endParaRPr lang="uk-UA"/></a:p></c:txPr>` +
    `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="1"/><c:showBubbleSize val="0"/><c:separator>; </c:separator><c:showLeaderLines val="1"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${xml(ref(spec.name, cat.top, cat.left, cat.bottom))}</c:f>` +
    `<c:strCache><c:ptCount val="${labels.length}"/>${strPts}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xml(ref(spec.name, val.top, val.left, val.bottom))}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${numbers.length}"/>${numPts}</c:numCache></c:numRef></c:val>` +
    `</c:ser><c:firstSliceAng val="0"/></c:pieChart></c:plotArea>` +
    `<c:legend><c:legendPos val="r"/><c:overlay val="0"/>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${run(10, false)}</a:pPr><a:endParaRPr lang="uk-UA"/></a:p></c:txPr></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${run(10, false)}</a:pPr><a:endParaRPr lang="uk-UA"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

/** A drawing holding each chart in the cells from its anchor to its `to` cell (one cell when none). */
function drawingXml(charts: ChartSpec[], firstId: number): string {
  const anchors = charts.map((chart, i) => {
    const to = chart.to ?? chart.anchor;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">` +
      `<xdr:from><xdr:col>${chart.anchor.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>${to.col + 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to.row + 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${firstId + i}" name="${xml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join('')}</xdr:wsDr>`
  );
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xml(r.target)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">${items.join('')}</Relationships>`;
}

/** The worksheet part of each sheet, by name, read from the workbook and its relationships. */
function sheetParts(files: PackageFiles): Map<string, string> {
  const workbook = dec.decode(files['xl/workbook.xml']);
  const rels = dec.decode(files['xl/_rels/workbook.xml.rels']);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) parts.set(unescapeXml(name), target);
  }
  return parts;
}

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );
}

/** Elements a worksheet's `<drawing>` must precede (ECMA-376 Part 1, 18.3.1.99 CT_Worksheet). */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** Adds the charts of `specs` to a package ExcelJS wrote (its parts as unzipped files), in place. */
export function addCharts(files: PackageFiles, specs: SheetSpec[]): void {
  const withCharts = specs.filter((s) => (s.charts ?? []).length > 0);
  if (!withCharts.length) return;
  const parts = sheetParts(files);
  let types = dec.decode(files['[Content_Types].xml']);
  let chartNo = 0;
  withCharts.forEach((spec, d) => {
    const sheetPart = parts.get(spec.name);
    if (!sheetPart) throw new Error(`xlsx: no worksheet part for sheet "${spec.name}"`);
    const drawing = `xl/drawings/drawing${d + 1}.xml`;
    const charts = spec.charts!;
    const chartRels = charts.map((chart, i) => {
      chartNo++;
      files[`xl/charts/chart${chartNo}.xml`] = enc.encode(pieChartXml(spec, chart));
      types = types.replace(
        '</Types>',
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/></Types>`,
      );
      return { id: `rId${i + 1}`, type: REL_CHART, target: `../charts/chart${chartNo}.xml` };
    });
    files[drawing] = enc.encode(drawingXml(charts, 2));
    files[`xl/drawings/_rels/drawing${d + 1}.xml.rels`] = enc.encode(relsXml(chartRels));
    types = types.replace(
      '</Types>',
      `<Override PartName="/${drawing}" ContentType="${CT_DRAWING}"/></Types>`,
    );

    // The sheet points at its drawing.
    const dir = sheetPart.slice(0, sheetPart.lastIndexOf('/'));
    const relsPath = `${dir}/_rels/${sheetPart.slice(dir.length + 1)}.rels`;
    const existing = files[relsPath] ? dec.decode(files[relsPath]) : relsXml([]);
    const used = new Set([...existing.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    files[relsPath] = enc.encode(
      existing.replace(
        '</Relationships>',
        `<Relationship Id="${id}" Type="${REL_DRAWING}" Target="../drawings/drawing${d + 1}.xml"/></Relationships>`,
      ),
    );
    const sheet = dec.decode(files[sheetPart]);
    const from = Math.max(0, sheet.indexOf('</sheetData>'));
    const at = from + sheet.slice(from).search(AFTER_DRAWING);
    files[sheetPart] = enc.encode(`${sheet.slice(0, at)}<drawing r:id="${id}"/>${sheet.slice(at)}`);
  });
  files['[Content_Types].xml'] = enc.encode(types);
}
