/** @jest-environment jsdom */
// Checks the add-in manifest the way Office would reject it: dangling resource ids, strings without an
// English override, missing or wrong-sized icons, the requirement set. (Microsoft's online validator,
// `office-addin-manifest validate`, is not reachable from this machine.)
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const all = (name: string): Element[] =>
  [...doc.getElementsByTagName('*')].filter((e) => e.localName === name);
const one = (name: string): Element => {
  const found = all(name);
  expect(found.length).toBeGreaterThan(0);
  return found[0];
};

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is well-formed XML of a task pane add-in', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  it('has a fixed GUID id, Ukrainian default locale, the Workbook host and read-write permission', () => {
    expect(one('Id').textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
    );
    expect(one('DefaultLocale').textContent).toBe('uk-UA');
    expect(one('ProviderName').textContent?.trim()).not.toBe('');
    expect(
      all('Host')
        .filter((h) => h.getAttribute('Name'))
        .map((h) => h.getAttribute('Name')),
    ).toEqual(['Workbook']);
    expect(one('Permissions').textContent).toBe('ReadWriteDocument');
    expect(one('SourceLocation').getAttribute('DefaultValue')).toBe('https://localhost:3000/taskpane.html');
  });

  it('requires ExcelApi 1.7', () => {
    const sets = one('Sets');
    expect(sets.getAttribute('DefaultMinVersion')).toBe('1.1');
    const setList = all('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(setList).toEqual([['ExcelApi', '1.7']]);
  });

  // Office picks an override by the exact UI locale, with no fallback from en-GB to en-US (learn.microsoft.com
  // /javascript/api/manifest/override): every English locale Office uses needs its own.
  const ENGLISH = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IE', 'en-IN', 'en-NZ', 'en-SG', 'en-ZA'];

  it('gives every visible string an English override for every English locale Office uses', () => {
    const localized = [
      one('DisplayName'),
      one('Description'),
      ...all('String').filter((s) => s.namespaceURI === BT),
    ];
    expect(localized.length).toBeGreaterThanOrEqual(8);
    for (const el of localized) {
      const overrides = [...el.children].filter((c) => c.localName === 'Override');
      const label = el.getAttribute('id') ?? el.localName;
      expect([label, overrides.map((o) => o.getAttribute('Locale'))]).toEqual([label, ENGLISH]);
      expect(el.getAttribute('DefaultValue')?.trim()).toBeTruthy();
      expect(new Set(overrides.map((o) => o.getAttribute('Value'))).size).toBe(1);
      expect(overrides[0].getAttribute('Value')?.trim()).toBeTruthy();
    }
    // Office truncates short strings at 125 and long strings at 250 characters.
    for (const el of all('ShortStrings').flatMap((s) => [...s.getElementsByTagNameNS(BT, 'String')])) {
      expect(el.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(125);
    }
    for (const el of all('LongStrings').flatMap((s) => [...s.getElementsByTagNameNS(BT, 'String')])) {
      expect(el.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(250);
    }
  });

  it('defines every resource id it references, and references every one it defines', () => {
    const defined = new Set(
      all('Resources').flatMap((r) =>
        [...r.getElementsByTagName('*')].map((e) => e.getAttribute('id')).filter(Boolean),
      ),
    );
    const referenced = new Set(
      [...doc.getElementsByTagName('*')]
        .map((e) => e.getAttribute('resid'))
        .filter((r): r is string => r !== null),
    );
    expect(referenced.size).toBeGreaterThan(5);
    expect([...referenced].filter((r) => !defined.has(r))).toEqual([]);
    expect([...defined].filter((d) => !referenced.has(d as string))).toEqual([]);
  });

  it('puts a group on the Home tab with the check pane button and the generate command', () => {
    const tab = one('OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const actions = all('Action').map((a) => a.getAttribute('xsi:type'));
    expect(actions).toEqual(['ShowTaskpane', 'ExecuteFunction']);
    expect(one('FunctionName').textContent).toBe('generateReport');
    const urls = Object.fromEntries(
      all('Url').map((u) => [u.getAttribute('id'), u.getAttribute('DefaultValue')]),
    );
    expect(urls[one('FunctionFile').getAttribute('resid') as string]).toBe(
      'https://localhost:3000/commands.html',
    );
    const labels = Object.fromEntries(
      all('String').map((s) => [s.getAttribute('id'), s.getAttribute('DefaultValue')]),
    );
    const buttonLabels = all('Control').map(
      (c) => labels[[...c.children].find((e) => e.localName === 'Label')!.getAttribute('resid')!],
    );
    expect(buttonLabels).toEqual(['Перевірити план', 'Сформувати звіт']);
  });

  it('points at icons that exist in assets/ with the sizes they claim', () => {
    const urls = [
      ['32', one('IconUrl').getAttribute('DefaultValue')],
      ['64', one('HighResolutionIconUrl').getAttribute('DefaultValue')],
      ...all('Image')
        .filter((i) => i.getAttribute('DefaultValue'))
        .map((i) => [
          i.getAttribute('id')!.replace(/^Icon\.(\d+)x\d+$/, '$1'),
          i.getAttribute('DefaultValue'),
        ]),
    ] as [string, string][];
    expect(urls.map(([size]) => size).sort()).toEqual(['16', '32', '32', '64', '80']);
    for (const [size, url] of urls) {
      const m = /^https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)$/.exec(url);
      expect(m).not.toBeNull();
      expect(m![2]).toBe(size);
      expect(pngSize(path.join(ROOT, m![1]))).toEqual({ width: Number(size), height: Number(size) });
    }
    // Every size Office asks for in the ribbon group and buttons is declared.
    const sizes = new Set(
      all('Image')
        .map((i) => i.getAttribute('size'))
        .filter(Boolean),
    );
    expect([...sizes].sort()).toEqual(['16', '32', '80']);
  });
});
