// Writes the reader's fixture workbooks, one per layout offices really keep (see docs/reader.md):
//   word-paste-merged / -unmerged   a plan pasted from Word, paragraphs on rows of their own
//   risk-register                  the NAZK register: 3-row header, function groups, monitoring columns
//   status-and-description         a status column beside a description column
//   under-the-table                totals, signatures, dates and approvals under the table, a stamp above
//   seed-word-paste                the council's 2023 plan (samples/plan-2023-seed.txt) pasted from Word
// Run: npm run fixtures [-- OUT_DIR]   (default out/fixtures)
import * as fs from 'fs';
import * as path from 'path';
import { parseSeed, SEED_PATH } from './build-sample';
import { allLayouts } from './fixtures/layouts';
import { seedAsWordPaste } from './fixtures/seed-word-paste';
import { writeLayouts } from './fixtures/write-xlsx';

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'out', 'fixtures'));
  fs.mkdirSync(out, { recursive: true });
  const seed = seedAsWordPaste(parseSeed(fs.readFileSync(SEED_PATH, 'utf8')));
  const files = [...allLayouts(), { file: 'seed-word-paste.xlsx', layout: seed }];
  for (const { file, layout } of files) {
    const target = path.join(out, file);
    await writeLayouts(target, [layout]);
    console.log(
      `${path.relative(process.cwd(), target)}: ${layout.rows.length} rows, ${layout.merges.length} merges`,
    );
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}
