// Rules about what a measure row must contain.
import { isErrorText } from '../plan/cell-text';
import { isBlank } from '../text';
import { Rule, measureFinding } from './rule';

export const missingMeasure: Rule = {
  id: 'missing-measure',
  severity: 'error',
  check: ({ plan }) =>
    plan.measures
      // A formula error (`#REF!`) where the measure should be names no measure either.
      .filter((m) => m.number !== '' && (isBlank(m.measure) || isErrorText(m.measure)))
      .map((m) => measureFinding(missingMeasure, plan, m, 'measure')),
};

export const missingDeadline: Rule = {
  id: 'missing-deadline',
  severity: 'error',
  check: ({ plan }) =>
    plan.measures
      .filter((m) => m.deadline.kind === 'missing')
      .map((m) => measureFinding(missingDeadline, plan, m, 'deadline')),
};

export const unrecognisedDeadline: Rule = {
  id: 'unrecognised-deadline',
  severity: 'warning',
  check: ({ plan }) =>
    plan.measures
      .filter((m) => m.deadline.kind === 'unrecognised')
      .map((m) =>
        measureFinding(unrecognisedDeadline, plan, m, 'deadline', { text: m.deadline.text.trim() }),
      ),
};

export const missingResponsible: Rule = {
  id: 'missing-responsible',
  severity: 'error',
  check: ({ plan }) =>
    plan.columns.responsible === undefined
      ? []
      : plan.measures
          .filter((m) => m.responsible.length === 0)
          .map((m) => measureFinding(missingResponsible, plan, m, 'responsible')),
};
