import { inflateSync } from 'node:zlib';

/**
 * The text a PDFKit PDF shows, line by line, for tests: each `TJ` string decoded through
 * its font, the hex of a standard font (WinAnsi) or the glyph ids of an embedded font read
 * back through that font's ToUnicode map.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2];
    const at = body.search(/stream\r?\n/);
    let stream: string | null = null;
    if (at >= 0) {
      const start = (m.index ?? 0) + m[0].indexOf(body) + body.indexOf('\n', at) + 1;
      const end = raw.indexOf('endstream', start);
      const bytes = pdf.subarray(start, end);
      try {
        stream = inflateSync(bytes).toString('latin1');
      } catch {
        stream = bytes.toString('latin1');
      }
    }
    objects.set(m[1], { dict: at >= 0 ? body.slice(0, at) : body, stream });
  }
  // Font resource names (/F1 …) to the code → text map of that font, when it has one.
  const maps = new Map<string, Map<number, string> | null>();
  for (const { dict } of objects.values()) {
    const fonts = /\/Font\s*<<([\s\S]*?)>>/.exec(dict);
    if (!fonts) continue;
    for (const f of fonts[1].matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
      const font = objects.get(f[2]);
      const cmapRef = font ? /\/ToUnicode (\d+) 0 R/.exec(font.dict) : null;
      const cmap = cmapRef ? objects.get(cmapRef[1])?.stream : null;
      maps.set(f[1], cmap ? readCmap(cmap) : null);
    }
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream || !stream.includes('TJ')) continue;
    let current: Map<number, string> | null = null;
    for (const op of stream.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ/g)) {
      if (op[1] !== undefined) {
        current = maps.get(op[1]) ?? null;
        continue;
      }
      const hexes = [...(op[2] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]);
      lines.push(
        hexes
          .map((hex) =>
            current
              ? (hex.match(/.{4}/g) ?? []).map((g) => current?.get(parseInt(g, 16)) ?? '').join('')
              : Buffer.from(hex, 'hex').toString('latin1'),
          )
          .join(''),
      );
    }
  }
  return lines.join('\n');
}

/** A ToUnicode CMap's bfchar and bfrange entries (UTF-16BE targets). */
function readCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => Buffer.from(hex.replace(/\s/g, ''), 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const e of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g))
      map.set(parseInt(e[1], 16), utf16(e[2]));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const e of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const from = parseInt(e[1], 16);
      const to = parseInt(e[2], 16);
      if (e[3].startsWith('[')) {
        [...e[3].matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((t, i) => map.set(from + i, utf16(t[1].replace(/\s/g, ''))));
      } else {
        const base = parseInt(e[3].slice(1, -1), 16);
        for (let c = from; c <= to; c += 1) map.set(c, String.fromCharCode(base + c - from));
      }
    }
  }
  return map;
}
