import {
  CourseGivenV1,
  DevelopmentSchoolTrainedV1,
  EXPERT_SCHOOLS_CONTRACTS,
  ExpertSchoolCertifiedV1,
  AspirantExpertSchoolSelectedV1,
  TOPICS,
  validateEventData,
  type EventContract,
} from '../src';
import { exampleOf } from '../src/testing';

/** The failing fields of `data` against `contract`; empty when it is valid. */
function failingFields<T extends object>(contract: EventContract<T>, data: object): string[] {
  const result = validateEventData(contract, data);
  return result.ok ? [] : result.problems.map((problem) => problem.field);
}

describe('expert-schools contracts', () => {
  it('publishes every expert-schools event as version 1 on the expert-schools topic', () => {
    expect(EXPERT_SCHOOLS_CONTRACTS.map(({ topic, version }) => ({ topic, version }))).toEqual(
      EXPERT_SCHOOLS_CONTRACTS.map(() => ({ topic: TOPICS.expertSchools, version: 1 })),
    );
  });

  it('requires the lab intervention of a certification whose approach comes from a lab', () => {
    const fromLab = exampleOf(ExpertSchoolCertifiedV1, { approachOrigin: 'lab-intervention' });
    expect(failingFields(ExpertSchoolCertifiedV1, fromLab)).toEqual([]);
    const { labInterventionId: _left, ...withoutIntervention } = fromLab;
    expect(failingFields(ExpertSchoolCertifiedV1, withoutIntervention)).toEqual(['labInterventionId']);
  });

  it('refuses an approach without pillar codes, or with a code that is not one of the seven pillars', () => {
    expect(
      failingFields(
        AspirantExpertSchoolSelectedV1,
        exampleOf(AspirantExpertSchoolSelectedV1, { pillarCodes: [] }),
      ),
    ).toEqual(['pillarCodes']);
    expect(
      failingFields(AspirantExpertSchoolSelectedV1, {
        ...exampleOf(AspirantExpertSchoolSelectedV1),
        pillarCodes: ['P8'],
      }),
    ).toEqual(['pillarCodes']);
  });

  it('refuses a region that is not a province', () => {
    expect(
      failingFields(AspirantExpertSchoolSelectedV1, {
        ...exampleOf(AspirantExpertSchoolSelectedV1),
        region: 'Randstad',
      }),
    ).toEqual(['region']);
  });

  it('keeps professional confidence on the scale of 1 to 10', () => {
    const data = { ...exampleOf(DevelopmentSchoolTrainedV1), confidenceBefore: 0, confidenceAfter: 11 };
    expect(failingFields(DevelopmentSchoolTrainedV1, data).sort()).toEqual([
      'confidenceAfter',
      'confidenceBefore',
    ]);
  });

  it('accepts only BRINs as the participants of a course', () => {
    const data = { ...exampleOf(CourseGivenV1), participantBrins: ['12AB', 'De Regenboog'] };
    expect(failingFields(CourseGivenV1, data)).toEqual(['participantBrins']);
  });
});
