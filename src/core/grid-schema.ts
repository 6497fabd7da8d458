// The zod schema of a Grid: hosts check the cells they read once, where the data enters the core.
import { z } from 'zod';
import type { CellValue, Grid, MergeArea } from './grid';

const index = z.number().int().nonnegative();

export const cellValueSchema: z.ZodType<CellValue> = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.strictObject({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD') }),
  z.strictObject({ error: z.string().min(1) }),
]);

export const mergeAreaSchema: z.ZodType<MergeArea> = z
  .strictObject({ top: index, left: index, bottom: index, right: index })
  .refine((m) => m.bottom >= m.top && m.right >= m.left, 'merge area must not be inverted');

export const gridSchema: z.ZodType<Grid> = z.strictObject({
  sheetName: z.string(),
  rows: z.array(z.array(cellValueSchema)),
  origin: z.strictObject({ row: index, col: index }).optional(),
  merges: z.array(mergeAreaSchema).optional(),
  hiddenRows: z.array(index).optional(),
  date1904: z.boolean().optional(),
});
