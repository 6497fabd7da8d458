// Words the year's sheets write themselves (period tables, snapshots, changes, the officer's list for next
// year), Ukrainian first, English second. Texts from the plan never go through here.
import type { Lang } from '../i18n/lang';
import type { Standing } from './period-view';

export const PERIOD_LABELS: Record<
  Lang,
  {
    notYetDueNote: string;
    standingHeading: string;
    standing: string;
    count: string;
    unreported: string;
    numbers: string;
    total: string;
    standings: Record<Standing, string>;
  }
> = {
  uk: {
    notYetDueNote: 'Термін виконання не настав',
    standingHeading: 'Заходи за терміном у звітному періоді ({period})',
    standing: 'Термін',
    count: 'Заходів',
    unreported: 'З них без звіту',
    numbers: '№ заходів',
    total: 'Усього',
    standings: {
      due: 'Термін настав (станом на {date})',
      ongoing: 'Виконання триває, термін спливає пізніше',
      'not-yet-due': 'Термін не настав',
      conditional: 'У разі потреби (умовні)',
      undated: 'Термін не зазначено або не розпізнано',
    },
  },
  en: {
    notYetDueNote: 'Not yet due',
    standingHeading: 'Measures by deadline in the reporting period ({period})',
    standing: 'Deadline',
    count: 'Measures',
    unreported: 'Not reported',
    numbers: 'Measure numbers',
    total: 'Total',
    standings: {
      due: 'Due (as of {date})',
      ongoing: 'Running, due later',
      'not-yet-due': 'Not yet due',
      conditional: 'Conditional',
      undated: 'No deadline or not understood',
    },
  },
};

/** The snapshot sheet's words. The reader accepts either language, so a sheet reads back whichever wrote it. */
export const SNAPSHOT_LABELS = {
  uk: {
    title: 'СТАН ВИКОНАННЯ ПЛАНУ станом на {date}',
    asOf: 'Дата стану',
    planSheet: 'Аркуш плану',
    planPeriod: 'Період плану',
    reportPeriod: 'Звітний період',
    taken: 'Зафіксовано',
    headers: [
      '№ з/п',
      'Заплановані заходи',
      'Термін виконання',
      'Стан виконання (як записано)',
      'Проведений захід',
      'Фактичний термін виконання',
      'Стан (визначено)',
      'Прострочено',
      'Зауваження станом на дату',
      'Коди зауважень',
      'Рядок плану',
    ],
    yes: 'так',
  },
  en: {
    title: 'PLAN EXECUTION STATE as of {date}',
    asOf: 'State as of',
    planSheet: 'Plan sheet',
    planPeriod: 'Plan period',
    reportPeriod: 'Reporting period',
    taken: 'Taken on',
    headers: [
      'No.',
      'Planned measures',
      'Deadline',
      'Status (as written)',
      'Measure taken',
      'Actual date',
      'Status (as read)',
      'Overdue',
      'Findings as of the date',
      'Finding codes',
      'Plan row',
    ],
    yes: 'yes',
  },
} as const satisfies Record<Lang, unknown>;

export const CHANGE_LABELS = {
  uk: {
    title: 'ЗМІНИ СТАНУ ВИКОНАННЯ ПЛАНУ з {since} по {asOf}',
    counts: 'Змінено стан: {status}; надійшов звіт: {reported}; нове прострочення: {overdue}',
    headers: ['№ з/п', 'Заплановані заходи', 'Що змінилося', 'Було', 'Стало'],
    none: 'Змін немає',
    kinds: {
      'status-changed': 'Змінився стан виконання',
      reported: 'Надійшов звіт',
      'report-changed': 'Звіт змінено',
      'report-removed': 'Звіт вилучено',
      'newly-overdue': 'Прострочено',
      'no-longer-overdue': 'Більше не прострочено',
      added: 'Новий захід',
      removed: 'Захід вилучено з плану',
    },
    empty: '(порожньо)',
  },
  en: {
    title: 'PLAN EXECUTION CHANGES from {since} to {asOf}',
    counts: 'Status changed: {status}; reported: {reported}; newly overdue: {overdue}',
    headers: ['No.', 'Planned measures', 'What changed', 'Before', 'After'],
    none: 'No changes',
    kinds: {
      'status-changed': 'Status changed',
      reported: 'Got a report',
      'report-changed': 'Report changed',
      'report-removed': 'Report removed',
      'newly-overdue': 'Newly overdue',
      'no-longer-overdue': 'No longer overdue',
      added: 'New measure',
      removed: 'Measure removed from the plan',
    },
    empty: '(empty)',
  },
} as const satisfies Record<Lang, unknown>;

export const NEXT_YEAR_LABELS = {
  uk: {
    title: 'ПЕРЕЛІК ДЛЯ УПОВНОВАЖЕНОЇ ОСОБИ: план на {to} складено з плану на {from}',
    intro:
      'Роки перенесено лише там, де термін чи заголовок називає рік плану; решту тексту залишено як написано. Стовпці виконання, стану та фактичного терміну очищено. Перенесені заходи виділено в плані жовтим.',
    headers: ['Що перевірити', '№ з/п', 'Захід', 'Було', 'Стало / чому'],
    groups: {
      draftsThisPlan: 'Захід про складання цього плану',
      carriedOver: 'Не виконано за планом на {from} — перенесено (виділено жовтим)',
      dropCandidates: 'Разові заходи, уже виконані за планом на {from}, — кандидати на вилучення',
      unmoved: 'Терміни, які не вдалося перенести',
      yearInText: 'Тексти, що називають рік (не змінено — перевірте)',
      title: 'Заголовок',
      moved: 'Перенесені терміни',
    },
    reasons: {
      'other-year': 'називає не рік плану',
      'no-such-day': 'такого дня немає в новому році: {date}',
      unrecognised: 'термін не розпізнано',
      'changes-meaning': 'після перенесення читається інакше',
      stamp: 'гриф затвердження старого плану: вкажіть нове розпорядження',
    },
    status: 'стан: {status}',
    none: 'немає',
    sheetName: 'Перелік до плану {to}',
  },
  en: {
    title: 'LIST FOR THE OFFICER: the plan for {to} drafted from the plan for {from}',
    intro:
      "Years were moved only where a deadline or the title names the plan's year; all other text is as written. The execution, status and actual-date cells were emptied. Carried-over measures are highlighted in yellow in the plan.",
    headers: ['What to check', 'No.', 'Measure', 'Before', 'After / why'],
    groups: {
      draftsThisPlan: 'The measure that drafts this plan',
      carriedOver: 'Not done under the plan for {from} — carried over (highlighted in yellow)',
      dropCandidates: 'One-off measures already done under the plan for {from} — candidates to drop',
      unmoved: 'Deadlines that could not be moved',
      yearInText: 'Texts naming a year (not changed — check them)',
      title: 'Title',
      moved: 'Deadlines moved',
    },
    reasons: {
      'other-year': "names a year other than the plan's",
      'no-such-day': 'no such day in the new year: {date}',
      unrecognised: 'the deadline is not understood',
      'changes-meaning': 'reads differently once moved',
      stamp: "the old plan's approval stamp: give the new order",
    },
    status: 'status: {status}',
    none: 'none',
    sheetName: 'Перелік до плану {to}',
  },
} as const satisfies Record<Lang, unknown>;
