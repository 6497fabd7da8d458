import { escapeCellText, needsPreserve } from '../../src/node/xlsx-text';

describe('cell text escaping (ST_Xstring)', () => {
  it('escapes XML markup and keeps tabs, line feeds and Cyrillic', () => {
    expect(escapeCellText('a < b & c > d\tрядок\nдругий')).toBe('a &lt; b &amp; c &gt; d\tрядок\nдругий');
  });

  it('writes characters XML cannot carry as _xHHHH_, a carriage return included', () => {
    expect(escapeCellText('a\r\nb\u0001c\u001fd\ufffe')).toBe('a_x000D_\nb_x0001_c_x001F_d_xFFFE_');
  });

  it('escapes the underscore of a literal _xHHHH_, in either case', () => {
    expect(escapeCellText('код _x000D_ і _x00ff_')).toBe('код _x005F_x000D_ і _x005F_x00ff_');
    expect(escapeCellText('_x12_ _xZZZZ_')).toBe('_x12_ _xZZZZ_');
  });

  it('writes a lone half of a surrogate pair escaped, and a whole pair as it is', () => {
    expect(escapeCellText('😀')).toBe('😀');
    expect(escapeCellText('a\ud83db\ude00')).toBe('a_xD83D_b_xDE00_');
  });

  it('asks to preserve spaces at the edges, double spaces and line breaks', () => {
    expect(needsPreserve('текст')).toBe(false);
    expect(needsPreserve(' текст')).toBe(true);
    expect(needsPreserve('два  пробіли')).toBe(true);
    expect(needsPreserve('рядок\nрядок')).toBe(true);
  });
});
