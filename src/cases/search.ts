import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { blindIndex, normaliseForIndex } from '../platform/crypto/sealing.ts';
import { AppError } from '../platform/errors.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { viewerOf } from './access.ts';
import { withDeadlines } from './lists.ts';
import type { CaseSearch } from './model.ts';
import { casePageOf, listCases } from './store.ts';
import { identityStateOf } from './view.ts';

// Finding a case: by its reference, or by the person's name and birth date through the blind index
// (an exact match of the normalised name, never a fuzzy one). Asked with POST so that a name never
// travels in an address, where proxies and logs keep it. The national coordinator searches every case
// and each such search is audited as national; nobody's search leaves the name in the audit trail.

/** The name as typed and with its first word moved last: "Pavyzdytė Marija" finds "Marija Pavyzdytė". */
export function nameOrders(normalised: string): string[] {
  const words = normalised.split(' ');
  const turned = [...words.slice(1), words[0]!].join(' ');
  return [...new Set([normalised, turned])];
}

export async function searchCases(ctx: RequestContext, search: z.output<typeof CaseSearch>) {
  const m = actingMembership(ctx);
  const national = m.role === 'national_coordinator';
  const scope = national ? null : m.organisationId;
  const byName = 'name' in search;
  const name = byName ? normaliseForIndex(search.name) : '';
  // A name of marks and signs alone reads as nothing, and nothing must not find the nameless.
  if (byName && !name) {
    throw new AppError('validation_failed', 'body.name: name_required', [
      { field: 'body.name', message: 'name_required: type the given and family name.' },
    ]);
  }
  const rows = await listCases(
    ctx.db,
    scope,
    byName
      ? {
          blindIndexes: nameOrders(name).map((order) =>
            blindIndex(ctx.keys.blindIndex, order, search.birthDate ?? null),
          ),
        }
      : { reference: search.reference },
  );
  // A name finds only the cases whose identity the searcher may see: on a team that does not hold the
  // identity, a hit would tell them who the person is. The coordinator's hits stay hidden until opened.
  const viewer = viewerOf(ctx);
  const seen = [];
  for (const row of rows) {
    if (!byName || national) {
      seen.push(row);
      continue;
    }
    const page = await casePageOf(ctx.db, row.case.id, viewer.organisationId);
    if (page && identityStateOf(page, viewer) === 'shown') seen.push(row);
  }
  await recordAudit(ctx.db, ctx, {
    action: 'case.search',
    outcome: 'success',
    // What was asked for and how much was found, never the name or the reference typed.
    detail: {
      by: byName ? 'name' : 'reference',
      scope: national ? 'national' : 'organisation',
      found: seen.length,
    },
  });
  return { items: (await withDeadlines(ctx, seen)).map((l) => l.summary) };
}
