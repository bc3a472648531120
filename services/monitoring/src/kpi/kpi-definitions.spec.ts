import { PILLARS } from '@okr/contracts';
import {
  KPI_DEFINITIONS,
  KpiDefinitionsError,
  loadKpiDefinitions,
  problemsOfDefinitions,
  type KpiDefinitions,
} from './kpi-definitions';

// The Dutch row texts of the KPI tables in 001 §4.3, in the seed's order (the footnote mark of the
// Kennisrotonde row is left out; its footnote is in that KPI's definition).
const SEED_ROWS: ReadonlyArray<readonly [pillar: string, name: string, target: string]> = [
  ['improvement-culture', 'Scholen die deelnemen aan een verbetercultuur-traject', '250 PO, 250 VO'],
  ['improvement-culture', 'Opgeleide expertcoaches', '250 PO, 250 VO'],
  [
    'improvement-culture',
    'Een jaar na aflopen onderzoeks- en verbetercultuur-traject tonen scholen een duurzame onderzoeks- en verbetercultuur',
    '50%',
  ],
  [
    'improvement-culture',
    'Een onderzoeks- en verbetercultuur-traject heeft geleid tot verbetering van de ontwikkel van leerlingen op het specifieke thema',
    '25%',
  ],
  [
    'improvement-culture',
    'Scholen die participeren in een onderzoeks- en verbetercultuur-traject maken gebruik van kennis over effectieve interventies',
    '-',
  ],
  ['knowledge-sharing', 'Kennispleinen', '20'],
  ['knowledge-sharing', 'Kennisrotonde (beantwoorde vragen)', '140'],
  ['knowledge-sharing', 'Leidraden', '18'],
  ['knowledge-sharing', 'Metareviews', '10'],
  ['knowledge-sharing', 'Landelijke congressen', '4'],
  ['knowledge-sharing', 'Effectief gebruik kennisproducten door % scholen', '15'],
  [
    'knowledge-sharing',
    'Waardering kennisproducten door leraren en schoolleiders',
    '7,5 gemiddeld (waarderingscijfer)',
  ],
  [
    'knowledge-sharing',
    'Waardering kennisproducten door overige actoren als lerarenopleiders en overige onderwijsprofessionals en bestuurders',
    '7,5 gemiddeld (waarderingscijfer)',
  ],
  ['co-creation-labs', 'Aantal labs dat van start is gegaan', '3'],
  ['co-creation-labs', 'Aantal diagnoses en interventies bedacht in labs', '6 (in LerarenLab en TaalLab)'],
  ['co-creation-labs', 'Expertscholen opgeleid voor een ontwikkelde interventie', '6 PO, 6 VO'],
  ['co-creation-labs', 'Onderzoek afgerond naar implementaties en effectiviteit interventies', '2-3'],
  ['co-creation-labs', 'Aantal participerende lerarenopleidingen in labs', '3'],
  ['co-creation-labs', 'Aantal effectieve interventies: effect op leerlingenniveau resultaten', '1-2'],
  ['co-creation-labs', 'Aantal participerende scholen in labs', '60'],
  [
    'co-creation-labs',
    'Aantal themarapporten opgeleverd door de labs over de diagnoses en onderzochte interventies',
    '2',
  ],
  ['expert-schools', 'Opgeleide Expertscholen', '15 PO, 15 VO'],
  ['expert-schools', 'Gegeven cursussen', '30 PO, 30 VO'],
  ['expert-schools', 'Scholen opgeleid door een Expertschool', '30 PO, 30 VO'],
  [
    'expert-schools',
    'Scholen opgeleid per jaar door interventie uit lab, verbetercultuurwijze of bestaande bewezen effectieve werkwijze',
    '',
  ],
  [
    'expert-schools',
    'Aantal scholen dat leertraject heeft gevolgd over toepassen bestaande bewezen effectieve aanpak door een Expertschool',
    '',
  ],
  ['expert-schools', 'Regionale netwerken van expertleraren en expertschoolleiders', '5'],
  ['expert-schools', 'Expertscholen die duurzaam hoge onderwijskwaliteit bieden', '7 PO, 8 VO'],
  [
    'expert-schools',
    'Toegenomen professioneel zelfvertrouwen van leraren die door Expertscholen zijn opgeleid',
    '-',
  ],
];

function aValidDefinitions(): KpiDefinitions {
  return structuredClone(KPI_DEFINITIONS);
}

// Rows the pillar issues add beside the table: the footnote's series of extra Kennisrotonde questions and the
// process indicator on products made with teachers and school leaders (001 §4.3, issue 11 §9).
const BESIDE_THE_TABLE = [
  'knowledge-sharing.kennisrotonde-extra-questions-answered',
  'knowledge-sharing.products-made-with-practitioners',
];
const SEED_TABLE_KPIS = KPI_DEFINITIONS.kpis.filter((kpi) => !BESIDE_THE_TABLE.includes(kpi.id));

describe('the KPI definitions file', () => {
  it('holds all 29 KPI rows of 001 §4.3 with the Dutch names and targets of the seed, in its order', () => {
    const rows = SEED_TABLE_KPIS.map((kpi) => [kpi.pillar, kpi.name.nl, kpi.target.text]);

    expect(rows).toEqual(SEED_ROWS);
  });

  it('gives every pillar its rows of the table: 5, 8, 8 and 8', () => {
    const perPillar = PILLARS.map((pillar) => SEED_TABLE_KPIS.filter((kpi) => kpi.pillar === pillar).length);

    expect(perPillar).toEqual([5, 8, 8, 8]);
  });

  it('splits every target the seed gives per sector into PO and VO numbers', () => {
    const bySector = KPI_DEFINITIONS.kpis
      .filter((kpi) => kpi.breakdown === 'sector')
      .map((kpi) => [kpi.target.text, kpi.target.bySector]);

    expect(bySector).toEqual([
      ['250 PO, 250 VO', { PO: 250, VO: 250 }],
      ['250 PO, 250 VO', { PO: 250, VO: 250 }],
      ['6 PO, 6 VO', { PO: 6, VO: 6 }],
      ['15 PO, 15 VO', { PO: 15, VO: 15 }],
      ['30 PO, 30 VO', { PO: 30, VO: 30 }],
      ['30 PO, 30 VO', { PO: 30, VO: 30 }],
      ['7 PO, 8 VO', { PO: 7, VO: 8 }],
    ]);
  });

  it('names the number of PO and VO schools in the Netherlands with their source', () => {
    expect(KPI_DEFINITIONS.populations.PO.schools).toBeGreaterThan(5_000);
    expect(KPI_DEFINITIONS.populations.VO.schools).toBeGreaterThan(500);
    expect(KPI_DEFINITIONS.populations.PO.source).toMatch(/CBS/);
    expect(KPI_DEFINITIONS.populations.VO.source).toMatch(/DUO/);
  });

  it('mentions the yearly extra Kennisrotonde questions in the definition', () => {
    const kennisrotonde = KPI_DEFINITIONS.kpis.find(
      (kpi) => kpi.id === 'knowledge-sharing.kennisrotonde-questions-answered',
    );

    expect(kennisrotonde?.definition.nl).toMatch(/10 extra in 2023, 20 in 2024, 30 in 2025 en 40/);
  });
});

describe('loading KPI definitions', () => {
  it('accepts the shipped file', () => {
    expect(problemsOfDefinitions(aValidDefinitions())).toEqual([]);
  });

  it('rejects a malformed definitions object, listing every problem', () => {
    const definitions = aValidDefinitions() as unknown as {
      version: unknown;
      kpis: Array<Record<string, unknown>>;
    };
    definitions.version = 2;
    definitions.kpis[0] = { ...definitions.kpis[0], rule: { kind: 'schools-with-cake' } };
    definitions.kpis[1] = { ...definitions.kpis[1], id: KPI_DEFINITIONS.kpis[0]?.id };
    definitions.kpis[2] = { ...definitions.kpis[2], target: { value: '50%', text: '50%' } };
    definitions.kpis[3] = { ...definitions.kpis[3], pillar: 'wellbeing' };

    const load = (): KpiDefinitions => loadKpiDefinitions(definitions);

    expect(load).toThrow(KpiDefinitionsError);
    expect(load).toThrow(/version: must be 1, got 2/);
    expect(load).toThrow(/kpis\[0\].*rule\.kind: unknown rule kind "schools-with-cake"/);
    expect(load).toThrow(/duplicate id "improvement-culture\.schools-in-trajectory"/);
    expect(load).toThrow(/kpis\[2\].*target\.value: must be a number >= 0/);
    expect(load).toThrow(/kpis\[3\].*pillar: must be one of improvement-culture/);
  });

  it.each<[string, (kpi: Record<string, unknown>) => void, RegExp]>([
    [
      'a target by sector without a sector breakdown',
      (kpi) => (kpi['breakdown'] = 'none'),
      /target by sector goes with/,
    ],
    [
      'a target with both a value and sectors',
      (kpi) => (kpi['target'] = { value: 1, bySector: { PO: 1, VO: 1 }, text: '1' }),
      /one of value, bySector/,
    ],
    [
      'a range whose min exceeds its max',
      (kpi) => (kpi['target'] = { min: 3, max: 2, text: '3-2' }),
      /min must not exceed max/,
    ],
    [
      'a rule with an unknown activity',
      (kpi) => (kpi['rule'] = { kind: 'completed-schools', activities: ['cooking'] }),
      /activities\[0\]: must be one of/,
    ],
    [
      'an enrolled-schools rule with both pillar and activities',
      (kpi) =>
        (kpi['rule'] = { kind: 'enrolled-schools', pillar: 'expert-schools', activities: ['groeikracht'] }),
      /exactly one of pillar or activities/,
    ],
    [
      'a share rule on a count KPI',
      (kpi) =>
        (kpi['rule'] = {
          kind: 'share-of-participations',
          field: 'sustainableCulture',
          activities: ['groeikracht'],
        }),
      /needs unit "percent"/,
    ],
    [
      'an event type that is not PascalCase',
      (kpi) => (kpi['events'] = ['school-enrolled']),
      /events\[0\]: must be a PascalCase event type/,
    ],
    [
      'a missing English name',
      (kpi) => (kpi['name'] = { nl: 'Scholen' }),
      /name\.en: must be a non-empty text/,
    ],
  ])('rejects %s', (_, spoil, problem) => {
    const definitions = aValidDefinitions() as unknown as { kpis: Array<Record<string, unknown>> };
    const first = { ...definitions.kpis[0] };
    spoil(first);
    definitions.kpis[0] = first;

    expect(() => loadKpiDefinitions(definitions)).toThrow(problem);
  });

  it('rejects populations without a number of schools or a source', () => {
    const definitions = { ...aValidDefinitions(), populations: { PO: { schools: 0, source: '' } } };

    expect(problemsOfDefinitions(definitions)).toEqual([
      'populations.PO.schools: must be a whole number above 0',
      'populations.PO.source: must be a non-empty text',
      'populations.VO: must be an object { schools, source }',
    ]);
  });

  it('rejects something that is not an object', () => {
    expect(() => loadKpiDefinitions([])).toThrow('(root): must be an object');
  });
});
