import { readFileSync } from 'node:fs';

/** The font names a document gets from `useWideFonts`, for `doc.font(...)`. */
export const PDF_FONT = { regular: 'CommonGround-Regular', bold: 'CommonGround-Bold' } as const;

/** The parts of a pdfkit document this needs (so callers and tests need not build a whole one). */
interface FontRegistry {
  registerFont(name: string, src: Buffer): unknown;
}

let cached: { regular: Buffer; bold: Buffer } | null = null;

/** DejaVu Sans, read from its npm package once per process (about 1.5 MB for both weights). */
function dejaVuSans(): { regular: Buffer; bold: Buffer } {
  cached ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return cached;
}

/**
 * Registers a font with wide coverage (DejaVu Sans: Latin with Polish and the other European
 * letters, Greek, Cyrillic, Arabic, Hebrew) under PDF_FONT's names. pdfkit's built-in
 * Helvetica knows only WinAnsi, so a name like "Łucja Wąsowska" came out garbled; an embedded
 * font is subset to the glyphs used, so a document grows by a few kilobytes. Licence: the
 * Bitstream Vera licence with DejaVu's changes in the public domain (free to embed).
 */
export function useWideFonts(doc: FontRegistry): typeof PDF_FONT {
  const fonts = dejaVuSans();
  doc.registerFont(PDF_FONT.regular, fonts.regular);
  doc.registerFont(PDF_FONT.bold, fonts.bold);
  return PDF_FONT;
}
