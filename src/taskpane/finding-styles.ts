// Styles of the findings' lists (cards and note lines), shared by FindingsPanel and NotesList.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useFindingStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  ruleHeading: {
    margin: '8px 0 4px',
    fontSize: tokens.fontSizeBase300,
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
  noteLine: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '8px',
    padding: '4px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  noteBody: { padding: '4px 0 8px' },
});
