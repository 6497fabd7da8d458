// Which answer files a merge takes: our requests for this plan, one per person. A file that is no request,
// a request for another plan or period, or an older answer of a person who sent a later one is set aside
// with its reason, and nothing of it is merged.
import type { Plan } from '../types';
import { planId } from './keys';
import type { AnswerFile, AnswerFileRead } from './read-answers';
import type { FileOutcome } from './merge-types';

export interface Accepted {
  answers: AnswerFile[];
  outcomes: FileOutcome[];
}

export function acceptFiles(
  plan: Plan,
  reads: readonly AnswerFileRead[],
  keys: ReadonlySet<string>,
): Accepted {
  const outcomes: FileOutcome[] = [];
  const candidates: { answers: AnswerFile; outcome: FileOutcome }[] = [];
  const id = planId(plan);
  for (const read of reads) {
    if (!read.ok) {
      outcomes.push({
        file: read.file,
        status: 'rejected',
        reason: read.problem.code,
        details: read.problem.details,
      });
      continue;
    }
    const { meta } = read.answers;
    const outcome: FileOutcome = { file: read.answers.file, status: 'merged', person: meta.person };
    outcomes.push(outcome);
    // A plan whose period was guessed from today's date has no period to compare.
    const periodKnown = plan.period.source !== 'default';
    if (periodKnown && (meta.periodFrom !== plan.period.from || meta.periodTo !== plan.period.to)) {
      Object.assign(outcome, {
        status: 'rejected',
        reason: 'other-period',
        details: `${meta.periodFrom}..${meta.periodTo}`,
      });
      continue;
    }
    if (meta.planId !== id) {
      // The title changed since (or it is another plan): its measures decide.
      const found = [...meta.sent.keys()].filter((k) => keys.has(k)).length;
      if (found * 2 < meta.sent.size || found === 0) {
        Object.assign(outcome, { status: 'rejected', reason: 'other-plan', details: meta.planTitle });
        continue;
      }
      outcome.planTitleChanged = true;
    }
    candidates.push({ answers: read.answers, outcome });
  }
  // One answer per person: the file given last wins (a later version sorts after an earlier one).
  const last = new Map<string, AnswerFile>();
  for (const c of candidates) last.set(c.answers.meta.personKey, c.answers);
  const answers: AnswerFile[] = [];
  for (const c of candidates) {
    const winner = last.get(c.answers.meta.personKey)!;
    if (winner === c.answers) answers.push(c.answers);
    else Object.assign(c.outcome, { status: 'superseded', supersededBy: winner.file });
  }
  return { answers, outcomes };
}
