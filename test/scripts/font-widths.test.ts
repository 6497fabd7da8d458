import { existsSync, readFileSync } from 'fs';
import { FONT_WIDTHS_FILE, fontWidthsSource } from '../../scripts/font-widths';

// The table is derived from Liberation Serif 2 (fonts-liberation2, which LibreOffice installs); version 1
// differs in a few rare glyphs (·, ‑, ₴), so the comparison needs version 2.
const LIBERATION2 = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf';

describe('scripts/font-widths', () => {
  (existsSync(LIBERATION2) ? it : it.skip)(
    'the committed width table is what Liberation Serif (Times New Roman metrics) says',
    () => {
      // Prettier leaves the generated table alone (prettier-ignore), so the bytes compare.
      expect(readFileSync(FONT_WIDTHS_FILE, 'utf8')).toBe(fontWidthsSource());
    },
  );
});
