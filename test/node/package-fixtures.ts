// User workbooks with parts ExcelJS knows nothing of, for the package-level tests: a custom XML part, a
// calculation chain, defined names, validation; and the same workbook written with a namespace prefix.
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export type Parts = Record<string, Uint8Array>;

export const parts = (bytes: Uint8Array): Parts => unzipSync(bytes);
export const text = (p: Parts, name: string): string => strFromU8(p[name]);
export const zip = (p: Parts): Uint8Array => zipSync(p);

/** The sample with a custom XML part, a calculation chain and a name of the user's own. */
export function withUserParts(sample: Uint8Array): Uint8Array {
  const p = parts(sample);
  p['customXml/item1.xml'] = strToU8('<?xml version="1.0"?><office>Покровська міська рада</office>');
  p['xl/calcChain.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="F7" i="1"/><c r="F8"/></calcChain>',
  );
  const rels = text(p, 'xl/_rels/workbook.xml.rels').replace(
    '</Relationships>',
    '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
  );
  p['xl/_rels/workbook.xml.rels'] = strToU8(rels);
  p['[Content_Types].xml'] = strToU8(
    text(p, '[Content_Types].xml').replace(
      '</Types>',
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  const book = text(p, 'xl/workbook.xml').replace(
    '<definedNames>',
    '<definedNames><definedName name="Виконавці">\'Лист1\'!$D$7:$D$38</definedName>',
  );
  p['xl/workbook.xml'] = strToU8(book);
  return zip(p);
}

/** The same package with SpreadsheetML written under the prefix `x:` (as the Open XML SDK writes it). */
export function prefixed(bytes: Uint8Array): Uint8Array {
  const p = parts(bytes);
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  for (const name of ['xl/workbook.xml', 'xl/styles.xml']) {
    const xml = text(p, name)
      .replace(/<(\/?)(?![\w]+:)(\w+)/g, '<$1x:$2')
      .replace(`xmlns="${main}"`, `xmlns:x="${main}"`);
    p[name] = strToU8(xml);
  }
  return zip(p);
}

/** xmllint's verdict on every XML part (null when xmllint is not installed). */
export function malformedParts(bytes: Uint8Array): string[] | null {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xlsx-parts-'));
  try {
    const bad: string[] = [];
    for (const [name, data] of Object.entries(parts(bytes))) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const file = path.join(dir, name.replace(/[/[\]]/g, '_'));
      writeFileSync(file, data);
      try {
        execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        bad.push(name);
      }
    }
    return bad;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
