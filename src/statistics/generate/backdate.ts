import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';

// A past year cannot be replayed in real time: once a generated year is written, the moments the
// database stamped (a case opened, an organisation joining its team, a referral sent and answered)
// are set to the simulated day of each case. The timeline and the audit trail keep the real moments
// the records were generated, which is what they record.

const at = (time: string) => sql.raw(`((v.day + time '${time}') at time zone 'Europe/Vilnius')`);

export async function backdate(db: Db, cases: { caseId: string; metOn: string }[]) {
  for (let i = 0; i < cases.length; i += 1000) {
    const batch = JSON.stringify(cases.slice(i, i + 1000).map((c) => ({ id: c.caseId, day: c.metOn })));
    const v = sql`jsonb_to_recordset(${batch}::jsonb) as v(id uuid, day date)`;
    await db.transaction(async (tx) => {
      await tx.execute(
        sql`update cases c set created_at = ${at('09:00')}, updated_at = ${at('09:00')} from ${v} where c.id = v.id`,
      );
      await tx.execute(sql`update people p set created_at = ${at('09:00')}, updated_at = ${at('09:00')}
        from ${v}, cases c where c.id = v.id and p.id = c.person_id`);
      await tx.execute(sql`update case_team t set joined_at =
          case when t.role = 'support_service' then ${at('10:00')} else ${at('09:00')} end,
          left_at = case when t.left_at is null then null else ${at('10:00')} end
        from ${v} where t.case_id = v.id`);
      await tx.execute(sql`update referrals r set sent_at = ${at('09:30')}, respond_by = ${at('09:30')} + interval '48 hours',
          responded_at = case when r.responded_at is null then null else ${at('10:00')} end
        from ${v} where r.case_id = v.id`);
      await tx.execute(sql`update consents k set given_at = ${at('09:00')} from ${v} where k.case_id = v.id`);
    });
  }
}
