import { anonymous, type Caller, type ExpertSchoolsApp, startExpertSchools } from './expert-schools-app';
import { certifiedExpertSchool } from './expert-schools.scenario';
import { nextBrin } from './help-desk-events';

describe('the candidate finder', () => {
  let service: ExpertSchoolsApp;
  let coordinator: Caller;
  let desk: Caller;

  beforeAll(async () => {
    service = await startExpertSchools({ RESULTS_IMPORT_MAX_ROWS: '50' });
    coordinator = await service.as('pillar-team:expert-schools');
    desk = await service.as('helpdesk');
  });

  afterAll(async () => {
    await service.close();
  });

  it('imports the valid rows of a CSV and reports every bad row with its line and fields', async () => {
    const csv = [
      'brin;schoolYear;schoolGroup;meanTestScore;havoVwoShare',
      '12ab;2023-2024;5;535,5;41',
      'XYZ;2023-2025;5;veel;',
      '',
      '13AB;2023-2024;;530;120',
      '14AB;2023-2024;5;;',
      '15AB;2023-2024;5;530;40;extra',
      '12AB;2023-2024;5;536;41',
    ].join('\n');
    const { body } = await coordinator.post('/yearly-results').send({ csv }).expect(201);
    expect(body).toMatchObject({ accepted: 1, rejectedCount: 5 });
    const problems = Object.fromEntries(
      (body.rejected as { line: number; problems: { field: string }[] }[]).map(
        ({ line, problems: found }) => [line, found.map(({ field }) => field)],
      ),
    );
    expect(problems).toEqual({
      3: ['brin', 'schoolYear', 'meanTestScore'],
      5: ['schoolGroup', 'havoVwoShare'],
      6: ['row'],
      7: ['row'],
      8: ['row'],
    });
  });

  it('refuses a file that is not CSV, lacks a column, has no valid row or too many rows (422), and a body without csv (400)', async () => {
    const code = async (csv: string): Promise<unknown> =>
      (await coordinator.post('/yearly-results').send({ csv }).expect(422)).body.code;
    expect(await code('brin,schoolYear,schoolGroup,meanTestScore,havoVwoShare\n"12AB,2023')).toBe(
      'RESULTS.UNREADABLE',
    );
    expect(await code('brin,schoolYear\n12AB,2023-2024')).toBe('RESULTS.MISSING_COLUMNS');
    const { body } = await coordinator
      .post('/yearly-results')
      .send({ csv: 'brin,schoolYear,schoolGroup,meanTestScore,havoVwoShare\nnope,2023-2024,5,530,' })
      .expect(422);
    expect(body).toMatchObject({ code: 'RESULTS.NO_VALID_ROWS', details: { rejected: [{ line: 2 }] } });
    const many = ['brin,schoolYear,schoolGroup,meanTestScore,havoVwoShare']
      .concat(Array.from({ length: 51 }, () => `${nextBrin()},2023-2024,5,530,`))
      .join('\n');
    expect(await code(many)).toBe('RESULTS.TOO_MANY_ROWS');
    await coordinator.post('/yearly-results').send({}).expect(400);
    await desk.post('/yearly-results').send({ csv: 'x' }).expect(403);
    await anonymous(service.app).get('/candidates?schoolGroup=5&lastSchoolYear=2023-2024').expect(401);
  });

  it("finds the group's candidates with their numbers, the group's mean and SD, and marks participating schools", async () => {
    const group = `group-${nextBrin()}`;
    const { brin: expert } = await certifiedExpertSchool(service, coordinator);
    const [top, steady, low1, low2] = [nextBrin(), nextBrin(), nextBrin(), nextBrin()];
    const rows = [
      ...[expert, top].flatMap((brin) =>
        ['2021-2022', '2022-2023', '2023-2024'].map((year) => `${brin},${year},${group},540,`),
      ),
      ...[steady].flatMap((brin) =>
        ['2021-2022', '2022-2023', '2023-2024'].map((year) => `${brin},${year},${group},530,`),
      ),
      ...[low1, low2].flatMap((brin) =>
        ['2021-2022', '2022-2023', '2023-2024'].map((year) => `${brin},${year},${group},520,`),
      ),
      `${steady},2020-2021,${group},600,`,
    ];
    // mean of 540, 540, 530, 520, 520 = 530; population SD = sqrt((100+100+0+100+100)/5) = sqrt(80)
    await coordinator
      .post('/yearly-results')
      .send({ csv: ['brin,schoolYear,schoolGroup,meanTestScore,havoVwoShare', ...rows].join('\n') })
      .expect(201);
    const { body } = await desk.get(`/candidates?schoolGroup=${group}&lastSchoolYear=2023-2024`).expect(200);
    expect(body.schoolYears).toEqual(['2021-2022', '2022-2023', '2023-2024']);
    expect(body.group.meanTestScore.mean).toBe(530);
    expect(body.group.meanTestScore.standardDeviation).toBeCloseTo(Math.sqrt(80), 10);
    const candidates = (
      body.schools as { brin: string; candidate: boolean; participatesAs: string[] }[]
    ).filter(({ candidate }) => candidate);
    expect(candidates.map(({ brin }) => brin).sort()).toEqual([expert, top].sort());
    expect(candidates.find(({ brin }) => brin === expert)?.participatesAs).toEqual(['expert-school']);
    expect(candidates.find(({ brin }) => brin === top)?.participatesAs).toEqual([]);
    const steadySchool = (body.schools as { brin: string; measures: { meanTestScore: unknown } }[]).find(
      ({ brin }) => brin === steady,
    );
    expect(steadySchool?.measures.meanTestScore).toMatchObject({
      average: 530,
      notBecause: 'not-above-threshold',
    });
  });

  it('lets a later import correct a school’s figures', async () => {
    const group = `group-${nextBrin()}`;
    const [a, b] = [nextBrin(), nextBrin()];
    const header = 'brin,schoolYear,schoolGroup,meanTestScore,havoVwoShare';
    const rows = (aScore: number): string =>
      [
        header,
        ...['2022-2023', '2023-2024'].flatMap((year) => [
          `${a},${year},${group},${aScore},`,
          `${b},${year},${group},520,`,
        ]),
      ].join('\n');
    await coordinator
      .post('/yearly-results')
      .send({ csv: rows(540) })
      .expect(201);
    const before = await desk.get(`/candidates?schoolGroup=${group}&lastSchoolYear=2023-2024`).expect(200);
    expect(before.body.schools[0]).toMatchObject({ brin: a, candidate: true });
    await coordinator
      .post('/yearly-results')
      .send({ csv: rows(520) })
      .expect(201);
    const after = await desk.get(`/candidates?schoolGroup=${group}&lastSchoolYear=2023-2024`).expect(200);
    expect((after.body.schools as { candidate: boolean }[]).some(({ candidate }) => candidate)).toBe(false);
  });

  it('answers 400 for a query without a school group or with a malformed year', async () => {
    await desk.get('/candidates?lastSchoolYear=2023-2024').expect(400);
    await desk.get('/candidates?schoolGroup=5&lastSchoolYear=2023').expect(400);
  });
});
