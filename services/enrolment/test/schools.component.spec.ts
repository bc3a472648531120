import { CommitStore } from '@okr/messaging';
import { anonymous, type EnrolmentApp, freshBrin, schoolBody, startEnrolment } from './enrolment-app';

describe('schools', () => {
  let service: EnrolmentApp;

  beforeAll(async () => {
    service = await startEnrolment({ SMALL_SCHOOL_PUPIL_THRESHOLD: '150' });
  });

  afterAll(async () => {
    await service.close();
  });

  it('registers a school, derives its equal-access flags and puts SchoolRegistered in the outbox', async () => {
    const desk = await service.as('helpdesk', 'desk-anna');
    const brin = freshBrin();

    const response = await desk
      .post('/schools')
      .send(schoolBody(brin, { pupilCount: 90, specialisedEducation: true }));

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      brin,
      version: 1,
      profile: {
        name: `Basisschool ${brin}`,
        equalAccess: {
          smallRegional: true,
          specialisedEducation: true,
          specialTargetGroups: true,
          weakPerforming: false,
        },
      },
    });
    const commit = await service.app.get(CommitStore).latest(`school:${brin}`);
    expect(commit?.actor).toBe('desk-anna');
    expect(commit?.events.map((event) => event.envelope.type)).toEqual(['SchoolRegistered']);
  });

  it('refuses a second registration of the same BRIN with 409', async () => {
    const desk = await service.as('helpdesk');
    const brin = freshBrin();
    await desk.post('/schools').send(schoolBody(brin)).expect(201);

    const response = await desk.post('/schools').send(schoolBody(brin, { name: 'Een ander' }));

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'SCHOOL.ALREADY_REGISTERED' });
  });

  it('answers 400 naming every invalid field', async () => {
    const desk = await service.as('helpdesk');

    const response = await desk.post('/schools').send(schoolBody('1AB', { sector: 'MBO', pupilCount: -1 }));

    expect(response.status).toBe(400);
    const fields = (response.body as { errors: { field: string }[] }).errors.map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['brin', 'sector', 'pupilCount']));
  });

  it('answers 401 without a token and 403 for a role that may not register', async () => {
    await anonymous(service.app).post('/schools').send(schoolBody(freshBrin())).expect(401);
    const monitoring = await service.as('monitoring');

    const response = await monitoring.post('/schools').send(schoolBody(freshBrin()));

    expect(response.status).toBe(403);
  });

  it('updates a profile, re-deriving the small-school flag, and shows the change', async () => {
    const desk = await service.as('helpdesk');
    const brin = freshBrin();
    await desk
      .post('/schools')
      .send(schoolBody(brin, { pupilCount: 320 }))
      .expect(201);

    const updated = await desk.patch(`/schools/${brin}`).send({ pupilCount: 120 });

    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      version: 2,
      profile: { pupilCount: 120, equalAccess: { smallRegional: true } },
    });
    const read = await desk.get(`/schools/${brin}`).expect(200);
    expect(read.body).toMatchObject({ version: 2, profile: { pupilCount: 120 } });
  });

  it.each([
    ['a text field', 'name'],
    ['a yes/no field', 'specialisedEducation'],
    ['a number field', 'pupilCount'],
  ])(
    'answers 400 naming the field when an update sets %s to null, and changes nothing',
    async (_kind, field) => {
      const desk = await service.as('helpdesk');
      const brin = freshBrin();
      await desk.post('/schools').send(schoolBody(brin)).expect(201);

      const response = await desk.patch(`/schools/${brin}`).send({ [field]: null });

      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((response.body as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual([
        field,
      ]);
      const read = await desk.get(`/schools/${brin}`).expect(200);
      expect(read.body).toMatchObject({ version: 1 });
    },
  );

  it('answers 400 when a text field of an update holds a NUL character', async () => {
    const desk = await service.as('helpdesk');
    const brin = freshBrin();
    await desk.post('/schools').send(schoolBody(brin)).expect(201);

    const response = await desk.patch(`/schools/${brin}`).send({ municipality: 'Utre\u0000cht' });

    expect(response.status).toBe(400);
    expect((response.body as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual([
      'municipality',
    ]);
  });

  it('answers 400 for a pupil count of 1e300 instead of storing it', async () => {
    const desk = await service.as('helpdesk');
    const brin = freshBrin();
    await desk.post('/schools').send(schoolBody(brin)).expect(201);

    const response = await desk
      .patch(`/schools/${brin}`)
      .set('content-type', 'application/json')
      .send('{"pupilCount":1e300}');

    expect(response.status).toBe(400);
    expect((response.body as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual([
      'pupilCount',
    ]);
  });

  it('answers 404 for a school that is not registered', async () => {
    const desk = await service.as('helpdesk');

    const response = await desk.get(`/schools/${freshBrin()}`);

    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'SCHOOL.NOT_REGISTERED' });
    await desk.patch(`/schools/${freshBrin()}`).send({ pupilCount: 3 }).expect(404);
  });

  it('finds schools by name and filters, a page at a time', async () => {
    const desk = await service.as('helpdesk');
    const brins = [freshBrin(), freshBrin(), freshBrin()];
    await desk
      .post('/schools')
      .send(schoolBody(brins[0]!, { name: 'Zoekschool Noord', sector: 'VO' }))
      .expect(201);
    await desk
      .post('/schools')
      .send(schoolBody(brins[1]!, { name: 'Zoekschool Oost', sector: 'VO' }))
      .expect(201);
    await desk
      .post('/schools')
      .send(schoolBody(brins[2]!, { name: 'Zoekschool Zuid', sector: 'PO' }))
      .expect(201);

    const firstPage = await desk.get('/schools?search=zoekschool&sector=VO&pageSize=1').expect(200);
    const secondPage = await desk.get('/schools?search=zoekschool&sector=VO&pageSize=1&page=2').expect(200);

    expect(firstPage.body).toMatchObject({ total: 2, page: 1, pageSize: 1, items: [{ brin: brins[0] }] });
    expect(secondPage.body).toMatchObject({ total: 2, page: 2, items: [{ brin: brins[1] }] });
    await desk.get('/schools?pageSize=1000').expect(400);
  });
});
