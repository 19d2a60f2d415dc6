import { spawnSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';

// For the tests: what a printed document says, as one line of text.

/** The PDF's text with all whitespace folded to one space: pdftotext where installed, else read here. */
export function pdfText(pdf: Buffer): string {
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf });
  const text = !run.error && run.status === 0 ? run.stdout.toString('utf8') : decodePdfkitText(pdf);
  return text.replace(/\s+/g, ' ');
}

/** How many pages the PDF has. */
export const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

/**
 * The text pdfkit wrote, without poppler: the glyph codes of each TJ, under the font of the last Tf,
 * mapped back to letters through that font's ToUnicode map.
 */
export function decodePdfkitText(pdf: Buffer): string {
  const objects = new Map<string, { dict: string; stream: string }>();
  for (const m of pdf.toString('latin1').matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const at = body.indexOf('stream\n');
    if (at < 0) {
      objects.set(m[1]!, { dict: body, stream: '' });
      continue;
    }
    const raw = Buffer.from(body.slice(at + 7, body.lastIndexOf('endstream')), 'latin1');
    let stream: string;
    try {
      stream = inflateSync(raw).toString('latin1');
    } catch {
      stream = raw.toString('latin1');
    }
    objects.set(m[1]!, { dict: body.slice(0, at), stream });
  }
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    for (const [, name, id] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const cmapId = objects.get(id!)?.dict.match(/\/ToUnicode (\d+) 0 R/)?.[1];
      const cmap = cmapId ? objects.get(cmapId)?.stream : undefined;
      if (!cmap || fonts.has(name!)) continue;
      const map = new Map<number, string>();
      for (const [, first, list] of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi)) {
        [...list!.matchAll(/<([0-9a-f]+)>/gi)].forEach(([, hex], i) => {
          map.set(Number.parseInt(first!, 16) + i, Buffer.from(hex!, 'hex').swap16().toString('utf16le'));
        });
      }
      fonts.set(name!, map);
    }
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    let font = new Map<number, string>();
    for (const op of stream.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (op[1]) font = fonts.get(op[1]) ?? new Map();
      else {
        const codes = [...op[2]!.matchAll(/<([0-9a-f]+)>/gi)].flatMap(([, hex]) => hex!.match(/.{4}/g) ?? []);
        lines.push(codes.map((code) => font.get(Number.parseInt(code, 16)) ?? '').join(''));
      }
    }
  }
  return lines.join('\n');
}
