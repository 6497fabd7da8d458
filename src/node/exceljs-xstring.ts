// ExcelJS writes cell text with its own XML encoder, which drops control characters and DEL, keeps a
// carriage return raw (an XML parser then turns it into a line feed) and writes U+FFFF and lone surrogates
// raw (a part Excel cannot open); on reading it decodes `_xHHHH_` only in shared strings. Its text
// element is routed here through the one ST_Xstring escaping (src/xlsx-lite/xml-text.ts), and inline and
// formula strings are decoded as shared ones are, so every character goes out and comes back as written.
// Installed once, by importing this module (the writer and the reader do).
/* eslint-disable @typescript-eslint/no-require-imports */
import { decodeXstring, escapeXstring } from './xlsx-text';

interface XmlStream {
  writeText(text: string): void;
}
interface TextXformClass {
  prototype: {
    render(xmlStream: XmlStream, model: unknown): void;
    _text?: string[];
    __xstring?: boolean;
  };
}
interface CellXformClass {
  prototype: {
    parseClose(name: string): boolean;
    t?: string;
    model?: { value?: unknown };
    __xstring?: boolean;
  };
}

const TextXform = require('exceljs/lib/xlsx/xform/strings/text-xform') as TextXformClass;
const CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform') as CellXformClass;

function install(): void {
  const text = TextXform.prototype;
  if (!text.__xstring) {
    const render = text.render;
    text.render = function (xmlStream, model) {
      render.call(this, xmlStream, typeof model === 'string' ? escapeXstring(model) : model);
    };
    // ExcelJS decodes upper-case escapes only and knows nothing of `_x005F_`' s place: one decoder for all.
    Object.defineProperty(text, 'model', {
      configurable: true,
      get(this: { _text?: string[] }) {
        return decodeXstring((this._text ?? []).join(''));
      },
    });
    text.__xstring = true;
  }
  const cell = CellXform.prototype;
  if (!cell.__xstring) {
    const parseClose = cell.parseClose;
    cell.parseClose = function (name) {
      const model = this.model;
      if (name === 'c' && (this.t === 'inlineStr' || this.t === 'str') && typeof model?.value === 'string')
        model.value = decodeXstring(model.value);
      return parseClose.call(this, name);
    };
    cell.__xstring = true;
  }
}

install();
