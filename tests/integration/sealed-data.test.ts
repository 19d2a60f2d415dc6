import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../src/people/tables.ts';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

const NAME = { givenName: 'Žydrūnė', familyName: 'Kvietkauskaitė-Testinė' };

describe.each(backends())('sealed personal data on %s', (backend) => {
  let app: TestApp;
  let worker: Client;
  let dpo: Client;
  let personId: string;

  beforeAll(async () => {
    app = await startTestApp(backend);
    worker = await loginAs(app, 'case.worker@atrama.test');
    dpo = await loginAs(app, 'dpo@atrama.test');
    const created = await worker.request('POST', '/api/people', {
      sex: 'female',
      ageBand: '18-24',
      citizenshipPathway: 'third_country',
      disability: true,
      identity: { ...NAME, birthDate: '2004-02-29', notes: 'Met at the bus station in Vilnius.' },
    });
    expect(created.status).toBe(201);
    personId = (created.json() as { id: string }).id;
  });
  afterAll(() => app?.close());

  it('stores no identity in the clear, only ciphertext and a keyed blind index', async () => {
    const [row] = await app.services.database.db.select().from(people).where(eq(people.id, personId));
    const stored = JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('latin1') : v));
    expect(stored).not.toContain('Žydrūnė');
    expect(stored).not.toContain('Kvietkauskait');
    expect(stored).not.toContain('bus station');
    expect(row!.blindIndex).toMatch(/^[0-9a-f]{64}$/);
  });

  it('opens the identity for the owning organisation and audits the read', async () => {
    const read = await worker.request('GET', `/api/people/${personId}`);
    expect(read.status).toBe(200);
    expect((read.json() as { identity: { givenName: string } }).identity.givenName).toBe(NAME.givenName);
    const trail = (await dpo.request('GET', `/api/audit?recordId=${personId}&action=person.read`)).json() as {
      items: { actorEmail: string; outcome: string }[];
    };
    expect(trail.items[0]).toMatchObject({ actorEmail: 'case.worker@atrama.test', outcome: 'success' });
  });

  it('crypto-shreds: after erasure the identity cannot be read, the statistical facts stay', async () => {
    const before = await app.services.database.db.select().from(people).where(eq(people.id, personId));
    expect((await dpo.request('POST', `/api/people/${personId}/erase`, {})).status).toBe(204);
    const read = await worker.request('GET', `/api/people/${personId}`);
    expect(read.status).toBe(200);
    const body = read.json() as {
      identity: unknown;
      erased: boolean;
      sex: string;
      ageBand: string;
      disability: boolean;
    };
    expect(body.identity).toBeNull();
    expect(body.erased).toBe(true);
    expect(body).toMatchObject({ sex: 'female', ageBand: '18-24', disability: true });
    // The ciphertext is still in the table, yet with the data key destroyed nothing can open it.
    const [after] = await app.services.database.db.select().from(people).where(eq(people.id, personId));
    expect(after!.sealedIdentity).toEqual(before[0]!.sealedIdentity);
    expect(after!.blindIndex).toBeNull();
    const { unsealIdentity } = await import('../../src/people/store.ts');
    expect((await unsealIdentity(app.services.database.db, app.services.keys, after!)).kind).toBe('shredded');
  });

  it('never writes a sealed value to the logs', async () => {
    // Exercise create, read, a failing validation and a search carrying the name.
    await worker.request('POST', '/api/people', { sex: 'female', ageBand: 'nope', identity: NAME });
    await worker.request('GET', `/api/users?q=${encodeURIComponent(NAME.familyName)}`);
    const created = await worker.request('POST', '/api/people', {
      sex: 'female',
      ageBand: '25-34',
      citizenshipPathway: 'eu',
      identity: NAME,
    });
    await worker.request('GET', `/api/people/${(created.json() as { id: string }).id}`);
    expect(app.logs.length).toBeGreaterThan(10);
    const leaking = app.logs.filter(
      (line) => line.includes('Kvietkauskait') || line.includes('Žydrūnė') || line.includes('\\u017dydr'),
    );
    expect(leaking).toEqual([]);
  });
});
