// Highlights (with the legend of their colours) and «Додати списки для введення», which says what it
// added and where, or why it cannot — disabled, with the reason, when neither dropdown applies.
import { Button, Caption1, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { HelperOutcome, HelperReadiness, InputHelpersResult } from '../app/plan-service';
import { SEVERITY_FILL } from '../app/highlight-colours';
import type { Lang } from '../core/i18n/lang';
import { severityLabel } from '../core/i18n/messages';
import { SEVERITIES } from '../core/types';
import { STRINGS, type PaneStrings } from './strings';
import { useSectionStyles } from './styles';
import type { PlanSession } from './use-plan-session';

const useStyles = makeStyles({
  legend: { display: 'flex', flexWrap: 'wrap', gap: '12px', margin: 0, padding: 0, listStyleType: 'none' },
  swatch: {
    display: 'inline-block',
    width: '12px',
    height: '12px',
    marginRight: '4px',
    verticalAlign: 'middle',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  error: { backgroundColor: SEVERITY_FILL.error },
  warning: { backgroundColor: SEVERITY_FILL.warning },
  info: { backgroundColor: SEVERITY_FILL.info },
});

type WhyNot = keyof PaneStrings['helperWhyNot'];

function whyNot(o: Pick<HelperOutcome, 'what' | 'reason'>): WhyNot {
  if (o.reason === 'no-column') return o.what === 'status' ? 'no-column-status' : 'no-column-responsible';
  return o.reason === 'own-validation' ? 'own-validation' : 'no-positions';
}

/** The reasons a dropdown cannot be added, from the check (empty when at least one can). */
export function blockedReasons(r: HelperReadiness | undefined): WhyNot[] {
  if (!r || r.status === 'ready' || r.responsible === 'ready') return [];
  return [
    whyNot({ what: 'status', reason: 'no-column' }),
    whyNot({ what: 'responsible', reason: r.responsible === 'no-column' ? 'no-column' : 'no-positions' }),
  ];
}

function resultLines(result: InputHelpersResult, lang: Lang): string[] {
  const s = STRINGS[lang];
  const added = result.added.flatMap((a) => [
    s.helperAdded(a.what, a.heading ?? '', a.address ?? ''),
    ...(a.listSheet ? [s.helperOnSheet(a.listSheet)] : []),
  ]);
  const skipped = result.skipped.map((o) => s.helperWhyNot[whyNot(o)]);
  return [...added, ...skipped, ...(added.length ? [] : [s.helpersNone])];
}

export type HelpersSettingsProps = Pick<
  PlanSession,
  'lang' | 'busy' | 'settings' | 'lacks' | 'result' | 'notice' | 'setHighlights' | 'addInputHelpers'
>;

export function HelpersSettings(props: HelpersSettingsProps) {
  const { lang, busy, settings, lacks, result, notice } = props;
  const s = STRINGS[lang];
  const styles = useStyles();
  const section = useSectionStyles();
  const blocked = blockedReasons(result?.inputHelpers);
  const disabled = busy !== null || lacks('input-helpers') || result === null || blocked.length > 0;
  return (
    <>
      <Switch
        indicator={{ className: section.flushIndicator }}
        label={s.highlights}
        checked={settings.highlights}
        disabled={lacks('highlights')}
        onChange={(_e, data) => void props.setHighlights(data.checked)}
      />
      <div>
        <Caption1 id="legend-label">{s.legend}</Caption1>
        <ul className={styles.legend} aria-labelledby="legend-label">
          {SEVERITIES.map((sev) => (
            <li key={sev}>
              <span className={`${styles.swatch} ${styles[sev]}`} aria-hidden />
              <Caption1>{severityLabel(sev, lang)}</Caption1>
            </li>
          ))}
        </ul>
      </div>
      <div className={section.row}>
        <Button
          disabled={disabled}
          aria-describedby="helpers-why"
          onClick={() => void props.addInputHelpers()}
        >
          {s.inputHelpers}
        </Button>
      </div>
      <div id="helpers-why" role="status">
        {(notice?.kind === 'helpers'
          ? resultLines(notice.result, lang)
          : blocked.map((k) => s.helperWhyNot[k])
        ).map((line) => (
          <Text as="p" block key={line} className={section.p} size={200}>
            {line}
          </Text>
        ))}
      </div>
    </>
  );
}
