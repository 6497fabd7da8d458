// The findings: a heading that counts them by severity, tabs that filter (empty ones hidden), a search
// over what they say and their measure numbers; errors and warnings as cards grouped by rule, notes
// collapsed into one line per kind (NotesList).
import { useMemo, useState } from 'react';
import { Field, SearchBox, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../core/i18n/lang';
import { SEVERITIES, type Finding, type Severity } from '../core/types';
import { count, type CountKey } from './count-strings';
import { FindingButton } from './FindingButton';
import { noteLines, severityHeadline, UNREPORTED_RULES } from './finding-summaries';
import { useFindingStyles } from './finding-styles';
import { countBySeverity, groupFindings } from './findings-view';
import { NotesList } from './NotesList';
import type { SpacesFixProps } from './SpacesFix';
import { STRINGS } from './strings';
import { useSectionStyles } from './styles';

export type FindingsTab = 'all' | Severity | 'unreported';

const TAB_COUNT: Record<Severity, CountKey> = {
  error: 'errorsTab',
  warning: 'warningsTab',
  info: 'notesTab',
};

const useStyles = makeStyles({
  tabs: { flexWrap: 'wrap', marginLeft: '-10px' },
  severityHeading: {
    margin: '8px 0 0',
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
});

export interface FindingsPanelProps {
  findings: Finding[];
  lang: Lang;
  onSelect: (finding: Finding) => void;
  tab: FindingsTab;
  onTab: (tab: FindingsTab) => void;
  spaces: SpacesFixProps;
  /** Responsible persons were not checked: NotesList says so. */
  unchecked: boolean;
  onAddPositions: () => void;
}

export function FindingsPanel(props: FindingsPanelProps) {
  const { findings, lang, onSelect, tab, onTab } = props;
  const s = STRINGS[lang];
  const sections = useSectionStyles();
  const styles = useStyles();
  const cards = useFindingStyles();
  const [text, setText] = useState('');
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const unreported = useMemo(() => findings.filter((f) => UNREPORTED_RULES.has(f.rule)).length, [findings]);
  const shownSeverities = useMemo(
    () => new Set<Severity>(tab === 'all' || tab === 'unreported' ? SEVERITIES : [tab]),
    [tab],
  );
  const groups = useMemo(
    () =>
      groupFindings(
        findings,
        { text, severities: shownSeverities, rules: tab === 'unreported' ? UNREPORTED_RULES : undefined },
        lang,
      ),
    [findings, text, shownSeverities, tab, lang],
  );
  const notes = useMemo(() => {
    const info = groups.find((g) => g.severity === 'info');
    return noteLines(info ? info.rules.flatMap((r) => r.items.map((i) => i.finding)) : [], lang);
  }, [groups, lang]);
  const shown = groups.reduce((n, g) => n + g.count, 0);
  const headline = severityHeadline(findings, lang);
  const notesTab = tab === 'all' || tab === 'info';

  return (
    <section aria-labelledby="findings-heading" className={sections.section}>
      <h2 id="findings-heading" className={sections.h2}>
        {findings.length ? `${s.findingsHeading}: ${headline}` : s.findingsHeading}
      </h2>
      {findings.length === 0 ? (
        <>
          <Text>{s.noFindings}</Text>
          {props.unchecked && (
            <NotesList
              lines={[]}
              lang={lang}
              onSelect={onSelect}
              spaces={props.spaces}
              unchecked
              onAddPositions={props.onAddPositions}
            />
          )}
        </>
      ) : (
        <>
          <TabList
            size="small"
            className={styles.tabs}
            selectedValue={tab}
            aria-label={s.filterTabs}
            onTabSelect={(_e, data) => onTab(data.value as FindingsTab)}
          >
            <Tab value="all">{count(lang, 'allTab', findings.length)}</Tab>
            {SEVERITIES.filter((sev) => counts[sev] > 0).map((sev) => (
              <Tab key={sev} value={sev}>
                {count(lang, TAB_COUNT[sev], counts[sev])}
              </Tab>
            ))}
            {unreported > 0 && <Tab value="unreported">{`${s.unreportedTab} (${unreported})`}</Tab>}
          </TabList>
          <Field label={s.searchLabel}>
            <SearchBox
              value={text}
              size="small"
              placeholder={s.searchPlaceholder}
              onChange={(_e, data) => setText(data.value)}
            />
          </Field>
          {text.trim() !== '' && <Text size={200}>{count(lang, 'shown', shown)}</Text>}
          {shown === 0 && <Text as="p">{s.noMatches}</Text>}
          {groups
            .filter((g) => g.severity !== 'info')
            .map((g) => (
              <div key={g.severity}>
                <h3 className={styles.severityHeading}>{count(lang, TAB_COUNT[g.severity], g.count)}</h3>
                {g.rules.map((r) => (
                  <div key={r.rule}>
                    <h4 className={cards.ruleHeading}>
                      {r.title} ({r.items.length})
                    </h4>
                    <ul className={cards.list}>
                      {r.items.map(({ finding, message }, i) => (
                        <li key={`${finding.sheet}!${finding.cell}:${i}`}>
                          <FindingButton finding={finding} message={message} onSelect={onSelect} />
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            ))}
          {notesTab && (notes.length > 0 || props.unchecked) && (
            <div>
              <h3 className={styles.severityHeading}>
                {count(
                  lang,
                  'notesTab',
                  notes.reduce((n, l) => n + l.findings.length, 0),
                )}
              </h3>
              <NotesList
                lines={notes}
                lang={lang}
                onSelect={onSelect}
                spaces={props.spaces}
                unchecked={props.unchecked}
                onAddPositions={props.onAddPositions}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
