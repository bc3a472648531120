import type { CalendarDay } from '@okr/contracts';
import { NO_EQUAL_ACCESS_FLAGS } from '@okr/contracts/testing';
import {
  assessAspirant,
  certifyAspirant,
  dropOutAspirant,
  enrolAspirant,
  selectAspirant,
  setExpertTeam,
  withdrawAspirant,
  type Approach,
  type AspirantState,
} from './aspirant.entity';
import { ExpertSchoolsError } from './expert-schools.errors';
import { SELECTION_CRITERIA, type Judgement } from './selection-criteria.value-object';

const ENROLMENT = {
  aspirantId: '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e11',
  brin: '12AB',
  sector: 'PO' as const,
  schoolYear: '2023-2024',
  enrolledOn: '2023-08-20',
  equalAccess: NO_EQUAL_ACCESS_FLAGS,
};

const APPROACH: Approach = {
  title: 'Een leven lang lezen',
  summary: 'Leesmotivatie',
  themes: ['leesmotivatie'],
  pillarCodes: ['P3.A'],
  origin: 'proven-approach',
};

function criteria(judgement: Judgement = 'meets') {
  return SELECTION_CRITERIA.map((criterion) => ({ criterion, judgement, evidence: ' bewijs ' }));
}

function enrolledAspirant(): AspirantState {
  const decision = enrolAspirant(undefined, ENROLMENT);
  if (!decision) throw new Error('not enrolled');
  return decision.state;
}

function assessed(judgement: Judgement = 'meets'): AspirantState {
  return assessAspirant(enrolledAspirant(), { assessedOn: '2023-09-01', criteria: criteria(judgement) })
    .state;
}

function selected(approach: Approach = APPROACH): AspirantState {
  return selectAspirant(assessed(), {
    selectedOn: '2023-09-10',
    schoolType: 'bao',
    region: 'Utrecht',
    approach,
  }).state;
}

function withTeam(state: AspirantState): AspirantState {
  return setExpertTeam(state, [
    { name: 'A. Leraar', role: 'teacher' },
    { name: 'B. Directeur', role: 'school-leader' },
  ]).state;
}

function codeOf(act: () => unknown): string | undefined {
  try {
    act();
  } catch (error) {
    if (error instanceof ExpertSchoolsError) return error.code;
    throw error;
  }
  return undefined;
}

describe('an aspirant expert school', () => {
  it('appears from the help desk enrolled, without an event, and a redelivery changes nothing', () => {
    const first = enrolAspirant(undefined, ENROLMENT);
    expect(first?.events).toEqual([]);
    expect(first?.state).toMatchObject({ status: 'enrolled', team: [] });
    expect(enrolAspirant(first?.state, ENROLMENT)).toBeUndefined();
  });

  it('is assessed on every criterion of 001 §3.5 exactly once', () => {
    expect(
      codeOf(() =>
        assessAspirant(enrolledAspirant(), { assessedOn: '2023-09-01', criteria: criteria().slice(1) }),
      ),
    ).toBe('ASPIRANT.ASSESSMENT_INCOMPLETE');
    const twice = [...criteria(), criteria()[0]!];
    expect(
      codeOf(() => assessAspirant(enrolledAspirant(), { assessedOn: '2023-09-01', criteria: twice })),
    ).toBe('ASPIRANT.ASSESSMENT_INCOMPLETE');
    const { state } = assessAspirant(enrolledAspirant(), { assessedOn: '2023-09-01', criteria: criteria() });
    expect(state.assessment?.criteria.map(({ criterion }) => criterion)).toEqual(SELECTION_CRITERIA);
    expect(state.assessment?.criteria[0]?.evidence).toBe('bewijs');
  });

  it('is selected only when every criterion is met, and then publishes its approach as codes', () => {
    expect(
      codeOf(() =>
        selectAspirant(enrolledAspirant(), {
          selectedOn: '2023-09-10',
          schoolType: 'bao',
          approach: APPROACH,
        }),
      ),
    ).toBe('ASPIRANT.NOT_ASSESSED');
    expect(
      codeOf(() =>
        selectAspirant(assessed('partly-meets'), {
          selectedOn: '2023-09-10',
          schoolType: 'bao',
          approach: APPROACH,
        }),
      ),
    ).toBe('ASPIRANT.CRITERIA_NOT_MET');
    const { state, events } = selectAspirant(assessed(), {
      selectedOn: '2023-09-10',
      schoolType: 'bao',
      region: 'Utrecht',
      approach: APPROACH,
    });
    expect(state.status).toBe('selected');
    expect(events).toEqual([
      {
        type: 'AspirantExpertSchoolSelected',
        data: {
          aspirantId: ENROLMENT.aspirantId,
          brin: '12AB',
          sector: 'PO',
          region: 'Utrecht',
          schoolType: 'bao',
          schoolYear: '2023-2024',
          pillarCodes: ['P3.A'],
          approachOrigin: 'proven-approach',
          selectedOn: '2023-09-10',
        },
      },
    ]);
  });

  it('names the lab intervention exactly when its approach comes from a lab', () => {
    const fromLab = { ...APPROACH, origin: 'lab-intervention' as const };
    expect(
      codeOf(() =>
        selectAspirant(assessed(), { selectedOn: '2023-09-10', schoolType: 'bao', approach: fromLab }),
      ),
    ).toBe('ASPIRANT.LAB_INTERVENTION_MISMATCH');
    const stray = { ...APPROACH, labInterventionId: '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e17' };
    expect(
      codeOf(() =>
        selectAspirant(assessed(), { selectedOn: '2023-09-10', schoolType: 'bao', approach: stray }),
      ),
    ).toBe('ASPIRANT.LAB_INTERVENTION_MISMATCH');
    const { events } = certifyAspirant(
      withTeam(selected({ ...fromLab, labInterventionId: stray.labInterventionId })),
      {
        certifiedOn: '2024-06-30',
      },
    );
    expect(events[0]?.data).toMatchObject({
      approachOrigin: 'lab-intervention',
      labInterventionId: stray.labInterventionId,
    });
  });

  it('is certified only with a teacher carrying the approach and the school leader in its team', () => {
    const onlyTeacher = setExpertTeam(selected(), [{ name: 'A. Leraar', role: 'teacher' }]).state;
    expect(codeOf(() => certifyAspirant(onlyTeacher, { certifiedOn: '2024-06-30' }))).toBe(
      'ASPIRANT.TEAM_INCOMPLETE',
    );
    const { state, events } = certifyAspirant(withTeam(selected()), { certifiedOn: '2024-06-30' });
    expect(state).toMatchObject({ status: 'certified', certifiedOn: '2024-06-30' });
    expect(events.map(({ type }) => type)).toEqual(['ExpertSchoolCertified']);
    expect(JSON.stringify(events)).not.toContain('Leraar');
  });

  it('is never certified from enrolment alone, nor twice', () => {
    expect(codeOf(() => certifyAspirant(withTeam(enrolledAspirant()), { certifiedOn: '2024-06-30' }))).toBe(
      'ASPIRANT.INVALID_TRANSITION',
    );
    const certified = certifyAspirant(withTeam(selected()), { certifiedOn: '2024-06-30' }).state;
    expect(codeOf(() => certifyAspirant(certified, { certifiedOn: '2024-07-01' }))).toBe(
      'ASPIRANT.INVALID_TRANSITION',
    );
  });

  it('drops out of the training year with a reason, keeping notes out of the event', () => {
    const { state, events } = dropOutAspirant(selected(), {
      droppedOutOn: '2024-03-01',
      reasonCode: 'approach-not-transferable',
      notes: ' niet overdraagbaar ',
    });
    expect(state.dropOut).toEqual({
      reasonCode: 'approach-not-transferable',
      droppedOutOn: '2024-03-01',
      notes: 'niet overdraagbaar',
    });
    expect(events[0]?.data).toEqual({
      aspirantId: ENROLMENT.aspirantId,
      brin: '12AB',
      sector: 'PO',
      schoolYear: '2023-2024',
      reasonCode: 'approach-not-transferable',
      droppedOutOn: '2024-03-01',
    });
    expect(codeOf(() => certifyAspirant(withTeam(state), { certifiedOn: '2024-06-30' }))).toBe(
      'ASPIRANT.INVALID_TRANSITION',
    );
  });

  it('refuses days before the step they follow', () => {
    const day = (certifiedOn: CalendarDay) => () => certifyAspirant(withTeam(selected()), { certifiedOn });
    expect(codeOf(day('2023-09-09'))).toBe('DAY.OUT_OF_ORDER');
    expect(
      codeOf(() => assessAspirant(enrolledAspirant(), { assessedOn: '2023-08-01', criteria: criteria() })),
    ).toBe('DAY.OUT_OF_ORDER');
  });

  it('withdraws at the help desk before its outcome, and keeps a certification it already has', () => {
    expect(withdrawAspirant(selected(), '2023-12-01')?.state).toMatchObject({
      status: 'withdrawn',
      withdrawnOn: '2023-12-01',
    });
    const certified = certifyAspirant(withTeam(selected()), { certifiedOn: '2024-06-30' }).state;
    expect(withdrawAspirant(certified, '2024-09-01')).toBeUndefined();
    const withdrawn = withdrawAspirant(selected(), '2023-12-01')?.state;
    expect(withdrawAspirant(withdrawn, '2023-12-02')).toBeUndefined();
  });
});
