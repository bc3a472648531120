import type {
  ApproachOrigin,
  CalendarDay,
  DropOutReasonCode,
  EqualAccessFlags,
  PillarCode,
  Region,
  SchoolType,
  Sector,
} from '@okr/contracts';
import { domainEvent, type Decision, type DomainEvent } from './expert-schools-event.value-object';
import { ExpertSchoolsError } from './expert-schools.errors';
import { assertNotBefore } from './school-days.rules';
import {
  SELECTION_CRITERIA,
  type CriterionAssessment,
  type TeamMember,
} from './selection-criteria.value-object';

/**
 * enrolled (the help desk enrolled the school as aspirant) → selected into the cohort → certified as expert
 * school | dropped out of the training year; withdrawn when the school withdraws at the help desk before it
 * was certified or dropped out.
 */
export const ASPIRANT_STATUSES = ['enrolled', 'selected', 'certified', 'dropped-out', 'withdrawn'] as const;
export type AspirantStatus = (typeof ASPIRANT_STATUSES)[number];

/** The approach an aspirant is selected for and, once certified, is an expert school for. */
export interface Approach {
  readonly title: string;
  readonly summary: string;
  /** Themes in the coordinators' words (reading, formative assessment, …); kept here, not in events. */
  readonly themes: readonly string[];
  readonly pillarCodes: readonly PillarCode[];
  readonly origin: ApproachOrigin;
  /** The co-creation lab intervention it implements, when it comes from a lab. */
  readonly labInterventionId?: string;
}

export interface AspirantState {
  /** The participation the help desk enrolled the school under. */
  readonly aspirantId: string;
  readonly brin: string;
  readonly sector: Sector;
  /** The cohort: the school year of the enrolment, which is the training year. */
  readonly schoolYear: string;
  readonly enrolledOn: CalendarDay;
  /** The equal-access flags at enrolment (a snapshot, as the help desk published it). */
  readonly equalAccess: Readonly<EqualAccessFlags>;
  readonly status: AspirantStatus;
  readonly assessment?: {
    readonly assessedOn: CalendarDay;
    readonly criteria: readonly CriterionAssessment[];
  };
  readonly team: readonly TeamMember[];
  readonly selection?: {
    readonly selectedOn: CalendarDay;
    readonly schoolType: SchoolType;
    readonly region?: Region;
    readonly approach: Approach;
  };
  readonly certifiedOn?: CalendarDay;
  readonly dropOut?: {
    readonly reasonCode: DropOutReasonCode;
    readonly droppedOutOn: CalendarDay;
    readonly notes?: string;
  };
  readonly withdrawnOn?: CalendarDay;
}

type Selected = DomainEvent<'AspirantExpertSchoolSelected'>;
type Certified = DomainEvent<'ExpertSchoolCertified'>;
type DroppedOut = DomainEvent<'AspirantExpertSchoolDroppedOut'>;

/**
 * The help desk enrolled the school as aspirant expert school: it appears here, not yet selected. An enrolment
 * seen before (a redelivery) changes nothing.
 */
export function enrolAspirant(
  current: AspirantState | undefined,
  enrolment: {
    readonly aspirantId: string;
    readonly brin: string;
    readonly sector: Sector;
    readonly schoolYear: string;
    readonly enrolledOn: CalendarDay;
    readonly equalAccess: EqualAccessFlags;
  },
): Decision<AspirantState, never> | undefined {
  if (current) return undefined;
  return {
    state: { ...enrolment, equalAccess: { ...enrolment.equalAccess }, status: 'enrolled', team: [] },
    events: [],
  };
}

/** The school withdrew at the help desk. A certified expert school or a drop-out keeps its outcome. */
export function withdrawAspirant(
  aspirant: AspirantState | undefined,
  withdrawnOn: CalendarDay,
): Decision<AspirantState, never> | undefined {
  const found = mustExist(aspirant);
  if (found.status !== 'enrolled' && found.status !== 'selected') return undefined;
  return { state: { ...found, status: 'withdrawn', withdrawnOn }, events: [] };
}

/**
 * Records the assessment on the criteria of 001 §3.5, each once, with evidence and judgement. It may be
 * redone until the aspirant is selected; after that it is the record the selection was made on.
 */
export function assessAspirant(
  aspirant: AspirantState | undefined,
  input: { readonly assessedOn: CalendarDay; readonly criteria: readonly CriterionAssessment[] },
): Decision<AspirantState, never> {
  const found = inStatus(aspirant, ['enrolled'], 'assessed');
  const given = input.criteria.map(({ criterion }) => criterion);
  const missing = SELECTION_CRITERIA.filter((criterion) => !given.includes(criterion));
  const repeated = given.filter((criterion, index) => given.indexOf(criterion) !== index);
  if (missing.length > 0 || repeated.length > 0) {
    throw new ExpertSchoolsError('ASPIRANT.ASSESSMENT_INCOMPLETE', 'Assess every criterion exactly once', {
      missing,
      repeated,
    });
  }
  assertNotBefore(input.assessedOn, found.enrolledOn, 'The assessment');
  const criteria = SELECTION_CRITERIA.map((criterion) => {
    const assessed = input.criteria.find((given) => given.criterion === criterion);
    if (!assessed) throw new Error(`criterion ${criterion} vanished`);
    return { criterion, judgement: assessed.judgement, evidence: assessed.evidence.trim() };
  });
  return { state: { ...found, assessment: { assessedOn: input.assessedOn, criteria } }, events: [] };
}

/** Replaces the expert team (names stay here); allowed until the training year ends. */
export function setExpertTeam(
  aspirant: AspirantState | undefined,
  members: readonly TeamMember[],
): Decision<AspirantState, never> {
  const found = inStatus(aspirant, ['enrolled', 'selected', 'certified'], 'given a team');
  return {
    state: { ...found, team: members.map(({ name, role }) => ({ name: name.trim(), role })) },
    events: [],
  };
}

/**
 * Selects the aspirant into its cohort for an approach: only on an assessment where every criterion is met,
 * since the seed names them as what an aspirant has ("heeft de basis goed op orde", …), not as a score.
 */
export function selectAspirant(
  aspirant: AspirantState | undefined,
  input: {
    readonly selectedOn: CalendarDay;
    readonly schoolType: SchoolType;
    readonly region?: Region;
    readonly approach: Approach;
  },
): Decision<AspirantState, Selected> {
  const found = inStatus(aspirant, ['enrolled'], 'selected');
  if (!found.assessment) {
    throw new ExpertSchoolsError('ASPIRANT.NOT_ASSESSED', 'Assess the aspirant on the criteria first');
  }
  const unmet = found.assessment.criteria
    .filter(({ judgement }) => judgement !== 'meets')
    .map(({ criterion, judgement }) => ({ criterion, judgement }));
  if (unmet.length > 0) {
    throw new ExpertSchoolsError('ASPIRANT.CRITERIA_NOT_MET', 'Every criterion must be met to select', {
      unmet,
    });
  }
  const { approach } = input;
  if ((approach.origin === 'lab-intervention') !== (approach.labInterventionId !== undefined)) {
    throw new ExpertSchoolsError(
      'ASPIRANT.LAB_INTERVENTION_MISMATCH',
      'An approach from a lab names its lab intervention, and only such an approach does',
      { origin: approach.origin },
    );
  }
  assertNotBefore(input.selectedOn, found.assessment.assessedOn, 'The selection');
  const selection = {
    selectedOn: input.selectedOn,
    schoolType: input.schoolType,
    ...(input.region !== undefined ? { region: input.region } : {}),
    approach: {
      ...approach,
      themes: [...new Set(approach.themes.map((theme) => theme.trim()))],
      pillarCodes: [...new Set(approach.pillarCodes)],
    },
  };
  return {
    state: { ...found, status: 'selected', selection },
    events: [
      domainEvent('AspirantExpertSchoolSelected', {
        aspirantId: found.aspirantId,
        brin: found.brin,
        sector: found.sector,
        ...(selection.region !== undefined ? { region: selection.region } : {}),
        schoolType: selection.schoolType,
        schoolYear: found.schoolYear,
        pillarCodes: [...selection.approach.pillarCodes],
        approachOrigin: approach.origin,
        ...(approach.labInterventionId !== undefined
          ? { labInterventionId: approach.labInterventionId }
          : {}),
        selectedOn: input.selectedOn,
      }),
    ],
  };
}

/**
 * Certifies the aspirant as expert school for its approach at the end of the training year. Its expert team
 * must carry the approach: at least one teacher and the school leader (001 §3.5).
 */
export function certifyAspirant(
  aspirant: AspirantState | undefined,
  input: { readonly certifiedOn: CalendarDay },
): Decision<AspirantState, Certified> {
  const found = inStatus(aspirant, ['selected'], 'certified');
  const selection = selectionOf(found);
  const roles = new Set(found.team.map(({ role }) => role));
  const lacking = (['teacher', 'school-leader'] as const).filter((role) => !roles.has(role));
  if (lacking.length > 0) {
    throw new ExpertSchoolsError(
      'ASPIRANT.TEAM_INCOMPLETE',
      'The expert team needs a teacher carrying the approach and the school leader',
      { lacking },
    );
  }
  assertNotBefore(input.certifiedOn, selection.selectedOn, 'The certification');
  const { approach } = selection;
  return {
    state: { ...found, status: 'certified', certifiedOn: input.certifiedOn },
    events: [
      domainEvent('ExpertSchoolCertified', {
        aspirantId: found.aspirantId,
        brin: found.brin,
        sector: found.sector,
        ...(selection.region !== undefined ? { region: selection.region } : {}),
        schoolYear: found.schoolYear,
        pillarCodes: [...approach.pillarCodes],
        approachOrigin: approach.origin,
        ...(approach.labInterventionId !== undefined
          ? { labInterventionId: approach.labInterventionId }
          : {}),
        certifiedOn: input.certifiedOn,
      }),
    ],
  };
}

/** The aspirant leaves the training year without certification, with a reason (and notes in words, kept here). */
export function dropOutAspirant(
  aspirant: AspirantState | undefined,
  input: {
    readonly droppedOutOn: CalendarDay;
    readonly reasonCode: DropOutReasonCode;
    readonly notes?: string;
  },
): Decision<AspirantState, DroppedOut> {
  const found = inStatus(aspirant, ['selected'], 'dropped out');
  assertNotBefore(input.droppedOutOn, selectionOf(found).selectedOn, 'The drop-out');
  const notes = input.notes?.trim();
  return {
    state: {
      ...found,
      status: 'dropped-out',
      dropOut: {
        reasonCode: input.reasonCode,
        droppedOutOn: input.droppedOutOn,
        ...(notes ? { notes } : {}),
      },
    },
    events: [
      domainEvent('AspirantExpertSchoolDroppedOut', {
        aspirantId: found.aspirantId,
        brin: found.brin,
        sector: found.sector,
        schoolYear: found.schoolYear,
        reasonCode: input.reasonCode,
        droppedOutOn: input.droppedOutOn,
      }),
    ],
  };
}

/** Whether the aspirant is an expert school now. */
export function isExpertSchool(aspirant: AspirantState): boolean {
  return aspirant.status === 'certified';
}

function selectionOf(aspirant: AspirantState): NonNullable<AspirantState['selection']> {
  if (!aspirant.selection)
    throw new Error(`aspirant ${aspirant.aspirantId} is ${aspirant.status} without a selection`);
  return aspirant.selection;
}

function mustExist(aspirant: AspirantState | undefined): AspirantState {
  if (!aspirant) throw new ExpertSchoolsError('ASPIRANT.NOT_FOUND', 'The aspirant does not exist');
  return aspirant;
}

function inStatus(
  aspirant: AspirantState | undefined,
  allowed: readonly AspirantStatus[],
  what: string,
): AspirantState {
  const found = mustExist(aspirant);
  if (!allowed.includes(found.status)) {
    throw new ExpertSchoolsError(
      'ASPIRANT.INVALID_TRANSITION',
      `An aspirant that is ${found.status} cannot be ${what}`,
      { status: found.status, allowed },
    );
  }
  return found;
}
