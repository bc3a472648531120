import { enterLabPhase, joinPartner, leavePartner, scheduleOf, startLab, type LabState } from './lab.entity';

const LAB_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e10';
const INSTITUTE = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e14';

function started(startedOn = '2023-09-01'): LabState {
  return startLab(undefined, { labId: LAB_ID, code: 'taallab', name: 'TaalLab', theme: 'taal', startedOn })
    .state;
}

describe('a lab', () => {
  it('starts in its pilot phase with the design and impact-evaluation phases planned back to back', () => {
    const { state, events } = startLab(undefined, {
      labId: LAB_ID,
      code: 'taallab',
      name: 'TaalLab',
      theme: 'taalachterstanden en leesonderwijs',
      startedOn: '2023-09-01',
    });

    expect(state.currentPhase).toBe('pilot');
    expect(state.phases).toEqual([
      { phase: 'pilot', plannedStartOn: '2023-09-01', plannedEndOn: '2024-09-01', startedOn: '2023-09-01' },
      { phase: 'design', plannedStartOn: '2024-09-01', plannedEndOn: '2026-09-01' },
      { phase: 'impact-evaluation', plannedStartOn: '2026-09-01', plannedEndOn: '2028-09-01' },
    ]);
    expect(events).toEqual([
      { type: 'LabStarted', data: { labId: LAB_ID, labCode: 'taallab', startedOn: '2023-09-01' } },
      {
        type: 'LabPhaseEntered',
        data: { labId: LAB_ID, phase: 'pilot', enteredOn: '2023-09-01', plannedEndOn: '2024-09-01' },
      },
    ]);
  });

  it('refuses to start a lab whose code started already', () => {
    expect(() =>
      startLab(started(), { labId: LAB_ID, code: 'taallab', name: 'x', theme: 'y', startedOn: '2024-01-01' }),
    ).toThrow(expect.objectContaining({ code: 'LAB.ALREADY_STARTED' }));
  });

  it('enters its next phase, ending the one before on that day and keeping the plan', () => {
    const { state, events } = enterLabPhase(started(), { phase: 'design', enteredOn: '2024-11-01' });

    expect(state.currentPhase).toBe('design');
    expect(state.phases[0]).toMatchObject({ phase: 'pilot', endedOn: '2024-11-01' });
    expect(state.phases[1]).toMatchObject({
      phase: 'design',
      plannedStartOn: '2024-09-01',
      startedOn: '2024-11-01',
    });
    expect(events).toEqual([
      {
        type: 'LabPhaseEntered',
        data: { labId: LAB_ID, phase: 'design', enteredOn: '2024-11-01', plannedEndOn: '2026-09-01' },
      },
    ]);
  });

  it('refuses to skip a phase, to enter one again, or to go on after the last', () => {
    const lab = started();
    expect(() => enterLabPhase(lab, { phase: 'impact-evaluation', enteredOn: '2024-09-01' })).toThrow(
      expect.objectContaining({
        code: 'LAB.PHASE_OUT_OF_ORDER',
        details: expect.objectContaining({ expected: 'design' }),
      }),
    );
    expect(() => enterLabPhase(lab, { phase: 'pilot', enteredOn: '2024-09-01' })).toThrow(
      expect.objectContaining({ code: 'LAB.PHASE_OUT_OF_ORDER' }),
    );
    const design = enterLabPhase(lab, { phase: 'design', enteredOn: '2024-09-01' }).state;
    const last = enterLabPhase(design, { phase: 'impact-evaluation', enteredOn: '2026-09-01' }).state;
    expect(() => enterLabPhase(last, { phase: 'design', enteredOn: '2027-01-01' })).toThrow(
      expect.objectContaining({
        code: 'LAB.PHASE_OUT_OF_ORDER',
        details: expect.objectContaining({ expected: null }),
      }),
    );
  });

  it('refuses a phase entered before the current one started, and a lab that does not exist', () => {
    expect(() => enterLabPhase(started(), { phase: 'design', enteredOn: '2023-08-31' })).toThrow(
      expect.objectContaining({ code: 'LAB.DATE_OUT_OF_ORDER' }),
    );
    expect(() => enterLabPhase(undefined, { phase: 'design', enteredOn: '2024-09-01' })).toThrow(
      expect.objectContaining({ code: 'LAB.NOT_FOUND' }),
    );
  });

  describe('its schedule', () => {
    it('is on plan while the current phase runs within its planned days', () => {
      const schedule = scheduleOf(started(), '2024-08-31');

      expect(schedule).toMatchObject({ currentPhase: 'pilot', behindPlan: false, daysBehind: 0 });
      expect(schedule.phases.map((phase) => phase.status)).toEqual(['current', 'upcoming', 'upcoming']);
    });

    it('is behind plan by the days the current phase runs past its planned end', () => {
      const schedule = scheduleOf(started(), '2024-09-11');

      expect(schedule).toMatchObject({ behindPlan: true, daysBehind: 10 });
      expect(schedule.phases[0]).toMatchObject({ status: 'current', overrunDays: 10 });
    });

    it('is behind plan by the days the current phase started late, even before its planned end', () => {
      const late = enterLabPhase(started(), { phase: 'design', enteredOn: '2024-10-01' }).state;

      const schedule = scheduleOf(late, '2024-10-15');

      expect(schedule).toMatchObject({ currentPhase: 'design', behindPlan: true, daysBehind: 30 });
      expect(schedule.phases[0]).toMatchObject({ status: 'done', overrunDays: 30 });
      expect(schedule.phases[1]).toMatchObject({ status: 'current', startedLateByDays: 30, overrunDays: 0 });
    });
  });

  describe('its partners', () => {
    const institute = {
      partnerId: INSTITUTE,
      kind: 'teacher-training-institute' as const,
      name: 'Hogeschool Utrecht',
      joinedOn: '2024-01-15',
    };

    it('publishes a teacher-training institute joining and leaving, by id only', () => {
      const joined = joinPartner(started(), institute);
      const left = leavePartner(joined.state, { partnerId: INSTITUTE, leftOn: '2025-07-31' });

      expect(joined.events).toEqual([
        {
          type: 'TeacherTrainingInstituteJoined',
          data: { labId: LAB_ID, instituteId: INSTITUTE, joinedOn: '2024-01-15' },
        },
      ]);
      expect(left.events).toEqual([
        {
          type: 'TeacherTrainingInstituteLeft',
          data: { labId: LAB_ID, instituteId: INSTITUTE, leftOn: '2025-07-31' },
        },
      ]);
      expect(left.state.partners).toEqual([{ ...institute, leftOn: '2025-07-31' }]);
    });

    it('keeps other partners in the lab without publishing them', () => {
      const { state, events } = joinPartner(started(), {
        partnerId: INSTITUTE,
        kind: 'foundation',
        name: 'Stichting Lezen',
        joinedOn: '2024-01-15',
      });

      expect(events).toEqual([]);
      expect(state.partners).toHaveLength(1);
    });

    it('refuses a partner that takes part already, leaving twice, an unknown partner and leaving before joining', () => {
      const joined = joinPartner(started(), institute).state;
      expect(() => joinPartner(joined, institute)).toThrow(
        expect.objectContaining({ code: 'LAB.PARTNER_ALREADY_JOINED' }),
      );
      expect(() => leavePartner(joined, { partnerId: LAB_ID, leftOn: '2025-01-01' })).toThrow(
        expect.objectContaining({ code: 'LAB.PARTNER_NOT_FOUND' }),
      );
      expect(() => leavePartner(joined, { partnerId: INSTITUTE, leftOn: '2024-01-14' })).toThrow(
        expect.objectContaining({ code: 'LAB.DATE_OUT_OF_ORDER' }),
      );
      const left = leavePartner(joined, { partnerId: INSTITUTE, leftOn: '2025-01-01' }).state;
      expect(() => leavePartner(left, { partnerId: INSTITUTE, leftOn: '2025-02-01' })).toThrow(
        expect.objectContaining({ code: 'LAB.PARTNER_ALREADY_LEFT' }),
      );
    });

    it('lets an institute that left join again', () => {
      const joined = joinPartner(started(), institute).state;
      const left = leavePartner(joined, { partnerId: INSTITUTE, leftOn: '2025-01-01' }).state;

      const again = joinPartner(left, { ...institute, joinedOn: '2025-09-01' });

      expect(again.state.partners).toEqual([{ ...institute, joinedOn: '2025-09-01' }]);
      expect(again.events).toHaveLength(1);
    });
  });
});
