// Collects a laid-out sheet row by row: values, row heights, merges, and style bands kept few (one per run of
// rows with the same style in a column, joined across columns), so a host's formatting operations grow
// with sections and columns, not with cells.
import type { ReportStyleName } from './report-styles';
import type { SpecRange, SpecValue, StyleBand } from './sheet-spec';

interface Run {
  style: ReportStyleName;
  top: number;
  bottom: number;
}

export class SheetWriter {
  readonly values: SpecValue[][] = [];
  readonly merges: SpecRange[] = [];
  readonly rowHeights: Record<number, number> = {};
  private readonly runs: (Run | null)[];
  private readonly closed: (Run & { col: number })[] = [];

  constructor(private readonly columns: number) {
    this.runs = Array.from({ length: columns }, () => null);
  }

  get rowCount(): number {
    return this.values.length;
  }

  /**
   * Adds a row: its values, height and the style of each column (null: unstyled). A row of one text across
   * the sheet (a title, a section) keeps just that value, as a sheet's ragged rows do.
   */
  addRow(values: SpecValue[], height: number, styles: (ReportStyleName | null)[], across = false): number {
    const r = this.values.length;
    if (across) {
      let last = values.length;
      while (last > 0 && values[last - 1] === null) last--;
      values = values.slice(0, last);
    }
    this.values.push(values);
    this.rowHeights[r] = Math.round(height * 100) / 100;
    for (let c = 0; c < this.columns; c++) {
      const style = styles[c] ?? null;
      const run = this.runs[c];
      if (run && style === run.style && run.bottom === r - 1) {
        run.bottom = r;
        continue;
      }
      if (run) this.closed.push({ ...run, col: c });
      this.runs[c] = style ? { style, top: r, bottom: r } : null;
    }
    return r;
  }

  merge(range: SpecRange): void {
    if (range.bottom > range.top || range.right > range.left) this.merges.push(range);
  }

  /** The style bands: column runs, neighbouring columns with the same run joined into one rectangle. */
  bands(): StyleBand[] {
    const all = [...this.closed];
    this.runs.forEach((run, col) => {
      if (run) all.push({ ...run, col });
    });
    all.sort((a, b) => a.top - b.top || a.col - b.col);
    const bands: StyleBand[] = [];
    for (const run of all) {
      const prev = bands[bands.length - 1];
      if (
        prev &&
        prev.style === run.style &&
        prev.range.top === run.top &&
        prev.range.bottom === run.bottom &&
        prev.range.right === run.col - 1
      ) {
        prev.range.right = run.col;
      } else {
        bands.push({
          range: { top: run.top, left: run.col, bottom: run.bottom, right: run.col },
          style: run.style,
        });
      }
    }
    return bands;
  }
}
