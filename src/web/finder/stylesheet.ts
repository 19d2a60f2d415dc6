import { readFileSync } from 'node:fs';

/** A public page's stylesheet, served as one file: what every public page shares, then its own. */
export function publicStylesheet(own: URL): string {
  return readFileSync(new URL('./assets/base.css', import.meta.url), 'utf8') + readFileSync(own, 'utf8');
}
