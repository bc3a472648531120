import { Matches } from 'class-validator';
import type { Activity } from '../shared/programme.value-object';

/** A lab's three phases, in order (seed 001 §3.4): pilot (about 1 year), design (2), impact evaluation (2). */
export const LAB_PHASES = ['pilot', 'design', 'impact-evaluation'] as const;
export type LabPhase = (typeof LAB_PHASES)[number];

/** The 5D model a sub-project moves through (seed 001 §3.4), in its usual order. */
export const FIVE_D_PHASES = ['detect', 'diagnose', 'design', 'determine', 'decide'] as const;
export type FiveDPhase = (typeof FIVE_D_PHASES)[number];

/** How a school takes part in a lab. */
export const LAB_SCHOOL_ROLES = ['co-creating', 'participating'] as const;
export type LabSchoolRole = (typeof LAB_SCHOOL_ROLES)[number];

/** Who put a school on a lab's roster: the help desk's enrolment, or the lab team directly. */
export const LAB_SCHOOL_SOURCES = ['enrolment', 'lab-team'] as const;
export type LabSchoolSource = (typeof LAB_SCHOOL_SOURCES)[number];

/** What a Decide phase concludes: scale the intervention up, adjust it (back to an earlier phase), or stop. */
export const SUB_PROJECT_DECISIONS = ['scale-up', 'adjust', 'stop'] as const;
export type SubProjectDecision = (typeof SUB_PROJECT_DECISIONS)[number];

/** What a Determine-phase study looked at. */
export const STUDY_KINDS = ['implementation', 'effect'] as const;
export type StudyKind = (typeof STUDY_KINDS)[number];

/** What a study or a pilot found of an intervention. */
export const INTERVENTION_RESULTS = ['effective', 'not-effective', 'inconclusive'] as const;
export type InterventionResult = (typeof INTERVENTION_RESULTS)[number];

/** Whether a pilot goes on to a field experiment. */
export const GO_NO_GO_DECISIONS = ['go', 'no-go'] as const;
export type GoNoGoDecision = (typeof GO_NO_GO_DECISIONS)[number];

/** Why a pilot did or did not go on to a field experiment (seed 000: a go/no-go moment before it). */
export const GO_NO_GO_REASON_CODES = [
  'promising-results',
  'feasible-in-schools',
  'schools-committed',
  'insufficient-effect',
  'not-feasible-in-schools',
  'too-few-schools',
  'needs-redesign',
  'no-funding',
] as const;
export type GoNoGoReasonCode = (typeof GO_NO_GO_REASON_CODES)[number];

/** A lab's code: lower-case letters, digits and dashes, e.g. 'taallab', 'lerarenlab'. */
export const LAB_CODE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

/** Validates a lab code. */
export function IsLabCode(): PropertyDecorator {
  return Matches(LAB_CODE_PATTERN, {
    message: '$property must be a lab code: lower-case letters, digits and dashes, e.g. taallab',
  });
}

/** The enrolment activities that put a school on a lab's roster: the lab (by code) and the school's role. */
export const LAB_OF_ACTIVITY = {
  'taallab-co-creating': { labCode: 'taallab', role: 'co-creating' },
  'taallab-participating': { labCode: 'taallab', role: 'participating' },
  'lerarenlab-co-creating': { labCode: 'lerarenlab', role: 'co-creating' },
  'lerarenlab-participating': { labCode: 'lerarenlab', role: 'participating' },
} as const satisfies Partial<Record<Activity, { labCode: string; role: LabSchoolRole }>>;
export type LabActivity = keyof typeof LAB_OF_ACTIVITY;

/** Whether an enrolment activity is one of a lab's. */
export function isLabActivity(activity: Activity): activity is LabActivity {
  return Object.hasOwn(LAB_OF_ACTIVITY, activity);
}
