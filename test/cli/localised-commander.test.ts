import { runCli } from './run-cli';
import { SAMPLE } from './workbooks';

const COMMANDS = ['check', 'generate', 'snapshot', 'next-year', 'requests', 'merge'];
// commander's own English: none of it may reach a Ukrainian run.
const ENGLISH = [
  /Usage/,
  /Options/,
  /Arguments/,
  /Commands/,
  /display help/,
  /error:/i,
  /\[options\]/,
  /\[command\]/,
  /\(default:/,
  /choices/,
  /Did you mean/,
  /<name>|<file>|<YYYY-MM-DD>/,
];

describe('--help in the run’s language', () => {
  it.each([[[]], ...COMMANDS.map((c) => [[c]]), ...COMMANDS.map((c) => [['help', c]])])(
    'plan-report %j --help: Ukrainian headings, descriptions and examples, nothing of commander’s English',
    async (args) => {
      const { code, stdout, stderr } = await runCli([...args, '--help']);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^Використання: plan-report/);
      expect(stdout).toMatch(/^Параметри:$/m);
      expect(stdout).toMatch(/^Приклади:\n {2}npx plan-report/m);
      expect(stdout).toMatch(/-h, --help +показати цю довідку/);
      if (args.length === 0 || args[0] === 'help') {
        if (args.length === 0) expect(stdout).toMatch(/^Команди:$/m);
      } else expect(stdout).toMatch(/^Аргументи:$/m);
      for (const word of ENGLISH) expect(stdout).not.toMatch(word);
      // Each option's description is one language only: no "uk / en" pairs.
      expect(stdout).not.toMatch(/ \/ [a-z]/);
    },
  );

  it.each([[[]], ...COMMANDS.map((c) => [[c]])])('plan-report %j --help --lang en: English', async (args) => {
    const { code, stdout } = await runCli([...args, '--help', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: plan-report/);
    expect(stdout).toMatch(/^Options:$/m);
    expect(stdout).toMatch(/^Examples:$/m);
    expect(stdout).toMatch(/-h, --help +show this help/);
    // Only the sheet and file names the product writes are Ukrainian in English help.
    const cyrillic = stdout.replace(/«[^»]*»|"[^"]*"|-звіт|-стан|Стан на/g, '').match(/[А-Яа-яІіЇїЄєҐґ]+/g);
    expect(cyrillic).toBeNull();
  });

  it('the program’s help says the exit codes, and --version its description', async () => {
    const { stdout } = await runCli(['--help']);
    expect(stdout).toMatch(/Коди виходу: 0 .*1 .*\n2 .*\n141 /);
    expect(stdout).toMatch(/-V, --version +показати номер версії/);
  });

  it('plan-report --lang en check --help: the language may come before the command', async () => {
    const { stdout } = await runCli(['--lang', 'en', 'check', '--help']);
    expect(stdout).toMatch(/^Usage: plan-report check \[options\] <plan\.xlsx\.\.\.>/);
  });
});

describe('argument errors: one line in the run’s language, exit 2, the command’s --help named', () => {
  it.each([
    [
      ['check'],
      /^plan-report: Не вказано аргумент «план\.xlsx» команди check\. Довідка: npx plan-report check --help$/,
    ],
    [
      ['check', SAMPLE, '--frob'],
      /^plan-report: Невідомий параметр «--frob»\. Довідка: npx plan-report check --help$/,
    ],
    [['check', SAMPLE, '--jsn'], /^plan-report: Невідомий параметр «--jsn» \(можливо, --json\?\)\./],
    [
      ['chek', SAMPLE],
      /^plan-report: Невідома команда «chek» \(можливо, check\?\)\. Команди: check, generate, snapshot, next-year, requests, merge\./,
    ],
    [
      ['check', SAMPLE, '--sheet'],
      /^plan-report: Після параметра --sheet потрібне значення: --sheet <назва>\./,
    ],
    [
      ['generate', SAMPLE, 'other.xlsx'],
      /^plan-report: Забагато аргументів для команди generate: потрібно 1, отримано 2\. Довідка: npx plan-report generate --help$/,
    ],
    [['merge', SAMPLE], /^plan-report: Не вказано аргумент «відповіді» команди merge\./],
    [['check', SAMPLE, '--lang', 'de'], /^plan-report: Невідома мова --lang «de»: можна uk або en\./],
    [['--lang', 'fr'], /^plan-report: Невідома мова --lang «fr»/],
    [['--frob'], /^plan-report: Невідомий параметр «--frob»\. Довідка: npx plan-report --help$/],
    [
      ['merge', SAMPLE, 'a.xlsx', '--prefer', 'mine'],
      /^plan-report: Неправильне значення --prefer «mine»: можна answers або plan\. Довідка: npx plan-report merge --help$/,
    ],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
    for (const word of ENGLISH) expect(stderr).not.toMatch(word);
  });

  it.each([
    [
      ['check', '--lang', 'en'],
      /^plan-report: Missing the argument "plan\.xlsx" of check\. Help: npx plan-report check --help$/,
    ],
    [['check', SAMPLE, '--frob', '--lang=en'], /^plan-report: Unknown option "--frob"\./],
    [['--lang', 'en', 'chek'], /^plan-report: Unknown command "chek" \(did you mean check\?\)\./],
    [
      ['generate', SAMPLE, 'x', '--lang', 'en'],
      /^plan-report: Too many arguments for generate: expected 1, got 2\./,
    ],
    [
      ['check', SAMPLE, '--lang', 'en', '--sheet'],
      /^plan-report: The option --sheet needs a value: --sheet <name>\./,
    ],
  ])('in English: %j', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
  });

  it('no command: the help on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Використання: plan-report/);
  });
});
