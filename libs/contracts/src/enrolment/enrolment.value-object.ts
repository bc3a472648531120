// Codes the enrolment events carry instead of free text: the words behind a code stay in the service.

/** How a school reached the help desk. */
export const INQUIRY_CHANNELS = ['email', 'phone', 'web-form', 'information-session'] as const;
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number];

/** Where the help desk referred an inquiry: to activities of the programme, or outside it. */
export const REFERRAL_KINDS = ['activities', 'outside-programme'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

/** Why the help desk referred an inquiry outside the programme. */
export const OUTSIDE_REFERRAL_REASON_CODES = [
  'other-programme',
  'not-eligible',
  'no-capacity',
  'other',
] as const;
export type OutsideReferralReasonCode = (typeof OUTSIDE_REFERRAL_REASON_CODES)[number];

/** How an inquiry ended. */
export const INQUIRY_OUTCOMES = ['referred', 'answered', 'no-follow-up', 'duplicate'] as const;
export type InquiryOutcome = (typeof INQUIRY_OUTCOMES)[number];

/** Whether the pillar found, in an intake, that the activity fits the school. */
export const INTAKE_OUTCOMES = ['fit', 'no-fit'] as const;
export type IntakeOutcome = (typeof INTAKE_OUTCOMES)[number];

/** Why a subsidy application was rejected. */
export const REJECTION_REASON_CODES = [
  'not-eligible',
  'budget-exhausted',
  'max-grants-reached',
  'incomplete',
  'no-fit-intake',
  'other',
] as const;
export type RejectionReasonCode = (typeof REJECTION_REASON_CODES)[number];

/** Why a school withdrew from an activity it was enrolled in. */
export const WITHDRAWAL_REASON_CODES = [
  'capacity',
  'leadership-change',
  'merger',
  'not-a-fit',
  'other',
] as const;
export type WithdrawalReasonCode = (typeof WITHDRAWAL_REASON_CODES)[number];
