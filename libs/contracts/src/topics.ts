/**
 * One topic per producing context. The `.v1` in a name is the topic's own version: it changes only if the
 * topic has to be re-created (for example with a different key), never for a new event version.
 */
export const TOPICS = {
  enrolment: 'okr.enrolment.v1',
  knowledge: 'okr.knowledge.v1',
  labs: 'okr.labs.v1',
  expertSchools: 'okr.expert-schools.v1',
} as const;

export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

/** The dead-letter topic of `topic`: where consumers park the messages of that topic they cannot process. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}
