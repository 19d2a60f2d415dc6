// Directory figures for npm run bench: the finder's first load in bytes, and search latency on
// 10,000 generated services, measured in-process on the server side.
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { readShippedDirectory, replaceDirectory } from '../src/directory/load.ts';
import type { SourceService } from '../src/directory/source.ts';
import { findServices, searchWords } from '../src/directory/store.ts';
import type { Db } from '../src/platform/db.ts';
import { percentiles } from './percentiles.ts';

export async function finderFirstLoad(app: FastifyInstance) {
  const parts = ['/lt/', '/finder/finder.css', '/finder/finder.js'];
  let raw = 0;
  let gzip = 0;
  for (const url of parts) {
    const body = (await app.inject({ method: 'GET', url })).rawPayload;
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { raw, gzip, parts };
}

const WORDS = [
  'pagalba',
  'centras',
  'krizių',
  'teisinė',
  'prieglobstis',
  'grįžimas',
  'darbas',
  'vaikai',
  'moterys',
  'vyrai',
];

/** 10,000 services shaped like the shipped ones, with varied names and cities, under fresh slugs. */
export function generatedDirectory(count: number) {
  const shipped = readShippedDirectory();
  const services: SourceService[] = [];
  for (let i = 0; i < count; i++) {
    const base = shipped.services[i % shipped.services.length]!;
    const word = WORDS[i % WORDS.length]!;
    services.push({
      ...base,
      slug: `${base.slug}-${i}`,
      name: { ...base.name, lt: `${base.name.lt} ${word} ${i}`, en: `${base.name.en} ${i}` },
      locations: base.locations.map((l) => ({ ...l, slug: `${l.slug}-${i}` })),
    });
  }
  return { ...shipped, services };
}

export async function searchLatency(db: Db, queries: string[], rounds: number) {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      const started = performance.now();
      await findServices(db, { words: searchWords(q) }, 0, 20);
      times.push(performance.now() - started);
    }
  }
  return percentiles(times);
}

export async function loadGenerated(db: Db, count: number) {
  return db.transaction((tx) => replaceDirectory(tx, generatedDirectory(count)));
}
