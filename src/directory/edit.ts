import type { z } from 'zod';
import { authorisedRecord, mayActOn } from '../access/record-guard.ts';
import { recordAudit } from '../audit/record.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { type Lookup, organisationName, type ServiceRecord } from './hsds.ts';
import type { Language, StaffServiceQuery, UpdateServiceInput } from './model.ts';
import { isStale } from './rules.ts';
import {
  findServices,
  getService,
  lookup,
  markServiceChecked,
  searchWords,
  updateServiceDoc,
} from './store.ts';

// What staff do with the directory: search it, keep their own organisation's entries right, and see
// where to refer someone.

const canEdit = (ctx: RequestContext, service: ServiceRecord) =>
  mayActOn(ctx, 'directory.edit', [service.organisationId]);

function staffView(ctx: RequestContext, service: ServiceRecord, known: Lookup, lang: Language) {
  const org = known.organisations.get(service.organisationId);
  const { doc } = service;
  return {
    id: service.id,
    name: doc.name[lang],
    organisation: { id: service.organisationId, name: org ? organisationName(org, lang) : '' },
    needs: service.needs.map((code) => ({ code, name: known.needs.get(code)?.doc.name[lang] ?? code })),
    phones: doc.phones.map((p) => ({ number: p.number, label: p.label ? p.label[lang] : null })),
    emails: doc.emails,
    url: doc.url,
    languages: doc.languages,
    schedule: doc.schedule,
    takesReferrals: doc.takesReferrals,
    lastCheckedAt: service.lastCheckedAt.toISOString(),
    stale: isStale(service.lastCheckedAt, new Date()),
    canEdit: canEdit(ctx, service),
  };
}

/** The service an organisation manager may edit: their own organisation's; others read as absent. */
const editableService = (ctx: RequestContext, id: string) =>
  authorisedRecord(ctx, {
    action: 'directory.edit',
    recordType: 'directory_service',
    id,
    what: 'The service',
    load: () => getService(ctx.db, id),
    organisationsOf: (service) => [service.organisationId],
  });

/** The directory as staff search it, each service saying whether the actor may edit it. */
export async function searchForStaff(ctx: RequestContext, query: z.output<typeof StaffServiceQuery>) {
  const [{ rows }, known] = await Promise.all([
    findServices(ctx.db, { words: searchWords(query.q), needCode: query.need }, 0, 200),
    lookup(ctx.db),
  ]);
  return { items: rows.map((s) => staffView(ctx, s, known, query.lang)) };
}

/** Change a service's contacts, languages or hours: the own organisation's (administrators any); audited. */
export async function updateService(
  ctx: RequestContext,
  id: string,
  body: z.output<typeof UpdateServiceInput>,
  lang: Language,
) {
  const service = await editableService(ctx, id);
  const updated = await ctx.db.transaction(async (tx) => {
    // A number that stays keeps its reviewed labels (four languages) and hours; a new one has none yet.
    const phones = body.phones?.map(
      ({ number }) =>
        service.doc.phones.find((old) => old.number === number) ?? {
          number,
          label: null,
          schedule: null,
          free: false,
        },
    );
    const { phones: _typed, ...changes } = body;
    const doc = { ...service.doc, ...changes, ...(phones ? { phones } : {}) };
    const row = await updateServiceDoc(tx, service.id, doc);
    await recordAudit(tx, ctx, {
      action: 'directory.service.update',
      recordType: 'directory_service',
      recordId: service.id,
      outcome: 'success',
      detail: { fields: Object.keys(body) },
    });
    return row!;
  });
  return staffView(ctx, updated, await lookup(ctx.db), lang);
}

/** Confirm a service's entry is still right today; audited. */
export async function confirmServiceChecked(ctx: RequestContext, id: string, lang: Language) {
  const service = await editableService(ctx, id);
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await markServiceChecked(tx, service.id);
    await recordAudit(tx, ctx, {
      action: 'directory.service.checked',
      recordType: 'directory_service',
      recordId: service.id,
      outcome: 'success',
    });
    return row!;
  });
  return staffView(ctx, updated, await lookup(ctx.db), lang);
}

/** Organisations that take referrals, with the needs their services meet. */
export async function referralMap(ctx: RequestContext, lang: Language) {
  const [{ rows }, known] = await Promise.all([
    findServices(ctx.db, { words: [] }, 0, 10_000),
    lookup(ctx.db),
  ]);
  const byOrganisation = new Map<string, { needs: Set<string>; services: { id: string; name: string }[] }>();
  for (const service of rows.filter((s) => s.doc.takesReferrals)) {
    const entry = byOrganisation.get(service.organisationId) ?? {
      needs: new Set<string>(),
      services: [],
    };
    for (const need of service.needs) entry.needs.add(need);
    entry.services.push({ id: service.id, name: service.doc.name[lang] });
    byOrganisation.set(service.organisationId, entry);
  }
  const items = [...byOrganisation].map(([organisationId, entry]) => {
    const org = known.organisations.get(organisationId);
    return {
      organisation: {
        id: organisationId,
        name: org ? organisationName(org, lang) : '',
      },
      needs: [...entry.needs].map((code) => ({
        code,
        name: known.needs.get(code)?.doc.name[lang] ?? code,
      })),
      services: entry.services,
    };
  });
  return {
    items: items.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, lang)),
  };
}
