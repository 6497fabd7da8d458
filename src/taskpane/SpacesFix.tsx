// «Прибрати зайві пробіли»: first what will change (cell, the text with its extra spaces shown, the text
// after), then the write only on «Змінити клітинки». The plan sheet is written by nothing else.
import { useState } from 'react';
import { Button, Caption1, Text } from '@fluentui/react-components';
import type { SpacesPreview } from '../app/plan-service';
import type { Lang } from '../core/i18n/lang';
import { useFindingStyles } from './finding-styles';
import { STRINGS } from './strings';
import { useSectionStyles } from './styles';
import type { PlanSession } from './use-plan-session';

/** The blanks that go, made visible: `·` for each. */
const shown = (text: string): string =>
  text.replace(/^[^\S\n]+|[^\S\n]+$|[^\S\n]{2,}|\u00a0/g, (m) => '·'.repeat(m.length));

export type SpacesFixProps = Pick<PlanSession, 'lang' | 'busy' | 'previewSpaces' | 'fixSpaces'>;

export function SpacesFix({ lang, busy, previewSpaces, fixSpaces }: SpacesFixProps & { lang: Lang }) {
  const s = STRINGS[lang];
  const styles = useFindingStyles();
  const section = useSectionStyles();
  const [preview, setPreview] = useState<SpacesPreview | null>(null);
  if (!preview)
    return (
      <div className={section.row}>
        <Button
          size="small"
          disabled={busy !== null}
          onClick={() => void previewSpaces().then((p) => setPreview(p))}
        >
          {s.fixSpaces}…
        </Button>
      </div>
    );
  return (
    <div role="group" aria-label={s.fixSpaces} className={section.section}>
      <Text>{s.fixSpacesLead}</Text>
      <ul className={styles.list}>
        {preview.fixes.map((f) => (
          <li key={f.cell} className={styles.item} data-fix={f.cell}>
            <span className={styles.cell}>{f.cell}</span>
            <span className={styles.message}>
              {f.after}
              <br />
              <Caption1>{shown(f.before)}</Caption1>
            </span>
          </li>
        ))}
      </ul>
      <div className={section.row}>
        <Button
          appearance="primary"
          size="small"
          disabled={busy !== null || preview.fixes.length === 0}
          onClick={() => {
            const p = preview;
            setPreview(null);
            void fixSpaces(p);
          }}
        >
          {s.fixSpacesConfirm}
        </Button>
        <Button size="small" onClick={() => setPreview(null)}>
          {s.cancel}
        </Button>
      </div>
    </div>
  );
}
