import { createHash } from 'node:crypto';
import { printedDate } from './dates.ts';
import { CARD_TEXTS, type CardLanguage } from './texts/index.ts';

/** What the public check of a card knows: never anything about its holder. */
export type CardVerificationResult = {
  status: 'valid' | 'revoked' | 'expired' | 'unknown';
  number: string | null;
  issuedOn: string | null;
  validUntil: string | null;
  /** The organisation that issued the card, with its contacts; null for a card not known. */
  issuer: Contact | null;
  /** The national point of contact, whom anyone may tell about a false card; null when none is set. */
  contactPoint: Contact | null;
};

/** An organisation's name and the contacts it has in the directory's reviewed data. */
export type Contact = { name: string; phone: string | null; email: string | null };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// One fixed style for every answer (the status picks a class), so one CSP hash allows it.
const STYLE = `
body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}
main{max-width:32rem;margin:0 auto;padding:1rem}
h1{font-size:1.25rem;margin:0 0 1rem}
.status{border-left:.4rem solid;padding:.5rem .75rem;margin:0 0 1rem;background:#f4f4f4}
.status strong{display:block;font-size:1.25rem}
.valid{color:#1b6e2d}.expired{color:#8a4b00}.revoked,.unknown{color:#a4161a}
.status span{color:#1a1a1a}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:0 0 1rem}
dt{color:#555}dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.note{color:#555;font-size:.875rem}
h2{font-size:1rem;margin:1.5rem 0 .5rem}
address{font-style:normal;margin:0 0 1rem}
`;

/** The CSP source that allows the page's inline style, for a policy that allows no other. */
export const CARD_VERIFICATION_STYLE_SOURCE = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/**
 * The page the card's QR code opens: whether the card is genuine and valid, on any phone, with no
 * script, no external resource and nothing about the person. Unstyled it still reads in order.
 */
export function cardVerificationPage(result: CardVerificationResult, language: CardLanguage): string {
  const t = CARD_TEXTS[language];
  const status = t.verify.status[result.status];
  const other: CardLanguage = language === 'lt' ? 'en' : 'lt';
  const rows = [
    [t.number, result.number],
    [t.issuedOn, result.issuedOn && printedDate(result.issuedOn)],
    [t.validUntil, result.validUntil && printedDate(result.validUntil)],
  ]
    .filter((row): row is [string, string] => typeof row[1] === 'string')
    .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  const contact = (c: Contact) =>
    [
      `<strong>${escapeHtml(c.name)}</strong>`,
      ...(c.phone ? [`${escapeHtml(t.verify.phone)}: ${escapeHtml(c.phone)}`] : []),
      ...(c.email ? [`${escapeHtml(t.verify.email)}: ${escapeHtml(c.email)}`] : []),
    ].join('<br>');
  const issuer = result.issuer
    ? `<h2>${escapeHtml(t.verify.issuedBy)}</h2>\n<address>${contact(result.issuer)}</address>\n`
    : '';
  const contactPoint = result.contactPoint
    ? `<p>${escapeHtml(t.verify.report.contactPoint)}</p>\n<address>${contact(result.contactPoint)}</address>\n`
    : '';
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t.verify.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t.verify.title)}</h1>
<p class="status ${result.status}"><strong>${escapeHtml(status.heading)}</strong> <span>${escapeHtml(status.explanation)}</span></p>
${rows ? `<dl>${rows}</dl>` : ''}
${issuer}<h2>${escapeHtml(t.verify.report.heading)}</h2>
<p>${escapeHtml(t.verify.report.explanation)}</p>
${contactPoint}<p class="note">${escapeHtml(t.verify.noPersonalData)}</p>
<p><a href="?lang=${other}" lang="${other}" hreflang="${other}">${escapeHtml(t.verify.otherLanguage)}</a></p>
</main>
</body>
</html>
`;
}
