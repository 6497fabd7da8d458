// What a person can do: check, generate (with its progress), highlights, input dropdowns, language.
import { Button, Field, ProgressBar, Radio, RadioGroup, Switch } from '@fluentui/react-components';
import { STRINGS } from './strings';
import { useSectionStyles } from './styles';
import type { PlanSession } from './use-plan-session';

export type ActionsPanelProps = Pick<
  PlanSession,
  | 'lang'
  | 'busy'
  | 'progress'
  | 'settings'
  | 'lacks'
  | 'check'
  | 'generate'
  | 'addInputHelpers'
  | 'setHighlights'
  | 'saveSettings'
>;

export function ActionsPanel(props: ActionsPanelProps) {
  const { lang, busy, progress, settings, lacks } = props;
  const styles = useSectionStyles();
  const s = STRINGS[lang];
  // The language changes only what the pane says: nothing to check again.
  const setLang = (value: string): Promise<void> =>
    props.saveSettings({ language: value === 'en' ? 'en' : 'uk' }, { recheck: false });

  return (
    <section aria-labelledby="actions-heading" className={styles.section}>
      <h2 id="actions-heading" className={styles.h2}>
        {s.actionsHeading}
      </h2>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy !== null} onClick={() => void props.check()}>
          {s.check}
        </Button>
        <Button disabled={busy !== null || lacks('generate')} onClick={() => void props.generate()}>
          {s.generate}
        </Button>
      </div>
      {busy === 'generate' && (
        <Field validationMessage={s.generating} validationState="none">
          <ProgressBar value={progress} max={1} aria-label={s.generating} />
        </Field>
      )}
      {busy === 'check' && (
        <Field validationMessage={s.checking} validationState="none">
          <ProgressBar aria-label={s.checking} />
        </Field>
      )}
      <Switch
        label={s.highlights}
        checked={settings.highlights}
        disabled={lacks('highlights')}
        onChange={(_e, data) => void props.setHighlights(data.checked)}
      />
      <div className={styles.row}>
        <Button
          disabled={busy !== null || lacks('input-helpers')}
          onClick={() => void props.addInputHelpers()}
        >
          {s.inputHelpers}
        </Button>
      </div>
      <Field label={s.language}>
        <RadioGroup layout="horizontal" value={lang} onChange={(_e, data) => void setLang(data.value)}>
          <Radio value="uk" label="Українська" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </Field>
    </section>
  );
}
