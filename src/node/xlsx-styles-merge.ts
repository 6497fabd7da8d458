// Adds the cell formats of one styles part (ExcelJS's, for the sheets we render) to a user's workbook's
// styles part, and says where each landed. The user's own formats keep their indexes: ours are appended
// (or found, when an identical one is already there), so no cell of theirs changes its look.

/** The containers we touch, in the order the schema (CT_Stylesheet) puts them. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'] as const;
type Container = (typeof ORDER)[number];
const CHILD: Record<Container, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellStyleXfs: 'xf',
  cellXfs: 'xf',
};

interface Block {
  /** Where the whole container sits in the part ([start, end)); null when the part has none. */
  span: [number, number] | null;
  /** The container's start tag attributes, as written. */
  attrs: string;
  children: string[];
}

function block(xml: string, name: Container, prefix: string): Block {
  const open = new RegExp(`<${prefix}${name}\\b([^>]*?)(/?)>`).exec(xml);
  if (!open) return { span: null, attrs: '', children: [] };
  if (open[2] === '/')
    return { span: [open.index, open.index + open[0].length], attrs: open[1], children: [] };
  const close = `</${prefix}${name}>`;
  const end = xml.indexOf(close, open.index);
  if (end < 0) return { span: null, attrs: '', children: [] };
  const inner = xml.slice(open.index + open[0].length, end);
  const child = `${prefix}${CHILD[name]}`;
  const children = [
    ...inner.matchAll(new RegExp(`<${child}\\b[^>]*?/>|<${child}\\b[^>]*?>[\\s\\S]*?</${child}>`, 'g')),
  ].map((m) => m[0]);
  return { span: [open.index, end + close.length], attrs: open[1], children };
}

/** Gives every unprefixed element of a fragment the prefix the target part writes its elements with. */
function withPrefix(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)(?![\w]+:)(\w+)/g, `<$1${prefix}$2`) : fragment;
}

function setAttr(tag: string, name: string, value: string | number): string {
  const re = new RegExp(`(\\s${name}=)"[^"]*"`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/^<([\w:]+)/, `<$1 ${name}="${value}"`);
}

function getAttr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

export interface MergedStyles {
  xml: string;
  /** The source's cellXfs index -> the target's. */
  xf: number[];
}

/**
 * Merges `source` (a styles part written without prefixes) into `target`. Number formats get new ids
 * above the target's when they are custom (id ≥ 164); fonts, fills, borders and cell formats are appended
 * unless the same element is already there.
 */
export function mergeStyles(target: string, source: string): MergedStyles {
  const prefix = /<(\w+:)?styleSheet\b/.exec(target)?.[1] ?? '';
  const src = Object.fromEntries(ORDER.map((n) => [n, block(source, n, '')])) as Record<Container, Block>;
  const dst = Object.fromEntries(ORDER.map((n) => [n, block(target, n, prefix)])) as Record<Container, Block>;

  const appendAll = (name: Container, items: string[]): number[] =>
    items.map((item) => {
      const el = withPrefix(item, prefix);
      const found = dst[name].children.indexOf(el);
      if (found >= 0) return found;
      dst[name].children.push(el);
      return dst[name].children.length - 1;
    });

  // Custom number formats: the source's ids renumbered past the target's.
  const numFmtMap = new Map<string, string>();
  let nextId = Math.max(163, ...dst.numFmts.children.map((c) => Number(getAttr(c, 'numFmtId') ?? 0))) + 1;
  for (const fmt of src.numFmts.children) {
    const id = getAttr(fmt, 'numFmtId') ?? '0';
    const code = getAttr(fmt, 'formatCode');
    const same = dst.numFmts.children.find((c) => getAttr(c, 'formatCode') === code);
    if (same) {
      numFmtMap.set(id, getAttr(same, 'numFmtId') ?? id);
      continue;
    }
    const newId = String(nextId++);
    numFmtMap.set(id, newId);
    dst.numFmts.children.push(withPrefix(setAttr(fmt, 'numFmtId', newId), prefix));
  }
  const fonts = appendAll('fonts', src.fonts.children);
  const fills = appendAll('fills', src.fills.children);
  const borders = appendAll('borders', src.borders.children);
  const remapped = src.cellXfs.children.map((xf) => {
    const start = /^<xf\b[^>]*?\/?>/.exec(xf)![0];
    let tag = start;
    const map = (name: string, table: number[]) => {
      const v = getAttr(tag, name);
      if (v !== undefined) tag = setAttr(tag, name, table[Number(v)] ?? 0);
    };
    map('fontId', fonts);
    map('fillId', fills);
    map('borderId', borders);
    const fmt = getAttr(tag, 'numFmtId');
    if (fmt !== undefined && numFmtMap.has(fmt)) tag = setAttr(tag, 'numFmtId', numFmtMap.get(fmt)!);
    // Based on the target's Normal style, whatever the source's was.
    tag = setAttr(tag, 'xfId', 0);
    return tag + xf.slice(start.length);
  });
  if (dst.cellStyleXfs.children.length === 0) {
    dst.cellStyleXfs.children.push(
      withPrefix('<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>', prefix),
    );
  }
  const xf = appendAll('cellXfs', remapped);

  // Write the containers back, from the last to the first so earlier offsets stay valid; a missing one goes
  // after the container before it in the schema's order (or first, right after the root's start tag).
  let xml = target;
  const render = (name: Container): string => {
    const b = dst[name];
    const attrs = setAttr(`<x${b.attrs}>`, 'count', b.children.length).slice(2, -1);
    return `<${prefix}${name}${attrs}>${b.children.join('')}</${prefix}${name}>`;
  };
  const needed = (name: Container) => dst[name].children.length > 0 || dst[name].span !== null;
  for (let i = ORDER.length - 1; i >= 0; i--) {
    const name = ORDER[i];
    const span = dst[name].span;
    if (span) xml = xml.slice(0, span[0]) + render(name) + xml.slice(span[1]);
  }
  for (const name of ORDER) {
    if (dst[name].span || !needed(name)) continue;
    const before = ORDER.slice(0, ORDER.indexOf(name)).reverse();
    let at = -1;
    for (const prev of before) {
      const close = xml.indexOf(`</${prefix}${prev}>`);
      if (close >= 0) {
        at = close + `</${prefix}${prev}>`.length;
        break;
      }
    }
    if (at < 0) {
      const root = /<(?:\w+:)?styleSheet\b[^>]*>/.exec(xml);
      at = root ? root.index + root[0].length : 0;
    }
    xml = xml.slice(0, at) + render(name) + xml.slice(at);
  }
  return { xml, xf };
}
