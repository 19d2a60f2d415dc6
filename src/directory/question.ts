import { and, count, inArray, sql } from 'drizzle-orm';
import { normaliseForIndex } from '../platform/crypto/sealing.ts';
import type { Db } from '../platform/db.ts';
import { EVERYDAY_WORDS, joinApostrophes, STOP_WORDS } from './everyday-words.ts';
import type { ServiceRecord } from './hsds.ts';
import type { Language } from './model.ts';
import { directoryServices, directoryWords } from './tables.ts';

// The finder's free-text box takes a question in everyday words ("my boss does not pay me"), not
// the directory's own terms. A service is found when it shares any of the question's meaningful
// words, whatever their ending; rarer shared words weigh more, and a word in its name more still.

/** The words of a question that can tell services apart: no little words, at most twelve. */
export function questionWords(question: string | undefined, lang: Language): string[] {
  if (!question) return [];
  const stop = STOP_WORDS[lang];
  const everyday = EVERYDAY_WORDS[lang].map(([start]) => start);
  const words = normaliseForIndex(joinApostrophes(question))
    .split(' ')
    .filter((w) => w.length >= 3 || /^\d+$/.test(w) || everyday.some((start) => w.startsWith(start)))
    .filter((w) => !stop.has(w));
  return [...new Set(words)].slice(0, 12);
}

/**
 * The start a word's other forms share: Lithuanian, Russian and Ukrainian change a word's ending
 * ("advokato", "адвоката"), English adds -ed, -ing, -s.
 */
export function stemOf(word: string): string {
  if (word.length <= 4) return word;
  if (word.length === 5) return word.slice(0, 4);
  return word.slice(0, Math.max(5, word.length - (word.length >= 8 ? 3 : 2)));
}

/** The stems a question word stands for: its own, and those of the plainer words it means. */
function stemsFor(word: string, lang: Language): string[] {
  const stems = new Set([stemOf(word)]);
  for (const [everyday, meant] of EVERYDAY_WORDS[lang])
    if (word.startsWith(everyday))
      for (const m of meant) for (const w of normaliseForIndex(m).split(' ')) stems.add(stemOf(w));
  return [...stems];
}

const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&');
// Close enough to be the same word misspelt, as in the directory's other search.
const SIMILAR = 0.4;

/** Each question word with the directory's words it stands for. */
async function expand(db: Db, words: string[], lang: Language): Promise<Map<string, Set<string>>> {
  const groups = new Map<string, Set<string>>();
  await Promise.all(
    words.map(async (word) => {
      const stems = stemsFor(word, lang);
      const rows = await db
        .select({ word: directoryWords.word })
        .from(directoryWords)
        .where(
          sql`${sql.join(
            stems.map((stem) => sql`${directoryWords.word} like ${`${escapeLike(stem)}%`}`),
            sql` or `,
          )} or (${directoryWords.word} % ${word} and similarity(${directoryWords.word}, ${word}) >= ${SIMILAR})`,
        )
        .limit(200);
      groups.set(word, new Set(rows.map((r) => r.word)));
    }),
  );
  return groups;
}

export type ScoredService = { service: ServiceRecord; score: number };

/**
 * Services that share a meaningful word with the question, best first: each shared word counts
 * by how rare it is among the services (a word every service has says nothing), and counts twice
 * when it is in the service's name (half again in its organisation's).
 */
export async function findByQuestion(
  db: Db,
  question: string,
  lang: Language,
  filter: { needCode?: string } = {},
  limit = 500,
): Promise<ScoredService[]> {
  const words = questionWords(question, lang);
  if (words.length === 0) return [];
  const groups = await expand(db, words, lang);
  const alternatives = [...new Set([...groups.values()].flatMap((g) => [...g]))];
  if (alternatives.length === 0) return [];
  const where = and(
    // Lexicon words hold only letters and digits, so joined with "|" they make a safe tsquery.
    sql`${directoryServices.words} @@ to_tsquery('simple', ${alternatives.join(' | ')})`,
    filter.needCode ? sql`${directoryServices.needs} @> array[${filter.needCode}]::text[]` : undefined,
  );
  // The question's words each service has: the database picks them out of its word vector, so
  // no service's long text leaves it, and each vector is unpacked once.
  const wanted = sql`array[${sql.join(
    alternatives.map((a) => sql`${a}`),
    sql`, `,
  )}]::text[]`;
  const [candidates, [all]] = await Promise.all([
    db
      .select({
        id: directoryServices.id,
        has: sql<string>`array_to_string(array(select unnest(tsvector_to_array(${directoryServices.words})) intersect select unnest(${wanted})), ' ')`,
        nameText: directoryServices.nameText,
      })
      .from(directoryServices)
      .where(where),
    db.select({ n: count() }).from(directoryServices),
  ]);
  const total = all?.n ?? candidates.length;
  const matched = candidates.map((c) => {
    const own = new Set(c.has.split(' '));
    const named = new Set(c.nameText.split(' '));
    const has = (set: Set<string>, w: string) => [...groups.get(w)!].some((x) => set.has(x));
    return {
      id: c.id,
      hits: words.map((w) => has(own, w)),
      inName: words.map((w) => (has(named, w) ? 0.5 : 0)),
    };
  });
  const weight = words.map((_, i) => {
    const having = matched.filter((m) => m.hits[i]).length;
    return having === 0 ? 0 : Math.log(1 + total / having);
  });
  const scored = matched
    .map((m) => ({
      id: m.id,
      score: weight.reduce((sum, w, i) => sum + (m.hits[i] ? w : 0) + m.inName[i]! * w, 0),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  if (scored.length === 0) return [];
  const records = await db
    .select()
    .from(directoryServices)
    .where(
      inArray(
        directoryServices.id,
        scored.map((s) => s.id),
      ),
    );
  const byId = new Map(records.map((r) => [r.id, r]));
  // A word in the service's own name says more than one in its organisation's, which its other
  // services share: it counts in full.
  return scored
    .flatMap((s) => {
      const row = byId.get(s.id);
      if (!row) return [];
      const name = new Set(normaliseForIndex(Object.values(row.doc.name).join(' ')).split(' '));
      const bonus = words.reduce(
        (sum, w, i) => sum + ([...groups.get(w)!].some((x) => name.has(x)) ? weight[i]! / 2 : 0),
        0,
      );
      return [{ service: { ...row, doc: row.doc } as ServiceRecord, score: s.score + bonus }];
    })
    .sort((a, b) => b.score - a.score);
}
