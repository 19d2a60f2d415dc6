import type { Db } from '../platform/db.ts';
import { insertAwareness, insertMeasure, insertReport, insertTraining } from './store.ts';

// Demo trainings, awareness activities and action-plan measures from seeds 003 and 004, dated around
// the current year so the screens show each state of a measure. Never loaded in production.

export async function loadProgrammeDemo(db: Db, orgId: (slug: string) => string, today: string) {
  const year = Number(today.slice(0, 4));
  const iom = orgId('iom-vilnius-office');
  const caritas = orgId('caritas-centre-against-human-trafficking-and-exploitation');
  const ministry = orgId('ministry-of-social-security-and-labour');
  const interior = orgId('ministry-of-the-interior');
  await insertTraining(db, {
    organiserId: iom,
    heldOn: `${year - 1}-05-14`,
    topic: 'Early recognition of possible victims in families at risk',
    hours: 8,
    audience: [
      { profession: 'social_workers', participants: 24 },
      { profession: 'child_rights_specialists', participants: 6 },
    ],
    fundingEur: 3000,
    fundingSource: 'international_organisation',
  });
  await insertTraining(db, {
    organiserId: iom,
    heldOn: `${year - 1}-10-02`,
    topic: 'Preventing trafficking crime: police, prosecutors and judges',
    hours: 6,
    audience: [
      { profession: 'police', participants: 18 },
      { profession: 'prosecutors', participants: 7 },
      { profession: 'judges', participants: 3 },
    ],
    fundingEur: 2400,
    fundingSource: 'state_budget',
  });
  await insertTraining(db, {
    organiserId: caritas,
    heldOn: `${year - 1}-11-20`,
    topic: 'Darbo išnaudojimo požymiai',
    hours: 4,
    audience: [
      { profession: 'labour_inspectors', participants: 12 },
      { profession: 'border_guards', participants: 9 },
      { profession: 'consuls', participants: 4 },
    ],
  });
  await insertTraining(db, {
    organiserId: caritas,
    heldOn: `${year}-02-11`,
    topic: 'Kaip kalbėtis su mokiniais apie darbo pasiūlymus užsienyje',
    hours: 3,
    audience: [
      { profession: 'teachers', participants: 30 },
      { profession: 'health_specialists', participants: 5 },
    ],
  });
  await insertAwareness(db, {
    organiserId: iom,
    kind: 'film',
    title: 'Everything Will Be Fine',
    startsOn: `${year - 1}-03-01`,
    endsOn: `${year - 1}-12-31`,
    reach: 12000,
  });
  await insertAwareness(db, {
    organiserId: iom,
    kind: 'campaign',
    title: 'You can be sold as a doll',
    startsOn: `${year - 1}-06-01`,
    endsOn: `${year - 1}-08-31`,
    reach: 250000,
  });
  await insertAwareness(db, {
    organiserId: caritas,
    kind: 'event',
    title: 'Atvirų durų diena: pagalba išnaudojimo aukoms',
    startsOn: `${year}-10-18`,
    reach: 300,
  });
  const measure = (
    code: string,
    values: Omit<Parameters<typeof insertMeasure>[1], 'code' | 'indicators'> & {
      indicator: { lt: string; en: string; target: number };
    },
  ) => {
    const { indicator, ...rest } = values;
    return insertMeasure(db, {
      code,
      ...rest,
      indicators: [
        { id: crypto.randomUUID(), name: { lt: indicator.lt, en: indicator.en }, target: indicator.target },
      ],
    });
  };
  const report = (
    m: Awaited<ReturnType<typeof measure>>,
    year: number,
    progress: 'in_progress' | 'done',
    summary: string,
    value: number,
  ) =>
    insertReport(db, {
      measureId: m!.id,
      year,
      progress,
      summary,
      achieved: [{ indicatorId: m!.indicators[0]!.id, value }],
      organisationId: m!.responsibleId,
    });
  // Late: last year ended without its report.
  const projects = await measure('1.1', {
    titleLt: 'NVO socialinės pagalbos aukoms projektų finansavimas',
    titleEn: 'Funding NGO projects of social assistance to victims',
    goalLt:
      'Skubi socialinė pagalba, laikinas apgyvendinimas, maitinimas ir psichologinės konsultacijos aukoms.',
    goalEn: 'Urgent social assistance, temporary housing, food and psychological consultations for victims.',
    responsibleId: ministry,
    coResponsibleIds: [orgId('vilnius-city-municipality')],
    startsOn: `${year - 2}-01-01`,
    deadline: `${year + 1}-12-31`,
    budgetEur: 500000,
    indicator: { lt: 'Finansuota projektų', en: 'Projects funded', target: 20 },
  });
  await report(projects, year - 2, 'in_progress', 'Six NGO projects funded in four municipalities.', 6);
  // In progress, reported.
  const qualification = await measure('1.2', {
    titleLt: 'Savivaldybių ir NVO socialinių darbuotojų kvalifikacijos tobulinimas',
    titleEn: 'Improving the qualification of social workers of municipalities and NGOs',
    goalLt: 'Socialiniai darbuotojai moka dirbti su prekybos žmonėmis aukomis.',
    goalEn: 'Social workers are able to work with victims of trafficking.',
    responsibleId: caritas,
    coResponsibleIds: [iom],
    startsOn: `${year - 1}-01-01`,
    deadline: `${year + 1}-12-31`,
    budgetEur: 40000,
    indicator: { lt: 'Apmokyta socialinių darbuotojų', en: 'Social workers trained', target: 200 },
  });
  await report(
    qualification,
    year - 1,
    'in_progress',
    'Five trainings held in Vilnius, Kaunas and Klaipėda.',
    85,
  );
  // Done.
  const cooperation = await measure('2.1', {
    titleLt: 'NVO ir savivaldybių bendradarbiavimas aukų reabilitacijoje',
    titleEn: 'Cooperation of NGOs and municipalities in the rehabilitation of victims',
    goalLt: 'Aiškiai pasidalytos funkcijos, kad pagalba nesidubliuotų.',
    goalEn: 'Clearly shared functions, so that help does not overlap.',
    responsibleId: interior,
    coResponsibleIds: [ministry, caritas],
    startsOn: `${year - 2}-01-01`,
    deadline: `${year - 1}-12-31`,
    budgetEur: null,
    indicator: {
      lt: 'Pasirašyta bendradarbiavimo sutarčių',
      en: 'Cooperation agreements signed',
      target: 10,
    },
  });
  await report(cooperation, year - 2, 'in_progress', 'Agreements prepared with six municipalities.', 6);
  await report(cooperation, year - 1, 'done', 'All agreements signed.', 11);
  // Planned.
  await measure('2.2', {
    titleLt: 'Keitimasis informacija su kilmės, tranzito ir paskirties šalių partneriais',
    titleEn: 'Exchanging information with partners in countries of origin, transit and destination',
    goalLt: 'Koordinuota pagalba grįžtančioms aukoms, be dubliavimo.',
    goalEn: 'Coordinated help for returning victims, without overlap.',
    responsibleId: interior,
    coResponsibleIds: [orgId('ministry-of-foreign-affairs'), iom],
    startsOn: `${year + 1}-01-01`,
    deadline: `${year + 2}-12-31`,
    budgetEur: 15000,
    indicator: { lt: 'Partnerių susitikimai', en: 'Meetings with partners', target: 8 },
  });
}
