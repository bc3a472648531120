import type { LabFiveDFunnel } from './projections/labs/five-d-funnel';

// The shapes the monitoring service serves. The projector computes them from its state (computeViews) and
// stores them; every replica answers the API from the stored views, so these are plain JSON.

export type Sector = 'PO' | 'VO';
export type KpiKind = 'output' | 'outcome';
export type KpiUnit = 'count' | 'percent' | 'average';
export type EqualAccessFlag =
  'weakPerforming' | 'specialTargetGroups' | 'specialisedEducation' | 'smallRegional';

/** `computed`: a value from events; `no-source`: no event of the platform feeds it yet, so no value (not 0). */
export type KpiStatus = 'computed' | 'no-source';

/** A target as the seed gives it: one number, one per sector, a range ("2-3"), or none ("-"). */
export interface KpiTarget {
  value?: number;
  bySector?: Record<Sector, number>;
  min?: number;
  max?: number;
  /** The target as written in the seed's table, e.g. "250 PO, 250 VO". */
  text: string;
}

/** A value with its progress against the matching target: value / target × 100, one decimal; null without target. */
export interface Figure {
  value: number | null;
  progressPercent: number | null;
}

export interface SectorFigures {
  total: Figure;
  bySector: Record<Sector, Figure>;
}

export interface KpiSummary {
  id: string;
  pillar: string;
  name: { nl: string; en: string };
  kind: KpiKind;
  unit: KpiUnit;
  status: KpiStatus;
  target: KpiTarget | null;
  /** For counts of schools: gross, every school that ever took part, withdrawn or not. */
  figures: SectorFigures;
  /** Only for KPIs whose participants can withdraw: without the schools that withdrew from every participation. */
  net?: SectorFigures;
}

export interface SeriesPoint {
  /** YYYY-MM; the value is the cumulative value at the end of that month. */
  month: string;
  total: number | null;
  bySector: Record<Sector, number | null>;
}

export interface KpiDetail extends KpiSummary {
  definition: { nl: string; en: string };
  events: string[];
  bySchoolYear: Record<string, { total: number | null; bySector: Record<Sector, number | null> }>;
  byEqualAccess: Record<EqualAccessFlag, { total: number | null; bySector: Record<Sector, number | null> }>;
  series: SeriesPoint[];
}

export interface FunnelStep {
  step:
    'inquiries' | 'conversations' | 'referrals' | 'fit-intakes' | 'applications' | 'grants' | 'enrolments';
  count: number;
  /** count / previous step's count × 100, one decimal; null for the first step or when the previous is 0. */
  conversionPercent: number | null;
  /** Median days from the previous step to this one, over the records where both are known; null if none. */
  medianDaysFromPrevious: number | null;
  /** Which records the step counts. */
  definition?: string;
  /** Where two definitions are asked for (referrals, intakes): the count under each. */
  variants?: FunnelVariant[];
}

export interface FunnelVariant {
  name: 'to-activities' | 'also-outside-programme' | 'fit-only' | 'all-intakes';
  definition: string;
  count: number;
}

export interface FunnelView {
  steps: FunnelStep[];
  /** The same funnel per school year: each record in the school year of its own day. */
  bySchoolYear?: Record<string, { steps: FunnelStep[] }>;
}

export interface EqualAccessShare {
  count: number;
  /** count / total × 100, one decimal; null when total is 0. */
  sharePercent: number | null;
}

export interface EqualAccessView {
  /**
   * The same comparison per school year: the schools enrolled in a participation of that year, with the flags
   * of their latest enrolment of that year, against all registered schools.
   */
  bySchoolYear?: Record<string, Omit<EqualAccessView, 'bySchoolYear'>>;
  participantsTotal: number;
  registeredTotal: number;
  flags: Array<{
    flag: EqualAccessFlag;
    participants: EqualAccessShare;
    registered: EqualAccessShare;
    /** participants' share minus registered schools' share; negative means under-represented. */
    differencePercentagePoints: number | null;
  }>;
}

export interface RoundBudgetView {
  roundId: string;
  schoolYear: string;
  budgetCents: number | null;
  maxGrants: number | null;
  grantedCents: number;
  grants: number;
  remainingCents: number | null;
  usedPercent: number | null;
}

/** Distinct participating schools: gross (every school that took part) and net (withdrawn ones out). */
export interface ParticipationCounts {
  schools: number;
  bySector: Record<Sector, number>;
  netSchools: number;
  netBySector: Record<Sector, number>;
}

/** A pillar's participating schools, or every pillar's together (`pillar: 'all'`), overall and per school year. */
export interface PillarParticipation extends ParticipationCounts {
  pillar: string;
  bySchoolYear: Record<string, ParticipationCounts>;
}

/** Everything the projector publishes, each part stored and cached on its own. */
export interface MonitoringViews {
  kpis: KpiDetail[];
  funnel: FunnelView;
  equalAccess: EqualAccessView;
  rounds: RoundBudgetView[];
  participation: PillarParticipation[];
  /** Each lab's sub-projects through the 5D model (detect → diagnose → design → determine → decide). */
  labFunnel: LabFiveDFunnel[];
  /** Events of types the projection does not know (e.g. a newer version), by `type@version`. */
  ignored: Record<string, number>;
}

export interface QuarterlyReportRow {
  pillar: string;
  kpiId: string;
  kpi: string;
  kpiEn: string;
  kind: KpiKind;
  unit: KpiUnit;
  status: KpiStatus;
  target: string;
  /** As of the end of the quarter; "" for no-source. E.g. "12 PO, 13 VO" or "40%". */
  value: string;
  /** E.g. "4.8% PO, 5.2% VO" or "80%"; "" without target or value. */
  progress: string;
  figures: SectorFigures | null;
}

export interface QuarterlyReport {
  period: string;
  from: string;
  to: string;
  rows: QuarterlyReportRow[];
}
