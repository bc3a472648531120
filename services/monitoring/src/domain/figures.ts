import type { EqualAccessFlag, Figure, KpiTarget, Sector, SectorFigures } from './views';

/** The sectors in the order views list them. */
export const SECTOR_ORDER: readonly Sector[] = ['PO', 'VO'];

/** The equal-access criteria in the order views list them (the order of the contract's EqualAccessFlags). */
export const EQUAL_ACCESS_FLAGS: readonly EqualAccessFlag[] = [
  'weakPerforming',
  'specialTargetGroups',
  'specialisedEducation',
  'smallRegional',
];

/** A value in total and per sector; null where there is nothing to measure (e.g. a share of nothing). */
export interface Values {
  total: number | null;
  bySector: Record<Sector, number | null>;
}

/** Rounds to one decimal, the precision of every percentage in the views. */
export function roundOne(value: number): number {
  return Math.round(value * 10) / 10;
}

/** part / whole × 100, one decimal; null when the whole is 0. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : roundOne((part / whole) * 100);
}

/**
 * value / target × 100, one decimal; null without a value or a target above 0. A share's progress is taken
 * from its shown (rounded) value, so the views and a quarterly report read from the series agree.
 */
export function progressOf(value: number | null, target: number | undefined): number | null {
  return value === null || target === undefined || target <= 0 ? null : roundOne((value / target) * 100);
}

/**
 * The number the total is measured against: the single value, the sum of the sector targets, or the lower
 * bound of a range ("2-3" counts as reached at 2).
 */
export function totalTargetOf(target: KpiTarget | null): number | undefined {
  if (target === null) return undefined;
  if (target.value !== undefined) return target.value;
  const { bySector } = target;
  if (bySector !== undefined) return SECTOR_ORDER.reduce((sum, sector) => sum + bySector[sector], 0);
  return target.min;
}

/** Values with their progress: the total against the total target, each sector against its own target if any. */
export function figuresOf(values: Values, target: KpiTarget | null): SectorFigures {
  const figure = (value: number | null, goal: number | undefined): Figure => ({
    value,
    progressPercent: progressOf(value, goal),
  });
  return {
    total: figure(values.total, totalTargetOf(target)),
    bySector: {
      PO: figure(values.bySector.PO, target?.bySector?.PO),
      VO: figure(values.bySector.VO, target?.bySector?.VO),
    },
  };
}

/** Values that are unknown everywhere: what a KPI without a source reports (never 0). */
export function noValues(): Values {
  return { total: null, bySector: { PO: null, VO: null } };
}
