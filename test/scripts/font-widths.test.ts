import { readFileSync } from 'fs';
import { FONT_WIDTHS_FILE, fontWidthsSource } from '../../scripts/font-widths';

describe('scripts/font-widths', () => {
  it('the committed width table is what Liberation Serif (Times New Roman metrics) says', () => {
    // Prettier leaves the generated file alone (prettier-ignore), so the bytes compare.
    expect(readFileSync(FONT_WIDTHS_FILE, 'utf8')).toBe(fontWidthsSource());
  });
});
