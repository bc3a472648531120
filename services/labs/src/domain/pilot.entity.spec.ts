import {
  completePilot,
  decideGoNoGo,
  planPilot,
  startFieldExperiment,
  startPilot,
  type PilotState,
} from './pilot.entity';
import { recordLabSchool, removeLabSchool, type RosterState } from './roster.entity';
import { moveSubProject, startSubProject, type SubProjectState } from './sub-project.entity';

const LAB_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e10';
const OTHER_LAB = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e20';
const SUB_PROJECT_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e11';
const INTERVENTION_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e12';
const PILOT_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e13';

function designed(): SubProjectState {
  const started = startSubProject(undefined, {
    subProjectId: SUB_PROJECT_ID,
    labId: LAB_ID,
    labCode: 'taallab',
    labStartedOn: '2023-09-01',
    title: 'Pre-teaching',
    phase: 'design',
    themes: ['P3.A'],
    startedOn: '2024-01-08',
  }).state;
  return moveSubProject(started, {
    to: 'determine',
    on: '2024-06-01',
    deliverable: {
      intervention: {
        interventionId: INTERVENTION_ID,
        title: 'Pre-teaching woordenschat',
        summary: 'Woorden voorleren',
        sectors: ['PO'],
        themes: ['P3.A'],
      },
    },
  }).state;
}

function roster(): RosterState {
  const base = {
    labId: LAB_ID,
    schoolYear: '2024-2025',
    role: 'co-creating' as const,
    joinedOn: '2024-08-01',
  };
  const first = recordLabSchool(undefined, { ...base, brin: '12AB', sector: 'PO' }).state;
  const second = recordLabSchool(first, { ...base, brin: '34CD', sector: 'VO' }).state;
  return recordLabSchool(second, { ...base, brin: '56EF', sector: 'PO' }).state;
}

function planned(brins: readonly string[] = ['12AB', '34CD']): PilotState {
  return planPilot(undefined, {
    pilotId: PILOT_ID,
    labId: LAB_ID,
    subProject: designed(),
    interventionId: INTERVENTION_ID,
    roster: roster(),
    brins,
    title: 'Pilot pre-teaching',
    plannedStartOn: '2024-09-02',
  }).state;
}

const running = (): PilotState => startPilot(planned(), { startedOn: '2024-09-09' }).state;
const go = (): PilotState =>
  decideGoNoGo(running(), { decision: 'go', reasonCodes: ['promising-results'], decidedOn: '2025-03-01' })
    .state;
const experimenting = (): PilotState => startFieldExperiment(go(), { startedOn: '2025-09-01' }).state;

describe('a pilot', () => {
  it("is planned for an intervention its sub-project designed, at schools on the lab's roster, with their sectors", () => {
    const { state, events } = planPilot(undefined, {
      pilotId: PILOT_ID,
      labId: LAB_ID,
      subProject: designed(),
      interventionId: INTERVENTION_ID,
      roster: roster(),
      brins: ['12AB', '34CD'],
      title: 'Pilot pre-teaching',
      plannedStartOn: '2024-09-02',
    });

    expect(state).toMatchObject({
      status: 'planned',
      brins: ['12AB', '34CD'],
      sectors: ['PO', 'VO'],
      themes: ['P3.A'],
    });
    expect(events).toEqual([]);
  });

  it('refuses an intervention the sub-project did not design, a sub-project of another lab, and schools not on the roster', () => {
    const input = {
      pilotId: PILOT_ID,
      labId: LAB_ID,
      subProject: designed(),
      interventionId: INTERVENTION_ID,
      roster: roster(),
      brins: ['12AB'],
      title: 'Pilot',
      plannedStartOn: '2024-09-02',
    };
    expect(() => planPilot(undefined, { ...input, interventionId: PILOT_ID })).toThrow(
      expect.objectContaining({ code: 'PILOT.UNKNOWN_INTERVENTION' }),
    );
    expect(() => planPilot(undefined, { ...input, labId: OTHER_LAB })).toThrow(
      expect.objectContaining({ code: 'PILOT.SUB_PROJECT_OF_ANOTHER_LAB' }),
    );
    expect(() => planPilot(undefined, { ...input, brins: ['12AB', '99ZZ'] })).toThrow(
      expect.objectContaining({ code: 'PILOT.SCHOOL_NOT_ON_ROSTER', details: { brins: ['99ZZ'] } }),
    );
    const left = removeLabSchool(roster(), { brin: '12AB', leftOn: '2024-09-01' }).state;
    expect(() => planPilot(undefined, { ...input, roster: left })).toThrow(
      expect.objectContaining({ code: 'PILOT.SCHOOL_NOT_ON_ROSTER' }),
    );
    expect(() => planPilot(planned(), input)).toThrow(
      expect.objectContaining({ code: 'PILOT.ALREADY_PLANNED' }),
    );
  });

  it('runs, and publishes that it started at its schools', () => {
    const { state, events } = startPilot(planned(), { startedOn: '2024-09-09' });

    expect(state.status).toBe('running');
    expect(events).toEqual([
      {
        type: 'PilotStarted',
        data: {
          pilotId: PILOT_ID,
          labId: LAB_ID,
          subProjectId: SUB_PROJECT_ID,
          interventionId: INTERVENTION_ID,
          brins: ['12AB', '34CD'],
          startedOn: '2024-09-09',
        },
      },
    ]);
  });

  it('gets a go with reason codes, keeping the explanation in words out of the event', () => {
    const { state, events } = decideGoNoGo(running(), {
      decision: 'go',
      reasonCodes: ['promising-results', 'schools-committed', 'promising-results'],
      explanation: 'Leerkrachten enthousiast',
      decidedOn: '2025-03-01',
    });

    expect(state).toMatchObject({ status: 'go', goNoGo: { explanation: 'Leerkrachten enthousiast' } });
    expect(events[0]?.data).toEqual({
      pilotId: PILOT_ID,
      labId: LAB_ID,
      interventionId: INTERVENTION_ID,
      decision: 'go',
      reasonCodes: ['promising-results', 'schools-committed'],
      decidedOn: '2025-03-01',
    });
  });

  it('refuses a go or no-go without a reason, before it runs, or dated before it started', () => {
    expect(() =>
      decideGoNoGo(running(), { decision: 'no-go', reasonCodes: [], decidedOn: '2025-03-01' }),
    ).toThrow(expect.objectContaining({ code: 'PILOT.REASON_REQUIRED' }));
    expect(() =>
      decideGoNoGo(planned(), {
        decision: 'go',
        reasonCodes: ['promising-results'],
        decidedOn: '2025-03-01',
      }),
    ).toThrow(
      expect.objectContaining({ code: 'PILOT.INVALID_TRANSITION', details: { from: 'planned', to: 'go' } }),
    );
    expect(() =>
      decideGoNoGo(running(), {
        decision: 'go',
        reasonCodes: ['promising-results'],
        decidedOn: '2024-09-08',
      }),
    ).toThrow(expect.objectContaining({ code: 'PILOT.DATE_OUT_OF_ORDER' }));
  });

  it('starts a field experiment only after a go', () => {
    expect(experimenting().status).toBe('field-experiment');
    const noGo = decideGoNoGo(running(), {
      decision: 'no-go',
      reasonCodes: ['too-few-schools'],
      decidedOn: '2025-03-01',
    }).state;
    expect(() => startFieldExperiment(noGo, { startedOn: '2025-09-01' })).toThrow(
      expect.objectContaining({ code: 'PILOT.INVALID_TRANSITION' }),
    );
    expect(() => startFieldExperiment(running(), { startedOn: '2025-09-01' })).toThrow(
      expect.objectContaining({ code: 'PILOT.INVALID_TRANSITION' }),
    );
  });

  it('completes effective with its effect, the number of schools and their sectors', () => {
    const { state, events } = completePilot(experimenting(), {
      result: 'effective',
      pupilResultsEffectSize: 0.18,
      completedOn: '2026-06-30',
    });

    expect(state).toMatchObject({
      status: 'completed',
      completion: { result: 'effective', pupilResultsEffectSize: 0.18 },
    });
    expect(events).toEqual([
      {
        type: 'PilotCompleted',
        data: {
          pilotId: PILOT_ID,
          labId: LAB_ID,
          labCode: 'taallab',
          subProjectId: SUB_PROJECT_ID,
          interventionId: INTERVENTION_ID,
          themes: ['P3.A'],
          schoolCount: 2,
          sectors: ['PO', 'VO'],
          fieldExperiment: true,
          result: 'effective',
          pupilResultsEffectSize: 0.18,
          completedOn: '2026-06-30',
        },
      },
    ]);
  });

  it('refuses an effective result without a positive effect on pupil results', () => {
    expect(() => completePilot(experimenting(), { result: 'effective', completedOn: '2026-06-30' })).toThrow(
      expect.objectContaining({ code: 'PILOT.EFFECT_REQUIRED' }),
    );
    expect(() =>
      completePilot(experimenting(), {
        result: 'effective',
        pupilResultsEffectSize: 0,
        completedOn: '2026-06-30',
      }),
    ).toThrow(expect.objectContaining({ code: 'PILOT.EFFECT_REQUIRED' }));
  });

  it('completes after a no-go without a field experiment, and never twice or before it runs', () => {
    const noGo = decideGoNoGo(running(), {
      decision: 'no-go',
      reasonCodes: ['not-feasible-in-schools'],
      decidedOn: '2025-03-01',
    }).state;

    const { events, state } = completePilot(noGo, { result: 'inconclusive', completedOn: '2025-04-01' });

    expect(events[0]?.data).toMatchObject({ fieldExperiment: false, result: 'inconclusive' });
    expect(events[0]?.data).not.toHaveProperty('pupilResultsEffectSize');
    expect(() => completePilot(state, { result: 'inconclusive', completedOn: '2025-05-01' })).toThrow(
      expect.objectContaining({ code: 'PILOT.INVALID_TRANSITION' }),
    );
    expect(() => completePilot(running(), { result: 'inconclusive', completedOn: '2025-05-01' })).toThrow(
      expect.objectContaining({ code: 'PILOT.INVALID_TRANSITION' }),
    );
    expect(() => completePilot(noGo, { result: 'inconclusive', completedOn: '2025-02-01' })).toThrow(
      expect.objectContaining({ code: 'PILOT.DATE_OUT_OF_ORDER' }),
    );
    expect(() => startPilot(undefined, { startedOn: '2025-01-01' })).toThrow(
      expect.objectContaining({ code: 'PILOT.NOT_FOUND' }),
    );
  });
});
