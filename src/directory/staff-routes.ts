import { route } from '../platform/http/route.ts';
import { ReferralMap, ReferralMapQuery } from './model.ts';
import { findServices, lookup } from './store.ts';

/** Staff-only views of the directory: who takes referrals for which needs. */
export const directoryStaffRoutes = [
  route({
    method: 'GET',
    url: '/api/directory/referral-map',
    summary: 'Organisations that take referrals, with the needs their services meet',
    tag: 'Directory (staff)',
    policy: { kind: 'action', action: 'directory.read' },
    query: ReferralMapQuery,
    response: ReferralMap,
    handler: async (ctx, { query }) => {
      const [{ rows }, known] = await Promise.all([
        findServices(ctx.db, { words: [] }, 0, 10_000),
        lookup(ctx.db),
      ]);
      const byOrganisation = new Map<
        string,
        { needs: Set<string>; services: { id: string; name: string }[] }
      >();
      for (const service of rows.filter((s) => s.doc.takesReferrals)) {
        const entry = byOrganisation.get(service.organisationId) ?? {
          needs: new Set<string>(),
          services: [],
        };
        for (const need of service.needs) entry.needs.add(need);
        entry.services.push({ id: service.id, name: service.doc.name[query.lang] });
        byOrganisation.set(service.organisationId, entry);
      }
      const items = [...byOrganisation].map(([organisationId, entry]) => {
        const org = known.organisations.get(organisationId);
        return {
          organisation: {
            id: organisationId,
            name: org ? (query.lang === 'lt' ? org.nameLt : org.nameEn) : '',
          },
          needs: [...entry.needs].map((code) => {
            const need = known.needs.get(code);
            return { code, name: need ? (need.doc.name[query.lang] ?? need.doc.name.en) : code };
          }),
          services: entry.services,
        };
      });
      return {
        items: items.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, query.lang)),
      };
    },
  }),
];
