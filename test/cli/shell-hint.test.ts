import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { commandHint, shellArg } from '../../src/cli/shell-hint';
import { runCli } from './run-cli';
import { SAMPLE } from './workbooks';

describe('hints name the command as it runs after npm ci', () => {
  it('quotes a file name only where a shell would split or expand it', () => {
    expect(shellArg('плани/план-2024.xlsx')).toBe('плани/план-2024.xlsx');
    expect(shellArg('мій план.xlsx')).toBe('"мій план.xlsx"');
    expect(shellArg('план $1.xlsx')).toBe("'план $1.xlsx'");
    expect(shellArg("it's $x.xlsx")).toBe(`'it'\\''s $x.xlsx'`);
    expect(commandHint('check', 'a b.xlsx')).toBe('npx plan-report check "a b.xlsx"');
  });

  it('generate on a plan with errors: the check to run is `npx plan-report check …`', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-hint-'));
    try {
      const input = path.join(dir, 'мій план.xlsx');
      await fs.copyFile(SAMPLE, input);
      const uk = await runCli(['generate', 'мій план.xlsx'], { cwd: dir });
      expect(uk.stdout).toMatch(/перегляньте їх перед публікацією: npx plan-report check "мій план\.xlsx"$/m);
      const en = await runCli(['generate', 'мій план.xlsx', '--force', '--lang', 'en'], { cwd: dir });
      expect(en.stdout).toMatch(/review them before publishing: npx plan-report check "мій план\.xlsx"$/m);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
