import { eventually, messagingTestEnv } from '@okr/messaging/testing';
import { anonymous, type EnrolmentApp, freshBrin, schoolBody, startEnrolment } from './enrolment-app';

interface SchoolPage {
  items: { brin: string; profile: { name: string } }[];
  page: number;
  pageSize: number;
  total: number;
  unreadable: unknown[];
}

interface InquiryPage {
  items: { inquiryId: string; brin?: string; status: string }[];
  total: number;
}

/**
 * The desk's lists, served from the states the service keeps in memory (docs/adr/0013): paged and searched, and
 * showing a change in the next list, on the replica that made it and on another one.
 */
describe('lists kept in memory', () => {
  let replica: EnrolmentApp;
  let other: EnrolmentApp;
  // A word only this run's schools carry, so a search finds them and nothing else.
  const marker = `Lijst${Date.now().toString(36)}`;

  beforeAll(async () => {
    // Two replicas of one deployment: the same database, topics and Redis keys.
    const shared = messagingTestEnv('enrolment');
    const env = {
      MONGODB_DATABASE: shared['MONGODB_DATABASE'] ?? '',
      KAFKA_TOPIC_PREFIX: shared['KAFKA_TOPIC_PREFIX'] ?? '',
      REDIS_KEY_PREFIX: shared['REDIS_KEY_PREFIX'] ?? '',
    };
    replica = await startEnrolment(env);
    other = await startEnrolment(env);
  });

  afterAll(async () => {
    await other.app.close();
    await replica.close();
  });

  async function register(name: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const brin = freshBrin();
    const desk = await replica.as('helpdesk');
    await desk
      .post('/schools')
      .send(schoolBody(brin, { name, ...overrides }))
      .expect(201);
    return brin;
  }

  it('is ready once it has read what it keeps', async () => {
    const ready = await anonymous(replica.app).get('/health/ready').expect(200);

    expect(JSON.stringify(ready.body)).toContain('kept-aggregates');
  });

  it('pages through the schools sorted by name, counting them all', async () => {
    const names = ['Het Anker', 'De Boog', 'Catharina', 'De Dolfijn', 'Eikenhof'].map(
      (name) => `${marker} ${name}`,
    );
    for (const name of [...names].reverse()) await register(name);
    const desk = await replica.as('helpdesk');

    const first = (await desk.get(`/schools?search=${marker}&pageSize=2`).expect(200)).body as SchoolPage;
    const third = (await desk.get(`/schools?search=${marker}&pageSize=2&page=3`).expect(200))
      .body as SchoolPage;

    const sorted = [...names].sort(new Intl.Collator('nl').compare);
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: 5, unreadable: [] });
    expect(first.items.map(({ profile }) => profile.name)).toEqual(sorted.slice(0, 2));
    expect(third.items.map(({ profile }) => profile.name)).toEqual(sorted.slice(4));
  });

  it('finds a school by a part of its BRIN or name in any case, with the filters the desk has', async () => {
    const brin = await register(`${marker} Zonnewijzer`, { sector: 'VO', municipality: 'Kampen' });
    await register(`${marker} Zonnebloem`, { sector: 'PO', municipality: 'Kampen' });
    const desk = await replica.as('helpdesk');

    const byBrin = (await desk.get(`/schools?search=${brin.toLowerCase()}`).expect(200)).body as SchoolPage;
    const byName = (await desk.get(`/schools?search=${marker}%20ZONNE`).expect(200)).body as SchoolPage;
    const filtered = (
      await desk.get(`/schools?search=${marker}%20zonne&sector=VO&municipality=kampen`).expect(200)
    ).body as SchoolPage;

    expect(byBrin.items.map((school) => school.brin)).toContain(brin);
    expect(byName.total).toBe(2);
    expect(filtered.items.map((school) => school.brin)).toEqual([brin]);
  });

  it('shows a change in the very next list on the same replica, in its new place', async () => {
    const brin = await register(`${marker} Zeester`);
    const desk = await replica.as('helpdesk');

    await desk
      .patch(`/schools/${brin}`)
      .send({ name: `${marker} Aalscholver` })
      .expect(200);
    const list = (await desk.get(`/schools?search=${marker}`).expect(200)).body as SchoolPage;

    expect(list.items[0]).toMatchObject({ brin, profile: { name: `${marker} Aalscholver` } });
    expect(list.items.map(({ profile }) => profile.name)).not.toContain(`${marker} Zeester`);
  });

  it("shows one replica's change in the other replica's next list once its announcement arrived", async () => {
    const brin = await register(`${marker} Overkant`);
    const desk = await other.as('helpdesk');

    // Redis carries the announcement in well under the 2 s allowed here; nothing is read again meanwhile.
    const found = await eventually(
      async () => {
        const list = (await desk.get(`/schools?search=${brin}`).expect(200)).body as SchoolPage;
        return list.total === 1 ? list : undefined;
      },
      { timeoutMs: 2_000, what: 'the other replica lists the school' },
    );
    await (await replica.as('helpdesk')).patch(`/schools/${brin}`).send({ pupilCount: 77 }).expect(200);
    const changed = await eventually(
      async () => {
        const list = (await desk.get(`/schools?search=${brin}`).expect(200)).body as SchoolPage & {
          items: { profile: { pupilCount: number } }[];
        };
        return list.items[0]?.profile.pupilCount === 77 ? list : undefined;
      },
      { timeoutMs: 2_000, what: 'the other replica lists the change' },
    );

    expect(found.items[0]?.brin).toBe(brin);
    expect(changed.items[0]?.brin).toBe(brin);
  });

  it('pages and searches the inquiries by school name or BRIN and status', async () => {
    const brin = await register(`${marker} Vraagbaak`);
    const desk = await replica.as('helpdesk');
    const ids: string[] = [];
    for (const day of ['2025-03-03', '2025-03-04', '2025-03-05']) {
      const received = await desk
        .post('/inquiries')
        .send({ brin, channel: 'email', receivedAt: `${day}T09:00:00Z` })
        .expect(201);
      ids.push(received.body.inquiryId as string);
    }
    await desk
      .post('/inquiries')
      .send({
        schoolName: `${marker} Nog Onbekend`,
        contact: { name: 'Anne de Vries', email: 'anne@example.org' },
        channel: 'phone',
        receivedAt: '2025-03-06T09:00:00Z',
      })
      .expect(201);

    const byBrin = (await desk.get(`/inquiries?search=${brin.toLowerCase()}&pageSize=2`).expect(200))
      .body as InquiryPage;
    const second = (await desk.get(`/inquiries?brin=${brin}&pageSize=2&page=2`).expect(200))
      .body as InquiryPage;
    const byName = (await desk.get(`/inquiries?search=${marker.toUpperCase()}%20nog`).expect(200))
      .body as InquiryPage;
    const closed = (await desk.get(`/inquiries?brin=${brin}&status=closed`).expect(200)).body as InquiryPage;

    // The most recently received first.
    expect(byBrin.total).toBe(3);
    expect(byBrin.items.map(({ inquiryId }) => inquiryId)).toEqual([ids[2], ids[1]]);
    expect(second.items.map(({ inquiryId }) => inquiryId)).toEqual([ids[0]]);
    expect(byName.total).toBe(1);
    expect(closed.total).toBe(0);
  });

  it('takes an inquiry off the overdue list the moment it gets its conversation, although that list is kept per day', async () => {
    const brin = await register(`${marker} Laatkomer`);
    const desk = await replica.as('helpdesk');
    const received = await desk
      .post('/inquiries')
      .send({ brin, channel: 'email', receivedAt: '2025-02-03T09:00:00Z' })
      .expect(201);
    const inquiryId = received.body.inquiryId as string;
    const overdueIds = async (): Promise<string[]> => {
      const list = await desk.get('/inquiries/overdue?today=2025-03-14&pageSize=100').expect(200);
      return (list.body.items as { inquiryId: string }[]).map((item) => item.inquiryId);
    };
    const before = await overdueIds();

    await desk
      .post(`/inquiries/${inquiryId}/conversations`)
      .send({ notes: 'Verkennend gesprek', heldOn: '2025-02-04' })
      .expect(201);
    const after = await overdueIds();

    expect(before).toContain(inquiryId);
    expect(after).not.toContain(inquiryId);
  });

  it('refuses a search longer than a name can be, naming the field', async () => {
    const desk = await replica.as('helpdesk');

    const schools = await desk.get(`/schools?search=${'x'.repeat(101)}`);
    const inquiries = await desk.get(`/inquiries?search=${'x'.repeat(101)}`);

    expect(schools.status).toBe(400);
    expect(inquiries.status).toBe(400);
    expect(JSON.stringify(inquiries.body)).toContain('search');
  });

  it('lets only the desk list inquiries', async () => {
    const officer = await replica.as('subsidy-officer');

    await anonymous(replica.app).get('/inquiries?search=x').expect(401);
    await officer.get('/inquiries?search=x').expect(403);
  });
});
