import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { sessions } from '../access/tables.ts';
import { pruneThrottles } from '../access/throttle.ts';
import { forgetOldAlerts } from '../alerts/store.ts';
import { appendAudit } from '../audit/store.ts';
import { addEvent, forgetPersonInCases } from '../cases/store.ts';
import { cases, intakeDrafts } from '../cases/tables.ts';
import { shredPerson } from '../people/store.ts';
import { people } from '../people/tables.ts';
import type { Keys } from '../platform/crypto/keys.ts';
import type { Db } from '../platform/db.ts';
import type { RetentionPeriods } from './model.ts';
import { anonymisedFacts, cutoffsOf } from './rules.ts';

// The retention run: anonymise closed cases past their period, delete drafts never submitted and old
// sessions. One run at a time (a transaction-scoped advisory lock); running it twice changes nothing
// the second time. A dry run reports what would go and changes nothing.

export type RetentionReport = {
  dryRun: boolean;
  /** Another run held the lock: this one did nothing. */
  skipped: boolean;
  cases: { id: string; reference: string; kind: string; closedAt: string }[];
  drafts: number;
  sessions: number;
  /** Alerts past 90 days, and e-mails sent a week ago or never sent in 90 days. */
  alerts: number;
  mail: number;
};

const LOCK = sql`pg_try_advisory_xact_lock(hashtext('atrama-retention'))`;

export async function runRetention(
  db: Db,
  keys: Keys,
  periods: RetentionPeriods,
  options: { dryRun: boolean; now?: Date },
): Promise<RetentionReport> {
  const now = options.now ?? new Date();
  const cutoffs = cutoffsOf(periods, now);
  return db.transaction(async (tx) => {
    const locked = (await tx.execute(sql`select ${LOCK} as locked`)) as unknown as {
      rows: { locked: boolean }[];
    };
    if (!locked.rows[0]?.locked)
      return { dryRun: options.dryRun, skipped: true, cases: [], drafts: 0, sessions: 0, alerts: 0, mail: 0 };

    const dueCases = await tx
      .select()
      .from(cases)
      .where(
        and(
          isNull(cases.anonymisedAt),
          // A restriction (a person contesting their data, a legal claim) keeps the data as it is.
          sql`not exists (select 1 from ${people} p where p.id = ${cases.personId} and p.restricted_at is not null)`,
          isNotNull(cases.closedAt),
          or(
            and(eq(cases.kind, 'trafficking'), lt(cases.closedAt, cutoffs.closedCase.trafficking)),
            and(eq(cases.kind, 'other_crime'), lt(cases.closedAt, cutoffs.closedCase.other_crime)),
          ),
        ),
      );
    // A submitted draft holds nothing any more (its body is sealed empty) and keeps a retried submit
    // finding its case; only drafts never submitted go.
    const draftsWhere = and(
      isNull(intakeDrafts.submittedCaseId),
      lt(intakeDrafts.updatedAt, cutoffs.unsubmittedDraft),
    );
    const sessionsWhere = and(
      or(isNotNull(sessions.endedAt), lt(sessions.absoluteExpiresAt, now)),
      lt(sessions.lastSeenAt, cutoffs.endedSession),
    );
    const report: RetentionReport = {
      dryRun: options.dryRun,
      skipped: false,
      cases: dueCases.map((c) => ({
        id: c.id,
        reference: c.reference,
        kind: c.kind,
        closedAt: c.closedAt!.toISOString(),
      })),
      drafts: (await tx.select({ id: intakeDrafts.id }).from(intakeDrafts).where(draftsWhere)).length,
      sessions: (await tx.select({ id: sessions.id }).from(sessions).where(sessionsWhere)).length,
      ...(await forgetOldAlerts(tx, now, options.dryRun)),
    };
    if (options.dryRun) return report;

    for (const row of dueCases) {
      // Destroying the person's key makes their identity, notes and every reason about them unreadable.
      await shredPerson(tx, row.personId);
      await forgetPersonInCases(tx, row.personId);
      await tx
        .update(cases)
        .set({
          facts: anonymisedFacts(row.facts),
          anonymisedAt: now,
          version: sql`${cases.version} + 1`,
        })
        .where(eq(cases.id, row.id));
      await addEvent(tx, { caseId: row.id, type: 'anonymised', detail: { byRetention: true } });
    }
    if (report.drafts > 0) await tx.delete(intakeDrafts).where(draftsWhere);
    if (report.sessions > 0) await tx.delete(sessions).where(sessionsWhere);
    // Failed tries quiet for a day are forgotten; they name no one (keyed hashes), so are not reported.
    await pruneThrottles(tx, new Date(now.getTime() - 24 * 3600_000));
    await appendAudit(
      tx,
      keys,
      { userId: null, email: null, membershipId: null, organisationId: null, role: null },
      'retention',
      {
        action: 'retention.run',
        outcome: 'success',
        detail: {
          cases: report.cases.map((c) => c.id),
          drafts: report.drafts,
          sessions: report.sessions,
          alerts: report.alerts,
          mail: report.mail,
        },
      },
    );
    return report;
  });
}
