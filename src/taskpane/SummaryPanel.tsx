// The measures counted by status, as the summary sheet counts them, under the plan that was read. The
// count of measures with no report is the problem: in the danger colour, and a filter of the findings.
import { Badge, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../app/plan-service';
import type { Lang } from '../core/i18n/lang';
import { statusLabel } from '../core/i18n/messages';
import { periodPhrase } from '../core/i18n/period-phrase';
import { STATUSES, type Status } from '../core/types';
import { count } from './count-strings';
import { STRINGS } from './strings';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
  statusList: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: '4px' },
  statusItem: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '8px' },
  danger: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

const BADGE: Partial<Record<Status, 'success' | 'danger'>> = { done: 'success', none: 'danger' };

export interface SummaryPanelProps {
  result: CheckResult;
  lang: Lang;
  /** Show the findings about measures with nothing reported. */
  onUnreported: () => void;
}

export function SummaryPanel({ result, lang, onUnreported }: SummaryPanelProps) {
  const sections = useSectionStyles();
  const styles = useStyles();
  const s = STRINGS[lang];
  const { summary } = result;
  return (
    <section aria-labelledby="summary-heading" className={sections.section}>
      <h2 id="summary-heading" className={sections.h2}>
        {s.summaryHeading}: {count(lang, 'measures', summary.total)}
      </h2>
      <Caption1>
        {s.planLine(result.sheetName, periodPhrase(result.period, lang, 'label'))};{' '}
        {count(lang, 'sections', result.sectionCount)}, {count(lang, 'measures', result.measureCount)}.
      </Caption1>
      <ul className={styles.statusList}>
        {STATUSES.filter((st) => summary.byStatus[st] > 0).map((st) => (
          <li key={st} className={styles.statusItem}>
            {st === 'none' ? (
              <Link className={styles.danger} onClick={onUnreported} title={s.summaryFilterHint}>
                {statusLabel(st, lang)}
              </Link>
            ) : (
              <span>{statusLabel(st, lang)}</span>
            )}
            <Badge appearance={st === 'none' ? 'filled' : 'tint'} color={BADGE[st] ?? 'informative'}>
              {summary.byStatus[st]}
            </Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}
