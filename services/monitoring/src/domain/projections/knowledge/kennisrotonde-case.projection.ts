import { KennisrotondeQuestionAnsweredV1, KennisrotondeQuestionReceivedV1 } from '@okr/contracts';
import { earliest, smallest } from '../merge';
import { handlerFor, projection } from '../projection';

/** A Kennisrotonde question: when it came in, whether it had priority, when it was answered. */
export interface KennisrotondeCaseFact {
  caseId: string;
  brin?: string;
  receivedOn?: string;
  /** An extra question from a school in the programme; both events carry it, and it never changes. */
  priority: boolean;
  /** The earliest answeredOn. */
  answeredOn?: string;
}

const on = handlerFor<KennisrotondeCaseFact>();

/** Kennisrotonde cases by id, from their received and answered events in either order. */
export const kennisrotondeCaseProjection = projection('kennisrotondeCases', [
  on(KennisrotondeQuestionReceivedV1, {
    key: (data) => data.caseId,
    initial: ({ data }) => ({ caseId: data.caseId, priority: data.priority }),
    evolve: (question, { data }) => {
      question.receivedOn = earliest(question.receivedOn, data.receivedOn);
      question.priority = question.priority || data.priority;
      if (data.brin !== undefined) question.brin = smallest(question.brin, data.brin);
    },
  }),
  on(KennisrotondeQuestionAnsweredV1, {
    key: (data) => data.caseId,
    initial: ({ data }) => ({ caseId: data.caseId, priority: data.priority }),
    evolve: (question, { data }) => {
      question.answeredOn = earliest(question.answeredOn, data.answeredOn);
      question.receivedOn = earliest(question.receivedOn, data.receivedOn);
      question.priority = question.priority || data.priority;
      if (data.brin !== undefined) question.brin = smallest(question.brin, data.brin);
    },
  }),
]);
