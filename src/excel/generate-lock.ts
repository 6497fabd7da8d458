// One generate at a time per workbook. The ribbon's command and the pane run in different JavaScript
// runtimes, so the lock lives in the workbook: a very hidden sheet of a fixed name (adding it fails when it
// exists, so two runs cannot both take it, whatever the timing) and a setting saying who holds it and when
// it last showed signs of life. A lock nobody has touched for LOCK_STALE_MS is stale: its run lost the
// workbook. The instance that left it knows it at once (it runs one generate at a time).
import type { Lang } from '../core/i18n/lang';
import { busyError } from './plan-errors';
import { LOCK_KEY, lockSchema, parseStored } from './settings';
import { LOCK_SHEET, type WorkbookInfo } from './workbook-info';

/**
 * A run refreshes the lock at every write request; five minutes without one (far longer than a request of
 * the largest plan takes, even on Excel on the web) and the lock is taken over.
 */
export const LOCK_STALE_MS = 5 * 60 * 1000;

export interface LockOwner {
  /** This service instance (one per runtime: the pane, the ribbon's command page), which runs one at a time. */
  token: string;
  now: () => number;
}

function isAlreadyExists(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ItemAlreadyExists';
}

/**
 * Throws `busy` when another run holds the lock; otherwise queues taking it (removing a stale one first)
 * at the head of the next request. The request then fails with ItemAlreadyExists if another run was faster:
 * `lockTaken` maps that to `busy` too.
 */
export function queueAcquire(
  context: Excel.RequestContext,
  info: WorkbookInfo,
  me: LockOwner,
  lang: Lang,
): void {
  const held = info.sheets.find((s) => s.name === LOCK_SHEET);
  if (held) {
    const { lock } = info;
    // Ours: left by an earlier run of this instance (which runs one generate at a time) that lost the workbook.
    const mine = lock?.owner === me.token;
    const fresh = lock !== null && me.now() - lock.at < LOCK_STALE_MS;
    if (fresh && !mine) throw busyError(lock.at, lang);
    // Stale, or left by a run of this instance that lost the workbook: by id, so a lock sheet another run
    // has just put in its place is not the one deleted.
    context.workbook.worksheets.getItem(held.id).delete();
  }
  const sheet = context.workbook.worksheets.add(LOCK_SHEET);
  sheet.visibility = 'VeryHidden';
  queueHeartbeat(context, me);
}

export function queueHeartbeat(context: Excel.RequestContext, me: LockOwner): void {
  context.workbook.settings.add(LOCK_KEY, JSON.stringify({ owner: me.token, at: me.now() }));
}

/** A failed request that was taking the lock: another run took it first. */
export function lockRefusal(e: unknown, info: WorkbookInfo, me: LockOwner, lang: Lang): Error | null {
  return isAlreadyExists(e) ? busyError(info.lock?.at ?? me.now(), lang) : null;
}

/** Queued with the last write: the lock sheet and its record go. */
export function queueRelease(context: Excel.RequestContext): void {
  context.workbook.worksheets.getItem(LOCK_SHEET).delete();
  context.workbook.settings.getItem(LOCK_KEY).delete();
}

/** After a failure: release the lock if it is still ours, in requests of its own. */
export async function releaseQuietly(context: Excel.RequestContext, me: LockOwner): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(LOCK_SHEET);
  const record = context.workbook.settings.getItemOrNullObject(LOCK_KEY);
  sheet.load('id');
  record.load('value');
  await context.sync();
  const owner = record.isNullObject ? null : parseStored(record.value, lockSchema)?.owner;
  if (owner !== me.token) return;
  if (!sheet.isNullObject) sheet.delete();
  record.delete();
  await context.sync();
}
