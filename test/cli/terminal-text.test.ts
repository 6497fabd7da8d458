import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { terminalBlock, terminalLine, terminalLines } from '../../src/cli/terminal-text';
import { runCli } from './run-cli';

const HOSTILE = '\x1b[2J\x1b]0;title\x07';
// Anything a terminal would obey: C0 but the line break, DEL, C1, the bidi overrides and isolates.
// eslint-disable-next-line no-control-regex
const OBEYED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-terminal-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('terminalLine', () => {
  it('writes every control character, line break and bidi override as a visible escape', () => {
    expect(terminalLine(`a${HOSTILE}b`)).toBe('a\\u001b[2J\\u001b]0;title\\u0007b');
    expect(terminalLine('1\n2\r\n3\t4\x7f\x9b\u202e\u2066')).toBe(
      '1\\n2\\r\\n3\\t4\\u007f\\u009b\\u202e\\u2066',
    );
    expect(terminalLine('Абзац «лапки» — 2024 ✓ 😀')).toBe('Абзац «лапки» — 2024 ✓ 😀');
  });

  it('a block keeps its own line breaks; text laid out in lines keeps them too', () => {
    expect(terminalBlock(['a\nb', 'c'])).toBe('a\\nb\nc\n');
    expect(terminalLines(`x${HOSTILE}\ny\n`)).toBe('x\\u001b[2J\\u001b]0;title\\u0007\ny\n');
  });
});

async function hostilePlan(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('План');
  ws.addRow(['ПЛАН заходів щодо запобігання корупції на 2023 рік']);
  ws.addRow([]);
  ws.addRow(['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід']);
  ws.addRow(['І. Організаційні заходи']);
  ws.addRow([1, 'Моніторинг', `колись${HOSTILE}\u202eпотім\nще`, 'Начальник відділу', 'Проведено']);
  await wb.xlsx.writeFile(file);
}

describe('cell text on the terminal', () => {
  it('check prints the escape sequences of a cell visibly, on one line; --json keeps them exact', async () => {
    const file = path.join(dir, 'plan.xlsx');
    await hostilePlan(file);
    const text = await runCli(['check', file, '--as-of', '2023-06-15']);
    const json = await runCli(['check', file, '--as-of', '2023-06-15', '--json']);
    const parsed = JSON.parse(json.stdout) as { measures: { deadline: { text: string } }[] };
    // JSON has the cell as the reader gives it (the reader's exactness is tested with the reader)…
    const cell = parsed.measures[0].deadline.text;
    expect(cell).toContain('\u202eпотім\nще');
    expect(json.stdout).toContain('\u202e');
    // …and the text report the same characters, each one that could drive a terminal made visible.
    expect(text.stdout).toContain(`«${terminalLine(cell)}»`);
    expect(text.stdout).toMatch(/\\u202eпотім\\nще» не розпізнано/);
    expect(text.stdout).not.toMatch(OBEYED);
  });

  it('the same in a batch, and a file name or an error naming it cannot drive the terminal either', async () => {
    const named = path.join(dir, `plan${HOSTILE}.xlsx`);
    await hostilePlan(named);
    const batch = await runCli(['check', dir, '--verbose', '--as-of', '2023-06-15']);
    expect(batch.stdout).toMatch(/plan\\u001b\[2J\\u001b\]0;title\\u0007\.xlsx/);
    expect(batch.stdout).not.toMatch(OBEYED);
    const generated = await runCli(['generate', named, '-o', path.join(dir, 'out.xlsx')]);
    expect(generated.code).toBe(0);
    expect(generated.stdout).not.toMatch(OBEYED);
    const missing = await runCli(['check', `нема${HOSTILE}.xlsx`], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/нема\\u001b\[2J/);
    expect(missing.stderr).not.toMatch(OBEYED);
  });
});
