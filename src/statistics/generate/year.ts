import type { Services } from '../../platform/http/context.ts';
import { backdate } from './backdate.ts';
import { allocateBudget, generatorStaff, writePerson } from './domain.ts';
import { planYear } from './plan.ts';
import type { Profile } from './profile.ts';
import { seeded } from './random.ts';

/** A year of records shaped by the profile, written through the app's own verbs, then dated. */
export async function generateYear(
  services: Services,
  profile: Profile,
  options: { seed?: number; onProgress?: (done: number, total: number) => void } = {},
) {
  const planned = planYear(profile, seeded(options.seed ?? profile.year));
  const staff = await generatorStaff(services);
  const allocations = await allocateBudget(staff, profile.year, profile.budgetEur);
  const written: { caseId: string; metOn: string }[] = [];
  // One person at a time: every change appends to the audit trail's hash chain, which takes changes
  // in turn, so writing several people at once was measured slower, not faster. Each person draws
  // from their own seeded source, so their records do not depend on the others.
  for (const [index, person] of planned.entries()) {
    written.push(
      await writePerson(staff, person, seeded((options.seed ?? profile.year) * 100_003 + index), allocations),
    );
    options.onProgress?.(written.length, planned.length);
  }
  await backdate(services.database.db, written);
  return { people: planned.length, caseIds: written.map((w) => w.caseId) };
}
