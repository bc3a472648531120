import { CommitStore } from '@okr/messaging';
import { DEFAULT_ACTIVITY_CATALOGUE } from '../src/domain/activity-catalogue.value-object';
import { anonymous, type Caller, type EnrolmentApp, startEnrolment } from './enrolment-app';
import { readyToApply } from './enrolment-scenario';

interface Catalogue {
  version: number;
  edited: boolean;
  entries: {
    activity: string;
    pillar: string;
    allowedSectors: string[];
    amountRule: Record<string, unknown>;
  }[];
}

interface Problem {
  code: string;
  details?: { problems?: string[] };
  errors?: { field: string }[];
}

/** Every activity of the default catalogue, with `changes` to one of them. */
function catalogueWith(activity: string, changes: Record<string, unknown>): Record<string, unknown>[] {
  return DEFAULT_ACTIVITY_CATALOGUE.map((entry) =>
    entry.activity === activity ? { ...entry, ...changes } : { ...entry },
  );
}

describe('activity catalogue', () => {
  // The catalogue is one for the whole service, so a test that needs it unedited has an app of its own.
  let pristine: EnrolmentApp;
  let service: EnrolmentApp;
  let admin: Caller;

  beforeAll(async () => {
    [pristine, service] = await Promise.all([startEnrolment(), startEnrolment()]);
    admin = await service.as('admin', 'admin-ada');
  });

  afterAll(async () => {
    await Promise.all([pristine.close(), service.close()]);
  });

  it('offers the default catalogue until an administrator edits it', async () => {
    const pillarTeam = await pristine.as('pillar-team:enrolment');

    const response = await pillarTeam.get('/activity-catalogue');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ version: 0, edited: false, entries: DEFAULT_ACTIVITY_CATALOGUE });
  });

  it('replaces the catalogue, deriving a pillar left out, and records who did it without an event', async () => {
    const before = (await admin.get('/activity-catalogue').expect(200)).body as Catalogue;
    const entries = [
      {
        activity: 'groeikracht',
        allowedSectors: ['PO'],
        amountRule: { kind: 'maximum', maxCents: 3_500_000 },
      },
      {
        activity: 'development-school',
        pillar: 'expert-schools',
        allowedSectors: ['PO', 'VO'],
        amountRule: { kind: 'per-pupil', centsPerPupil: 4_000, maxCents: 1_500_000 },
      },
    ];

    const response = await admin.put('/activity-catalogue').send({ entries });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      version: before.version + 1,
      edited: true,
      entries: [
        { activity: 'groeikracht', pillar: 'improvement-culture', allowedSectors: ['PO'] },
        { activity: 'development-school', amountRule: { kind: 'per-pupil', centsPerPupil: 4_000 } },
      ],
    });
    const read = await (await service.as('subsidy-officer')).get('/activity-catalogue').expect(200);
    expect(read.body).toEqual(response.body);
    const commit = await service.app.get(CommitStore).latest('catalogue');
    expect(commit?.actor).toBe('admin-ada');
    expect(commit?.command).toBe('replace-activity-catalogue');
    expect(commit?.events).toEqual([]);
  });

  it('adds no version when the same catalogue is saved again', async () => {
    const entries = catalogueWith('taallab-participating', { allowedSectors: ['VO'] });
    const first = (await admin.put('/activity-catalogue').send({ entries }).expect(200)).body as Catalogue;

    const again = await admin.put('/activity-catalogue').send({ entries }).expect(200);

    expect((again.body as Catalogue).version).toBe(first.version);
  });

  it('answers 400 naming every malformed field, including amount fields of another kind of rule', async () => {
    const response = await admin.put('/activity-catalogue').send({
      entries: [
        { activity: 'knutselen', allowedSectors: ['PO'], amountRule: { kind: 'maximum', maxCents: 1 } },
        { activity: 'groeikracht', allowedSectors: [], amountRule: { kind: 'fixed' } },
        {
          activity: 'taallab-participating',
          allowedSectors: ['MBO'],
          amountRule: { kind: 'fixed', amountCents: 1, maxCents: 2 },
        },
      ],
    });

    expect(response.status).toBe(400);
    const fields = (response.body as Problem).errors?.map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'entries.0.activity',
        'entries.1.allowedSectors',
        'entries.1.amountRule.amountCents',
        'entries.2.allowedSectors',
        'entries.2.amountRule.maxCents',
      ]),
    );
    await admin.put('/activity-catalogue').send({ entries: [] }).expect(400);
  });

  it.each([
    ['an array', [[]]],
    ['a number', [7]],
    ['a text', ['groeikracht']],
  ])(
    'answers 400 naming entries when an entry is %s instead of an object, and keeps the catalogue',
    async (_kind, entries) => {
      const before = (await admin.get('/activity-catalogue').expect(200)).body as Catalogue;

      const response = await admin.put('/activity-catalogue').send({ entries });

      expect(response.status).toBe(400);
      expect((response.body as Problem).errors?.map((error) => error.field)).toContain('entries');
      expect((await admin.get('/activity-catalogue').expect(200)).body).toEqual(before);
    },
  );

  it('refuses a catalogue that lists an activity twice or under the wrong pillar with 422 CATALOGUE.INVALID', async () => {
    const before = (await admin.get('/activity-catalogue').expect(200)).body as Catalogue;
    const entries = [
      ...catalogueWith('groeikracht', { pillar: 'expert-schools' }),
      {
        activity: 'taallab-co-creating',
        allowedSectors: ['PO'],
        amountRule: { kind: 'fixed', amountCents: 100 },
      },
    ];

    const response = await admin.put('/activity-catalogue').send({ entries });

    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'CATALOGUE.INVALID' });
    expect((response.body as Problem).details?.problems).toEqual([
      'entry 1: groeikracht belongs to the pillar improvement-culture',
      'entry 9: taallab-co-creating is listed twice',
    ]);
    const after = (await admin.get('/activity-catalogue').expect(200)).body as Catalogue;
    expect(after.version).toBe(before.version);
  });

  it('lets only an administrator edit it, and monitoring not read it', async () => {
    await anonymous(service.app).get('/activity-catalogue').expect(401);
    const body = { entries: catalogueWith('groeikracht', {}) };

    await (await service.as('helpdesk')).put('/activity-catalogue').send(body).expect(403);
    await (await service.as('subsidy-officer')).put('/activity-catalogue').send(body).expect(403);
    await (await service.as('monitoring')).get('/activity-catalogue').expect(403);
    await (await service.as('helpdesk')).get('/activity-catalogue').expect(200);
  });

  it('refuses applications for an activity taken out of the catalogue with 422 ACTIVITY_NOT_OFFERED', async () => {
    await admin
      .put('/activity-catalogue')
      .send({ entries: DEFAULT_ACTIVITY_CATALOGUE.filter((entry) => entry.activity !== 'groeikracht') })
      .expect(200);
    const school = await readyToApply(service);

    const response = await (await service.as('helpdesk')).post('/subsidy-applications').send(school.body);

    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'APPLICATION.ACTIVITY_NOT_OFFERED' });
  });
});
