import { NO_EQUAL_ACCESS_FLAGS } from '@okr/contracts/testing';
import type { AspirantState } from './aspirant.entity';
import { cohortSpread } from './cohort.rules';

function aspirant(overrides: Partial<AspirantState>): AspirantState {
  return {
    aspirantId: 'a',
    brin: '12AB',
    sector: 'PO',
    schoolYear: '2024-2025',
    enrolledOn: '2024-08-20',
    equalAccess: NO_EQUAL_ACCESS_FLAGS,
    status: 'enrolled',
    team: [],
    ...overrides,
  };
}

describe('the spread of a cohort', () => {
  it('counts each aspirant once per property, an approach in each of its pillars, and leaves withdrawn ones out', () => {
    const spread = cohortSpread(
      [
        aspirant({
          brin: '01AA',
          sector: 'VO',
          status: 'selected',
          equalAccess: { ...NO_EQUAL_ACCESS_FLAGS, weakPerforming: true },
          selection: {
            selectedOn: '2024-09-01',
            schoolType: 'vmbo',
            region: 'Limburg',
            approach: {
              title: 't',
              summary: 's',
              themes: [],
              pillarCodes: ['P3.A', 'P3.B', 'P7'],
              origin: 'lab-intervention',
              labInterventionId: 'x',
            },
          },
        }),
        aspirant({ brin: '02AA' }),
        aspirant({ brin: '03AA', status: 'withdrawn' }),
      ],
      (brin) =>
        brin === '02AA'
          ? { region: 'Drenthe', boardNumber: '41234', schoolWeight: 34.5 }
          : brin === '01AA'
            ? { boardNumber: '41234', schoolWeight: 28 }
            : undefined,
    );
    expect(spread).toEqual({
      aspirants: 2,
      byStatus: { selected: 1, enrolled: 1 },
      bySector: { VO: 1, PO: 1 },
      bySchoolType: { vmbo: 1, unknown: 1 },
      byRegion: { Limburg: 1, Drenthe: 1 },
      byPillar: { P3: 1, P7: 1, unknown: 1 },
      byApproachOrigin: { 'lab-intervention': 1, unknown: 1 },
      byEqualAccess: { weakPerforming: 1, specialTargetGroups: 0, specialisedEducation: 0, smallRegional: 0 },
      byBoard: { '41234': 2 },
      highestSchoolWeight: 34.5,
    });
  });
});
