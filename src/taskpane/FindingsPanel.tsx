// The findings, grouped by severity and rule, with a text filter and severity toggles. Each finding is a
// real button: click, Enter or Space selects its cell in the workbook.
import { useMemo, useState } from 'react';
import {
  CounterBadge,
  Field,
  SearchBox,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { SEVERITIES, type Finding, type Severity } from '../core/types';
import { plural, type Lang } from '../core/i18n/lang';
import { severityLabel } from '../core/i18n/messages';
import { countBySeverity, groupFindings } from './findings-view';
import { STRINGS } from './strings';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
  toggles: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  ruleHeading: {
    margin: '8px 0 4px',
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  severityHeading: {
    margin: '12px 0 4px',
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  item: {
    display: 'flex',
    gap: '8px',
    width: '100%',
    textAlign: 'start',
    padding: '6px 8px',
    marginBottom: '2px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, minWidth: '3.5em' },
  message: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

const BADGE_COLOR: Record<Severity, 'danger' | 'important' | 'informative'> = {
  error: 'danger',
  warning: 'important',
  info: 'informative',
};

export interface FindingsPanelProps {
  findings: Finding[];
  lang: Lang;
  onSelect: (finding: Finding) => void;
}

export function FindingsPanel({ findings, lang, onSelect }: FindingsPanelProps) {
  const s = STRINGS[lang];
  const sections = useSectionStyles();
  const styles = useStyles();
  const [text, setText] = useState('');
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const groups = useMemo(
    () => groupFindings(findings, { text, severities }, lang),
    [findings, text, severities, lang],
  );
  const shown = groups.reduce((n, g) => n + g.count, 0);

  const toggle = (sev: Severity): void =>
    setSeverities((prev) => {
      const next = new Set(prev);
      if (next.has(sev)) next.delete(sev);
      else next.add(sev);
      return next;
    });

  return (
    <section aria-labelledby="findings-heading" className={sections.section}>
      <h2 id="findings-heading" className={sections.h2}>
        {s.findingsHeading}: {plural(lang, findings.length, s.findings)}
      </h2>
      {findings.length === 0 ? (
        <Text>{s.noFindings}</Text>
      ) : (
        <>
          <Field label={s.filterLabel}>
            <SearchBox
              value={text}
              placeholder={s.filterPlaceholder}
              onChange={(_e, data) => setText(data.value)}
            />
          </Field>
          <div role="group" aria-label={s.severityFilter} className={styles.toggles}>
            {SEVERITIES.map((sev) => (
              <ToggleButton
                key={sev}
                size="small"
                checked={severities.has(sev)}
                onClick={() => toggle(sev)}
                icon={<CounterBadge count={counts[sev]} showZero color={BADGE_COLOR[sev]} size="small" />}
              >
                {severityLabel(sev, lang)}
              </ToggleButton>
            ))}
          </div>
          <Text size={200} aria-live="polite">
            {s.shown(shown, findings.length)}
          </Text>
          {shown === 0 && <Text as="p">{s.noMatches}</Text>}
          {groups.map((g) => (
            <div key={g.severity}>
              <h3 className={styles.severityHeading}>
                {severityLabel(g.severity, lang)} ({g.count})
              </h3>
              {g.rules.map((r) => (
                <div key={r.rule}>
                  <h4 className={styles.ruleHeading}>
                    {r.title} ({r.items.length})
                  </h4>
                  <ul className={styles.list}>
                    {r.items.map(({ finding, message }, i) => (
                      <li key={`${finding.sheet}!${finding.cell}:${i}`}>
                        <button
                          type="button"
                          className={styles.item}
                          data-cell={finding.cell}
                          onClick={() => onSelect(finding)}
                        >
                          <span className={styles.cell}>{finding.cell}</span>
                          <span className={styles.message}>{message}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
