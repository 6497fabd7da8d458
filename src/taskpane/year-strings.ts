// The words of the pane's year section (periods, snapshots, changes, next year's plan), Ukrainian first and
// English second. Words the sheets also use (kinds of change, why a deadline stays) come from the core.
import type { Lang, PluralForms } from '../core/i18n/lang';

export interface YearStrings {
  heading: string;
  periodLabel: string;
  periodHint: string;
  wholePlan: string;
  customPeriod: string;
  from: string;
  to: string;
  applyPeriod: string;
  badCustom: string;
  periodInForce: (phrase: string, from: string, to: string, asOf: string) => string;
  notYetDue: (count: string) => string;
  snapshot: (date: string) => string;
  snapshotting: string;
  snapshotHint: string;
  snapshotDone: (sheet: string, replaced: boolean) => string;
  showChanges: string;
  changesHeading: (since: string, asOf: string) => string;
  changesCounts: (status: number, reported: number, overdue: number) => string;
  noChanges: string;
  noSnapshot: string;
  snapshotsKept: (dates: string) => string;
  changesSheet: (sheet: string) => string;
  measure: (number: string) => string;
  before: string;
  after: string;
  empty: string;
  nextYear: string;
  nextYearBusy: string;
  nextYearHint: string;
  nextYearMissing: string;
  nextYearDone: (years: string, sheets: string) => string;
  nextYearMoved: (count: number) => string;
  carriedOver: string;
  dropCandidates: string;
  unmoved: string;
  draftsThisPlan: string;
  newDeadline: (text: string) => string;
  yearInText: (count: number) => string;
  none: string;
  measures: PluralForms;
}

const uk: YearStrings = {
  heading: 'Рік плану',
  periodLabel: 'Звітний період',
  periodHint:
    'Перевірка, звіт і стан на дату — за цей період: терміни оцінюються на його кінець, заходи з пізнішим терміном не вважаються пропущеними.',
  wholePlan: 'Увесь період плану',
  customPeriod: 'Інші дати…',
  from: 'З',
  to: 'По',
  applyPeriod: 'Застосувати',
  badCustom: 'Вкажіть обидві дати; перша не може бути пізнішою за другу.',
  periodInForce: (phrase, from, to, asOf) =>
    `Звітний період: ${phrase} (${from} – ${to}); терміни оцінюються на ${asOf}.`,
  notYetDue: (count) => `Термін ще не настав: ${count}.`,
  snapshot: (date) => `Зафіксувати стан на ${date}`,
  snapshotting: 'Фіксація стану…',
  snapshotHint:
    'Створює аркуш «Стан на …» з тим, що записано в плані на цю дату (та аркуш змін з останнього знімка). Аркуш плану не змінюється.',
  snapshotDone: (sheet, replaced) =>
    replaced
      ? `Аркуш «${sheet}» оновлено (замість попереднього на ту саму дату).`
      : `Створено аркуш «${sheet}».`,
  showChanges: 'Що змінилося з останнього знімка',
  changesHeading: (since, asOf) => `Зміни з ${since} по ${asOf}`,
  changesCounts: (status, reported, overdue) =>
    `Змінено стан: ${status}; надійшов звіт: ${reported}; нове прострочення: ${overdue}.`,
  noChanges: 'Змін немає.',
  noSnapshot: 'У книзі ще немає знімка стану на цю дату або раніше. Зафіксуйте стан, щоб потім бачити зміни.',
  snapshotsKept: (dates) => `Знімки в книзі: ${dates}.`,
  changesSheet: (sheet) => `Записано також на аркуші «${sheet}».`,
  measure: (number) => (number ? `№ ${number}` : 'Без номера'),
  before: 'Було',
  after: 'Стало',
  empty: '(порожньо)',
  nextYear: 'План на наступний рік',
  nextYearBusy: 'Складання плану на наступний рік…',
  nextYearHint:
    'Відкриває нову книгу з планом на наступний рік: роки в заголовку й термінах перенесено, виконання очищено; ця книга не змінюється.',
  nextYearMissing:
    'Ця версія Excel не відкриває нових книг (потрібен ExcelApi 1.8: Excel 2019 або Microsoft 365). Складіть план програмою командного рядка: plan-report next-year <книга>.xlsx',
  nextYearDone: (years, sheets) =>
    `Відкрито нову книгу: план на ${years} (аркуші: ${sheets}). Збережіть її під новою назвою.`,
  nextYearMoved: (count) => `Перенесено термінів: ${count}.`,
  carriedOver: 'Не виконано — перенесено (виділено жовтим)',
  dropCandidates: 'Разові заходи, уже виконані, — кандидати на вилучення',
  unmoved: 'Терміни, які не вдалося перенести',
  draftsThisPlan: 'Захід про складання цього плану',
  newDeadline: (text) => `новий термін: ${text}`,
  yearInText: (count) => `Тексти заходів, що називають рік (не змінено, перелічено в новій книзі): ${count}.`,
  none: 'немає',
  measures: { one: 'захід', few: 'заходи', many: 'заходів' },
};

const en: YearStrings = {
  heading: 'The plan’s year',
  periodLabel: 'Reporting period',
  periodHint:
    'Check, report and the state as of a date cover this period: deadlines are judged as of its end, and measures due later are not missed.',
  wholePlan: 'The whole plan period',
  customPeriod: 'Other dates…',
  from: 'From',
  to: 'To',
  applyPeriod: 'Apply',
  badCustom: 'Give both dates; the first may not be later than the second.',
  periodInForce: (phrase, from, to, asOf) =>
    `Reporting period: ${phrase} (${from} – ${to}); deadlines judged as of ${asOf}.`,
  notYetDue: (count) => `Not yet due: ${count}.`,
  snapshot: (date) => `Record the state as of ${date}`,
  snapshotting: 'Recording the state…',
  snapshotHint:
    'Adds a sheet “Стан на …” with what the plan says on that date (and a sheet of the changes since the last one). The plan sheet is not changed.',
  snapshotDone: (sheet, replaced) =>
    replaced
      ? `Sheet “${sheet}” updated (in place of the one for the same date).`
      : `Sheet “${sheet}” added.`,
  showChanges: 'What changed since the last snapshot',
  changesHeading: (since, asOf) => `Changes from ${since} to ${asOf}`,
  changesCounts: (status, reported, overdue) =>
    `Status changed: ${status}; reported: ${reported}; newly overdue: ${overdue}.`,
  noChanges: 'No changes.',
  noSnapshot:
    'The workbook holds no snapshot of this date or earlier yet. Record the state to see changes later.',
  snapshotsKept: (dates) => `Snapshots in the workbook: ${dates}.`,
  changesSheet: (sheet) => `Also written to sheet “${sheet}”.`,
  measure: (number) => (number ? `No. ${number}` : 'No number'),
  before: 'Before',
  after: 'After',
  empty: '(empty)',
  nextYear: 'Next year’s plan',
  nextYearBusy: 'Drafting next year’s plan…',
  nextYearHint:
    'Opens a new workbook with next year’s plan: years moved in the title and deadlines, execution emptied; this workbook is not changed.',
  nextYearMissing:
    'This Excel cannot open new workbooks (needs ExcelApi 1.8: Excel 2019 or Microsoft 365). Draft the plan with the command-line tool: plan-report next-year <workbook>.xlsx',
  nextYearDone: (years, sheets) =>
    `A new workbook is open: the plan for ${years} (sheets: ${sheets}). Save it under a new name.`,
  nextYearMoved: (count) => `Deadlines moved: ${count}.`,
  carriedOver: 'Not done — carried over (highlighted in yellow)',
  dropCandidates: 'One-off measures already done — candidates to drop',
  unmoved: 'Deadlines that could not be moved',
  draftsThisPlan: 'The measure that drafts this plan',
  newDeadline: (text) => `new deadline: ${text}`,
  yearInText: (count) => `Measure texts naming a year (unchanged, listed in the new workbook): ${count}.`,
  none: 'none',
  measures: { one: 'measure', few: 'measures', many: 'measures' },
};

export const YEAR_STRINGS: Record<Lang, YearStrings> = { uk, en };
