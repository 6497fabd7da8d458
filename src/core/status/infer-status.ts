// What the execution text says about a measure's status. The officer writes a free report, so the
// status is read from a few kinds of phrases, checked in this order (the first kind found decides):
//   1. partly done        `частково`, `не в повному обсязі`
//   2. not started        `не розпочато`, `не розпочиналось`
//   3. no grounds         the event a measure waits for did not happen: `повідомлень … не надходило`,
//                         `фактів не виявлено`, `службові розслідування не проводилися`, `стягнень … не було`.
//                         For a measure with a date (not conditional) whose text also reports work done
//                         (`проводився моніторинг … фактів не виявлено`) the work is what counts: done.
//   4. not done           `не виконано`, `не направлялась`, `не проведено` … When the text cites a law,
//                         an explanation or a suspension of the duty (seed measure 4: `Згідно Закону …
//                         не направлялась`) the duty did not apply: no grounds. When it also reports work
//                         done (`проведено 3 семінари, 2 не проведено`): partly done.
//   5. in progress        promises and ongoing work: `буде здійснено`, `розпочато роботу`, `після 31.01.2024`,
//                         `в процесі`; `триває`/`продовжується` too, except for a continuous or periodic
//                         measure that reports work done (its work always goes on).
//   6. done               any other report; evidence is its first past-tense verb, or `text present`.
// A status column, when the sheet has one, is taken first; words it does not know fall back to the text.
// This file is the ladder alone: the words are in phrases.ts, the searches for them in evidence.ts.

import type { Deadline, Status, StatusInfo } from '../types';
import { TextCache } from '../text';
import { anyPast, firstOf, nothingHappened, scanOf, workDone, type Hit } from './evidence';
import { AFTER_DATE, DUTY_LIFTED, NOT_DONE, NOT_STARTED, ONGOING, PARTLY, PROMISED } from './phrases';
import { statusFromColumn } from './status-words';

export interface StatusInput {
  statusText?: string;
  execution: string;
  deadline: Deadline;
}

function result(status: Status, source: StatusInfo['source'], evidence: string[]): StatusInfo {
  return { status, source, evidence };
}

function isDated(deadline: Deadline | undefined): boolean {
  return deadline?.kind !== 'conditional';
}

function isRecurring(deadline: Deadline | undefined): boolean {
  return deadline?.kind === 'continuous' || deadline?.kind === 'periodic';
}

/** Evidence items in the order they appear in the text. */
function inTextOrder(hits: (Hit | null)[]): string[] {
  return hits
    .filter((h): h is Hit => h !== null)
    .sort((a, b) => a.index - b.index)
    .map((h) => h.text);
}

function fromText(text: string, deadline: Deadline | undefined): StatusInfo {
  if (text.trim() === '') return result('none', 'empty', []);
  const scan = scanOf(text);

  const partly = firstOf(PARTLY, scan);
  if (partly) return result('partly-done', 'text', [partly.text]);

  const notStarted = firstOf(NOT_STARTED, scan);
  if (notStarted) return result('not-started', 'text', [notStarted.text]);

  const work = workDone(scan);
  const nothing = nothingHappened(scan);
  if (nothing) {
    if (isDated(deadline) && work.length > 0) return result('done', 'text', [work[0].text, ...nothing]);
    return result('no-grounds', 'text', nothing);
  }

  const notDone = firstOf(NOT_DONE, scan);
  if (notDone) {
    const lifted = firstOf(DUTY_LIFTED, scan);
    if (lifted) return result('no-grounds', 'text', inTextOrder([lifted, notDone]));
    const doneBefore = work[0];
    if (doneBefore) return result('partly-done', 'text', inTextOrder([doneBefore, notDone]));
    return result('not-done', 'text', [notDone.text]);
  }

  const promised = firstOf(PROMISED, scan) ?? (work.length === 0 ? firstOf(AFTER_DATE, scan) : null);
  if (promised) return result('in-progress', 'text', [promised.text]);

  const ongoing = firstOf(ONGOING, scan);
  if (ongoing) {
    if (isRecurring(deadline) && work.length > 0)
      return result('done', 'text', inTextOrder([work[0], ongoing]));
    return result('in-progress', 'text', [ongoing.text]);
  }

  const verb = work[0] ?? anyPast(scan);
  return result('done', 'text', [verb ? verb.text : 'text present']);
}

/** Statuses already read, by deadline class, status text and execution text (copied on the way out). */
const CACHE = new TextCache<StatusInfo>();

/**
 * The status of a measure: from the status column when it names one, else read from the execution text.
 * An unknown word in the status column is kept as the first evidence item, ahead of what the text says.
 */
export function inferStatus(input: StatusInput): StatusInfo {
  const execution = typeof input?.execution === 'string' ? input.execution : '';
  const statusText = typeof input?.statusText === 'string' ? input.statusText : '';
  const deadline = input?.deadline;
  // The deadline matters only as conditional, recurring or other (isDated, isRecurring).
  const kind = !isDated(deadline) ? 'c' : isRecurring(deadline) ? 'r' : 'd';
  const scope = kind + statusText;
  const info =
    CACHE.get(scope, execution) ?? CACHE.set(scope, execution, infer(statusText, execution, deadline));
  return { status: info.status, source: info.source, evidence: [...info.evidence] };
}

function infer(statusText: string, execution: string, deadline: Deadline | undefined): StatusInfo {
  if (statusText.trim() !== '') {
    const column = statusFromColumn(statusText);
    if (column) return result(column.status, 'column', [column.words]);
    const inferred = fromText(execution, deadline);
    return { ...inferred, evidence: [statusText.trim(), ...inferred.evidence] };
  }
  return fromText(execution, deadline);
}
