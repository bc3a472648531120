import type { CalendarDay, EvidenceLevel } from '@okr/contracts';
import type { Assessment, ProductState } from './product.entity';

// An assessment holds for a configured number of years (as in the NJi databank); after its last day a
// re-assessment is due, and until one is recorded the intervention shows its evidence as expired, never as
// valid.

export type AssessmentStatus = 'valid' | 'expired';

/** Valid up to and including its last day, expired from the day after. */
export function assessmentStatus(
  assessment: Pick<Assessment, 'validUntil'>,
  today: CalendarDay,
): AssessmentStatus {
  return today > assessment.validUntil ? 'expired' : 'valid';
}

/** The evidence an intervention shows now: that of its latest assessment, with whether it still holds. */
export interface CurrentEvidence {
  readonly evidenceLevel: EvidenceLevel;
  readonly assessedOn: CalendarDay;
  readonly validUntil: CalendarDay;
  readonly status: AssessmentStatus;
}

/**
 * The latest assessment by its day (of two on one day, the one recorded last), or undefined for a product
 * that was never assessed.
 */
export function currentEvidence(
  product: Pick<ProductState, 'assessments'>,
  today: CalendarDay,
): CurrentEvidence | undefined {
  let latest: Assessment | undefined;
  for (const assessment of product.assessments) {
    if (latest === undefined || assessment.assessedOn >= latest.assessedOn) latest = assessment;
  }
  if (latest === undefined) return undefined;
  return {
    evidenceLevel: latest.evidenceLevel,
    assessedOn: latest.assessedOn,
    validUntil: latest.validUntil,
    status: assessmentStatus(latest, today),
  };
}
