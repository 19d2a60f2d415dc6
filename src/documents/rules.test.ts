import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from './catalogue.ts';
import { attachmentDisposition, checkUpload, detectType, documentsShown, typeOfName } from './rules.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46);
const EXE = bytes(0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0);
const HTML = new TextEncoder().encode('<html><script>alert(1)</script>');
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');

describe('the type of a file, from its first bytes', () => {
  it.each([
    ['a PDF', PDF, 'pdf'],
    ['a PNG', PNG, 'png'],
    ['a JPEG (JFIF)', JPEG, 'jpeg'],
    ['a JPEG (Exif)', bytes(0xff, 0xd8, 0xff, 0xe1, 0x12, 0x34), 'jpeg'],
    ['a Windows program', EXE, null],
    ['a ZIP (or Word) file', ZIP, null],
    ['HTML', HTML, null],
    ['SVG', SVG, null],
    ['nothing', bytes(), null],
    ['a PDF header cut short', bytes(0x25, 0x50, 0x44, 0x46), null],
    ['a PNG signature cut short', PNG.subarray(0, 7), null],
    ['a PDF header not at the start', bytes(0x20, 0x25, 0x50, 0x44, 0x46, 0x2d), null],
  ])('%s is %s', (_what, content, type) => {
    expect(detectType(content)).toBe(type);
  });

  it('finds no type in bytes that start like none of the three', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (content) => {
        const type = detectType(content);
        const startsLike = (magic: Uint8Array) => magic.every((b, i) => content[i] === b);
        const expected = startsLike(PDF.subarray(0, 5))
          ? 'pdf'
          : startsLike(PNG.subarray(0, 8))
            ? 'png'
            : startsLike(JPEG.subarray(0, 3))
              ? 'jpeg'
              : null;
        expect(type).toBe(expected);
      }),
    );
  });

  it('reads the type of any content that starts with a signature, whatever follows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom([PDF, 'pdf'] as const, [PNG, 'png'] as const, [JPEG, 'jpeg'] as const),
        fc.uint8Array({ maxLength: 256 }),
        ([start, type], rest) => {
          expect(detectType(Uint8Array.from([...start, ...rest]))).toBe(type);
        },
      ),
    );
  });
});

describe('the type a name says', () => {
  it.each([
    ['sutikimas.pdf', 'pdf'],
    ['PASAS.PDF', 'pdf'],
    ['nuotrauka.jpg', 'jpeg'],
    ['nuotrauka.JPEG', 'jpeg'],
    ['scan.png', 'png'],
    ['archive.tar.pdf', 'pdf'],
    ['program.exe', null],
    ['report.pdf.exe', null],
    ['no-extension', null],
    ['.pdf', 'pdf'],
    ['image.svg', null],
  ])('%s says %s', (name, type) => {
    expect(typeOfName(name)).toBe(type);
  });
});

describe('an upload is kept only when its content is what its name says', () => {
  it.each([
    ['a PDF named .pdf', 'consent.pdf', PDF, 'ok'],
    ['a JPEG named .jpg', 'pasas.jpg', JPEG, 'ok'],
    ['a PNG named .png', 'scan.png', PNG, 'ok'],
    ['a PNG named .pdf', 'consent.pdf', PNG, 'content_mismatch'],
    ['a PDF named .jpg', 'photo.jpg', PDF, 'content_mismatch'],
    ['a program renamed .pdf', 'consent.pdf', EXE, 'unknown_content'],
    ['HTML renamed .png', 'scan.png', HTML, 'unknown_content'],
    ['a program under its own name', 'setup.exe', EXE, 'unknown_extension'],
    ['a PDF without an extension', 'consent', PDF, 'unknown_extension'],
    ['an empty file', 'consent.pdf', bytes(), 'empty'],
  ])('%s: %s', (_what, name, content, outcome) => {
    const check = checkUpload(name, content);
    expect(check.ok ? 'ok' : check.refusal).toBe(outcome);
  });

  it('refuses a file over the limit and keeps one at it', () => {
    const at = new Uint8Array(MAX_DOCUMENT_BYTES);
    at.set(PDF);
    expect(checkUpload('big.pdf', at)).toMatchObject({ ok: true, mediaType: 'application/pdf' });
    const over = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    over.set(PDF);
    expect(checkUpload('big.pdf', over)).toMatchObject({ ok: false, refusal: 'too_large' });
  });

  it('says what the content is when it differs from the name', () => {
    expect(checkUpload('consent.pdf', PNG)).toMatchObject({
      message: 'The file is named as a PDF, but its content is a PNG image.',
    });
  });
});

describe('who sees a case’s files', () => {
  it.each([
    ['shown', true],
    ['none', true],
    ['hidden', false],
    ['openable', false],
    ['erased', false],
  ] as const)('identity %s → %s', (state, shown) => {
    expect(documentsShown(state)).toBe(shown);
  });
});

describe('the download’s Content-Disposition', () => {
  it.each([
    ['consent.pdf', `attachment; filename="consent.pdf"; filename*=UTF-8''consent.pdf`],
    [
      'Šarūnės sutikimas.pdf',
      `attachment; filename="_ar_n_s sutikimas.pdf"; filename*=UTF-8''%C5%A0ar%C5%ABn%C4%97s%20sutikimas.pdf`,
    ],
    [
      `a "quoted" (copy); 100%.pdf`,
      `attachment; filename="a _quoted_ (copy)_ 100_.pdf"; filename*=UTF-8''a%20%22quoted%22%20%28copy%29%3B%20100%25.pdf`,
    ],
  ])('%s', (name, header) => {
    expect(attachmentDisposition(name)).toBe(header);
  });

  it('is always an attachment that a header cannot be broken out of', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (name) => {
        const header = attachmentDisposition(name);
        expect(header.startsWith('attachment; filename="')).toBe(true);
        // One quoted fallback in printable ASCII, then the encoded name: nothing a client reads past.
        expect(header).toMatch(
          /^attachment; filename="[\x20\x21\x23-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%\-_.!~]*$/,
        );
        const encoded = header.slice(header.indexOf("UTF-8''") + 7);
        expect(decodeURIComponent(encoded)).toBe(name);
      }),
    );
  });
});
