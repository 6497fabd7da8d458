// What the answers would change, before anything is written: each change (measure, field, cell, old text, new
// text), the differences with the plan and how they are resolved, the files set aside and why, who answered
// and who did not — then «Застосувати» and its confirmation; each change has a tick, and an unticked one is not
// written. The texts are shown whole, as written.
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AnswersPreview } from '../app/requests-service';
import type { Lang } from '../core/i18n/lang';
import { plural } from '../core/i18n/lang';
import { conflictText, fieldLabel, fileOutcomeText, invalidText } from '../core/requests/messages';
import { REQUESTS_STRINGS } from './requests-strings';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: '4px' },
  h3: { margin: '8px 0 4px', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: '4px',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  number: { fontWeight: tokens.fontWeightSemibold },
  tick: { flexShrink: 0 },
  text: { minWidth: 0 },
});

export interface RequestsPreviewProps {
  preview: AnswersPreview;
  lang: Lang;
  confirming: boolean;
  disabled: boolean;
  /** Cells of the changes the user unticked: not written. */
  leftOut: ReadonlySet<string>;
  onToggle(cell: string): void;
  onApply(): void;
  onConfirm(): void;
  onCancel(): void;
}

function Group({ title, items }: { title: string; items: string[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <div>
      <h3 className={styles.h3}>{title}</h3>
      <ul className={styles.list} aria-label={title}>
        {items.map((t, i) => (
          <li key={i} className={styles.item}>
            {t}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function RequestsPreview(props: RequestsPreviewProps) {
  const { preview, lang, confirming } = props;
  const styles = useStyles();
  const s = REQUESTS_STRINGS[lang];
  const { report } = preview;
  const shown = (t: string) => (t === '' ? s.empty : t);
  const merged = report.files.filter((f) => f.status === 'merged').length;
  const chosen = preview.changes.filter((c) => !props.leftOut.has(c.cell)).length;
  const changesTitle = s.changesHeading(plural(lang, preview.changes.length, s.changes));
  const conflictsTitle = s.conflictsHeading(plural(lang, report.conflicts.length, s.conflicts));
  return (
    <div aria-live="polite">
      <Text as="p" weight="semibold">
        {s.previewHeading(plural(lang, report.files.length, s.files))}
      </Text>
      <h3 className={styles.h3}>{changesTitle}</h3>
      {preview.changes.length === 0 ? (
        <Text as="p">{s.noChanges}</Text>
      ) : (
        <ul className={styles.list} aria-label={changesTitle}>
          {preview.changes.map((c) => (
            <li key={c.cell} className={styles.item}>
              <Checkbox
                className={styles.tick}
                checked={!props.leftOut.has(c.cell)}
                disabled={props.disabled || confirming}
                aria-label={s.include(c.cell)}
                onChange={() => props.onToggle(c.cell)}
              />
              <span className={styles.text}>
                <span className={styles.number}>{s.measure(c.measureNumber)}</span> —{' '}
                {fieldLabel(c.field, lang)} ({c.cell}){c.overwrites ? `, ${s.overwrites}` : ''}
                {`\n${s.was}: ${shown(c.old)}\n${s.becomes}: ${shown(c.value.kind === 'clear' ? '' : c.value.text)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Group
        title={conflictsTitle}
        items={report.conflicts.map(
          (c) =>
            `${s.measure(c.measureNumber)} — ${fieldLabel(c.field, lang)} (${c.cell}): ${conflictText(c.kind, lang)}; ` +
            `${c.resolution === 'kept-plan' ? s.keptPlan : s.tookAnswer}\n${s.planText}: ${shown(c.plan)}` +
            c.answers
              .map((a) => `\n${s.answerText(a.from.map((f) => f.person).join(', '))}: ${shown(a.text)}`)
              .join(''),
        )}
      />
      <Group
        title={s.setAsideHeading}
        items={report.files
          .filter((f) => f.status !== 'merged')
          .map((f) => `${f.file}: ${fileOutcomeText(f, lang)}`)}
      />
      <Group
        title={s.invalidHeading}
        items={report.invalid.map(
          (v) =>
            `${v.file}, ${v.cell} (${s.measure(v.measureNumber)}): «${v.text}» — ${invalidText(v.reason, lang)}`,
        )}
      />
      <Group
        title={s.orphansHeading}
        items={report.orphans.map((o) => `${o.file}: ${s.measure(o.number)} ${o.measure}`)}
      />
      <Group
        title={s.respondentsHeading}
        items={
          merged === 0 ? [] : report.respondents.map((r) => s.respondent(r.person, r.answered, r.measures))
        }
      />
      <Group
        title={s.notAnsweredHeading}
        items={report.notAnswered.map((n) => s.notAnswered(n.person, n.measures.join(', ')))}
      />
      {preview.changes.length > 0 && !confirming && (
        <div>
          <Button appearance="primary" disabled={props.disabled || chosen === 0} onClick={props.onApply}>
            {s.apply}
          </Button>
          {chosen === 0 && <Text as="p">{s.noneChosen}</Text>}
        </div>
      )}
      {confirming && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.confirm(plural(lang, chosen, s.changes), preview.sheetName)}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {s.confirmYes}
            </Button>
            <Button onClick={props.onCancel}>{s.confirmNo}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
