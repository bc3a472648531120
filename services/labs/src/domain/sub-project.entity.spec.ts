import type { FiveDPhase } from '@okr/contracts';
import {
  concludeSubProject,
  fiveDViewOf,
  moveSubProject,
  startSubProject,
  type DeliverableInput,
  type SubProjectState,
} from './sub-project.entity';

const LAB_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e10';
const SUB_PROJECT_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e11';
const INTERVENTION_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e12';
const DIAGNOSIS_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e15';
const STUDY_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e16';

function startedIn(phase: FiveDPhase, startedOn = '2024-01-08'): SubProjectState {
  return startSubProject(undefined, {
    subProjectId: SUB_PROJECT_ID,
    labId: LAB_ID,
    labCode: 'taallab',
    labStartedOn: '2023-09-01',
    title: 'Zomerschool',
    phase,
    themes: ['P6.D'],
    startedOn,
  }).state;
}

const DELIVERABLES: Record<FiveDPhase, DeliverableInput> = {
  detect: { signal: { summary: 'Leesvaardigheid daalt na de zomer' } },
  diagnose: {
    diagnosis: { diagnosisId: DIAGNOSIS_ID, summary: 'Zomerdip bij taalzwakke leerlingen', themes: ['P6.D'] },
  },
  design: {
    intervention: {
      interventionId: INTERVENTION_ID,
      title: 'Zomerschool lezen',
      summary: 'Drie weken leesprogramma',
      sectors: ['PO'],
      themes: ['P6.D', 'P3.A'],
    },
  },
  determine: {
    study: { studyId: STUDY_ID, studyKind: 'effect', outcome: 'effective', summary: 'RCT, 24 scholen' },
  },
  decide: { decision: { decision: 'adjust', summary: 'Aanpassen voor VO' } },
};

function move(subProject: SubProjectState, to: FiveDPhase, on: string): ReturnType<typeof moveSubProject> {
  return moveSubProject(subProject, { to, on, deliverable: DELIVERABLES[subProject.phase] });
}

describe('a sub-project through the 5D model', () => {
  it.each<FiveDPhase>(['detect', 'diagnose', 'design', 'determine', 'decide'])(
    'may start in the %s phase',
    (phase) => {
      const { state, events } = startSubProject(undefined, {
        subProjectId: SUB_PROJECT_ID,
        labId: LAB_ID,
        labCode: 'taallab',
        labStartedOn: '2023-09-01',
        title: 'Pre-teaching',
        phase,
        themes: [],
        startedOn: '2024-01-08',
      });

      expect(state).toMatchObject({ phase, status: 'active', visits: [{ phase, enteredOn: '2024-01-08' }] });
      expect(events).toEqual([
        {
          type: 'SubProjectStarted',
          data: { subProjectId: SUB_PROJECT_ID, labId: LAB_ID, phase, themes: [], startedOn: '2024-01-08' },
        },
      ]);
    },
  );

  it('refuses to start twice, or before its lab started', () => {
    expect(() =>
      startSubProject(startedIn('detect'), {
        subProjectId: SUB_PROJECT_ID,
        labId: LAB_ID,
        labCode: 'taallab',
        labStartedOn: '2023-09-01',
        title: 'x',
        phase: 'detect',
        themes: [],
        startedOn: '2024-01-08',
      }),
    ).toThrow(expect.objectContaining({ code: 'SUB_PROJECT.ALREADY_STARTED' }));
    expect(() => startedIn('detect', '2023-08-31')).toThrow(
      expect.objectContaining({ code: 'SUB_PROJECT.DATE_OUT_OF_ORDER' }),
    );
  });

  it('moves through all five phases, each transition with its day and the deliverable of the phase it leaves', () => {
    let subProject = startedIn('detect');
    const published: string[] = [];
    for (const [to, on] of [
      ['diagnose', '2024-03-01'],
      ['design', '2024-06-01'],
      ['determine', '2024-11-01'],
      ['decide', '2025-10-01'],
    ] as const) {
      const { state, events } = move(subProject, to, on);
      published.push(...events.map((event) => event.type));
      subProject = state;
    }

    expect(subProject.phase).toBe('decide');
    expect(subProject.visits.map(({ phase, enteredOn, leftOn }) => [phase, enteredOn, leftOn])).toEqual([
      ['detect', '2024-01-08', '2024-03-01'],
      ['diagnose', '2024-03-01', '2024-06-01'],
      ['design', '2024-06-01', '2024-11-01'],
      ['determine', '2024-11-01', '2025-10-01'],
      ['decide', '2025-10-01', undefined],
    ]);
    expect(subProject.deliverables.map(({ kind, phase, deliveredOn }) => [kind, phase, deliveredOn])).toEqual(
      [
        ['signal', 'detect', '2024-03-01'],
        ['diagnosis', 'diagnose', '2024-06-01'],
        ['intervention', 'design', '2024-11-01'],
        ['study', 'determine', '2025-10-01'],
      ],
    );
    expect(published).toEqual([
      'SubProjectPhaseEntered',
      'DiagnosisDelivered',
      'SubProjectPhaseEntered',
      'InterventionDesigned',
      'SubProjectPhaseEntered',
      'StudyCompleted',
      'SubProjectPhaseEntered',
    ]);
  });

  it('publishes the designed intervention with the ids, lab code, sectors and themes its readers need', () => {
    const { events } = move(startedIn('design'), 'determine', '2024-11-01');

    expect(events[0]).toEqual({
      type: 'InterventionDesigned',
      data: {
        interventionId: INTERVENTION_ID,
        subProjectId: SUB_PROJECT_ID,
        labId: LAB_ID,
        labCode: 'taallab',
        sectors: ['PO'],
        themes: ['P6.D', 'P3.A'],
        designedOn: '2024-11-01',
      },
    });
  });

  it('studies the latest intervention it designed unless the study names one', () => {
    const designed = move(startedIn('design'), 'determine', '2024-11-01').state;

    const { events } = move(designed, 'decide', '2025-10-01');

    expect(events[0]).toMatchObject({
      type: 'StudyCompleted',
      data: { studyId: STUDY_ID, interventionId: INTERVENTION_ID, kind: 'effect', outcome: 'effective' },
    });
  });

  it('refuses a study of no intervention when it entered at Determine and names none', () => {
    expect(() => move(startedIn('determine'), 'decide', '2025-10-01')).toThrow(
      expect.objectContaining({ code: 'SUB_PROJECT.NO_INTERVENTION' }),
    );
  });

  it.each<[FiveDPhase, FiveDPhase]>([
    ['decide', 'design'],
    ['decide', 'diagnose'],
    ['decide', 'detect'],
    ['decide', 'determine'],
  ])('repeats: from %s back to %s with the decision to adjust', (from, to) => {
    const { state, events } = move(startedIn(from), to, '2025-11-01');

    expect(state.phase).toBe(to);
    expect(events.map((event) => event.type)).toEqual(['SubProjectDecided', 'SubProjectPhaseEntered']);
    expect(events[0]?.data).toMatchObject({ decision: 'adjust', decidedOn: '2025-11-01' });
  });

  it('goes round again: Decide → Design → Determine → Decide, each visit kept', () => {
    let subProject = move(startedIn('decide'), 'design', '2025-11-01').state;
    subProject = move(subProject, 'determine', '2026-02-01').state;
    subProject = move(subProject, 'decide', '2026-09-01').state;

    expect(subProject.visits.map((visit) => visit.phase)).toEqual([
      'decide',
      'design',
      'determine',
      'decide',
    ]);
  });

  it.each<[FiveDPhase, FiveDPhase]>([
    ['detect', 'design'],
    ['detect', 'decide'],
    ['diagnose', 'detect'],
    ['design', 'diagnose'],
    ['determine', 'design'],
    ['design', 'design'],
  ])('refuses the impossible transition %s → %s', (from, to) => {
    expect(() => move(startedIn(from), to, '2025-01-01')).toThrow(
      expect.objectContaining({
        code: 'SUB_PROJECT.IMPOSSIBLE_TRANSITION',
        details: expect.objectContaining({ from, to }),
      }),
    );
  });

  it('refuses a transition without the deliverable of its phase, or with another one', () => {
    expect(() =>
      moveSubProject(startedIn('diagnose'), { to: 'design', on: '2024-06-01', deliverable: {} }),
    ).toThrow(
      expect.objectContaining({
        code: 'SUB_PROJECT.DELIVERABLE_REQUIRED',
        details: { phase: 'diagnose', expected: 'diagnosis' },
      }),
    );
    expect(() =>
      moveSubProject(startedIn('diagnose'), {
        to: 'design',
        on: '2024-06-01',
        deliverable: DELIVERABLES.detect,
      }),
    ).toThrow(expect.objectContaining({ code: 'SUB_PROJECT.WRONG_DELIVERABLE' }));
  });

  it('refuses going back from Decide with a decision to scale up or stop, and a day before the phase began', () => {
    expect(() =>
      moveSubProject(startedIn('decide'), {
        to: 'design',
        on: '2025-01-01',
        deliverable: { decision: { decision: 'scale-up', summary: 'Opschalen' } },
      }),
    ).toThrow(expect.objectContaining({ code: 'SUB_PROJECT.WRONG_DELIVERABLE' }));
    expect(() => move(startedIn('detect'), 'diagnose', '2024-01-07')).toThrow(
      expect.objectContaining({ code: 'SUB_PROJECT.DATE_OUT_OF_ORDER' }),
    );
  });

  it('concludes from Decide with scale-up or stop, and then moves no more', () => {
    const { state, events } = concludeSubProject(startedIn('decide'), {
      decision: 'scale-up',
      summary: 'Landelijk aanbieden',
      on: '2026-01-15',
    });

    expect(state).toMatchObject({
      status: 'concluded',
      conclusion: { decision: 'scale-up', concludedOn: '2026-01-15' },
    });
    expect(events).toEqual([
      {
        type: 'SubProjectDecided',
        data: { subProjectId: SUB_PROJECT_ID, labId: LAB_ID, decision: 'scale-up', decidedOn: '2026-01-15' },
      },
    ]);
    expect(() => move(state, 'design', '2026-02-01')).toThrow(
      expect.objectContaining({ code: 'SUB_PROJECT.CONCLUDED' }),
    );
  });

  it('concludes only from Decide', () => {
    expect(() =>
      concludeSubProject(startedIn('design'), { decision: 'stop', summary: 'Stop', on: '2025-01-01' }),
    ).toThrow(expect.objectContaining({ code: 'SUB_PROJECT.NOT_IN_DECIDE' }));
    expect(() =>
      concludeSubProject(undefined, { decision: 'stop', summary: 'Stop', on: '2025-01-01' }),
    ).toThrow(expect.objectContaining({ code: 'SUB_PROJECT.NOT_FOUND' }));
  });

  it("sorts a lab's sub-projects into its 5D view with the days each has been in its phase", () => {
    const designing = { ...startedIn('design', '2024-05-01'), subProjectId: 'a', title: 'Pre-teaching' };
    const longer = { ...startedIn('design', '2024-03-01'), subProjectId: 'b', title: 'Zomerschool' };
    const detecting = { ...startedIn('detect', '2024-06-01'), subProjectId: 'c', title: 'Pageturner' };
    const concluded = {
      ...concludeSubProject(startedIn('decide'), { decision: 'stop', summary: 'Stop', on: '2024-06-10' })
        .state,
      subProjectId: 'd',
    };

    const view = fiveDViewOf([designing, longer, detecting, concluded], '2024-06-11');

    expect(
      view.phases.map((phase) => [
        phase.phase,
        phase.subProjects.map((s) => [s.subProjectId, s.daysInPhase]),
      ]),
    ).toEqual([
      ['detect', [['c', 10]]],
      ['diagnose', []],
      [
        'design',
        [
          ['b', 102],
          ['a', 41],
        ],
      ],
      ['determine', []],
      ['decide', []],
    ]);
    expect(view.concluded).toEqual([
      { subProjectId: 'd', title: 'Zomerschool', decision: 'stop', concludedOn: '2024-06-10' },
    ]);
  });
});
