import { findCandidates, lastThreeSchoolYears } from './candidate-finder.rules';
import type { YearlyResult } from './yearly-results.value-object';

const YEARS = ['2021-2022', '2022-2023', '2023-2024'] as const;
const GROUP = '5';

/** A school's results in the three years: a value per year, or undefined for a year without data. */
function school(
  brin: string,
  values: readonly (number | undefined)[],
  measure: 'meanTestScore' | 'havoVwoShare' = 'meanTestScore',
): YearlyResult[] {
  return values.flatMap((value, index) =>
    value === undefined
      ? []
      : [{ brin, schoolYear: YEARS[index] ?? '', schoolGroup: GROUP, [measure]: value }],
  );
}

// A generated group whose figures are known by construction: on the test score five schools average 540 and
// five 520, so the group's mean is 530 and its (population) standard deviation exactly 10; the threshold is
// 540, which the schools at 540 reach exactly. Each 540-school is one of the edges of the rule.
const GENERATED: YearlyResult[] = [
  ...school('01AA', [540, 540, 540]), // stable, exactly one SD above: a candidate
  ...school('02AA', [538, 541, 541]), // one year below the threshold but not below the mean: a candidate
  ...school('03AA', [525, 547.5, 547.5]), // one year below the group's mean: still a candidate
  ...school('04AA', [525, 525, 570]), // two years below the group's mean: not stable, no candidate
  ...school('05AA', [undefined, 540, 540]), // data for two of the three years: enough, a candidate
  ...['11AA', '12AA', '13AA', '14AA', '15AA'].flatMap((brin) => school(brin, [520, 520, 520])),
  ...school('06AA', [undefined, undefined, 600]), // one year of data: left out of the group, no candidate
  // On the havo/vwo share two schools: mean 60, standard deviation 20, threshold 80.
  ...school('21AA', [80, 80, 80], 'havoVwoShare'),
  ...school('22AA', [40, 40, 40], 'havoVwoShare'),
  // Outside the rule's reach: a year before the three, and another school group.
  { brin: '01AA', schoolYear: '2020-2021', schoolGroup: GROUP, meanTestScore: 100 },
  { brin: '31AA', schoolYear: '2023-2024', schoolGroup: '4', meanTestScore: 999 },
];

describe('the candidate finder (seed 002)', () => {
  const outcome = findCandidates(GENERATED, { schoolGroup: GROUP, lastSchoolYear: '2023-2024' });
  const candidates = outcome.schools.filter(({ candidate }) => candidate).map(({ brin }) => brin);
  const of = (brin: string) => outcome.schools.find((result) => result.brin === brin);

  it('takes the three school years ending with the last one', () => {
    expect(lastThreeSchoolYears('2023-2024')).toEqual([...YEARS]);
    expect(outcome.schoolYears).toEqual([...YEARS]);
  });

  it("computes the group's mean and standard deviation from its schools with enough data", () => {
    expect(outcome.group.meanTestScore).toEqual({
      schools: 10,
      mean: 530,
      standardDeviation: 10,
      threshold: 540,
    });
    expect(outcome.group.havoVwoShare).toEqual({
      schools: 2,
      mean: 60,
      standardDeviation: 20,
      threshold: 80,
    });
  });

  it('finds exactly the schools one SD above the mean on the test score and/or the havo/vwo share', () => {
    expect(candidates).toEqual(['01AA', '02AA', '03AA', '05AA', '21AA']);
    expect(of('21AA')?.qualifiesOn).toEqual(['havoVwoShare']);
    expect(of('01AA')?.qualifiesOn).toEqual(['meanTestScore']);
  });

  it('allows one year below the group mean, not two', () => {
    expect(of('03AA')?.measures.meanTestScore).toMatchObject({
      average: 540,
      yearsBelowGroupMean: 1,
      qualifies: true,
    });
    expect(of('04AA')?.measures.meanTestScore).toMatchObject({
      average: 540,
      yearsBelowGroupMean: 2,
      qualifies: false,
      notBecause: 'unstable',
    });
  });

  it('needs data for two of the three years', () => {
    expect(of('05AA')?.measures.meanTestScore).toMatchObject({
      yearsWithData: 2,
      average: 540,
      qualifies: true,
    });
    expect(of('06AA')).toMatchObject({
      candidate: false,
      measures: { meanTestScore: { yearsWithData: 1, average: null, notBecause: 'too-few-years' } },
    });
  });

  it('shows each school its numbers, and why a school below the threshold is no candidate', () => {
    expect(of('01AA')?.measures.meanTestScore.values).toEqual({
      '2021-2022': 540,
      '2022-2023': 540,
      '2023-2024': 540,
    });
    expect(of('11AA')?.measures.meanTestScore).toMatchObject({
      average: 520,
      notBecause: 'not-above-threshold',
    });
    expect(of('31AA')).toBeUndefined();
  });

  it('finds nobody in a group without spread', () => {
    const flat = [...school('41AA', [530, 530, 530]), ...school('42AA', [530, 530, 530])];
    const result = findCandidates(flat, { schoolGroup: GROUP, lastSchoolYear: '2023-2024' });
    expect(result.group.meanTestScore.standardDeviation).toBe(0);
    expect(result.schools.filter(({ candidate }) => candidate)).toEqual([]);
  });
});
