import { deadLetterTopicOf, TOPICS } from './topics';

describe('deadLetterTopicOf', () => {
  it('appends .dlq to the topic name', () => {
    expect(deadLetterTopicOf(TOPICS.enrolment)).toBe('okr.enrolment.v1.dlq');
  });
});
