import { NO_EQUAL_ACCESS_FLAGS } from '@okr/contracts/testing';
import type { AspirantState } from './aspirant.entity';
import type { DevelopmentSchoolState } from './development-school.entity';
import { ExpertSchoolsError } from './expert-schools.errors';
import { completeLearningTrack, HUB_SIZE, joinHub, openHub, statusOf, type HubState } from './hub.entity';

const EXPERT: AspirantState = {
  aspirantId: '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e11',
  brin: '12AB',
  sector: 'PO',
  schoolYear: '2023-2024',
  enrolledOn: '2023-08-20',
  equalAccess: NO_EQUAL_ACCESS_FLAGS,
  status: 'certified',
  team: [],
  selection: {
    selectedOn: '2023-09-10',
    schoolType: 'bao',
    region: 'Utrecht',
    approach: { title: 't', summary: 's', themes: [], pillarCodes: ['P3.A'], origin: 'proven-approach' },
  },
  certifiedOn: '2024-06-30',
};

const HUB_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e13';

function developmentSchool(n: number, schoolYear = '2024-2025'): DevelopmentSchoolState {
  return {
    developmentSchoolId: `0190f4c2-7a1b-7c3d-8e4f-${String(n).padStart(12, '0')}`,
    brin: `${String(n).padStart(2, '0')}CD`,
    sector: 'PO',
    schoolYear,
    enrolledOn: '2024-08-20',
    equalAccess: NO_EQUAL_ACCESS_FLAGS,
  };
}

function opened(): HubState {
  return openHub(undefined, {
    hubId: HUB_ID,
    schoolYear: '2024-2025',
    expertSchool: EXPERT,
    openedOn: '2024-09-01',
  }).state;
}

function withMembers(count: number): HubState {
  let hub = opened();
  for (let n = 1; n <= count; n += 1)
    hub = joinHub(hub, { school: developmentSchool(n), joinedOn: '2024-09-10' }).state;
  return hub;
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

describe('a hub', () => {
  it('belongs to a certified expert school only, once per school year', () => {
    const aspirant: AspirantState = { ...EXPERT, status: 'selected' };
    expect(
      codeOf(() =>
        openHub(undefined, {
          hubId: HUB_ID,
          schoolYear: '2024-2025',
          expertSchool: aspirant,
          openedOn: '2024-09-01',
        }),
      ),
    ).toBe('EXPERT_SCHOOL.NOT_FOUND');
    expect(
      codeOf(() =>
        openHub(opened(), {
          hubId: HUB_ID,
          schoolYear: '2024-2025',
          expertSchool: EXPERT,
          openedOn: '2024-09-01',
        }),
      ),
    ).toBe('HUB.ALREADY_EXISTS');
  });

  it('is forming below four development schools and formed from the fourth, which publishes HubFormed', () => {
    const three = withMembers(3);
    expect(statusOf(three)).toBe('forming');
    const { state, events } = joinHub(three, { school: developmentSchool(4), joinedOn: '2024-09-12' });
    expect(statusOf(state)).toBe('formed');
    expect(state.formedOn).toBe('2024-09-12');
    expect(events.map(({ type }) => type)).toEqual(['DevelopmentSchoolJoinedHub', 'HubFormed']);
    expect(events[1]?.data).toMatchObject({
      expertSchoolBrin: '12AB',
      developmentSchoolCount: 4,
      formedOn: '2024-09-12',
    });
  });

  it('takes a fifth and sixth without forming again, and refuses a seventh', () => {
    const five = joinHub(withMembers(4), { school: developmentSchool(5), joinedOn: '2024-09-12' });
    expect(five.events.map(({ type }) => type)).toEqual(['DevelopmentSchoolJoinedHub']);
    const six = withMembers(HUB_SIZE.max);
    expect(six.members).toHaveLength(6);
    expect(codeOf(() => joinHub(six, { school: developmentSchool(7), joinedOn: '2024-09-12' }))).toBe(
      'HUB.FULL',
    );
  });

  it('refuses a school twice, a school of another year, and a join before the hub opened', () => {
    const hub = withMembers(1);
    expect(codeOf(() => joinHub(hub, { school: developmentSchool(1), joinedOn: '2024-09-12' }))).toBe(
      'HUB.ALREADY_MEMBER',
    );
    expect(
      codeOf(() => joinHub(hub, { school: developmentSchool(2, '2025-2026'), joinedOn: '2024-09-12' })),
    ).toBe('HUB.SCHOOL_YEAR_MISMATCH');
    expect(codeOf(() => joinHub(hub, { school: developmentSchool(2), joinedOn: '2024-08-31' }))).toBe(
      'DAY.OUT_OF_ORDER',
    );
  });

  it('trains its members once formed, with the confidence before and after in the event', () => {
    const completion = {
      developmentSchoolId: developmentSchool(1).developmentSchoolId,
      trainedOn: '2025-06-01',
      confidenceBefore: 5,
      confidenceAfter: 7,
    };
    expect(codeOf(() => completeLearningTrack(withMembers(3), completion))).toBe('HUB.FORMING');
    const { state, events } = completeLearningTrack(withMembers(4), completion);
    expect(state.members[0]?.training).toEqual({
      trainedOn: '2025-06-01',
      confidenceBefore: 5,
      confidenceAfter: 7,
    });
    expect(events[0]).toEqual({
      type: 'DevelopmentSchoolTrained',
      data: {
        hubId: HUB_ID,
        developmentSchoolId: completion.developmentSchoolId,
        brin: '01CD',
        sector: 'PO',
        expertSchoolBrin: '12AB',
        schoolYear: '2024-2025',
        pillarCodes: ['P3.A'],
        approachOrigin: 'proven-approach',
        confidenceBefore: 5,
        confidenceAfter: 7,
        trainedOn: '2025-06-01',
      },
    });
    expect(codeOf(() => completeLearningTrack(state, completion))).toBe('HUB.ALREADY_TRAINED');
    expect(
      codeOf(() =>
        completeLearningTrack(state, {
          ...completion,
          developmentSchoolId: developmentSchool(9).developmentSchoolId,
        }),
      ),
    ).toBe('HUB.NOT_A_MEMBER');
  });
});
