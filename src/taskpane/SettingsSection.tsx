// «Налаштування», collapsed: what is set once per workbook — language, the date of the check, the plan
// sheet and positions, highlights and input dropdowns. App opens it (and focuses the positions) from
// «Додати перелік».
import type { Ref } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import type { PlanService } from '../app/plan-service';
import { AsOfField } from './AsOfField';
import { HelpersSettings } from './HelpersSettings';
import { SettingsPanel } from './SettingsPanel';
import { STRINGS } from './strings';
import { useSectionStyles } from './styles';
import type { PlanSession } from './use-plan-session';

export interface SettingsSectionProps {
  service: PlanService;
  session: PlanSession;
  open: boolean;
  onOpen: (open: boolean) => void;
  positionsRef: Ref<HTMLTextAreaElement>;
}

const ITEM = 'settings';

const useStyles = makeStyles({
  // Flush with the sections above: Fluent indents an accordion's header and panel by default.
  header: { '& > button': { paddingLeft: 0 } },
  panel: { marginLeft: 0, marginRight: 0 },
});

export function SettingsSection({ service, session, open, onOpen, positionsRef }: SettingsSectionProps) {
  const styles = useSectionStyles();
  const own = useStyles();
  const { lang } = session;
  const s = STRINGS[lang];
  // The language changes only what the pane says: nothing to check again.
  const setLang = (value: string): Promise<void> =>
    session.saveSettings({ language: value === 'en' ? 'en' : 'uk' }, { recheck: false });
  return (
    <Accordion
      collapsible
      openItems={open ? [ITEM] : []}
      onToggle={(_e, data) => onOpen(data.openItems.includes(ITEM))}
    >
      <AccordionItem value={ITEM}>
        <AccordionHeader as="h2" expandIconPosition="end" className={own.header}>
          {s.settingsHeading}
        </AccordionHeader>
        <AccordionPanel className={own.panel}>
          <div className={styles.section}>
            <Field label={s.language}>
              <RadioGroup layout="horizontal" value={lang} onChange={(_e, data) => void setLang(data.value)}>
                <Radio
                  value="uk"
                  label="Українська"
                  input={{ className: styles.choiceLabel }}
                  indicator={{ className: styles.flushIndicator }}
                />
                <Radio value="en" label="English" input={{ className: styles.choiceLabel }} />
              </RadioGroup>
            </Field>
            <AsOfField
              lang={lang}
              asOf={session.asOf}
              disabled={session.lacks('settings')}
              onChange={(asOf) => void session.saveSettings({ asOf })}
            />
            <SettingsPanel
              service={service}
              settings={session.settings}
              lang={lang}
              disabled={session.lacks('settings')}
              onSave={session.saveSettings}
              onError={session.reportError}
              positionsRef={positionsRef}
            />
            <HelpersSettings {...session} />
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
