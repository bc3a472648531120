import { addMonths, daysBetween, LAB_PHASES, type CalendarDay, type LabPhase } from '@okr/contracts';
import { assertNotBefore, LabsError } from './labs.errors';
import { domainEvent, type Decision, type DomainEvent } from './labs-event.value-object';

/** How long each phase of a lab is planned to take (seed 001 §3.4): pilot about 1 year, then 2 and 2. */
export const PLANNED_MONTHS_OF_PHASE: Readonly<Record<LabPhase, number>> = {
  pilot: 12,
  design: 24,
  'impact-evaluation': 24,
};

/** The kinds of partners a lab works with besides schools; teacher-training institutes count as a KPI. */
export const PARTNER_KINDS = [
  'teacher-training-institute',
  'research-institute',
  'municipality',
  'foundation',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export interface LabPhaseRecord {
  readonly phase: LabPhase;
  readonly plannedStartOn: CalendarDay;
  readonly plannedEndOn: CalendarDay;
  readonly startedOn?: CalendarDay;
  readonly endedOn?: CalendarDay;
}

export interface Partner {
  readonly partnerId: string;
  readonly kind: PartnerKind;
  /** The organisation's name (an institute, a foundation): kept here, never in an event. */
  readonly name: string;
  readonly joinedOn: CalendarDay;
  readonly leftOn?: CalendarDay;
}

export interface LabState {
  readonly labId: string;
  readonly code: string;
  readonly name: string;
  readonly theme: string;
  readonly startedOn: CalendarDay;
  readonly currentPhase: LabPhase;
  /** Every phase in order, with its plan and, once entered, its actual days. */
  readonly phases: readonly LabPhaseRecord[];
  readonly partners: readonly Partner[];
}

/** Starts a lab in its pilot phase and plans the phases after it back to back. */
export function startLab(
  current: LabState | undefined,
  input: {
    readonly labId: string;
    readonly code: string;
    readonly name: string;
    readonly theme: string;
    readonly startedOn: CalendarDay;
  },
): Decision<LabState, DomainEvent<'LabStarted'> | DomainEvent<'LabPhaseEntered'>> {
  if (current) {
    throw new LabsError('LAB.ALREADY_STARTED', `A lab with code ${current.code} has started already`, {
      labId: current.labId,
      code: current.code,
    });
  }
  const phases = planFrom(input.startedOn);
  const state: LabState = {
    labId: input.labId,
    code: input.code,
    name: input.name,
    theme: input.theme,
    startedOn: input.startedOn,
    currentPhase: 'pilot',
    phases: phases.map((phase) =>
      phase.phase === 'pilot' ? { ...phase, startedOn: input.startedOn } : phase,
    ),
    partners: [],
  };
  return {
    state,
    events: [
      domainEvent('LabStarted', { labId: input.labId, labCode: input.code, startedOn: input.startedOn }),
      phaseEntered(state, 'pilot', input.startedOn),
    ],
  };
}

/**
 * The lab enters its next phase (pilot → design → impact evaluation): no phase is skipped or repeated. The
 * plan stays as it was, so a phase entered late shows how far behind the lab runs.
 */
export function enterLabPhase(
  lab: LabState | undefined,
  input: { readonly phase: LabPhase; readonly enteredOn: CalendarDay },
): Decision<LabState, DomainEvent<'LabPhaseEntered'>> {
  const found = mustExist(lab);
  const next = LAB_PHASES[LAB_PHASES.indexOf(found.currentPhase) + 1];
  if (input.phase !== next) {
    throw new LabsError(
      'LAB.PHASE_OUT_OF_ORDER',
      next === undefined
        ? `The lab is in its last phase (${found.currentPhase})`
        : `The lab is in its ${found.currentPhase} phase; the next one is ${next}, not ${input.phase}`,
      { currentPhase: found.currentPhase, expected: next ?? null, requested: input.phase },
    );
  }
  const current = phaseOf(found, found.currentPhase);
  assertNotBefore(
    'LAB.DATE_OUT_OF_ORDER',
    input.enteredOn,
    current.startedOn ?? found.startedOn,
    'The phase',
  );
  const state: LabState = {
    ...found,
    currentPhase: input.phase,
    phases: found.phases.map((phase) => {
      if (phase.phase === found.currentPhase) return { ...phase, endedOn: input.enteredOn };
      if (phase.phase === input.phase) return { ...phase, startedOn: input.enteredOn };
      return phase;
    }),
  };
  return { state, events: [phaseEntered(state, input.phase, input.enteredOn)] };
}

/** A phase as the schedule shows it: its plan, its actual days, and how far it runs behind. */
export interface ScheduledPhase extends LabPhaseRecord {
  readonly status: 'done' | 'current' | 'upcoming';
  /** Days the phase started after its planned start (0 when on time or not started). */
  readonly startedLateByDays: number;
  /** Days the phase ran, or runs, past its planned end (0 when within it or not started). */
  readonly overrunDays: number;
}

export interface LabSchedule {
  readonly currentPhase: LabPhase;
  readonly phases: readonly ScheduledPhase[];
  /** The current phase started after its planned start, or runs past its planned end. */
  readonly behindPlan: boolean;
  readonly daysBehind: number;
}

/**
 * The lab's phases against their plan as of `today`. A lab is behind plan when its current phase started
 * later than planned or is still running after its planned end; by as many days as the larger of the two.
 */
export function scheduleOf(lab: LabState, today: CalendarDay): LabSchedule {
  const phases = lab.phases.map((phase): ScheduledPhase => {
    const status =
      phase.phase === lab.currentPhase ? 'current' : phase.endedOn !== undefined ? 'done' : 'upcoming';
    const startedLateByDays =
      phase.startedOn === undefined ? 0 : Math.max(0, daysBetween(phase.plannedStartOn, phase.startedOn));
    const end = phase.endedOn ?? (status === 'current' ? today : undefined);
    const overrunDays = end === undefined ? 0 : Math.max(0, daysBetween(phase.plannedEndOn, end));
    return { ...phase, status, startedLateByDays, overrunDays };
  });
  const current = phases.find((phase) => phase.status === 'current');
  const daysBehind = current === undefined ? 0 : Math.max(current.startedLateByDays, current.overrunDays);
  return { currentPhase: lab.currentPhase, phases, behindPlan: daysBehind > 0, daysBehind };
}

/**
 * A partner joins the lab. An institute that left may join again; one that takes part already may not.
 * Only teacher-training institutes are published (a KPI counts them); other partners stay in this service.
 */
export function joinPartner(
  lab: LabState | undefined,
  input: {
    readonly partnerId: string;
    readonly kind: PartnerKind;
    readonly name: string;
    readonly joinedOn: CalendarDay;
  },
): Decision<LabState, DomainEvent<'TeacherTrainingInstituteJoined'>> {
  const found = mustExist(lab);
  const known = found.partners.find((partner) => partner.partnerId === input.partnerId);
  if (known && known.leftOn === undefined) {
    throw new LabsError('LAB.PARTNER_ALREADY_JOINED', `${known.name} takes part in the lab already`, {
      partnerId: known.partnerId,
      joinedOn: known.joinedOn,
    });
  }
  if (known?.leftOn !== undefined) {
    assertNotBefore('LAB.DATE_OUT_OF_ORDER', input.joinedOn, known.leftOn, 'Joining again');
  }
  const partner: Partner = {
    partnerId: input.partnerId,
    kind: input.kind,
    name: input.name,
    joinedOn: input.joinedOn,
  };
  const partners = [...found.partners.filter((other) => other.partnerId !== input.partnerId), partner];
  return {
    state: { ...found, partners },
    events:
      input.kind === 'teacher-training-institute'
        ? [
            domainEvent('TeacherTrainingInstituteJoined', {
              labId: found.labId,
              instituteId: input.partnerId,
              joinedOn: input.joinedOn,
            }),
          ]
        : [],
  };
}

/** A partner leaves the lab, on a day not before it joined. */
export function leavePartner(
  lab: LabState | undefined,
  input: { readonly partnerId: string; readonly leftOn: CalendarDay },
): Decision<LabState, DomainEvent<'TeacherTrainingInstituteLeft'>> {
  const found = mustExist(lab);
  const partner = found.partners.find((candidate) => candidate.partnerId === input.partnerId);
  if (!partner) {
    throw new LabsError('LAB.PARTNER_NOT_FOUND', `No partner ${input.partnerId} in the lab`, {
      partnerId: input.partnerId,
    });
  }
  if (partner.leftOn !== undefined) {
    throw new LabsError('LAB.PARTNER_ALREADY_LEFT', `${partner.name} left the lab already`, {
      partnerId: partner.partnerId,
      leftOn: partner.leftOn,
    });
  }
  assertNotBefore('LAB.DATE_OUT_OF_ORDER', input.leftOn, partner.joinedOn, 'Leaving');
  return {
    state: {
      ...found,
      partners: found.partners.map((candidate) =>
        candidate === partner ? { ...partner, leftOn: input.leftOn } : candidate,
      ),
    },
    events:
      partner.kind === 'teacher-training-institute'
        ? [
            domainEvent('TeacherTrainingInstituteLeft', {
              labId: found.labId,
              instituteId: partner.partnerId,
              leftOn: input.leftOn,
            }),
          ]
        : [],
  };
}

function planFrom(startedOn: CalendarDay): LabPhaseRecord[] {
  let plannedStartOn = startedOn;
  return LAB_PHASES.map((phase) => {
    const plannedEndOn = addMonths(plannedStartOn, PLANNED_MONTHS_OF_PHASE[phase]);
    const record = { phase, plannedStartOn, plannedEndOn };
    plannedStartOn = plannedEndOn;
    return record;
  });
}

function phaseOf(lab: LabState, phase: LabPhase): LabPhaseRecord {
  const found = lab.phases.find((candidate) => candidate.phase === phase);
  if (!found) throw new Error(`lab ${lab.labId} has no ${phase} phase in its plan`);
  return found;
}

function phaseEntered(
  lab: LabState,
  phase: LabPhase,
  enteredOn: CalendarDay,
): DomainEvent<'LabPhaseEntered'> {
  return domainEvent('LabPhaseEntered', {
    labId: lab.labId,
    phase,
    enteredOn,
    plannedEndOn: phaseOf(lab, phase).plannedEndOn,
  });
}

function mustExist(lab: LabState | undefined): LabState {
  if (!lab) throw new LabsError('LAB.NOT_FOUND', 'The lab does not exist');
  return lab;
}
