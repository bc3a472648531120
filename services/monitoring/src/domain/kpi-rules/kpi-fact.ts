import type { EqualAccessSnapshot } from '../projections/enrolment/equal-access';
import type { Sector } from '../views';

// A KPI rule turns records into facts: one per thing that counts, with what the breakdowns need. The KPI
// figures, breakdowns and series are then the same measure over different subsets of the facts.

export interface KpiFact {
  /** What counts once: a BRIN, a coachId, or a participation key for shares. */
  subject: string;
  sector: Sector | null;
  schoolYear: string;
  /** YYYY-MM from which the fact counts in the series. */
  month: string;
  /** The business day the fact counts from: a fact dated after today is not counted until its day. */
  day: string;
  /** The equal-access flags to break down by; null when unknown. */
  flags: EqualAccessSnapshot | null;
  /** For enrolments: the school withdrew from this participation (net figures leave it out). */
  withdrawn: boolean;
  /** For shares: whether the field is true. */
  yes: boolean;
  /** For averages: the number averaged (a rating). */
  value?: number;
}
