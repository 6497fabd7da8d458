// Which sheets of a workbook are ours: the one marking policy of every host. A generated sheet carries
//  - a workbook-scoped defined name `anticorruption_plan_addin.<role>[_<key>]` referring to its A1 — the CLI
//    writes it into the package, the Excel host adds it with `names.add` (ExcelApi 1.4). The name follows its
//    sheet through a rename; a user's copy of the sheet gets only a sheet-scoped copy of it (office-js#2875),
//    which marks nothing; a deleted sheet leaves the name behind as `#REF!` (office-js#4772), marking nothing
//    and ours to remove;
//  - in the Excel host also worksheet custom properties (ExcelApi 1.12) naming the sheet itself and what it
//    held when written. A copy keeps them but they name another sheet, so the copy is not ours.
// Where a sheet has our custom properties they decide (they know a sheet the user changed and took over);
// otherwise the defined name does.
import { GENERATED_MARK, GENERATED_ROLES, type GeneratedRole } from './sheet-spec';

/** Defined names may not contain `-`: the mark's prefix in a name. */
export const MARK_PREFIX = `${GENERATED_MARK.replace(/-/g, '_')}.`;

const roleKey = (role: GeneratedRole): string => role.replace(/-/g, '_');
// Longest first: `snapshot_changes_…` is not a `snapshot` mark.
const BY_LENGTH = [...GENERATED_ROLES].sort((a, b) => roleKey(b).length - roleKey(a).length);

/**
 * The defined name marking a sheet of `role`: `anticorruption_plan_addin.execution_table`, and with a key (a
 * date, a period) so several sheets of one role each have one: `anticorruption_plan_addin.snapshot_20240630`.
 */
export function markNameFor(role: GeneratedRole, key = ''): string {
  const k = key.replace(/[^A-Za-z0-9]/g, '');
  return `${MARK_PREFIX}${roleKey(role)}${k ? `_${k}` : ''}`;
}

/** The mark name for a sheet, numbered (`_2`, `_3`) past the names already `taken` (Excel compares without case). */
export function freeMarkName(role: GeneratedRole, key: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  const base = markNameFor(role, key);
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}

/** The role a mark's name names (`anticorruption_plan_addin.snapshot_20240630` -> `snapshot`), or null. */
export function roleOfMark(name: string): GeneratedRole | null {
  if (name.slice(0, MARK_PREFIX.length).toLowerCase() !== MARK_PREFIX) return null;
  const rest = name.slice(MARK_PREFIX.length).toLowerCase();
  for (const role of BY_LENGTH) {
    const key = roleKey(role);
    if (rest === key || rest.startsWith(`${key}_`) || rest.startsWith(`${key}.`)) return role;
  }
  return null;
}

/**
 * The sheet a reference starts with: `'Стан на 30.06.2024'!$A$1` and `=Лист1!$A$1` -> the sheet's name;
 * `#REF!` (the sheet was deleted) and anything else -> null.
 */
export function sheetOfReference(value: string): string | null {
  const v = value.trim().replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!/.exec(v);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^!'"=#]+)!/.exec(v);
  return plain ? plain[1] : null;
}

/** A defined name as a host reads it. Sheet-scoped names (a copy's) are never marks. */
export interface DefinedNameView {
  name: string;
  /** What it refers to: `'Sheet'!$A$1`, `#REF!`. */
  value: string;
  /** True for a sheet-scoped name. */
  local?: boolean;
}

export interface NameMark {
  role: GeneratedRole;
  /** The defined name itself. */
  mark: string;
}

/** Our sheets by their defined names: sheet name (lower case) -> role and name. Names of no live sheet are left out. */
export function marksByName(
  names: readonly DefinedNameView[],
  sheetNames: readonly string[],
): Map<string, NameMark> {
  const live = new Set(sheetNames.map((n) => n.toLowerCase()));
  const out = new Map<string, NameMark>();
  for (const n of names) {
    if (n.local) continue;
    const role = roleOfMark(n.name);
    const sheet = role ? sheetOfReference(n.value) : null;
    if (!role || sheet === null || !live.has(sheet.toLowerCase())) continue;
    if (!out.has(sheet.toLowerCase())) out.set(sheet.toLowerCase(), { role, mark: n.name });
  }
  return out;
}

/** Our workbook-scoped names that mark no live sheet (their sheet was deleted): ours to remove. */
export function danglingMarks(names: readonly DefinedNameView[], sheetNames: readonly string[]): string[] {
  const live = new Set(sheetNames.map((n) => n.toLowerCase()));
  return names
    .filter((n) => !n.local && roleOfMark(n.name) !== null)
    .filter((n) => {
      const sheet = sheetOfReference(n.value);
      return sheet === null || !live.has(sheet.toLowerCase());
    })
    .map((n) => n.name);
}

/** The worksheet custom properties of the Excel host's mark (ExcelApi 1.12). */
export const MARK_PROPERTIES = {
  mark: 'generatedBy',
  role: 'generatedRole',
  /** `{"id":…,"name":…}`: the sheet the mark was written for. */
  sheet: 'generatedSheet',
  /** What the sheet held when written (the Excel host's fingerprint). */
  fingerprint: 'generatedFingerprint',
} as const;
export type MarkPropertyKey = (typeof MARK_PROPERTIES)[keyof typeof MARK_PROPERTIES];
/** Written over `generatedBy` when a sheet of ours becomes the user's (they changed it). */
export const RELEASED_MARK = 'released';

export type PropertyVerdict =
  /** No mark property at all: the properties say nothing (the defined name, or a host's record, decides). */
  | { kind: 'none' }
  /** Marked ours and naming this very sheet. */
  | { kind: 'ours'; role: GeneratedRole; fingerprint?: string }
  /** Marked ours but without the sheet it names (an early mark): the host's own record decides. */
  | { kind: 'unnamed'; role: GeneratedRole; fingerprint?: string }
  /** A copy of ours (it names another sheet), a sheet released to the user, or a foreign value. */
  | { kind: 'not-ours' };

function isRole(v: unknown): v is GeneratedRole {
  return (GENERATED_ROLES as readonly unknown[]).includes(v);
}

function sheetRef(text: string | undefined): { id?: string; name?: string } | null {
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as unknown;
    if (typeof raw !== 'object' || raw === null) return null;
    const { id, name } = raw as Record<string, unknown>;
    if (typeof id !== 'string' && typeof name !== 'string') return null;
    return { ...(typeof id === 'string' ? { id } : {}), ...(typeof name === 'string' ? { name } : {}) };
  } catch {
    return null;
  }
}

/**
 * What a sheet's custom properties say. `sheet.id` is the Excel host's id (ids need not survive closing the
 * workbook, office-js-docs#297: the name matching will do); the CLI knows names only.
 */
export function markByProperties(
  props: Partial<Record<MarkPropertyKey, string>>,
  sheet: { name: string; id?: string },
): PropertyVerdict {
  const mark = props[MARK_PROPERTIES.mark];
  if (mark === undefined) return { kind: 'none' };
  const role = props[MARK_PROPERTIES.role];
  if (mark !== GENERATED_MARK || !isRole(role)) return { kind: 'not-ours' };
  const fingerprint = props[MARK_PROPERTIES.fingerprint];
  const extra = fingerprint !== undefined ? { fingerprint } : {};
  const ref = sheetRef(props[MARK_PROPERTIES.sheet]);
  if (!ref) return { kind: 'unnamed', role, ...extra };
  const itself =
    (ref.id !== undefined && sheet.id !== undefined && ref.id === sheet.id) ||
    (ref.name !== undefined && ref.name === sheet.name);
  return itself ? { kind: 'ours', role, ...extra } : { kind: 'not-ours' };
}
