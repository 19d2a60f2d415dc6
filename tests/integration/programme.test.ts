import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVilnius } from '../../src/cases/model.ts';
import { PROFESSIONS } from '../../src/programme/catalogue.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';
import { pdfText } from '../support/pdf-text.ts';

// Trainings, awareness and the national action plan through the HTTP API: who records and reads
// what, bad input answered 4xx with the reason, and the statistics against a count of the records.

type Measure = {
  id: string;
  code: string;
  state: string;
  missingYears: number[];
  overdue: boolean;
  startsOn: string;
  deadline: string;
  indicators: { id: string; target: number; achieved: number | null }[];
  reports: { year: number }[];
  mayReport: boolean;
  responsible: { id: string };
};
type Breakdown = { rows: { key: string; value: number }[]; total: number };

const thisYear = Number(todayInVilnius().slice(0, 4));
const code = () => `T-${crypto.randomUUID().slice(0, 8)}`;

describe.each(backends())('trainings, awareness and the action plan on %s', (backend) => {
  let app: TestApp;
  let manager: Client; // Caritas
  let otherManager: Client; // the Ministry of Social Security and Labour
  let coordinator: Client;
  let statistician: Client;
  let caseWorker: Client;
  let caritas: string;
  let ministry: string;
  let police: string;

  beforeAll(async () => {
    app = await startTestApp(backend);
    manager = await loginAs(app, 'manager@atrama.test');
    otherManager = await loginAs(app, 'funding.manager@atrama.test');
    coordinator = await loginAs(app, 'coordinator@atrama.test');
    statistician = await loginAs(app, 'statistician@atrama.test');
    caseWorker = await loginAs(app, 'case.worker@atrama.test');
    const orgs = (await coordinator.request('GET', '/api/organisations')).json() as {
      items: { id: string; slug: string }[];
    };
    const org = (slug: string) => orgs.items.find((o) => o.slug === slug)!.id;
    caritas = org('caritas-centre-against-human-trafficking-and-exploitation');
    ministry = org('ministry-of-social-security-and-labour');
    police = org('lithuanian-police');
  });
  afterAll(() => app?.close());

  const training = (overrides: Record<string, unknown> = {}) => ({
    heldOn: `${thisYear - 1}-04-15`,
    topic: 'Recognising labour exploitation',
    hours: 6,
    audience: [
      { profession: 'social_workers', participants: 14 },
      { profession: 'police', participants: 6 },
    ],
    funding: { amountEur: 1200, source: 'state_budget' },
    ...overrides,
  });

  const measureInput = (overrides: Record<string, unknown> = {}) => ({
    code: code(),
    title: { lt: 'Mokymai socialiniams darbuotojams', en: 'Training of social workers' },
    goal: { lt: 'Atpažinti aukas', en: 'Recognise victims early' },
    responsibleId: caritas,
    coResponsibleIds: [ministry],
    startsOn: `${thisYear - 1}-01-01`,
    deadline: `${thisYear + 1}-12-31`,
    budgetEur: 25000,
    indicators: [{ name: { lt: 'Apmokyta darbuotojų', en: 'Workers trained' }, target: 200 }],
    ...overrides,
  });

  async function createMeasure(overrides: Record<string, unknown> = {}) {
    const created = await coordinator.request('POST', '/api/programme/measures', measureInput(overrides));
    expect(created.status, created.body).toBe(201);
    return created.json() as Measure;
  }

  it("records a training for the manager's own organisation, read by the national roles and not by another organisation", async () => {
    const recorded = await manager.request('POST', '/api/programme/trainings', training());
    expect(recorded.status, recorded.body).toBe(201);
    const view = recorded.json() as { id: string; participants: number; organiser: { id: string } };
    expect(view.participants).toBe(20);
    expect(view.organiser.id).toBe(caritas);
    const ids = async (client: Client) =>
      (
        (await client.request('GET', `/api/programme/trainings?year=${thisYear - 1}`)).json() as {
          items: { id: string }[];
        }
      ).items.map((i) => i.id);
    expect(await ids(manager)).toContain(view.id);
    expect(await ids(statistician)).toContain(view.id);
    expect(await ids(coordinator)).toContain(view.id);
    expect(await ids(otherManager)).not.toContain(view.id);
    expect((await caseWorker.request('POST', '/api/programme/trainings', training())).status).toBe(403);
    expect((await statistician.request('POST', '/api/programme/trainings', training())).status).toBe(403);
    expect((await caseWorker.request('GET', `/api/programme/trainings?year=${thisYear}`)).status).toBe(403);
  });

  it.each([
    [
      'negative participants',
      { audience: [{ profession: 'police', participants: -3 }] },
      'body.audience.0.participants',
    ],
    ['no audience', { audience: [] }, 'body.audience'],
    [
      'a profession twice',
      {
        audience: [
          { profession: 'police', participants: 1 },
          { profession: 'police', participants: 2 },
        ],
      },
      'body.audience',
    ],
    [
      'an unknown profession',
      { audience: [{ profession: 'astronauts', participants: 1 }] },
      'body.audience.0.profession',
    ],
    ['no hours', { hours: 0 }, 'body.hours'],
    ['negative funding', { funding: { amountEur: -1, source: 'state_budget' } }, 'body.funding.amountEur'],
    ['a date that is no date', { heldOn: '2025-02-30' }, 'body.heldOn'],
  ])('refuses a training with %s, naming the field', async (_what, overrides, field) => {
    const answer = await manager.request('POST', '/api/programme/trainings', training(overrides));
    expect(answer.status, answer.body).toBe(400);
    expect((answer.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
  });

  it('records an awareness activity and refuses one that ends before it starts', async () => {
    const activity = {
      kind: 'film',
      title: 'Everything Will Be Fine',
      startsOn: `${thisYear - 1}-09-01`,
      endsOn: `${thisYear - 1}-09-30`,
      reach: 1500,
    };
    const recorded = await manager.request('POST', '/api/programme/awareness', activity);
    expect(recorded.status, recorded.body).toBe(201);
    const list = (
      await statistician.request('GET', `/api/programme/awareness?year=${thisYear - 1}`)
    ).json() as {
      items: { id: string }[];
    };
    expect(list.items.map((i) => i.id)).toContain((recorded.json() as { id: string }).id);
    const backwards = await manager.request('POST', '/api/programme/awareness', {
      ...activity,
      endsOn: `${thisYear - 1}-08-01`,
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body).toContain('the activity must not end before it starts');
    const negative = await manager.request('POST', '/api/programme/awareness', { ...activity, reach: -5 });
    expect(negative.status).toBe(400);
  });

  it('adds a measure, and refuses one ending before it starts, naming an unknown organisation or a number taken', async () => {
    const m = await createMeasure();
    expect(m.responsible.id).toBe(caritas);
    expect(m.indicators).toEqual([
      { id: expect.any(String), name: expect.any(Object), target: 200, achieved: null },
    ]);
    const backwards = await coordinator.request(
      'POST',
      '/api/programme/measures',
      measureInput({ startsOn: '2026-05-01', deadline: '2026-04-30' }),
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body).toContain('the measure must not end before it starts');
    const unknown = await coordinator.request(
      'POST',
      '/api/programme/measures',
      measureInput({ responsibleId: crypto.randomUUID() }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body).toContain('body.responsibleId: unknown_organisation: no such organisation');
    const unknownCo = await coordinator.request(
      'POST',
      '/api/programme/measures',
      measureInput({ coResponsibleIds: [ministry, crypto.randomUUID()] }),
    );
    expect(unknownCo.status).toBe(400);
    expect(unknownCo.body).toContain('body.coResponsibleIds.1: unknown_organisation: no such organisation');
    const taken = await coordinator.request(
      'POST',
      '/api/programme/measures',
      measureInput({ code: m.code }),
    );
    expect(taken.status).toBe(409);
    expect((taken.json() as { refusal: string }).refusal).toBe('measure_code_exists');
    expect((await manager.request('POST', '/api/programme/measures', measureInput())).status).toBe(403);
  });

  it('takes one report a year from the responsible body only; the co-responsible read it, another organisation does not', async () => {
    const m = await createMeasure();
    const report = {
      year: thisYear - 1,
      progress: 'in_progress',
      summary: 'Four trainings held in three regions.',
      spentEur: 6000,
      achieved: [{ indicatorId: m.indicators[0]!.id, value: 80 }],
    };
    // The co-responsible ministry reads the measure but may not report on it.
    expect((await otherManager.request('GET', `/api/programme/measures/${m.id}`)).status).toBe(200);
    expect(
      (await otherManager.request('POST', `/api/programme/measures/${m.id}/reports`, report)).status,
    ).toBe(404);
    expect(
      (await coordinator.request('POST', `/api/programme/measures/${m.id}/reports`, report)).status,
    ).toBe(403);
    const first = await manager.request('POST', `/api/programme/measures/${m.id}/reports`, report);
    expect(first.status, first.body).toBe(201);
    const view = first.json() as Measure;
    expect(view.indicators[0]!.achieved).toBe(80);
    expect(view.mayReport).toBe(true);
    const again = await manager.request('POST', `/api/programme/measures/${m.id}/reports`, report);
    expect(again.status).toBe(409);
    expect((again.json() as { refusal: string }).refusal).toBe('report_exists');
    const future = await manager.request('POST', `/api/programme/measures/${m.id}/reports`, {
      ...report,
      year: thisYear + 1,
    });
    expect((future.json() as { refusal: string }).refusal).toBe('report_year_not_begun');
    const outside = await manager.request('POST', `/api/programme/measures/${m.id}/reports`, {
      ...report,
      year: thisYear - 3,
    });
    expect((outside.json() as { refusal: string }).refusal).toBe('report_year_outside_measure');
    const stranger = await manager.request('POST', `/api/programme/measures/${m.id}/reports`, {
      ...report,
      year: thisYear,
      achieved: [{ indicatorId: crypto.randomUUID(), value: 1 }],
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body).toContain('not an indicator of this measure');

    // A measure the ministry has no part in: not found for its manager, to read or to report.
    const elsewhere = await createMeasure({ responsibleId: police, coResponsibleIds: [] });
    expect((await otherManager.request('GET', `/api/programme/measures/${elsewhere.id}`)).status).toBe(404);
    expect(
      (await manager.request('POST', `/api/programme/measures/${elsewhere.id}/reports`, report)).status,
    ).toBe(404);
    const mine = (await otherManager.request('GET', '/api/programme/measures')).json() as {
      items: { id: string }[];
    };
    expect(mine.items.map((i) => i.id)).toContain(m.id);
    expect(mine.items.map((i) => i.id)).not.toContain(elsewhere.id);
  });

  it('shows the coordinator what is late: a year without its report, a deadline passed', async () => {
    const unreported = await createMeasure({ startsOn: `${thisYear - 2}-03-01` });
    expect(unreported.state).toBe('late');
    expect(unreported.missingYears).toEqual([thisYear - 2, thisYear - 1]);
    const overdue = await createMeasure({
      startsOn: `${thisYear - 1}-01-01`,
      deadline: `${thisYear - 1}-06-30`,
    });
    const all = (await coordinator.request('GET', '/api/programme/measures')).json() as { items: Measure[] };
    const found = all.items.find((i) => i.id === overdue.id)!;
    expect(found).toMatchObject({ state: 'late', overdue: true, missingYears: [thisYear - 1] });
    const planned = await createMeasure({
      startsOn: `${thisYear + 1}-01-01`,
      deadline: `${thisYear + 2}-01-01`,
    });
    expect(planned.state).toBe('planned');
  });

  it("gives a measure's yearly report as a PDF and an XLSX in either language", async () => {
    const m = await createMeasure();
    await manager.request('POST', `/api/programme/measures/${m.id}/reports`, {
      year: thisYear - 1,
      progress: 'done',
      summary: 'Šešiolika mokymų surengta.',
      achieved: [{ indicatorId: m.indicators[0]!.id, value: 210 }],
    });
    const pdf = await coordinator.request(
      'GET',
      `/api/programme/measures/${m.id}/report?year=${thisYear - 1}&format=pdf&lang=lt`,
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.headers['content-disposition'])).toMatch(/^attachment; filename="measure-/);
    const text = pdfText(pdf.raw);
    expect(text).toContain('Šešiolika mokymų surengta.');
    expect(text).toContain('Įvykdyta');
    expect(text).toContain('210');
    const xlsx = await statistician.request(
      'GET',
      `/api/programme/measures/${m.id}/report?year=${thisYear - 1}&format=xlsx&lang=en`,
    );
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['Workers trained', 200, 210]);
    expect(rows).toContainEqual(['State', 'Done']);
    const missing = await coordinator.request(
      'GET',
      `/api/programme/measures/${m.id}/report?year=${thisYear - 5}&format=pdf&lang=en`,
    );
    expect(pdfText(missing.raw)).toContain(`has not reported on ${thisYear - 5}`);
    expect(
      (await caseWorker.request('GET', `/api/programme/measures/${m.id}/report?year=${thisYear}&format=pdf`))
        .status,
    ).toBe(403);
  });

  describe('statistics, against a count of the records', () => {
    const year = thisYear - 1;
    const period = `from=${year}-01-01&to=${year}-12-31`;
    const figures = async (client: Client, indicator: string, by = '') =>
      (
        await client.request(
          'GET',
          `/api/statistics/breakdown?indicator=${indicator}&${period}${by ? `&by=${by}` : ''}`,
        )
      ).json() as Breakdown;
    const asMap = (b: Breakdown) => Object.fromEntries(b.rows.map((r) => [r.key, r.value]));

    it('counts training participants by profession and trainings by organiser', async () => {
      await manager.request(
        'POST',
        '/api/programme/trainings',
        training({ audience: [{ profession: 'judges', participants: 9 }] }),
      );
      await otherManager.request(
        'POST',
        '/api/programme/trainings',
        training({
          audience: [
            { profession: 'teachers', participants: 30 },
            { profession: 'police', participants: 2 },
          ],
        }),
      );
      type Training = { organiser: { id: string }; audience: { profession: string; participants: number }[] };
      const { items } = (
        await statistician.request('GET', `/api/programme/trainings?year=${year}`)
      ).json() as { items: Training[] };
      const byProfession: Record<string, number> = {};
      const trainingsByProfession: Record<string, number> = {};
      const byOrganiser: Record<string, number> = {};
      for (const t of items) {
        byOrganiser[t.organiser.id] = (byOrganiser[t.organiser.id] ?? 0) + 1;
        for (const a of t.audience) {
          byProfession[a.profession] = (byProfession[a.profession] ?? 0) + a.participants;
          trainingsByProfession[a.profession] = (trainingsByProfession[a.profession] ?? 0) + 1;
        }
      }
      const participants = await figures(statistician, 'training_participants');
      expect(asMap(participants)).toEqual(byProfession);
      expect(participants.total).toBe(Object.values(byProfession).reduce((a, b) => a + b, 0));
      expect(Object.keys(byProfession).every((p) => (PROFESSIONS as readonly string[]).includes(p))).toBe(
        true,
      );
      expect(asMap(await figures(statistician, 'trainings'))).toEqual(trainingsByProfession);
      const byOrg = await figures(statistician, 'trainings', 'organisation');
      expect(asMap(byOrg)).toEqual(byOrganiser);
      expect(byOrg.total).toBe(items.length);
      // A manager's figures are their own organisation's.
      const own = await figures(manager, 'trainings', 'organisation');
      expect(Object.keys(asMap(own))).toEqual([caritas]);
      expect(own.total).toBe(byOrganiser[caritas]);
    });

    it('counts awareness activities by kind, and their reach', async () => {
      type Activity = { kind: string; reach: number | null };
      const { items } = (
        await statistician.request('GET', `/api/programme/awareness?year=${year}`)
      ).json() as { items: Activity[] };
      const byKind: Record<string, number> = {};
      for (const a of items) byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
      expect(asMap(await figures(statistician, 'awareness_activities'))).toEqual(byKind);
      expect((await figures(statistician, 'awareness_reach')).total).toBe(
        items.reduce((s, a) => s + (a.reach ?? 0), 0),
      );
    });

    it("counts the plan's measures by state as the coordinator's list shows them", async () => {
      const m = await createMeasure({ startsOn: `${thisYear - 2}-01-01` });
      await manager.request('POST', `/api/programme/measures/${m.id}/reports`, {
        year: thisYear - 2,
        progress: 'done',
        summary: 'Done early.',
      });
      const { items } = (await coordinator.request('GET', '/api/programme/measures')).json() as {
        items: Measure[];
      };
      const running = items.filter((i) => i.startsOn <= `${year}-12-31` && i.deadline >= `${year}-01-01`);
      const byState: Record<string, number> = {};
      for (const i of running) byState[i.state] = (byState[i.state] ?? 0) + 1;
      expect(byState.done).toBeGreaterThan(0);
      expect(byState.late).toBeGreaterThan(0);
      const counted = await figures(coordinator, 'action_plan_measures');
      expect(asMap(counted)).toEqual(byState);
      expect(counted.total).toBe(running.length);
    });
  });
});
