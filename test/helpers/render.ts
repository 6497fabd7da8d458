// Rendering reports as a clerk prints them: LibreOffice converts every file of a set to PDF in one run (a
// private profile, so it never meets another instance), poppler's pdftotext reads the pages back. And the
// comparison the render tests make: every character of a text appears in the rendered text, in order.
import { spawn, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';

export function hasTool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/** Converts the files to PDF beside each other in `outDir`, in one LibreOffice run. */
export async function convertToPdf(files: string[], outDir: string, timeoutMs: number): Promise<void> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-lo-'));
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--norestore',
          '--nolockcheck',
          '--convert-to',
          'pdf',
          '--outdir',
          outDir,
          ...files,
        ],
        { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      // LibreOffice starts helper processes: on timeout the whole group goes.
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
        reject(new Error(`soffice did not finish in ${timeoutMs / 1000} s:\n${output}`));
      }, timeoutMs);
      child.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`soffice exited with ${code}:\n${output}`));
      });
    });
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
  for (const f of files) {
    const pdf = path.join(outDir, `${path.parse(f).name}.pdf`);
    await fs.access(pdf).catch(() => {
      throw new Error(`LibreOffice wrote no PDF for ${f}`);
    });
  }
}

/**
 * The text of each page in the order it was drawn (`-raw`: LibreOffice draws a cell's lines together, where
 * reading order would interleave the lines of neighbouring cells); pages end with form feeds.
 */
export function pdfPages(pdf: string): string[] {
  const out = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (out.status !== 0) throw new Error(`pdftotext ${pdf}: ${out.stderr}`);
  const pages = out.stdout.split('\f');
  if (pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

/** Word positions (`pdftotext -bbox`) of each page: text and top edge, in points. */
export function pdfWords(pdf: string): { word: string; x: number; y: number }[][] {
  const out = spawnSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (out.status !== 0) throw new Error(`pdftotext -bbox ${pdf}: ${out.stderr}`);
  return out.stdout
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
        word: m[3],
        x: Number(m[1]),
        y: Number(m[2]),
      })),
    );
}

/**
 * A text as compared with its rendering: compatibility forms folded (ligatures, as pdftotext may report
 * them), and every blank, line break, soft hyphen and zero-width mark dropped — the renderer rewraps lines,
 * the characters must all be there.
 */
export function normalise(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.normalize('NFKC').replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff\u0000-\u001f\u007f]+/g, '');
}

export interface Match {
  ok: boolean;
  /** Where in the expected text the match stopped, when it did not succeed. */
  failedAt?: number;
  /** Ranges of the rendered text the expected text was found in. */
  ranges: [number, number][];
}

/**
 * Whether every character of `expected` appears in `rendered`, in order, in runs of at least `minRun`
 * characters (a cell's text may be interrupted by its neighbours' lines, a page footer or a repeated header,
 * but never reordered or left out). Both normalised. Each run is taken where it first occurs after the last
 * one, as long as it matches there; when the rest cannot be found, the first run is tried at its later
 * occurrences (a phrase the text shares with a cell printed before it).
 */
export function findInOrder(rendered: string, expected: string, minRun = 12): Match {
  let start = 0;
  let failedAt = 0;
  for (let attempt = 0; attempt < 50; attempt++) {
    const ranges: [number, number][] = [];
    let pos = start;
    let i = 0;
    let first = -1;
    while (i < expected.length) {
      const need = Math.min(minRun, expected.length - i);
      const at = rendered.indexOf(expected.substr(i, need), pos);
      if (at < 0) break;
      if (first < 0) first = at;
      let len = need;
      while (i + len < expected.length && rendered[at + len] === expected[i + len]) len++;
      ranges.push([at, at + len]);
      pos = at + len;
      i += len;
    }
    if (i >= expected.length) return { ok: true, ranges };
    failedAt = Math.max(failedAt, i);
    if (first < 0) break;
    start = first + 1;
  }
  return { ok: false, failedAt, ranges: [] };
}
