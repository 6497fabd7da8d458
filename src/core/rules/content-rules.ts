// Rules about what a measure row must contain.
import { subject } from '../i18n/finding-words';
import { isErrorText } from '../plan/cell-text';
import { isBlank } from '../text';
import { defineRule } from './rule';

export const missingMeasure = defineRule({
  id: 'missing-measure',
  severity: 'error',
  title: { uk: 'Немає тексту заходу', en: 'Measure text missing' },
  message: {
    uk: (p) => `${subject(p, 'uk')}: рядок має номер, але не має тексту заходу`,
    en: (p) => `${subject(p, 'en')}: the row is numbered but has no measure text`,
  },
  check: ({ plan, finding }) =>
    plan.measures
      // A formula error (`#REF!`) where the measure should be names no measure either.
      .filter((m) => m.number !== '' && (isBlank(m.measure) || isErrorText(m.measure)))
      .map((m) => finding(m, 'measure')),
});

export const missingDeadline = defineRule({
  id: 'missing-deadline',
  severity: 'error',
  title: { uk: 'Немає терміну', en: 'Deadline missing' },
  message: {
    uk: (p) => `${subject(p, 'uk')}: не зазначено термін виконання`,
    en: (p) => `${subject(p, 'en')}: no deadline given`,
  },
  check: ({ plan, finding }) =>
    plan.measures.filter((m) => m.deadline.kind === 'missing').map((m) => finding(m, 'deadline')),
});

export const unrecognisedDeadline = defineRule({
  id: 'unrecognised-deadline',
  severity: 'warning',
  title: { uk: 'Нерозпізнаний термін', en: 'Deadline not understood' },
  message: {
    uk: (p) =>
      `${subject(p, 'uk')}: термін «${p.text}» не розпізнано — запишіть, наприклад, «Постійно», «Січень 2023 року», «ІІ квартал 2023 року» або «до 01.03.2023»`,
    en: (p) =>
      `${subject(p, 'en')}: deadline "${p.text}" is not understood — write e.g. "Постійно", "Січень 2023 року", "ІІ квартал 2023 року" or "до 01.03.2023"`,
  },
  check: ({ plan, finding }) =>
    plan.measures
      .filter((m) => m.deadline.kind === 'unrecognised')
      .map((m) => finding(m, 'deadline', { text: m.deadline.text.trim() })),
});

export const missingResponsible = defineRule({
  id: 'missing-responsible',
  severity: 'error',
  title: { uk: 'Немає відповідальних', en: 'Responsible person missing' },
  message: {
    uk: (p) => `${subject(p, 'uk')}: не зазначено відповідальних осіб`,
    en: (p) => `${subject(p, 'en')}: no responsible person given`,
  },
  check: ({ plan, finding }) =>
    plan.columns.responsible === undefined
      ? []
      : plan.measures.filter((m) => m.responsible.length === 0).map((m) => finding(m, 'responsible')),
});
