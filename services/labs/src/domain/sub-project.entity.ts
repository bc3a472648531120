import {
  daysBetween,
  FIVE_D_PHASES,
  type CalendarDay,
  type FiveDPhase,
  type InterventionResult,
  type PillarCode,
  type Sector,
  type StudyKind,
  type SubProjectDecision,
} from '@okr/contracts';
import { assertNotBefore, LabsError } from './labs.errors';
import { domainEvent, type Decision, type LabsEvent } from './labs-event.value-object';

/** What each 5D phase delivers when the sub-project moves on from it. */
export const DELIVERABLE_OF_PHASE = {
  detect: 'signal',
  diagnose: 'diagnosis',
  design: 'intervention',
  determine: 'study',
  decide: 'decision',
} as const satisfies Record<FiveDPhase, string>;
export type DeliverableKind = (typeof DELIVERABLE_OF_PHASE)[FiveDPhase];

/**
 * Where a sub-project may go from each phase: one step on through the 5D model, and from Decide back to any
 * earlier phase (adjusting the intervention means designing again; a new question means detecting again).
 * Skipping ahead is refused: each phase delivers what the next one works from.
 */
export const NEXT_PHASES: Readonly<Record<FiveDPhase, readonly FiveDPhase[]>> = {
  detect: ['diagnose'],
  diagnose: ['design'],
  design: ['determine'],
  determine: ['decide'],
  decide: ['detect', 'diagnose', 'design', 'determine'],
};

export interface Signal {
  readonly summary: string;
}
export interface Diagnosis {
  readonly diagnosisId: string;
  readonly summary: string;
  readonly themes: readonly PillarCode[];
}
export interface Intervention {
  readonly interventionId: string;
  readonly title: string;
  readonly summary: string;
  readonly sectors: readonly Sector[];
  readonly themes: readonly PillarCode[];
}
export interface Study {
  readonly studyId: string;
  readonly studyKind: StudyKind;
  readonly outcome: InterventionResult;
  readonly summary: string;
  /** The intervention studied; by default the sub-project's latest. */
  readonly interventionId?: string;
}
export interface DecisionTaken {
  readonly decision: SubProjectDecision;
  readonly summary: string;
}

/** What a transition hands over: exactly the deliverable of the phase it leaves. */
export interface DeliverableInput {
  readonly signal?: Signal;
  readonly diagnosis?: Diagnosis;
  readonly intervention?: Intervention;
  readonly study?: Study;
  readonly decision?: DecisionTaken;
}

/** A deliverable as recorded: what it is, which phase delivered it, and when. */
export type Deliverable = (
  | ({ readonly kind: 'signal' } & Signal)
  | ({ readonly kind: 'diagnosis' } & Diagnosis)
  | ({ readonly kind: 'intervention' } & Intervention)
  | ({ readonly kind: 'study' } & Study & { readonly interventionId: string })
  | ({ readonly kind: 'decision' } & DecisionTaken)
) & { readonly phase: FiveDPhase; readonly deliveredOn: CalendarDay };

export interface PhaseVisit {
  readonly phase: FiveDPhase;
  readonly enteredOn: CalendarDay;
  readonly leftOn?: CalendarDay;
}

export interface SubProjectState {
  readonly subProjectId: string;
  readonly labId: string;
  readonly labCode: string;
  readonly title: string;
  readonly themes: readonly PillarCode[];
  readonly startedOn: CalendarDay;
  readonly phase: FiveDPhase;
  readonly status: 'active' | 'concluded';
  /** Every phase it went through, in order; a phase entered again is a new visit. */
  readonly visits: readonly PhaseVisit[];
  readonly deliverables: readonly Deliverable[];
  readonly conclusion?: { readonly decision: SubProjectDecision; readonly concludedOn: CalendarDay };
}

/** A sub-project starts in whichever 5D phase its knowledge base allows: any of the five. */
export function startSubProject(
  current: SubProjectState | undefined,
  input: {
    readonly subProjectId: string;
    readonly labId: string;
    readonly labCode: string;
    readonly labStartedOn: CalendarDay;
    readonly title: string;
    readonly phase: FiveDPhase;
    readonly themes: readonly PillarCode[];
    readonly startedOn: CalendarDay;
  },
): Decision<SubProjectState> {
  if (current) {
    throw new LabsError('SUB_PROJECT.ALREADY_STARTED', 'The sub-project has started already', {
      subProjectId: current.subProjectId,
    });
  }
  assertNotBefore('SUB_PROJECT.DATE_OUT_OF_ORDER', input.startedOn, input.labStartedOn, 'The sub-project');
  return {
    state: {
      subProjectId: input.subProjectId,
      labId: input.labId,
      labCode: input.labCode,
      title: input.title,
      themes: [...input.themes],
      startedOn: input.startedOn,
      phase: input.phase,
      status: 'active',
      visits: [{ phase: input.phase, enteredOn: input.startedOn }],
      deliverables: [],
    },
    events: [
      domainEvent('SubProjectStarted', {
        subProjectId: input.subProjectId,
        labId: input.labId,
        phase: input.phase,
        themes: [...input.themes],
        startedOn: input.startedOn,
      }),
    ],
  };
}

/**
 * Moves a sub-project from its phase to another with the deliverable of the phase it leaves: a signal, a
 * diagnosis, a designed intervention, a study, or (from Decide back to an earlier phase) the decision to adjust.
 */
export function moveSubProject(
  subProject: SubProjectState | undefined,
  input: { readonly to: FiveDPhase; readonly on: CalendarDay; readonly deliverable: DeliverableInput },
): Decision<SubProjectState> {
  const found = mustBeActive(subProject);
  const allowed = NEXT_PHASES[found.phase];
  if (!allowed.includes(input.to)) {
    throw new LabsError(
      'SUB_PROJECT.IMPOSSIBLE_TRANSITION',
      `A sub-project in ${found.phase} cannot move to ${input.to}; it can move to ${allowed.join(', ')}`,
      { from: found.phase, to: input.to, allowed },
    );
  }
  assertNotBefore('SUB_PROJECT.DATE_OUT_OF_ORDER', input.on, enteredOn(found), 'The transition');
  const deliverable = deliverableOf(found, input.deliverable, input.on);
  if (deliverable.kind === 'decision' && deliverable.decision !== 'adjust') {
    throw new LabsError(
      'SUB_PROJECT.WRONG_DELIVERABLE',
      `Going back from decide to ${input.to} is the decision to adjust; scale-up and stop conclude the sub-project`,
      { decision: deliverable.decision },
    );
  }
  const state: SubProjectState = {
    ...found,
    phase: input.to,
    visits: [...closeVisit(found, input.on), { phase: input.to, enteredOn: input.on }],
    deliverables: [...found.deliverables, deliverable],
  };
  return {
    state,
    events: [
      ...eventsOfDeliverable(found, deliverable),
      domainEvent('SubProjectPhaseEntered', {
        subProjectId: found.subProjectId,
        labId: found.labId,
        fromPhase: found.phase,
        phase: input.to,
        enteredOn: input.on,
      }),
    ],
  };
}

/** The Decide phase concludes the sub-project: scale the intervention up, or stop. */
export function concludeSubProject(
  subProject: SubProjectState | undefined,
  input: {
    readonly decision: Exclude<SubProjectDecision, 'adjust'>;
    readonly summary: string;
    readonly on: CalendarDay;
  },
): Decision<SubProjectState> {
  const found = mustBeActive(subProject);
  if (found.phase !== 'decide') {
    throw new LabsError(
      'SUB_PROJECT.NOT_IN_DECIDE',
      `A sub-project concludes from its Decide phase; this one is in ${found.phase}`,
      { phase: found.phase },
    );
  }
  assertNotBefore('SUB_PROJECT.DATE_OUT_OF_ORDER', input.on, enteredOn(found), 'The decision');
  const deliverable: Deliverable = {
    kind: 'decision',
    decision: input.decision,
    summary: input.summary,
    phase: 'decide',
    deliveredOn: input.on,
  };
  return {
    state: {
      ...found,
      status: 'concluded',
      visits: closeVisit(found, input.on),
      deliverables: [...found.deliverables, deliverable],
      conclusion: { decision: input.decision, concludedOn: input.on },
    },
    events: eventsOfDeliverable(found, deliverable),
  };
}

/** The interventions the sub-project designed, oldest first. */
export function interventionsOf(subProject: SubProjectState): Array<Deliverable & { kind: 'intervention' }> {
  return subProject.deliverables.filter(
    (deliverable): deliverable is Deliverable & { kind: 'intervention' } =>
      deliverable.kind === 'intervention',
  );
}

/** The 5D view of a lab: its active sub-projects per phase, each with how long it has been there. */
export interface FiveDView {
  readonly phases: ReadonlyArray<{
    readonly phase: FiveDPhase;
    readonly subProjects: ReadonlyArray<{
      readonly subProjectId: string;
      readonly title: string;
      readonly enteredOn: CalendarDay;
      readonly daysInPhase: number;
    }>;
  }>;
  readonly concluded: ReadonlyArray<{
    readonly subProjectId: string;
    readonly title: string;
    readonly decision: SubProjectDecision;
    readonly concludedOn: CalendarDay;
  }>;
}

/** Sorts a lab's sub-projects into the five phases (longest there first) and the concluded ones. */
export function fiveDViewOf(subProjects: readonly SubProjectState[], today: CalendarDay): FiveDView {
  return {
    phases: FIVE_D_PHASES.map((phase) => ({
      phase,
      subProjects: subProjects
        .filter((subProject) => subProject.status === 'active' && subProject.phase === phase)
        .map((subProject) => ({
          subProjectId: subProject.subProjectId,
          title: subProject.title,
          enteredOn: enteredOn(subProject),
          daysInPhase: Math.max(0, daysBetween(enteredOn(subProject), today)),
        }))
        .sort((first, second) => second.daysInPhase - first.daysInPhase),
    })),
    concluded: subProjects.flatMap((subProject) =>
      subProject.conclusion === undefined
        ? []
        : [
            {
              subProjectId: subProject.subProjectId,
              title: subProject.title,
              decision: subProject.conclusion.decision,
              concludedOn: subProject.conclusion.concludedOn,
            },
          ],
    ),
  };
}

/** The day the sub-project entered the phase it is in. */
export function enteredOn(subProject: SubProjectState): CalendarDay {
  return subProject.visits.at(-1)?.enteredOn ?? subProject.startedOn;
}

function deliverableOf(found: SubProjectState, given: DeliverableInput, on: CalendarDay): Deliverable {
  const expected = DELIVERABLE_OF_PHASE[found.phase];
  const givenKinds = (Object.keys(given) as Array<keyof DeliverableInput>).filter(
    (kind) => given[kind] !== undefined,
  );
  const others = givenKinds.filter((kind) => kind !== expected);
  if (others.length > 0) {
    throw new LabsError(
      'SUB_PROJECT.WRONG_DELIVERABLE',
      `Leaving ${found.phase} delivers a ${expected}, not a ${others.join(' or ')}`,
      { phase: found.phase, expected, given: givenKinds },
    );
  }
  const base = { phase: found.phase, deliveredOn: on };
  const missing = (): never => {
    throw new LabsError(
      'SUB_PROJECT.DELIVERABLE_REQUIRED',
      `Leaving ${found.phase} needs its deliverable: a ${expected}`,
      { phase: found.phase, expected },
    );
  };
  switch (expected) {
    case 'signal':
      return given.signal ? { kind: 'signal', ...given.signal, ...base } : missing();
    case 'diagnosis':
      return given.diagnosis ? { kind: 'diagnosis', ...given.diagnosis, ...base } : missing();
    case 'intervention':
      return given.intervention ? { kind: 'intervention', ...given.intervention, ...base } : missing();
    case 'study': {
      if (!given.study) return missing();
      const interventionId = given.study.interventionId ?? interventionsOf(found).at(-1)?.interventionId;
      if (interventionId === undefined) {
        throw new LabsError(
          'SUB_PROJECT.NO_INTERVENTION',
          'The sub-project designed no intervention: name the intervention the study is of',
          { subProjectId: found.subProjectId },
        );
      }
      return { kind: 'study', ...given.study, interventionId, ...base };
    }
    case 'decision':
      return given.decision ? { kind: 'decision', ...given.decision, ...base } : missing();
  }
}

function eventsOfDeliverable(found: SubProjectState, deliverable: Deliverable): LabsEvent[] {
  const ids = { subProjectId: found.subProjectId, labId: found.labId };
  switch (deliverable.kind) {
    case 'signal':
      // A signal is the sub-project's own working material: no other service reads it.
      return [];
    case 'diagnosis':
      return [
        domainEvent('DiagnosisDelivered', {
          diagnosisId: deliverable.diagnosisId,
          ...ids,
          themes: [...deliverable.themes],
          deliveredOn: deliverable.deliveredOn,
        }),
      ];
    case 'intervention':
      return [
        domainEvent('InterventionDesigned', {
          interventionId: deliverable.interventionId,
          ...ids,
          labCode: found.labCode,
          sectors: [...deliverable.sectors],
          themes: [...deliverable.themes],
          designedOn: deliverable.deliveredOn,
        }),
      ];
    case 'study':
      return [
        domainEvent('StudyCompleted', {
          studyId: deliverable.studyId,
          ...ids,
          interventionId: deliverable.interventionId,
          kind: deliverable.studyKind,
          outcome: deliverable.outcome,
          completedOn: deliverable.deliveredOn,
        }),
      ];
    case 'decision':
      return [
        domainEvent('SubProjectDecided', {
          ...ids,
          decision: deliverable.decision,
          decidedOn: deliverable.deliveredOn,
        }),
      ];
  }
}

function mustBeActive(subProject: SubProjectState | undefined): SubProjectState {
  if (!subProject) throw new LabsError('SUB_PROJECT.NOT_FOUND', 'The sub-project does not exist');
  if (subProject.status === 'concluded') {
    throw new LabsError('SUB_PROJECT.CONCLUDED', 'The sub-project has concluded', {
      subProjectId: subProject.subProjectId,
      decision: subProject.conclusion?.decision,
    });
  }
  return subProject;
}

function closeVisit(found: SubProjectState, on: CalendarDay): PhaseVisit[] {
  return found.visits.map((visit, index) =>
    index === found.visits.length - 1 ? { ...visit, leftOn: on } : visit,
  );
}
