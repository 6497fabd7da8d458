// The browser bundles (pane, ribbon command, notice) must not reach Node-only code: exceljs, fs, the CLI
// or the Node host. Walks the static and dynamic imports from each webpack entry over the sources.
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const ENTRIES = ['src/taskpane/index.tsx', 'src/commands/commands.ts', 'src/commands/notice.ts'];
const NODE_ONLY = /^(node:|fs$|fs\/|path$|os$|child_process$|zlib$|stream$|crypto$|exceljs|commander)/;
const NODE_DIRS = ['src/node/', 'src/cli/'];
const IMPORT =
  /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveLocal(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function walk(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const unresolved: string[] = [];
  const stack = [path.join(ROOT, entry)];
  while (stack.length) {
    const file = stack.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    // Type-only imports vanish from the bundle; drop them before scanning.
    const source = fs.readFileSync(file, 'utf8').replace(/import\s+type\s[^;]+;/g, '');
    for (const m of source.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (spec.startsWith('.')) {
        const target = resolveLocal(file, spec);
        if (target) stack.push(target);
        else unresolved.push(`${path.relative(ROOT, file)} -> ${spec}`);
      } else packages.add(spec);
    }
  }
  return {
    files: [...files].map((f) => path.relative(ROOT, f).split(path.sep).join('/')),
    packages: [...packages],
    unresolved,
  };
}

describe.each(ENTRIES)('browser entry %s', (entry) => {
  const graph = walk(entry);

  it('resolves every local import', () => {
    expect(graph.unresolved).toEqual([]);
  });

  it('pulls in no Node-only package', () => {
    expect(graph.packages.filter((p) => NODE_ONLY.test(p))).toEqual([]);
  });

  it('pulls in no file of the Node host or the CLI', () => {
    expect(graph.files.filter((f) => NODE_DIRS.some((d) => f.startsWith(d)))).toEqual([]);
  });
});

it('the walk does see what the pane imports (so the checks above can fail)', () => {
  const pane = walk('src/taskpane/index.tsx');
  expect(pane.packages).toEqual(expect.arrayContaining(['react-dom/client', '@fluentui/react-components']));
  expect(pane.files).toEqual(
    expect.arrayContaining(['src/taskpane/App.tsx', 'src/excel/excel-plan-service.ts']),
  );
  const cli = walk('src/cli/main.ts');
  expect(
    cli.packages.some((p) => NODE_ONLY.test(p)) || cli.files.some((f) => f.startsWith('src/node/')),
  ).toBe(true);
});
