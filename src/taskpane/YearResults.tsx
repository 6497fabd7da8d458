// What the last year action gave: the snapshot written and the changes since the one before it, the changes
// since the last snapshot, or next year's plan and the officer's list (carried over, to drop, unmoved).
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ChangesList, NextYearResult } from '../app/plan-service';
import { dottedDate } from '../core/calendar';
import type { Lang } from '../core/i18n/lang';
import { statusLabel } from '../core/i18n/messages';
import { STATUSES, type Status } from '../core/types';
import type { SnapshotChange } from '../core/year/changes';
import type { MeasureNote } from '../core/year/next-year';
import { CHANGE_LABELS, NEXT_YEAR_LABELS } from '../core/year/year-labels';
import { useSectionStyles } from './styles';
import type { YearOutcome } from './use-year-session';
import { YEAR_STRINGS } from './year-strings';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: '4px' },
  h3: { margin: '8px 0 4px', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'start',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  button: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  number: { fontWeight: tokens.fontWeightSemibold },
});

const isStatus = (v: string): v is Status => (STATUSES as readonly string[]).includes(v);

function shown(change: SnapshotChange, value: string | undefined, lang: Lang): string {
  if (value === undefined) return '';
  if (change.kind === 'status-changed' && isStatus(value)) return statusLabel(value, lang);
  return value === '' ? YEAR_STRINGS[lang].empty : value;
}

function ChangesView({
  list,
  lang,
  onSelectRow,
}: {
  list: ChangesList;
  lang: Lang;
  onSelectRow?: (row: number) => void;
}) {
  const styles = useStyles();
  const s = YEAR_STRINGS[lang];
  const kinds = CHANGE_LABELS[lang].kinds;
  return (
    <div>
      <h3 className={styles.h3}>{s.changesHeading(dottedDate(list.since), dottedDate(list.asOf))}</h3>
      <Text as="p">
        {s.changesCounts(list.counts['status-changed'], list.counts.reported, list.counts['newly-overdue'])}
      </Text>
      {list.changes.length === 0 ? (
        <Text as="p">{s.noChanges}</Text>
      ) : (
        <ul
          className={styles.list}
          aria-label={s.changesHeading(dottedDate(list.since), dottedDate(list.asOf))}
        >
          {list.changes.map((c, i) => {
            const before = shown(c, c.before, lang);
            const after = shown(c, c.after, lang);
            const body = (
              <>
                <span className={styles.number}>{s.measure(c.number)}</span> — {kinds[c.kind]}
                {before && `\n${s.before}: ${before}`}
                {after && `\n${s.after}: ${after}`}
              </>
            );
            const select = c.kind !== 'removed' ? onSelectRow : undefined;
            return (
              <li key={`${c.key}:${c.kind}:${i}`}>
                {select ? (
                  <button
                    type="button"
                    className={`${styles.item} ${styles.button}`}
                    data-row={c.row}
                    onClick={() => select(c.row)}
                  >
                    {body}
                  </button>
                ) : (
                  <div className={styles.item}>{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function NotesGroup({ title, items, lang }: { title: string; items: string[]; lang: Lang }) {
  const styles = useStyles();
  return (
    <div>
      <h3 className={styles.h3}>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <Text as="p">{YEAR_STRINGS[lang].none}</Text>
      ) : (
        <ul className={styles.list}>
          {items.map((t, i) => (
            <li key={i} className={styles.item}>
              {t}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function NextYearView({ result, lang }: { result: NextYearResult; lang: Lang }) {
  const s = YEAR_STRINGS[lang];
  const years = (p: { from: string; to: string }) =>
    p.from.slice(0, 4) === p.to.slice(0, 4)
      ? p.from.slice(0, 4)
      : `${p.from.slice(0, 4)}–${p.to.slice(0, 4)}`;
  const quote = (t: string) => (lang === 'uk' ? `«${t}»` : `“${t}”`);
  const note = (m: MeasureNote) => `${s.measure(m.number)}: ${m.measure}\n${m.deadline}`;
  const reasons = NEXT_YEAR_LABELS[lang].reasons;
  return (
    <div>
      <Text as="p">
        {s.nextYearDone(years(result.to), result.sheets.map(quote).join(', '))}{' '}
        {s.nextYearMoved(result.movedDeadlines)}
      </Text>
      <NotesGroup
        title={s.draftsThisPlan}
        lang={lang}
        items={result.draftsThisPlan.map((m) => `${note(m)}\n${s.newDeadline(m.newDeadline)}`)}
      />
      <NotesGroup title={s.carriedOver} lang={lang} items={result.carriedOver.map(note)} />
      <NotesGroup title={s.dropCandidates} lang={lang} items={result.dropCandidates.map(note)} />
      <NotesGroup
        title={s.unmoved}
        lang={lang}
        items={result.unmoved.map(
          (u) =>
            `${u.cell}${u.number ? ` (${s.measure(u.number)})` : ''}: ${quote(u.text)} — ${reasons[u.reason].replace('{date}', u.date ?? '')}`,
        )}
      />
      {result.yearInText > 0 && <Text as="p">{s.yearInText(result.yearInText)}</Text>}
    </div>
  );
}

export function YearResults({
  outcome,
  lang,
  onSelectRow,
}: {
  outcome: YearOutcome;
  lang: Lang;
  onSelectRow?: (row: number) => void;
}) {
  const sections = useSectionStyles();
  const s = YEAR_STRINGS[lang];
  if (!outcome) return null;
  return (
    <div role="status" className={sections.section}>
      {outcome.kind === 'snapshot' && (
        <>
          <Text as="p">{s.snapshotDone(outcome.result.sheets[0], outcome.result.replaced)}</Text>
          {outcome.result.notes?.map((n) => (
            <Text as="p" key={n}>
              {n}
            </Text>
          ))}
          {outcome.result.changes ? (
            <>
              <ChangesView list={outcome.result.changes} lang={lang} onSelectRow={onSelectRow} />
              {outcome.result.sheets[1] && <Text as="p">{s.changesSheet(outcome.result.sheets[1])}</Text>}
            </>
          ) : null}
        </>
      )}
      {outcome.kind === 'changes' && (
        <>
          {outcome.result.snapshots.length > 0 && (
            <Text as="p">{s.snapshotsKept(outcome.result.snapshots.map(dottedDate).join(', '))}</Text>
          )}
          {outcome.result.changes ? (
            <ChangesView list={outcome.result.changes} lang={lang} onSelectRow={onSelectRow} />
          ) : (
            <Text as="p">{s.noSnapshot}</Text>
          )}
        </>
      )}
      {outcome.kind === 'next-year' && <NextYearView result={outcome.result} lang={lang} />}
    </div>
  );
}
