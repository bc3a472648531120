import {
  CONFIDENCE_SCALE,
  type ApproachOrigin,
  type CalendarDay,
  type PillarCode,
  type Region,
  type Sector,
} from '@okr/contracts';
import type { AspirantState } from './aspirant.entity';
import type { DevelopmentSchoolState } from './development-school.entity';
import { domainEvent, type Decision, type DomainEvent } from './expert-schools-event.value-object';
import { ExpertSchoolsError } from './expert-schools.errors';
import { assertNotBefore } from './school-days.rules';

/** A hub is one expert school with four to six development schools (001 §3.5: "vier tot zes ontwikkelscholen"). */
export const HUB_SIZE = { min: 4, max: 6 } as const;

/** Below four development schools a hub is forming; from four it is formed. */
export type HubStatus = 'forming' | 'formed';

export interface HubMember {
  readonly developmentSchoolId: string;
  readonly brin: string;
  readonly sector: Sector;
  readonly joinedOn: CalendarDay;
  /** The learning track completed, with the teachers' professional confidence before and after. */
  readonly training?: {
    readonly trainedOn: CalendarDay;
    readonly confidenceBefore: number;
    readonly confidenceAfter: number;
  };
}

export interface HubState {
  readonly hubId: string;
  readonly schoolYear: string;
  /** The expert school at the centre, with the approach it teaches, as it was certified. */
  readonly expertSchool: {
    readonly brin: string;
    readonly aspirantId: string;
    readonly sector: Sector;
    readonly region?: Region;
    readonly pillarCodes: readonly PillarCode[];
    readonly approachOrigin: ApproachOrigin;
    readonly labInterventionId?: string;
  };
  readonly openedOn: CalendarDay;
  readonly members: readonly HubMember[];
  readonly formedOn?: CalendarDay;
}

type Joined = DomainEvent<'DevelopmentSchoolJoinedHub'>;
type Formed = DomainEvent<'HubFormed'>;
type Trained = DomainEvent<'DevelopmentSchoolTrained'>;

/** Whether the hub has its four development schools. */
export function statusOf(hub: HubState): HubStatus {
  return hub.members.length >= HUB_SIZE.min ? 'formed' : 'forming';
}

/** Opens the hub of a certified expert school for a school year; it is forming until four schools joined. */
export function openHub(
  current: HubState | undefined,
  input: {
    readonly hubId: string;
    readonly schoolYear: string;
    readonly expertSchool: AspirantState;
    readonly openedOn: CalendarDay;
  },
): Decision<HubState, never> {
  if (current) {
    throw new ExpertSchoolsError(
      'HUB.ALREADY_EXISTS',
      `Expert school ${current.expertSchool.brin} has a hub in ${current.schoolYear}`,
      { hubId: current.hubId },
    );
  }
  const { expertSchool } = input;
  const selection = expertSchool.selection;
  if (expertSchool.status !== 'certified' || !selection || expertSchool.certifiedOn === undefined) {
    throw new ExpertSchoolsError(
      'EXPERT_SCHOOL.NOT_FOUND',
      `School ${expertSchool.brin} is no expert school`,
      {
        brin: expertSchool.brin,
      },
    );
  }
  assertNotBefore(input.openedOn, expertSchool.certifiedOn, 'The hub');
  const { approach } = selection;
  return {
    state: {
      hubId: input.hubId,
      schoolYear: input.schoolYear,
      expertSchool: {
        brin: expertSchool.brin,
        aspirantId: expertSchool.aspirantId,
        sector: expertSchool.sector,
        ...(selection.region !== undefined ? { region: selection.region } : {}),
        pillarCodes: approach.pillarCodes,
        approachOrigin: approach.origin,
        ...(approach.labInterventionId !== undefined
          ? { labInterventionId: approach.labInterventionId }
          : {}),
      },
      openedOn: input.openedOn,
      members: [],
    },
    events: [],
  };
}

/**
 * A development school of the hub's school year joins; the fourth to join forms the hub, a seventh is refused.
 * The school must not be in another hub: the caller says so, since that is a fact of other hubs.
 */
export function joinHub(
  hub: HubState | undefined,
  input: {
    readonly school: DevelopmentSchoolState;
    readonly joinedOn: CalendarDay;
  },
): Decision<HubState, Joined | Formed> {
  const found = mustExistHub(hub);
  const { school } = input;
  if (found.members.some((member) => member.developmentSchoolId === school.developmentSchoolId)) {
    throw new ExpertSchoolsError('HUB.ALREADY_MEMBER', 'The development school is in this hub', {
      developmentSchoolId: school.developmentSchoolId,
    });
  }
  if (found.members.length >= HUB_SIZE.max) {
    throw new ExpertSchoolsError('HUB.FULL', `A hub has at most ${HUB_SIZE.max} development schools`, {
      members: found.members.length,
    });
  }
  if (school.schoolYear !== found.schoolYear) {
    throw new ExpertSchoolsError(
      'HUB.SCHOOL_YEAR_MISMATCH',
      `The development school is enrolled for ${school.schoolYear}, the hub is for ${found.schoolYear}`,
      { hubSchoolYear: found.schoolYear, schoolYear: school.schoolYear },
    );
  }
  assertNotBefore(input.joinedOn, found.openedOn, 'Joining the hub');
  const member: HubMember = {
    developmentSchoolId: school.developmentSchoolId,
    brin: school.brin,
    sector: school.sector,
    joinedOn: input.joinedOn,
  };
  const members = [...found.members, member];
  const forms = found.formedOn === undefined && members.length === HUB_SIZE.min;
  const state: HubState = { ...found, members, ...(forms ? { formedOn: input.joinedOn } : {}) };
  const joined = domainEvent('DevelopmentSchoolJoinedHub', {
    hubId: found.hubId,
    developmentSchoolId: school.developmentSchoolId,
    brin: school.brin,
    sector: school.sector,
    expertSchoolBrin: found.expertSchool.brin,
    schoolYear: found.schoolYear,
    joinedOn: input.joinedOn,
  });
  if (!forms) return { state, events: [joined] };
  const { brin, sector, region } = found.expertSchool;
  const formed = domainEvent('HubFormed', {
    hubId: found.hubId,
    expertSchoolBrin: brin,
    sector,
    ...(region !== undefined ? { region } : {}),
    schoolYear: found.schoolYear,
    developmentSchoolCount: members.length,
    formedOn: input.joinedOn,
  });
  return { state, events: [joined, formed] };
}

/**
 * A member completed the hub's learning track: from now on it is "trained by an expert school". Only a formed
 * hub trains; the teachers' professional confidence before and after is the outcome KPI's measure.
 */
export function completeLearningTrack(
  hub: HubState | undefined,
  input: {
    readonly developmentSchoolId: string;
    readonly trainedOn: CalendarDay;
    readonly confidenceBefore: number;
    readonly confidenceAfter: number;
  },
): Decision<HubState, Trained> {
  const found = mustExistHub(hub);
  if (statusOf(found) === 'forming') {
    throw new ExpertSchoolsError(
      'HUB.FORMING',
      `A hub trains once it has ${HUB_SIZE.min} development schools`,
      {
        members: found.members.length,
      },
    );
  }
  const member = found.members.find(
    ({ developmentSchoolId }) => developmentSchoolId === input.developmentSchoolId,
  );
  if (!member) {
    throw new ExpertSchoolsError('HUB.NOT_A_MEMBER', 'The development school is not in this hub', {
      developmentSchoolId: input.developmentSchoolId,
    });
  }
  if (member.training) {
    throw new ExpertSchoolsError('HUB.ALREADY_TRAINED', 'The development school completed the track before', {
      trainedOn: member.training.trainedOn,
    });
  }
  for (const measure of [input.confidenceBefore, input.confidenceAfter]) {
    if (!Number.isInteger(measure) || measure < CONFIDENCE_SCALE.min || measure > CONFIDENCE_SCALE.max) {
      throw new RangeError(
        `confidence ${measure} is off the scale ${CONFIDENCE_SCALE.min}-${CONFIDENCE_SCALE.max}`,
      );
    }
  }
  assertNotBefore(input.trainedOn, member.joinedOn, 'Completing the learning track');
  const training = {
    trainedOn: input.trainedOn,
    confidenceBefore: input.confidenceBefore,
    confidenceAfter: input.confidenceAfter,
  };
  const { expertSchool } = found;
  return {
    state: {
      ...found,
      members: found.members.map((other) => (other === member ? { ...member, training } : other)),
    },
    events: [
      domainEvent('DevelopmentSchoolTrained', {
        hubId: found.hubId,
        developmentSchoolId: member.developmentSchoolId,
        brin: member.brin,
        sector: member.sector,
        expertSchoolBrin: expertSchool.brin,
        schoolYear: found.schoolYear,
        pillarCodes: [...expertSchool.pillarCodes],
        approachOrigin: expertSchool.approachOrigin,
        ...(expertSchool.labInterventionId !== undefined
          ? { labInterventionId: expertSchool.labInterventionId }
          : {}),
        ...training,
        trainedOn: input.trainedOn,
      }),
    ],
  };
}

function mustExistHub(hub: HubState | undefined): HubState {
  if (!hub) throw new ExpertSchoolsError('HUB.NOT_FOUND', 'The hub does not exist');
  return hub;
}
