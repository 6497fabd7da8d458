// `generate --format xlsx|docx|xlsx,docx`: which files the report is written as, where, and writing them.
// The workbook and the Word copy come from the same report documents; every file is checked (not the
// input, the right extension, not there already without --force) before anything is read or written, and
// each is written through a temp file renamed at the end.
import * as path from 'path';
import type { ReportDocument } from '../core/report/report-model';
import { layoutSheet } from '../core/report/sheet-layout';
import { writeDocxToFile } from '../node/docx-write';
import { writeSpecsToFile } from '../node/xlsx-write';
import { fitFileName } from './output-path';

export const REPORT_FORMATS = ['xlsx', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOutput {
  format: ReportFormat;
  /** Absolute path. */
  file: string;
}

/** `plan.xlsx` -> `plan-звіт.xlsx` / `plan-звіт.docx` beside it. */
export function defaultReportFile(input: string, format: ReportFormat, suffix = ''): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), fitFileName(path.basename(input, ext), `-звіт${suffix}.${format}`));
}

/**
 * The file of each format asked for: beside the input by default; with -o, that file for its own format
 * and the same name with the other extension for the other (`-o out/звіт.xlsx --format xlsx,docx` writes
 * out/звіт.xlsx and out/звіт.docx). Returns null for the format -o names when its extension is not one
 * asked for, so the caller can say so.
 */
export function reportOutputs(
  input: string,
  out: string | undefined,
  formats: ReportFormat[],
  suffix = '',
): ReportOutput[] {
  const unique = REPORT_FORMATS.filter((f) => formats.includes(f));
  if (!out) return unique.map((format) => ({ format, file: defaultReportFile(input, format, suffix) }));
  const ext = path.extname(out).slice(1).toLowerCase();
  const base = (REPORT_FORMATS as readonly string[]).includes(ext) ? out.slice(0, -(ext.length + 1)) : out;
  return unique.map((format) => ({ format, file: format === ext ? out : `${base}.${format}` }));
}

/** Whether `-o` names a file of one of the formats asked for (or none was given). */
export function outMatchesFormats(out: string | undefined, formats: ReportFormat[]): boolean {
  if (!out) return true;
  const ext = path.extname(out).slice(1).toLowerCase();
  return (formats as string[]).includes(ext);
}

/** The message for an -o whose extension is not a format asked for. */
export function extensionMessage(
  formats: ReportFormat[],
): 'outputBadExtension' | 'outputNotDocx' | 'outputNotXlsx' {
  if (formats.length > 1) return 'outputBadExtension';
  return formats[0] === 'docx' ? 'outputNotDocx' : 'outputNotXlsx';
}

export interface ReportContent {
  table: ReportDocument;
  summary: ReportDocument;
}

/** A write that failed, with the file it was writing. */
export class ReportWriteError extends Error {
  constructor(
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Writes each output in turn, into folders that exist (checked before: none is made silently). */
export async function writeReport(
  outputs: ReportOutput[],
  content: ReportContent,
  opts: { overwrite: boolean },
): Promise<void> {
  for (const o of outputs) {
    try {
      if (o.format === 'xlsx') {
        await writeSpecsToFile([layoutSheet(content.table), layoutSheet(content.summary)], o.file, opts);
      } else {
        await writeDocxToFile([content.table, content.summary], o.file, opts);
      }
    } catch (err) {
      throw new ReportWriteError(o.file, err);
    }
  }
}
