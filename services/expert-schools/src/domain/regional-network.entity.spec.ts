import { ExpertSchoolsError } from './expert-schools.errors';
import { formRegionalNetwork } from './regional-network.entity';

function codeOf(act: () => unknown): string | undefined {
  try {
    act();
  } catch (error) {
    if (error instanceof ExpertSchoolsError) return error.code;
    throw error;
  }
  return undefined;
}

describe('a regional network', () => {
  const network = {
    networkId: '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e15',
    region: 'Utrecht' as const,
    title: 'Netwerk Utrecht',
    formedOn: '2024-10-01',
    expertTeacherCount: 8,
    expertSchoolLeaderCount: 2,
    expertSchoolBrins: ['12AB', '12AB'],
  };

  it('is formed once per region with its member counts, and needs members', () => {
    const { state, events } = formRegionalNetwork(undefined, network);
    expect(state.expertSchoolBrins).toEqual(['12AB']);
    expect(events[0]?.data).toMatchObject({ expertTeacherCount: 8, expertSchoolLeaderCount: 2 });
    expect(codeOf(() => formRegionalNetwork(state, network))).toBe('NETWORK.ALREADY_FORMED');
    expect(
      codeOf(() =>
        formRegionalNetwork(undefined, { ...network, expertTeacherCount: 0, expertSchoolLeaderCount: 0 }),
      ),
    ).toBe('NETWORK.NO_MEMBERS');
  });
});
