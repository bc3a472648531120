import {
  DiagnosisDeliveredV1,
  InterventionDesignedV1,
  type InterventionResult,
  StudyCompletedV1,
  type StudyKind,
  ThematicReportPublishedV1,
} from '@okr/contracts';
import { earliest } from '../merge';
import { handlerFor, projection } from '../projection';

/** What a lab delivers that a KPI counts. */
export const LAB_DELIVERABLE_KINDS = ['diagnosis', 'intervention', 'study', 'thematic-report'] as const;
export type LabDeliverableKind = (typeof LAB_DELIVERABLE_KINDS)[number];

/** One deliverable of a lab, keyed `${kind}|${id}`: dated by the earliest day it was delivered. */
export interface LabDeliverableFact {
  kind: LabDeliverableKind;
  id: string;
  labId: string;
  deliveredOn: string;
  /** A study's kind and outcome. */
  studyKind?: StudyKind;
  outcome?: InterventionResult;
}

const on = handlerFor<LabDeliverableFact>();

function deliverable(
  kind: LabDeliverableKind,
  id: string,
  labId: string,
  deliveredOn: string,
): LabDeliverableFact {
  return { kind, id, labId, deliveredOn };
}

const keepEarliest = (record: LabDeliverableFact, day: string): void => {
  record.deliveredOn = earliest(record.deliveredOn, day);
};

/** Diagnoses, designed interventions, completed studies and thematic reports of the labs. */
export const labDeliverableProjection = projection('labDeliverables', [
  on(DiagnosisDeliveredV1, {
    key: (data) => `diagnosis|${data.diagnosisId}`,
    initial: ({ data }) => deliverable('diagnosis', data.diagnosisId, data.labId, data.deliveredOn),
    evolve: (record, { data }) => keepEarliest(record, data.deliveredOn),
  }),
  on(InterventionDesignedV1, {
    key: (data) => `intervention|${data.interventionId}`,
    initial: ({ data }) => deliverable('intervention', data.interventionId, data.labId, data.designedOn),
    evolve: (record, { data }) => keepEarliest(record, data.designedOn),
  }),
  on(StudyCompletedV1, {
    key: (data) => `study|${data.studyId}`,
    initial: ({ data }) => deliverable('study', data.studyId, data.labId, data.completedOn),
    evolve: (record, { data }) => {
      keepEarliest(record, data.completedOn);
      record.studyKind = data.kind;
      record.outcome = data.outcome;
    },
  }),
  on(ThematicReportPublishedV1, {
    key: (data) => `thematic-report|${data.reportId}`,
    initial: ({ data }) => deliverable('thematic-report', data.reportId, data.labId, data.publishedOn),
    evolve: (record, { data }) => keepEarliest(record, data.publishedOn),
  }),
]);
