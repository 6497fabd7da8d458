// Words every rule's message is built from, so all findings start and write dates alike.
import { dottedDate } from '../calendar';
import type { MessageParams } from '../types';
import type { Lang } from './lang';

/** What a finding is about: `захід 18` / `measure 18`, or `рядок` / `row` for a row without a number. */
export function subject(p: MessageParams, lang: Lang): string {
  if (p.number) return lang === 'uk' ? `захід ${p.number}` : `measure ${p.number}`;
  return lang === 'uk' ? 'рядок' : 'row';
}

/** A YYYY-MM-DD parameter as papers write it (`31.12.2023`). */
export function dateParam(value: string | number | undefined): string {
  return dottedDate(String(value ?? ''));
}
