import type { YearlyResult } from './yearly-results.value-object';

// The rule by which OIS identified successful schools in Amsterdam (seed 002 L44-107), applied within one
// school group:
// - the years: the last three school years; a school's measure counts only with data for at least two of them;
// - a school's figure is its average over those years; the group's mean and standard deviation are those of
//   its schools' figures (population standard deviation: the group is all its schools, not a sample);
// - a school is above average on a measure when its figure is at least one standard deviation above the
//   group's mean (and above the mean, so that a group without spread has no candidates);
// - its results must be stable: in at most one of the years below the group's mean;
// - a candidate is above average and stable on the test score and/or the havo/vwo share.

export const MEASURES = ['meanTestScore', 'havoVwoShare'] as const;
export type Measure = (typeof MEASURES)[number];

/** The least number of the three years a school needs data for, per measure. */
export const MIN_YEARS_WITH_DATA = 2;
/** The most years a candidate may be below the group's mean. */
export const MAX_YEARS_BELOW_MEAN = 1;

/** The group's figures on one measure. */
export interface GroupFigures {
  /** Schools with enough data on the measure. */
  readonly schools: number;
  readonly mean: number | null;
  readonly standardDeviation: number | null;
  /** mean + standard deviation: the figure a school must reach. */
  readonly threshold: number | null;
}

/** One school's figures on one measure, and whether it qualifies on it. */
export interface SchoolFigures {
  /** The value per school year it has data for. */
  readonly values: Readonly<Record<string, number>>;
  readonly yearsWithData: number;
  /** Its average over those years; null with too few years. */
  readonly average: number | null;
  readonly yearsBelowGroupMean: number;
  readonly qualifies: boolean;
  /** Why it does not qualify: too-few-years, not-above-threshold, unstable. */
  readonly notBecause?: 'too-few-years' | 'not-above-threshold' | 'unstable';
}

export interface SchoolOutcome {
  readonly brin: string;
  readonly candidate: boolean;
  readonly qualifiesOn: readonly Measure[];
  readonly measures: Readonly<Record<Measure, SchoolFigures>>;
}

export interface FinderOutcome {
  readonly schoolGroup: string;
  /** The three school years looked at, oldest first. */
  readonly schoolYears: readonly string[];
  readonly group: Readonly<Record<Measure, GroupFigures>>;
  /** Every school of the group, candidates first, then by BRIN. */
  readonly schools: readonly SchoolOutcome[];
}

/** The three school years ending with `lastSchoolYear`: '2016-2017' → 2014-2015, 2015-2016, 2016-2017. */
export function lastThreeSchoolYears(lastSchoolYear: string): string[] {
  const start = Number(lastSchoolYear.slice(0, 4));
  return [start - 2, start - 1, start].map((year) => `${year}-${year + 1}`);
}

/** Applies the rule to the results of one school group for the three years ending with `lastSchoolYear`. */
export function findCandidates(
  results: readonly YearlyResult[],
  query: { readonly schoolGroup: string; readonly lastSchoolYear: string },
): FinderOutcome {
  const schoolYears = lastThreeSchoolYears(query.lastSchoolYear);
  const inScope = results.filter(
    ({ schoolGroup, schoolYear }) => schoolGroup === query.schoolGroup && schoolYears.includes(schoolYear),
  );
  const brins = [...new Set(inScope.map(({ brin }) => brin))].sort();
  const valuesOf = (brin: string, measure: Measure): Record<string, number> => {
    const values: Record<string, number> = {};
    for (const result of inScope) {
      const value = result[measure];
      if (result.brin === brin && value !== undefined) values[result.schoolYear] = value;
    }
    return values;
  };
  const averagesOf = (measure: Measure): Map<string, number> => {
    const byBrin = new Map<string, number>();
    for (const brin of brins) {
      const values = Object.values(valuesOf(brin, measure));
      if (values.length >= MIN_YEARS_WITH_DATA) byBrin.set(brin, meanOf(values));
    }
    return byBrin;
  };
  const averages = { meanTestScore: averagesOf('meanTestScore'), havoVwoShare: averagesOf('havoVwoShare') };
  const group = {
    meanTestScore: groupFiguresOf([...averages.meanTestScore.values()]),
    havoVwoShare: groupFiguresOf([...averages.havoVwoShare.values()]),
  };
  const figuresOf = (brin: string, measure: Measure): SchoolFigures => {
    const values = valuesOf(brin, measure);
    const { mean, threshold } = group[measure];
    const average = averages[measure].get(brin) ?? null;
    const yearsBelowGroupMean =
      mean === null ? 0 : Object.values(values).filter((value) => value < mean).length;
    const notBecause =
      average === null || mean === null || threshold === null
        ? 'too-few-years'
        : !(average >= threshold && average > mean)
          ? 'not-above-threshold'
          : yearsBelowGroupMean > MAX_YEARS_BELOW_MEAN
            ? 'unstable'
            : undefined;
    return {
      values,
      yearsWithData: Object.keys(values).length,
      average,
      yearsBelowGroupMean,
      qualifies: notBecause === undefined,
      ...(notBecause !== undefined ? { notBecause } : {}),
    };
  };
  const schools = brins.map((brin): SchoolOutcome => {
    const measures = {
      meanTestScore: figuresOf(brin, 'meanTestScore'),
      havoVwoShare: figuresOf(brin, 'havoVwoShare'),
    };
    const qualifiesOn = MEASURES.filter((measure) => measures[measure].qualifies);
    return { brin, candidate: qualifiesOn.length > 0, qualifiesOn, measures };
  });
  schools.sort((a, b) => Number(b.candidate) - Number(a.candidate) || a.brin.localeCompare(b.brin));
  return { schoolGroup: query.schoolGroup, schoolYears, group, schools };
}

/** The group's mean and (population) standard deviation of its schools' figures. */
function groupFiguresOf(figures: readonly number[]): GroupFigures {
  if (figures.length === 0) return { schools: 0, mean: null, standardDeviation: null, threshold: null };
  const mean = meanOf(figures);
  const standardDeviation = Math.sqrt(meanOf(figures.map((figure) => (figure - mean) ** 2)));
  return { schools: figures.length, mean, standardDeviation, threshold: mean + standardDeviation };
}

function meanOf(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
