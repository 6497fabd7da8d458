// Styles the pane's sections share, so every section is laid out alike.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useSectionStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: '8px' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  p: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  // A switch's or checkbox's indicator flush with the fields above it (Fluent gives it an 8 px margin).
  flushIndicator: { marginLeft: 0 },
  // Fluent greys the label of an unchecked radio or checkbox (by the input's state): an option not chosen is
  // still a choice, not a disabled one. Given to the control's input slot.
  choiceLabel: {
    ':enabled:not(:checked) ~ .fui-Radio__label': { color: tokens.colorNeutralForeground1 },
    ':enabled:not(:checked) ~ .fui-Checkbox__label': { color: tokens.colorNeutralForeground1 },
  },
});
