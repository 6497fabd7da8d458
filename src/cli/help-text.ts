// What `--help` says about every command, argument and option, in the language of the run (Ukrainian
// first, English second), and the examples each command's help ends with. The commands' own descriptions
// live with their other messages (messages.ts, year-messages.ts, round-trip-messages.ts).
import type { Lang } from '../core/i18n/lang';

const UK = {
  arg: {
    plan: 'книга з планом (.xlsx)',
    plans: 'книги з планом (.xlsx) або теки з ними; кілька — перевірити всі за один запуск',
    answers: 'повернуті запити (.xlsx)',
  },
  opt: {
    sheet: 'аркуш із планом (типово перший, що містить план)',
    asOf: 'дата, станом на яку перевіряти (типово сьогодні)',
    positions: 'перелік посад: .txt (по одній на рядок) або .xlsx (перший стовпець)',
    period: 'звітний період: 2024-H1, 2024-H2, 2024-Q1…Q4, 2024-9M, 2024 або РРРР-ММ-ДД..РРРР-ММ-ДД',
    lang: 'мова повідомлень і довідки: uk (типово) або en',
    json: 'вивести JSON для скриптів (кілька файлів — один об’єкт на рядок)',
    jsonOne: 'вивести один об’єкт JSON для скриптів',
    verbose: 'для кількох файлів: усі зауваження кожного файлу, а не лише підсумок',
    generateOut: 'куди записати звіт (типово <назва>-звіт.xlsx поруч)',
    extra: 'додаткові стовпці: status,actualDate',
    format: 'формат звіту: xlsx (типово), docx або xlsx,docx',
    force: 'перезаписати наявний файл',
    snapshotAsOf: 'дата стану (типово сьогодні або кінець --period)',
    since: 'порівняти зі знімком на цю дату (типово з останнім раніше)',
    snapshotOut: 'нова книга (типово <назва>-стан-<дата>.xlsx поруч)',
    nextYearOut: 'нова книга (типово назва з наступним роком поруч)',
    requestsOut: 'тека для запитів (створюється, якщо її немає)',
    due: (days: number) => `надати відповідь до (типово через ${days} днів)`,
    requestsAsOf: 'станом на (типово сьогодні)',
    requestsForce: 'перезаписати наявні файли запитів',
    mergeOut: 'нова книга з внесеними відповідями',
    prefer: 'при розбіжності: answers — брати відповідь, plan — текст плану (типово)',
    mergeAsOf: 'дата для перевірки об’єднаного плану (типово сьогодні)',
    mergeForce: 'перезаписати наявний файл результату',
    help: 'показати цю довідку',
    version: 'показати номер версії',
    helpCommand: 'показати довідку про команду',
  },
  examples: 'Приклади:',
  exitCodes:
    'Коди виходу: 0 — усе гаразд; 1 — у плані є помилки (merge: не все внесено як є);\n' +
    '2 — запуск не вдався (файл не прочитано, неправильні аргументи, не вдалося записати);\n' +
    '141 — вивід обірвано (наприклад, | head), решту не надруковано.',
  example: {
    program: [
      'npx plan-report check план-2024.xlsx',
      'npx plan-report generate план-2024.xlsx -o звіт.xlsx',
      'npx plan-report help check',
    ],
    check: [
      'npx plan-report check план-2024.xlsx --as-of 2024-07-01',
      'npx plan-report check план-2024.xlsx --period 2024-H1 --json',
      'npx plan-report check плани/            # усі .xlsx теки, рядок на файл і підсумок',
      'npx plan-report check плани/ --json > перевірка.ndjson',
    ],
    generate: [
      'npx plan-report generate план-2024.xlsx',
      'npx plan-report generate план-2024.xlsx --period 2024-H1 --format xlsx,docx',
    ],
    snapshot: ['npx plan-report snapshot план-2024.xlsx --period 2024-H1'],
    'next-year': ['npx plan-report next-year план-2024.xlsx -o план-2025.xlsx'],
    requests: ['npx plan-report requests план-2024.xlsx -o запити --due 2024-07-10'],
    merge: ['npx plan-report merge план-2024.xlsx запити/*.xlsx -o план-2024-з-відповідями.xlsx'],
  },
};

type HelpText = typeof UK;

const EN: HelpText = {
  arg: {
    plan: 'the plan workbook (.xlsx)',
    plans: 'plan workbooks (.xlsx) or folders of them; several are checked in one run',
    answers: 'the returned requests (.xlsx)',
  },
  opt: {
    sheet: 'the sheet holding the plan (default: the first that holds one)',
    asOf: 'the date to check as of (default: today)',
    positions: 'list of positions: .txt (one per line) or .xlsx (first column)',
    period: 'reporting period: 2024-H1, 2024-H2, 2024-Q1…Q4, 2024-9M, 2024 or YYYY-MM-DD..YYYY-MM-DD',
    lang: 'language of messages and help: uk (default) or en',
    json: 'print JSON for scripts (several files: one object per line)',
    jsonOne: 'print one JSON object for scripts',
    verbose: 'with several files: every finding of each file, not only its summary',
    generateOut: 'where to write the report (default: <name>-звіт.xlsx beside it)',
    extra: 'extra columns: status,actualDate',
    format: 'report format: xlsx (default), docx or xlsx,docx',
    force: 'overwrite an existing file',
    snapshotAsOf: 'the date of the state (default: today or the end of --period)',
    since: 'compare with the snapshot of this date (default: the latest earlier one)',
    snapshotOut: 'the new workbook (default: <name>-стан-<date>.xlsx beside it)',
    nextYearOut: 'the new workbook (default: the name with the next year, beside it)',
    requestsOut: 'folder for the requests (created if missing)',
    due: (days: number) => `reply-by date (default: in ${days} days)`,
    requestsAsOf: 'as of (default: today)',
    requestsForce: 'overwrite existing request files',
    mergeOut: 'the new workbook with the answers merged',
    prefer: 'on a conflict: answers — take the answer, plan — keep the plan’s text (default)',
    mergeAsOf: 'the date to check the merged plan as of (default: today)',
    mergeForce: 'overwrite an existing output',
    help: 'show this help',
    version: 'show the version number',
    helpCommand: 'show help for a command',
  },
  examples: 'Examples:',
  exitCodes:
    'Exit codes: 0 — all fine; 1 — the plan has errors (merge: not everything taken as given);\n' +
    '2 — the run could not be done (unreadable file, bad arguments, could not write);\n' +
    '141 — the output was cut off (e.g. | head); the rest was not printed.',
  example: {
    program: [
      'npx plan-report check plan-2024.xlsx --lang en',
      'npx plan-report generate plan-2024.xlsx -o report.xlsx --lang en',
      'npx plan-report help check --lang en',
    ],
    check: [
      'npx plan-report check plan-2024.xlsx --as-of 2024-07-01 --lang en',
      'npx plan-report check plan-2024.xlsx --period 2024-H1 --json',
      'npx plan-report check plans/ --lang en   # every .xlsx of the folder, a line per file and a total',
      'npx plan-report check plans/ --json > checks.ndjson',
    ],
    generate: [
      'npx plan-report generate plan-2024.xlsx --lang en',
      'npx plan-report generate plan-2024.xlsx --period 2024-H1 --format xlsx,docx --lang en',
    ],
    snapshot: ['npx plan-report snapshot plan-2024.xlsx --period 2024-H1 --lang en'],
    'next-year': ['npx plan-report next-year plan-2024.xlsx -o plan-2025.xlsx --lang en'],
    requests: ['npx plan-report requests plan-2024.xlsx -o requests --due 2024-07-10 --lang en'],
    merge: ['npx plan-report merge plan-2024.xlsx requests/*.xlsx -o plan-2024-merged.xlsx --lang en'],
  },
};

export function helpText(lang: Lang): HelpText {
  return lang === 'uk' ? UK : EN;
}

/** The block after a command's help: its examples (and for the program, the exit codes). */
export function examplesBlock(lang: Lang, command: keyof HelpText['example']): string {
  const t = helpText(lang);
  const lines = ['', t.examples, ...t.example[command].map((e) => `  ${e}`)];
  if (command === 'program') lines.push('', t.exitCodes);
  return lines.join('\n');
}
