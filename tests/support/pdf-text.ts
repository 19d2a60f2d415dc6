import { spawnSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';

/** The PDF's text: pdftotext where installed (CI installs poppler-utils), else decoded here. */
export function pdfText(pdf: Buffer): string {
  const extracted = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf });
  if (!extracted.error && extracted.status === 0) return extracted.stdout.toString('utf8');
  return decodePdfText(pdf);
}

/**
 * The text of a PDF as pdfkit writes it, without pdftotext: each content stream's glyph codes (TJ
 * arrays under the font of the last Tf), mapped back to Unicode through that font's ToUnicode map.
 */
export function decodePdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  for (const m of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const at = body.search(/stream\r?\n/);
    let stream: string | null = null;
    if (at >= 0) {
      const begin = m.index! + m[0].indexOf(body) + body.indexOf('\n', at) + 1;
      const bytes = pdf.subarray(begin, begin + body.lastIndexOf('endstream') - body.indexOf('\n', at) - 1);
      try {
        stream = inflateSync(bytes).toString('latin1');
      } catch {
        stream = bytes.toString('latin1');
      }
    }
    objects.set(m[1]!, { dict: at >= 0 ? body.slice(0, at) : body, stream });
  }
  const cmaps = new Map<string, Map<number, string>>();
  for (const [, { dict }] of objects) {
    for (const ref of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const unicode = objects.get(ref[2]!)?.dict.match(/\/ToUnicode (\d+) 0 R/)?.[1];
      const cmap = unicode ? objects.get(unicode)?.stream : null;
      if (!cmap || cmaps.has(ref[1]!)) continue;
      const map = new Map<number, string>();
      for (const range of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi)) {
        const first = Number.parseInt(range[1]!, 16);
        [...range[2]!.matchAll(/<([0-9a-f]+)>/gi)].forEach((hex, i) => {
          map.set(first + i, Buffer.from(hex[1]!, 'hex').swap16().toString('utf16le'));
        });
      }
      cmaps.set(ref[1]!, map);
    }
  }
  const lines: string[] = [];
  for (const [, { stream }] of objects) {
    if (!stream?.includes(' TJ')) continue;
    let font = new Map<number, string>();
    for (const op of stream.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (op[1]) font = cmaps.get(op[1]) ?? new Map();
      else
        lines.push(
          [...op[2]!.matchAll(/<([0-9a-f]+)>/gi)]
            .flatMap((hex) => hex[1]!.match(/.{4}/g) ?? [])
            .map((code) => font.get(Number.parseInt(code, 16)) ?? '')
            .join(''),
        );
    }
  }
  return lines.join('\n');
}
