// Requests to departments and their answers merged back: what hosts call.
export { buildRequests, requestPersons, ANSWER_FILL } from './build-requests';
export type { RequestOptions } from './build-requests';
export * from './request-spec';
export { readAnswerFile, MAX_EXTRA_ROWS } from './read-answers';
export type { AnswerFile, AnswerFileRead, AnswerEntry, AnswerSheet, ExtraRow } from './read-answers';
export { mergeAnswers } from './merge';
export type { MergeOptions } from './merge';
export * from './merge-types';
export { measureRows } from './measure-rows';
// (core/index also exports the snapshot's measureKeys: this one is the request's key, from the measure's text.)
export { measureKeys as requestMeasureKeys, planId } from './keys';
export { requestFileNames, safeFileStem } from './file-names';
export { DATA_SHEET_NAME, REQUEST_MARKER } from './data-sheet';
export { fileOutcomeText, conflictText, invalidText, fieldLabel } from './messages';
