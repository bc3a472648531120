import { catalogue } from '../catalogue';
import type { EventContract } from '../event-contract';
import { exampleOf } from '../testing';
import { validateEventData } from '../validation';
import {
  CongressHeldV1,
  InterventionAssessedV1,
  KNOWLEDGE_CONTRACTS,
  KNOWLEDGE_EVENTS,
  KnowledgeProductPublishedV1,
  KnowledgeProductRatedV1,
  KennisrotondeQuestionReceivedV1,
  madeWithPractitioners,
  ROLE_GROUP_OF_RESPONDENT,
} from '.';
import { TOPICS } from '../topics';

function problemsOf(result: ReturnType<typeof validateEventData>): string[] {
  return result.ok ? [] : result.problems.map((problem) => problem.field);
}

describe('the knowledge events', () => {
  it('are all in the catalogue, v1, on the knowledge topic, each the latest of its type', () => {
    for (const contract of KNOWLEDGE_CONTRACTS) {
      expect(catalogue.find(contract.type, contract.version)).toBe(contract);
      expect(catalogue.latest(contract.type)).toBe(contract);
      expect(contract.version).toBe(1);
      expect(contract.topic).toBe(TOPICS.knowledge);
    }
    expect(Object.keys(KNOWLEDGE_EVENTS)).toHaveLength(10);
  });

  it('accept their examples', () => {
    const contracts: readonly EventContract[] = KNOWLEDGE_CONTRACTS;
    for (const contract of contracts) {
      expect(problemsOf(validateEventData(contract, exampleOf(contract)))).toEqual([]);
    }
  });

  it('refuse a publication without its co-creation counts, its day or with an unknown pillar code', () => {
    const { coCreation: _left, ...withoutCounts } = exampleOf(KnowledgeProductPublishedV1);

    expect(problemsOf(validateEventData(KnowledgeProductPublishedV1, withoutCounts))).toContain('coCreation');
    expect(
      problemsOf(
        validateEventData(KnowledgeProductPublishedV1, {
          ...exampleOf(KnowledgeProductPublishedV1),
          publishedOn: '12-03-2025',
          pillarCodes: ['P9.Z'],
        }),
      ),
    ).toEqual(expect.arrayContaining(['publishedOn', 'pillarCodes']));
  });

  it('refuse an assessment that expires before it was made, and a rating outside 1 to 10', () => {
    const assessment = exampleOf(InterventionAssessedV1, {
      assessedOn: '2025-04-01',
      validUntil: '2025-03-01',
    });
    const rating = exampleOf(KnowledgeProductRatedV1, { score: 11 });

    expect(problemsOf(validateEventData(InterventionAssessedV1, assessment))).toEqual(['validUntil']);
    expect(problemsOf(validateEventData(KnowledgeProductRatedV1, rating))).toEqual(['score']);
  });

  it('refuse theme codes that are free text', () => {
    const gathering = exampleOf(CongressHeldV1, { themes: ['Woordenschat en lezen'] });

    expect(problemsOf(validateEventData(CongressHeldV1, gathering))).toEqual(['themes']);
  });

  it('let a Kennisrotonde question come in without a school', () => {
    const { brin: _left, ...anonymousAsker } = exampleOf(KennisrotondeQuestionReceivedV1);

    expect(problemsOf(validateEventData(KennisrotondeQuestionReceivedV1, anonymousAsker))).toEqual([]);
  });

  it('put teachers and school leaders in one rating group and every other role in the other', () => {
    expect(ROLE_GROUP_OF_RESPONDENT).toEqual({
      teacher: 'teachers-and-school-leaders',
      'school-leader': 'teachers-and-school-leaders',
      'teacher-educator': 'other-professionals',
      'other-education-professional': 'other-professionals',
      'board-member': 'other-professionals',
    });
  });

  it('count a product as made with practitioners when a teacher or a school leader took part', () => {
    const none = { teachers: 0, schoolLeaders: 0, teacherEducators: 3, researchers: 2 };

    expect(madeWithPractitioners(none)).toBe(false);
    expect(madeWithPractitioners({ ...none, schoolLeaders: 1 })).toBe(true);
    expect(madeWithPractitioners({ ...none, teachers: 1 })).toBe(true);
  });
});
