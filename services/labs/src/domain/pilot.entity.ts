import {
  type CalendarDay,
  type GoNoGoDecision,
  type GoNoGoReasonCode,
  type InterventionResult,
  type PillarCode,
  type Sector,
} from '@okr/contracts';
import { assertNotBefore, LabsError } from './labs.errors';
import { domainEvent, type Decision, type DomainEvent } from './labs-event.value-object';
import { isCurrent, type RosterState } from './roster.entity';
import { interventionsOf, type SubProjectState } from './sub-project.entity';

/**
 * A pilot's lifecycle: planned → running → go or no-go for a field experiment → (after a go) field
 * experiment → completed with a result. A no-go pilot is completed with what the pilot itself showed.
 */
export const PILOT_STATUSES = ['planned', 'running', 'go', 'no-go', 'field-experiment', 'completed'] as const;
export type PilotStatus = (typeof PILOT_STATUSES)[number];

const ALLOWED_FROM: Readonly<Record<PilotStatus, readonly PilotStatus[]>> = {
  planned: [],
  running: ['planned'],
  go: ['running'],
  'no-go': ['running'],
  'field-experiment': ['go'],
  completed: ['field-experiment', 'no-go'],
};

export interface PilotState {
  readonly pilotId: string;
  readonly labId: string;
  readonly labCode: string;
  readonly subProjectId: string;
  readonly interventionId: string;
  readonly themes: readonly PillarCode[];
  readonly title: string;
  /** The lab schools the pilot runs at, and their sectors as the roster knows them. */
  readonly brins: readonly string[];
  readonly sectors: readonly Sector[];
  readonly status: PilotStatus;
  readonly plannedStartOn: CalendarDay;
  readonly startedOn?: CalendarDay;
  readonly goNoGo?: {
    readonly decision: GoNoGoDecision;
    readonly reasonCodes: readonly GoNoGoReasonCode[];
    /** The reasons in words, for the lab team: never in the event. */
    readonly explanation?: string;
    readonly decidedOn: CalendarDay;
  };
  readonly fieldExperimentStartedOn?: CalendarDay;
  readonly completion?: {
    readonly result: InterventionResult;
    readonly pupilResultsEffectSize?: number;
    readonly completedOn: CalendarDay;
  };
}

/** Plans a pilot of an intervention the sub-project designed, at schools on the lab's current roster. */
export function planPilot(
  current: PilotState | undefined,
  input: {
    readonly pilotId: string;
    readonly labId: string;
    readonly subProject: SubProjectState;
    readonly interventionId: string;
    readonly roster: RosterState | undefined;
    readonly brins: readonly string[];
    readonly title: string;
    readonly plannedStartOn: CalendarDay;
  },
): Decision<PilotState, never> {
  if (current) {
    throw new LabsError('PILOT.ALREADY_PLANNED', 'The pilot is planned already', {
      pilotId: current.pilotId,
    });
  }
  const { subProject } = input;
  if (subProject.labId !== input.labId) {
    throw new LabsError('PILOT.SUB_PROJECT_OF_ANOTHER_LAB', 'The sub-project belongs to another lab', {
      subProjectId: subProject.subProjectId,
      labId: subProject.labId,
    });
  }
  const intervention = interventionsOf(subProject).find(
    (candidate) => candidate.interventionId === input.interventionId,
  );
  if (!intervention) {
    throw new LabsError('PILOT.UNKNOWN_INTERVENTION', 'The sub-project designed no such intervention', {
      subProjectId: subProject.subProjectId,
      interventionId: input.interventionId,
    });
  }
  const onRoster = (input.roster?.memberships ?? []).filter(isCurrent);
  const missing = input.brins.filter((brin) => !onRoster.some((membership) => membership.brin === brin));
  if (missing.length > 0) {
    throw new LabsError('PILOT.SCHOOL_NOT_ON_ROSTER', "A pilot runs at schools on the lab's roster", {
      brins: missing,
    });
  }
  const sectors = [
    ...new Set(onRoster.filter((membership) => input.brins.includes(membership.brin)).map((m) => m.sector)),
  ].sort();
  return {
    state: {
      pilotId: input.pilotId,
      labId: input.labId,
      labCode: subProject.labCode,
      subProjectId: subProject.subProjectId,
      interventionId: intervention.interventionId,
      themes: [...intervention.themes],
      title: input.title,
      brins: [...new Set(input.brins)],
      sectors,
      status: 'planned',
      plannedStartOn: input.plannedStartOn,
    },
    // Planning is the lab team's own business; the pilot is a published fact once it runs.
    events: [],
  };
}

/** The pilot starts running at its schools. */
export function startPilot(
  pilot: PilotState | undefined,
  input: { readonly startedOn: CalendarDay },
): Decision<PilotState, DomainEvent<'PilotStarted'>> {
  const found = moveTo(pilot, 'running');
  return {
    state: { ...found, status: 'running', startedOn: input.startedOn },
    events: [
      domainEvent('PilotStarted', {
        pilotId: found.pilotId,
        labId: found.labId,
        subProjectId: found.subProjectId,
        interventionId: found.interventionId,
        brins: [...found.brins],
        startedOn: input.startedOn,
      }),
    ],
  };
}

/** The running pilot gets a go or a no-go for a field experiment, with at least one reason. */
export function decideGoNoGo(
  pilot: PilotState | undefined,
  input: {
    readonly decision: GoNoGoDecision;
    readonly reasonCodes: readonly GoNoGoReasonCode[];
    readonly explanation?: string;
    readonly decidedOn: CalendarDay;
  },
): Decision<PilotState, DomainEvent<'PilotGoNoGoDecided'>> {
  const found = moveTo(pilot, input.decision);
  if (input.reasonCodes.length === 0) {
    throw new LabsError('PILOT.REASON_REQUIRED', 'A go or no-go gives at least one reason');
  }
  assertNotBefore(
    'PILOT.DATE_OUT_OF_ORDER',
    input.decidedOn,
    found.startedOn ?? found.plannedStartOn,
    'The decision',
  );
  const reasonCodes = [...new Set(input.reasonCodes)];
  return {
    state: {
      ...found,
      status: input.decision,
      goNoGo: {
        decision: input.decision,
        reasonCodes,
        ...(input.explanation !== undefined ? { explanation: input.explanation } : {}),
        decidedOn: input.decidedOn,
      },
    },
    events: [
      domainEvent('PilotGoNoGoDecided', {
        pilotId: found.pilotId,
        labId: found.labId,
        interventionId: found.interventionId,
        decision: input.decision,
        reasonCodes,
        decidedOn: input.decidedOn,
      }),
    ],
  };
}

/** After a go, the field experiment starts. */
export function startFieldExperiment(
  pilot: PilotState | undefined,
  input: { readonly startedOn: CalendarDay },
): Decision<PilotState, DomainEvent<'PilotFieldExperimentStarted'>> {
  const found = moveTo(pilot, 'field-experiment');
  assertNotBefore(
    'PILOT.DATE_OUT_OF_ORDER',
    input.startedOn,
    found.goNoGo?.decidedOn ?? found.plannedStartOn,
    'The field experiment',
  );
  return {
    state: { ...found, status: 'field-experiment', fieldExperimentStartedOn: input.startedOn },
    events: [
      domainEvent('PilotFieldExperimentStarted', {
        pilotId: found.pilotId,
        labId: found.labId,
        interventionId: found.interventionId,
        startedOn: input.startedOn,
      }),
    ],
  };
}

/**
 * The pilot completes with a result. "Effective" means an effect on pupil results was measured: it needs a
 * positive effect size. Otherwise the effect is given where it was measured.
 */
export function completePilot(
  pilot: PilotState | undefined,
  input: {
    readonly result: InterventionResult;
    readonly pupilResultsEffectSize?: number;
    readonly completedOn: CalendarDay;
  },
): Decision<PilotState, DomainEvent<'PilotCompleted'>> {
  const found = moveTo(pilot, 'completed');
  const effect = input.pupilResultsEffectSize;
  if (input.result === 'effective' && (effect === undefined || effect <= 0)) {
    throw new LabsError(
      'PILOT.EFFECT_REQUIRED',
      'An effective pilot shows a positive effect on pupil results: give the effect size measured',
      { result: input.result, pupilResultsEffectSize: effect ?? null },
    );
  }
  const since = found.fieldExperimentStartedOn ?? found.goNoGo?.decidedOn ?? found.plannedStartOn;
  assertNotBefore('PILOT.DATE_OUT_OF_ORDER', input.completedOn, since, 'The completion');
  const measured = effect !== undefined ? { pupilResultsEffectSize: effect } : {};
  return {
    state: {
      ...found,
      status: 'completed',
      completion: { result: input.result, ...measured, completedOn: input.completedOn },
    },
    events: [
      domainEvent('PilotCompleted', {
        pilotId: found.pilotId,
        labId: found.labId,
        labCode: found.labCode,
        subProjectId: found.subProjectId,
        interventionId: found.interventionId,
        themes: [...found.themes],
        schoolCount: found.brins.length,
        sectors: [...found.sectors],
        fieldExperiment: found.fieldExperimentStartedOn !== undefined,
        result: input.result,
        ...measured,
        completedOn: input.completedOn,
      }),
    ],
  };
}

function moveTo(pilot: PilotState | undefined, to: PilotStatus): PilotState {
  if (!pilot) throw new LabsError('PILOT.NOT_FOUND', 'The pilot does not exist');
  if (!ALLOWED_FROM[to].includes(pilot.status)) {
    throw new LabsError('PILOT.INVALID_TRANSITION', `A pilot cannot go from ${pilot.status} to ${to}`, {
      from: pilot.status,
      to,
    });
  }
  return pilot;
}
