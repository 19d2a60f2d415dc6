import { organisations } from '../../src/access/tables.ts';
import { servicesGiven } from '../../src/assistance/tables.ts';
import { cases, caseTeam } from '../../src/cases/tables.ts';
import { people } from '../../src/people/tables.ts';
import { isVictimSupportService } from '../../src/statistics/generate/domain.ts';
import type { TestApp } from './harness.ts';

// A year of people written as rows, the same for a given year every time (the database's triggers
// make the statistics copies): for tests that read published figures.

const SEXES = ['female', 'female', 'male', 'other', 'unknown'];
const BANDS = ['0-13', '14-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+', 'unknown'];
const CRIMES = ['domestic_violence', 'fraud', 'sexual_violence'] as const;
const SERVICES = ['food', 'accompaniment', 'psychological_consultation', 'interpreter', 'health_care'];

/** A small deterministic generator, so a failure can be repeated. */
function random(seed: number) {
  let s = seed;
  const next = () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
  return {
    chance: (p: number) => next() < p,
    pick: <T>(all: readonly T[]) => all[Math.floor(next() * all.length)]!,
  };
}

export type Written = {
  served: number;
  children: number;
  women: number;
  registered: number;
  services: number;
};

/** A year of people as rows: registered at a support service, most given services in the year. */
export async function writeYear(app: TestApp, year: number, count: number): Promise<Written> {
  const { db } = app.services.database;
  const support = (await db.select().from(organisations)).filter(isVictimSupportService);
  const r = random(year);
  const written: Written = { served: 0, children: 0, women: 0, registered: count, services: 0 };
  for (let i = 0; i < count; i++) {
    const organisation = r.pick(support);
    const sex = r.pick(SEXES);
    const band = r.pick(BANDS);
    // A child by age band, or a child the officer says is one though the age is unknown.
    const child = band === '0-13' || band === '14-17' || (band === 'unknown' && r.chance(0.3));
    const trafficking = r.chance(0.5);
    const [person] = await db
      .insert(people)
      .values({
        organisationId: organisation.id,
        sex,
        ageBand: band,
        citizenshipPathway: 'lithuanian',
        disability: r.chance(0.25),
        sealedIdentity: r.chance(0.3) ? null : Buffer.from('sealed elsewhere'),
      })
      .returning();
    const [row] = await db
      .insert(cases)
      .values({
        reference: `ATR-${year}-T${i}`,
        kind: trafficking ? 'trafficking' : 'other_crime',
        state: 'assistance',
        personId: person!.id,
        originOrganisationId: organisation.id,
        child,
        facts: {
          metAt: `${year}-03-01T10:00:00Z`,
          municipality: 'Vilnius',
          placeNote: null,
          firstContactKind: 'ngo',
          exploitationForms: [],
          otherCrime: trafficking ? null : r.pick(CRIMES),
          indicators: [],
          age: null,
          citizenship: null,
          languages: [],
          interpreterNeeded: false,
          urgentNeeds: [],
        },
        createdAt: new Date(`${year}-03-01T10:00:00Z`),
      })
      .returning();
    await db.insert(caseTeam).values({
      caseId: row!.id,
      organisationId: organisation.id,
      role: 'support_service',
      joinedAt: new Date(`${year}-03-02T10:00:00Z`),
    });
    const given = r.chance(0.15) ? 0 : r.chance(0.5) ? 3 : 1;
    for (let s = 0; s < given; s++) {
      await db.insert(servicesGiven).values({
        caseId: row!.id,
        organisationId: organisation.id,
        type: r.pick(SERVICES),
        givenOn: `${year}-0${4 + s}-15`,
        mode: 'in_person',
      });
    }
    if (given > 0) {
      written.served += 1;
      written.services += given;
      if (child) written.children += 1;
      else if (sex === 'female') written.women += 1;
    }
  }
  return written;
}
