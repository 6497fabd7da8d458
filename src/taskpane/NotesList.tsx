// The notes, collapsed: one line per kind («22 клітинки із зайвими пробілами»), each opening its list;
// the extra spaces line carries its bulk fix. A note that something was not checked comes first.
import { useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { Lang } from '../core/i18n/lang';
import { findingText } from '../core/i18n/messages';
import type { Finding } from '../core/types';
import { FindingButton } from './FindingButton';
import type { NoteLine } from './finding-summaries';
import { useFindingStyles } from './finding-styles';
import { SpacesFix, type SpacesFixProps } from './SpacesFix';
import { STRINGS } from './strings';

export interface NotesListProps {
  lines: NoteLine[];
  lang: Lang;
  onSelect: (finding: Finding) => void;
  spaces: SpacesFixProps;
  /** Responsible persons were not checked (no list of positions): say so, and offer to add one. */
  unchecked: boolean;
  onAddPositions: () => void;
}

export function NotesList({ lines, lang, onSelect, spaces, unchecked, onAddPositions }: NotesListProps) {
  const s = STRINGS[lang];
  const styles = useFindingStyles();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (kind: string): void =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  return (
    <ul className={styles.list}>
      {unchecked && (
        <li className={styles.noteLine}>
          <Text>{s.unchecked}</Text>
          <Button size="small" onClick={onAddPositions}>
            {s.addPositions}
          </Button>
        </li>
      )}
      {lines.map((line) => {
        const expanded = open.has(line.kind);
        const id = `note-${line.kind}`;
        return (
          <li key={line.kind}>
            <div className={styles.noteLine}>
              <Text id={`${id}-label`}>{line.text}</Text>
              <Button
                size="small"
                appearance="subtle"
                aria-expanded={expanded}
                aria-controls={id}
                aria-describedby={`${id}-label`}
                onClick={() => toggle(line.kind)}
              >
                {expanded ? s.hideList : s.showList}
              </Button>
            </div>
            {line.kind === 'spaces' && <SpacesFix {...spaces} />}
            {expanded && (
              <div id={id} className={styles.noteBody}>
                <ul className={styles.list}>
                  {line.findings.map((f, i) => (
                    <li key={`${f.sheet}!${f.cell}:${i}`}>
                      <FindingButton finding={f} message={findingText(f, lang)} onSelect={onSelect} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
