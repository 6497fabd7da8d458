// The measures counted by status, as the summary sheet counts them.
import { Badge, makeStyles } from '@fluentui/react-components';
import { STATUSES, type Status, type Summary } from '../core/types';
import { plural, type Lang } from '../core/i18n/lang';
import { statusLabel } from '../core/i18n/messages';
import { STRINGS } from './strings';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
  statusList: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: '4px' },
  statusItem: { display: 'flex', justifyContent: 'space-between', gap: '8px' },
});

const BADGE: Partial<Record<Status, 'success' | 'danger'>> = { done: 'success', 'not-done': 'danger' };

export function SummaryPanel({ summary, lang }: { summary: Summary; lang: Lang }) {
  const sections = useSectionStyles();
  const styles = useStyles();
  const s = STRINGS[lang];
  return (
    <section aria-labelledby="summary-heading" className={sections.section}>
      <h2 id="summary-heading" className={sections.h2}>
        {s.summaryHeading}: {plural(lang, summary.total, s.measures)}
      </h2>
      <ul className={styles.statusList}>
        {STATUSES.filter((st) => summary.byStatus[st] > 0).map((st) => (
          <li key={st} className={styles.statusItem}>
            <span>{statusLabel(st, lang)}</span>
            <Badge appearance="tint" color={BADGE[st] ?? 'informative'}>
              {summary.byStatus[st]}
            </Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}
