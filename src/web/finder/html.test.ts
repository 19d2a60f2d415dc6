import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fill, html } from './html.ts';

describe('safe HTML templates', () => {
  it('escapes every interpolated string, losing nothing', () => {
    const decode = (t: string) =>
      t
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = html`${text}`.value;
        expect(out).not.toMatch(/[<>"']/);
        expect(decode(out)).toBe(text);
      }),
    );
  });
  it('keeps nested templates and drops empty values', () => {
    expect(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}${null}${false}</ul>`.value).toBe(
      '<ul><li>a</li><li>b</li></ul>',
    );
  });
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{count} places, {other}', { count: 3 })).toBe('3 places, {other}');
  });
});
