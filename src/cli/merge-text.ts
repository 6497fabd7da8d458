// The merge report as the CLI prints it: who answered and who did not, what was written, and every answer
// that was not taken as given, with its file and cell. Texts from the workbooks are quoted in full.
import type { Lang } from '../core/i18n/lang';
import type { MergeReport, AnswerSource } from '../core/requests/merge-types';
import { conflictText, fieldLabel, fileOutcomeText, invalidText } from '../core/requests/messages';
import { filesCount, measuresCount, numberList } from './round-trip-messages';

const q = (lang: Lang, text: string): string => (lang === 'uk' ? `«${text}»` : `"${text}"`);
const measure = (lang: Lang, n: string): string =>
  lang === 'uk' ? `захід ${n || '—'}` : `measure ${n || '—'}`;
const from = (s: AnswerSource[]): string => s.map((x) => `${x.person} (${x.file}!${x.cell})`).join('; ');

const T = {
  uk: {
    heading: (plan: string, sheet: string, files: string) =>
      `План: ${plan}, аркуш «${sheet}». Відповіді: ${files}.`,
    answered: 'Відповіли',
    notAnswered: 'Не відповіли',
    respondent: (r: MergeReport['respondents'][number]) =>
      `${r.person} (${r.file}): надіслано ${measuresCount('uk', r.measures)}, нових відповідей ${r.answered}, без змін ${r.unchanged}` +
      (r.deleted.length ? `, видалено рядків ${r.deleted.length} (${numberList(r.deleted)})` : '') +
      (r.realigned ? `, рядків зіставлено за текстом ${r.realigned}` : '') +
      (r.inPlan ? '' : '; цієї особи в плані вже немає'),
    setAside: 'Файли, з яких нічого не внесено',
    measures: (answered: number, total: number) => `Заходи: нові відповіді на ${answered} з ${total}.`,
    stillEmpty: (n: number) => `Без звіту після об’єднання: ${measuresCount('uk', n)}`,
    changes: 'Зміни в плані',
    noChanges: 'Змін у плані немає.',
    overwrites: ' (замість тексту плану)',
    cleared: 'очищено (частина того самого заходу)',
    conflicts: (prefer: boolean) =>
      prefer
        ? 'Розбіжності — взято відповіді (--prefer answers)'
        : 'Розбіжності — залишено текст плану (--prefer answers, щоб узяти відповіді)',
    inPlan: 'у плані:     ',
    inAnswer: 'у відповіді: ',
    orphans: 'Відповіді на заходи, яких у плані вже немає — не внесено',
    extraRows: 'Рядки, додані у відповідях (без ключа заходу) — не внесено',
    omitted: (n: number) => `  … і ще ${n}`,
    row: 'рядок',
    locked: 'Змінено захищені клітинки — у план не перенесено',
    planNow: 'у плані',
    invalid: 'Неправильні значення — не внесено',
    unplaced: 'Немає куди внести: у плані немає стовпця',
  },
  en: {
    heading: (plan: string, sheet: string, files: string) =>
      `Plan: ${plan}, sheet "${sheet}". Answers: ${files}.`,
    answered: 'Answered',
    notAnswered: 'Did not answer',
    respondent: (r: MergeReport['respondents'][number]) =>
      `${r.person} (${r.file}): sent ${measuresCount('en', r.measures)}, new answers ${r.answered}, unchanged ${r.unchanged}` +
      (r.deleted.length ? `, rows deleted ${r.deleted.length} (${numberList(r.deleted)})` : '') +
      (r.realigned ? `, rows matched by their text ${r.realigned}` : '') +
      (r.inPlan ? '' : '; the plan no longer names this person'),
    setAside: 'Files nothing was merged from',
    measures: (answered: number, total: number) => `Measures: new answers for ${answered} of ${total}.`,
    stillEmpty: (n: number) => `Still without a report after the merge: ${measuresCount('en', n)}`,
    changes: 'Changes to the plan',
    noChanges: 'No changes to the plan.',
    overwrites: ' (replacing the plan’s text)',
    cleared: 'emptied (part of the same measure)',
    conflicts: (prefer: boolean) =>
      prefer
        ? 'Conflicts — the answers were taken (--prefer answers)'
        : 'Conflicts — the plan’s text was kept (--prefer answers to take the answers)',
    inPlan: 'plan:   ',
    inAnswer: 'answer: ',
    orphans: 'Answers for measures the plan no longer has — not merged',
    extraRows: 'Rows added in the answers (no measure key) — not merged',
    omitted: (n: number) => `  … and ${n} more`,
    row: 'row',
    locked: 'Locked cells changed — not carried into the plan',
    planNow: 'plan',
    invalid: 'Invalid values — not merged',
    unplaced: 'Nowhere to put: the plan has no column for',
  },
};

export function mergeText(report: MergeReport, ctx: { plan: string; sheet: string; lang: Lang }): string[] {
  const { lang } = ctx;
  const t = T[lang];
  const out: string[] = [t.heading(ctx.plan, ctx.sheet, filesCount(lang, report.files.length))];
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    out.push('', `${title} (${lines.length}):`, ...lines.map((l) => `  ${l}`));
  };
  section(t.answered, report.respondents.map(t.respondent));
  section(
    t.notAnswered,
    report.notAnswered.map(
      (p) => `${p.person}: ${measuresCount(lang, p.measures.length)} (${numberList(p.measures)})`,
    ),
  );
  section(
    t.setAside,
    report.files.filter((f) => f.status !== 'merged').map((f) => `${f.file}: ${fileOutcomeText(f, lang)}`),
  );
  out.push('', t.measures(report.measures.answered, report.measures.total));
  if (report.measures.stillEmpty.length > 0)
    out.push(
      `${t.stillEmpty(report.measures.stillEmpty.length)}: ${numberList(report.measures.stillEmpty.map((m) => m.number))}.`,
    );

  const written = report.changes.map((c) => {
    const what = `${c.cell} (${measure(lang, c.measureNumber)}, ${fieldLabel(c.field, lang)})`;
    if (c.value.kind === 'clear') return `${what}: ${t.cleared}`;
    return `${what}${c.overwrites ? t.overwrites : ''}: ${q(lang, c.value.text)} — ${from(c.from)}`;
  });
  if (written.length > 0) section(t.changes, written);
  else out.push('', t.noChanges);

  const conflicts: string[] = [];
  for (const c of report.conflicts) {
    conflicts.push(
      `${c.cell} (${measure(lang, c.measureNumber)}, ${fieldLabel(c.field, lang)}): ${conflictText(c.kind, lang)}`,
    );
    conflicts.push(`  ${t.inPlan}${q(lang, c.plan)}`);
    for (const a of c.answers) conflicts.push(`  ${t.inAnswer}${q(lang, a.text)} — ${from(a.from)}`);
  }
  if (conflicts.length > 0) {
    out.push('', `${t.conflicts(report.prefer === 'answers')} (${report.conflicts.length}):`);
    out.push(...conflicts.map((l) => `  ${l}`));
  }
  section(
    t.orphans,
    report.orphans.map(
      (o) =>
        `${o.file}, ${t.row} ${o.row} (${measure(lang, o.number)} ${q(lang, o.measure)}): ` +
        Object.entries(o.answers)
          .map(([f, v]) => `${fieldLabel(f as keyof typeof o.answers, lang)} ${q(lang, v)}`)
          .join('; '),
    ),
  );
  const extra = report.extraRows.map(
    (x) =>
      `${x.file}, ${t.row} ${x.row}: ` +
      Object.entries(x.texts)
        .map(([f, v]) => `${fieldLabel(f as keyof typeof x.texts, lang)} ${q(lang, v)}`)
        .join('; '),
  );
  if (report.extraRowsOmitted > 0) extra.push(t.omitted(report.extraRowsOmitted).trim());
  section(t.extraRows, extra);
  section(
    t.locked,
    report.lockedChanged.map(
      (l) =>
        `${l.file}!${l.cell} (${measure(lang, l.measureNumber)}, ${fieldLabel(l.field, lang)}): ${q(lang, l.text)}` +
        (l.planText !== null ? `; ${t.planNow}: ${q(lang, l.planText)}` : ''),
    ),
  );
  section(
    t.invalid,
    report.invalid.map(
      (v) =>
        `${v.file}!${v.cell} (${measure(lang, v.measureNumber)}, ${fieldLabel(v.field, lang)}): ${q(lang, v.text)} — ${invalidText(v.reason, lang)}`,
    ),
  );
  section(
    t.unplaced,
    report.unplaced.map(
      (u) =>
        `${fieldLabel(u.field, lang)}, ${measure(lang, u.measureNumber)}: ${q(lang, u.text)} — ${from(u.from)}`,
    ),
  );
  return out;
}

/** Whether anything in the report was not taken as given (the exit code says so to scripts). */
export function needsAttention(r: MergeReport): boolean {
  return (
    r.files.some((f) => f.status !== 'merged') ||
    r.conflicts.length > 0 ||
    r.orphans.length > 0 ||
    r.extraRows.length > 0 ||
    r.lockedChanged.length > 0 ||
    r.invalid.length > 0 ||
    r.unplaced.length > 0
  );
}
