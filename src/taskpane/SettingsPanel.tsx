// Which sheet holds the plan and the office's list of positions (for checking the responsible persons),
// inside the pane's «Налаштування». Saving either re-checks the plan, through `onSave`.
import { type Ref, useCallback, useEffect, useRef, useState } from 'react';
import { Button, Field, Select, Textarea } from '@fluentui/react-components';
import type { PaneSettings, PlanService } from '../app/plan-service';
import type { Lang } from '../core/i18n/lang';
import { STRINGS } from './strings';
import { useSectionStyles } from './styles';

/** The option value standing for `planSheet: null` (Excel forbids empty sheet names, so it cannot clash). */
const AUTO = '';

/** The positions typed one per line: trimmed, blank lines dropped, spelling otherwise kept as typed. */
export function positionLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const sameList = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export interface SettingsPanelProps {
  service: PlanService;
  settings: PaneSettings;
  lang: Lang;
  /** True when this Excel cannot store settings. */
  disabled?: boolean;
  /** Save the changed settings and re-check the plan. */
  onSave: (patch: Partial<PaneSettings>) => Promise<void>;
  onError: (e: unknown) => void;
  /** The positions box, for «Додати перелік» to focus. */
  positionsRef?: Ref<HTMLTextAreaElement>;
}

export function SettingsPanel({
  service,
  settings,
  lang,
  disabled = false,
  onSave,
  onError,
  positionsRef,
}: SettingsPanelProps) {
  const styles = useSectionStyles();
  const s = STRINGS[lang];
  const [sheets, setSheets] = useState<string[]>([]);
  const mounted = useRef(true);

  // Sheets come and go (a report is generated, a sheet renamed): list them again whenever the list gets focus.
  const refreshSheets = useCallback(async (): Promise<void> => {
    try {
      const names = await service.listSheets();
      if (mounted.current) setSheets(names);
    } catch (e) {
      if (mounted.current) onError(e);
    }
  }, [service, onError]);

  useEffect(() => {
    mounted.current = true;
    void refreshSheets();
    return () => {
      mounted.current = false;
    };
  }, [refreshSheets]);

  // The draft follows the saved list whenever that changes (loaded, saved); typing does not save.
  const saved = settings.positions.join('\n');
  const [draft, setDraft] = useState(saved);
  useEffect(() => setDraft(saved), [saved]);
  const draftLines = positionLines(draft);

  // A saved sheet that no longer exists stays listed, so the choice shown is the one in force.
  const options =
    settings.planSheet !== null && !sheets.includes(settings.planSheet)
      ? [...sheets, settings.planSheet]
      : sheets;

  return (
    <>
      <Field label={s.planSheetLabel} hint={s.planSheetHint}>
        <Select
          value={settings.planSheet ?? AUTO}
          disabled={disabled}
          onFocus={() => void refreshSheets()}
          onChange={(_e, data) => void onSave({ planSheet: data.value === AUTO ? null : data.value })}
        >
          <option value={AUTO}>{s.planSheetAuto}</option>
          {options.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.positionsLabel} hint={s.positionsHint}>
        <Textarea
          ref={positionsRef}
          value={draft}
          rows={5}
          resize="vertical"
          disabled={disabled}
          onChange={(_e, data) => setDraft(data.value)}
        />
      </Field>
      <div className={styles.row}>
        <Button
          disabled={disabled || sameList(draftLines, settings.positions)}
          onClick={() => void onSave({ positions: draftLines })}
        >
          {s.savePositions}
        </Button>
      </div>
    </>
  );
}
