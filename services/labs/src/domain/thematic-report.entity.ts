import { type CalendarDay, type PillarCode } from '@okr/contracts';
import { assertNotBefore, LabsError } from './labs.errors';
import { domainEvent, type Decision, type DomainEvent } from './labs-event.value-object';

export interface ThematicReportState {
  readonly reportId: string;
  readonly labId: string;
  readonly title: string;
  readonly publishedOn: CalendarDay;
  readonly diagnosisIds: readonly string[];
  readonly interventionIds: readonly string[];
  readonly themes: readonly PillarCode[];
}

/**
 * A lab publishes a thematic report about its own diagnoses and studied interventions: each one named must be
 * a deliverable of one of the lab's sub-projects.
 */
export function publishThematicReport(
  current: ThematicReportState | undefined,
  input: ThematicReportState & {
    readonly labStartedOn: CalendarDay;
    readonly knownDiagnosisIds: ReadonlySet<string>;
    readonly knownInterventionIds: ReadonlySet<string>;
  },
): Decision<ThematicReportState, DomainEvent<'ThematicReportPublished'>> {
  if (current) {
    throw new LabsError('REPORT.ALREADY_PUBLISHED', 'The report was published already', {
      reportId: current.reportId,
    });
  }
  const unknown = [
    ...input.diagnosisIds.filter((id) => !input.knownDiagnosisIds.has(id)),
    ...input.interventionIds.filter((id) => !input.knownInterventionIds.has(id)),
  ];
  if (unknown.length > 0) {
    throw new LabsError(
      'REPORT.UNKNOWN_DELIVERABLE',
      "A thematic report is about the lab's own diagnoses and interventions",
      { unknown },
    );
  }
  assertNotBefore('LAB.DATE_OUT_OF_ORDER', input.publishedOn, input.labStartedOn, 'The report');
  const state: ThematicReportState = {
    reportId: input.reportId,
    labId: input.labId,
    title: input.title,
    publishedOn: input.publishedOn,
    diagnosisIds: [...new Set(input.diagnosisIds)],
    interventionIds: [...new Set(input.interventionIds)],
    themes: [...new Set(input.themes)],
  };
  return {
    state,
    events: [
      domainEvent('ThematicReportPublished', {
        reportId: state.reportId,
        labId: state.labId,
        diagnosisIds: [...state.diagnosisIds],
        interventionIds: [...state.interventionIds],
        themes: [...state.themes],
        publishedOn: state.publishedOn,
      }),
    ],
  };
}
