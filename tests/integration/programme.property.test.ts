import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVilnius } from '../../src/cases/model.ts';
import { AWARENESS_KINDS, FUNDING_SOURCES, PROFESSIONS } from '../../src/programme/catalogue.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// The JSON inputs of trainings, awareness and the action plan, generated: every well-formed input is
// recorded as sent, an end before a start is refused with the reason, and any input with one field
// spoiled is answered with a problem, never 500. As the manager and the coordinator, who reach them.

const today = todayInVilnius();
const thisYear = Number(today.slice(0, 4));
const day = (from: number, to: number) =>
  fc
    .date({ min: new Date(Date.UTC(from, 0, 1)), max: new Date(Date.UTC(to, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0);
const euros = fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100);

const training = fc.record({
  heldOn: day(2000, thisYear),
  topic: text(300),
  hours: fc.integer({ min: 1, max: 2000 }).map((halves) => halves / 2),
  audience: fc.shuffledSubarray([...PROFESSIONS], { minLength: 1 }).chain((professions) =>
    fc.tuple(
      ...professions.map((profession) =>
        fc.record({
          profession: fc.constant(profession),
          participants: fc.integer({ min: 1, max: 100_000 }),
        }),
      ),
    ),
  ),
  funding: fc.option(fc.record({ amountEur: euros, source: fc.constantFrom(...FUNDING_SOURCES) }), {
    nil: null,
  }),
});

const awareness = fc.record({
  kind: fc.constantFrom(...AWARENESS_KINDS),
  title: text(300),
  startsOn: day(2000, thisYear + 1),
  endsOn: fc.option(day(2000, thisYear + 1), { nil: null }),
  reach: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null }),
});

const garbage = fc.oneof(
  fc.constantFrom(null, -1, 0, 1e308, '', ' ', '2025-02-30', 'x'.repeat(5000), [], {}, '__proto__', true),
  fc.jsonValue({ maxDepth: 3 }),
);

/** An input with one of its fields replaced by anything at all. */
const spoiled = <T extends Record<string, unknown>>(valid: fc.Arbitrary<T>) =>
  valid.chain((input) =>
    fc
      .tuple(fc.constantFrom(...Object.keys(input)), garbage)
      .map(([key, value]) => ({ ...input, [key]: value })),
  );

describe.each(backends())('trainings, awareness and the plan take any input on %s', (backend) => {
  let app: TestApp;
  let manager: Client;
  let coordinator: Client;
  let caritas: string;

  beforeAll(async () => {
    app = await startTestApp(backend);
    manager = await loginAs(app, 'manager@atrama.test');
    coordinator = await loginAs(app, 'coordinator@atrama.test');
    const orgs = (await coordinator.request('GET', '/api/organisations')).json() as {
      items: { id: string; slug: string }[];
    };
    caritas = orgs.items.find(
      (o) => o.slug === 'caritas-centre-against-human-trafficking-and-exploitation',
    )!.id;
  });
  afterAll(() => app?.close());

  it('records every well-formed training with its participants added up', async () => {
    await fc.assert(
      fc.asyncProperty(training, async (input) => {
        const answer = await manager.request('POST', '/api/programme/trainings', input);
        expect(answer.status, answer.body).toBe(201);
        const view = answer.json() as { participants: number; audience: unknown };
        expect(view.participants).toBe(input.audience.reduce((s, a) => s + a.participants, 0));
        expect(view.audience).toEqual(input.audience);
      }),
      { numRuns: 40 },
    );
  });

  it('records an awareness activity unless it ends before it starts', async () => {
    await fc.assert(
      fc.asyncProperty(awareness, async (input) => {
        const answer = await manager.request('POST', '/api/programme/awareness', input);
        if (input.endsOn !== null && input.endsOn < input.startsOn) {
          expect(answer.status).toBe(400);
          expect(answer.body).toContain('the activity must not end before it starts');
        } else expect(answer.status, answer.body).toBe(201);
      }),
      { numRuns: 40 },
    );
  });

  it('adds a measure unless its deadline is before its start, and takes its report for a year begun', async () => {
    const measure = fc.record({
      code: fc.uuid().map((id) => id.slice(0, 13)),
      title: fc.record({ lt: text(300), en: text(300) }),
      goal: fc.record({ lt: text(2000), en: text(2000) }),
      startsOn: day(2015, thisYear + 2),
      deadline: day(2015, thisYear + 2),
      budgetEur: fc.option(euros, { nil: null }),
      indicators: fc.array(
        fc.record({
          name: fc.record({ lt: text(300), en: text(300) }),
          target: fc.integer({ min: 0, max: 1_000_000 }),
        }),
        { maxLength: 4 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(measure, fc.integer({ min: 0, max: 1_000_000 }), async (input, value) => {
        const answer = await coordinator.request('POST', '/api/programme/measures', {
          ...input,
          responsibleId: caritas,
        });
        if (input.deadline < input.startsOn) {
          expect(answer.status).toBe(400);
          expect(answer.body).toContain('the measure must not end before it starts');
          return;
        }
        expect(answer.status, answer.body).toBe(201);
        const created = answer.json() as { id: string; indicators: { id: string }[] };
        const year = Number(input.startsOn.slice(0, 4));
        const report = await manager.request('POST', `/api/programme/measures/${created.id}/reports`, {
          year,
          progress: 'in_progress',
          summary: 'Progress.',
          achieved: created.indicators.map((i) => ({ indicatorId: i.id, value })),
        });
        // A year of the measure may be reported once it has begun.
        expect(report.status, report.body).toBe(year <= thisYear ? 201 : 409);
      }),
      { numRuns: 30 },
    );
  });

  it('answers any input with one field spoiled with a problem, never 500', async () => {
    const calls: [Client, string, fc.Arbitrary<Record<string, unknown>>][] = [
      [manager, '/api/programme/trainings', spoiled(training)],
      [manager, '/api/programme/awareness', spoiled(awareness)],
      [
        coordinator,
        '/api/programme/measures',
        spoiled(
          fc.record({
            code: fc.uuid().map((id) => id.slice(0, 13)),
            title: fc.constant({ lt: 'Priemonė', en: 'Measure' }),
            goal: fc.constant({ lt: 'Tikslas', en: 'Goal' }),
            responsibleId: fc.constant('00000000-0000-4000-8000-000000000000'),
            startsOn: day(2015, thisYear),
            deadline: day(thisYear, thisYear + 3),
            indicators: fc.constant([]),
          }),
        ),
      ],
    ];
    for (const [client, url, input] of calls) {
      await fc.assert(
        fc.asyncProperty(input, async (body) => {
          const answer = await client.request('POST', url, body);
          expect(answer.status, `${url} ${answer.body.slice(0, 300)}`).toBeLessThan(500);
          if (answer.status >= 400)
            expect(answer.headers['content-type']).toContain('application/problem+json');
        }),
        { numRuns: 60 },
      );
    }
  });
});
