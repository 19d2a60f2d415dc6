import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CARD_TEXTS } from './texts/index.ts';
import { CARD_VERIFICATION_STYLE_SOURCE, cardVerificationPage } from './verify-page.ts';

const STATUSES = ['valid', 'revoked', 'expired', 'unknown'] as const;
const found = { number: 'LT-2026-0007', issuedOn: '2026-03-01', validUntil: '2026-08-28' };
const issuer = { name: 'Caritas', phone: '+370 600 00000', email: 'caritas@example.org' };
const contactPoint = {
  name: 'Ministry of the Interior',
  phone: '+370 5 0000000',
  email: 'point@example.org',
};
const known = { ...found, issuer, contactPoint };

describe.each(['lt', 'en'] as const)('the card check page in %s', (language) => {
  const t = CARD_TEXTS[language];

  it.each(STATUSES)('says plainly when the card is %s', (status) => {
    const html = cardVerificationPage({ status, ...known }, language);
    expect(html).toContain(t.verify.status[status].heading);
    expect(html).toContain(t.verify.status[status].explanation);
    for (const other of STATUSES.filter((s) => s !== status))
      expect(html).not.toContain(t.verify.status[other].explanation);
    for (const value of Object.values(found)) expect(html).toContain(value);
  });

  it('names the issuing organisation and whom to tell about a false card, with their contacts', () => {
    const html = cardVerificationPage({ status: 'valid', ...known }, language);
    expect(html).toContain(t.verify.issuedBy);
    expect(html).toContain(t.verify.report.heading);
    expect(html).toContain('112');
    for (const value of [...Object.values(issuer), ...Object.values(contactPoint)])
      expect(html).toContain(value);
    // A card not known has no issuer, but still says whom to tell.
    const unknown = cardVerificationPage(
      { status: 'unknown', number: null, issuedOn: null, validUntil: null, issuer: null, contactPoint },
      language,
    );
    expect(unknown).not.toContain(issuer.name);
    expect(unknown).toContain(t.verify.report.explanation);
    expect(unknown).toContain(contactPoint.email);
  });

  it('is a small page of its own: language, main, heading, viewport, no script or outside resource', () => {
    const html = cardVerificationPage({ status: 'valid', ...known }, language);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).toContain('name="viewport"');
    expect(html).toMatch(/<main>[\s\S]*<h1>[\s\S]*<\/main>/);
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import|https?:/i);
    const other = language === 'lt' ? 'en' : 'lt';
    expect(html).toContain(`href="?lang=${other}"`);
  });

  it('shows nothing about the holder, and only the dates it has for an unknown card', () => {
    const html = cardVerificationPage(
      { status: 'unknown', number: null, issuedOn: null, validUntil: null, issuer: null, contactPoint },
      language,
    );
    expect(html).not.toContain('<dl>');
    for (const page of [html, cardVerificationPage({ status: 'valid', ...known }, language)]) {
      for (const field of ['givenName', 'familyName', 'birthDate', 'citizenship', 'documents'] as const)
        expect(page).not.toContain(t.fields[field]);
      for (const field of Object.values(t.sections)) expect(page).not.toContain(field);
    }
  });
});

it('escapes every value it prints', () => {
  const html = cardVerificationPage(
    {
      status: 'valid',
      number: '<script>alert("x")</script>',
      issuedOn: "'&<b>",
      validUntil: '2026-08-28',
      issuer: { name: '<i>Org</i>', phone: null, email: null },
      contactPoint: null,
    },
    'en',
  );
  expect(html).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  expect(html).toContain('&#39;&amp;&lt;b&gt;');
  expect(html).toContain('&lt;i&gt;Org&lt;/i&gt;');
});

it('offers the hash a content security policy needs to allow its one inline style', () => {
  const style = cardVerificationPage({ status: 'valid', ...known }, 'lt').match(
    /<style>([\s\S]*)<\/style>/,
  )![1]!;
  expect(CARD_VERIFICATION_STYLE_SOURCE).toBe(
    `'sha256-${createHash('sha256').update(style).digest('base64')}'`,
  );
});
