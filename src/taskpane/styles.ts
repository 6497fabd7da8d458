// Styles the pane's sections share, so every section is laid out alike.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useSectionStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: '8px' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  p: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
});
