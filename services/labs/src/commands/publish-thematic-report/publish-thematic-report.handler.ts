import { Injectable } from '@nestjs/common';
import type { PillarCode } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { randomUUID } from 'node:crypto';
import type { LabState } from '../../domain/lab.entity';
import type { SubProjectState } from '../../domain/sub-project.entity';
import { publishThematicReport, type ThematicReportState } from '../../domain/thematic-report.entity';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/labs.aggregates';

export interface PublishThematicReport {
  readonly labId: string;
  readonly title: string;
  readonly diagnosisIds: readonly string[];
  readonly interventionIds: readonly string[];
  readonly themes: readonly PillarCode[];
  readonly publishedOn: string;
  readonly actor: string;
}

@Injectable()
export class PublishThematicReportHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ actor, ...report }: PublishThematicReport): Promise<Stored<ThematicReportState>> {
    const { state: lab } = await this.store.require<LabState>(streams.lab(report.labId));
    const subProjects = await this.store.list<SubProjectState>(AGGREGATE_TYPES.subProject, {
      labId: report.labId,
    });
    const deliverables = subProjects.flatMap(({ state }) => state.deliverables);
    const reportId = randomUUID();
    return this.store.change<ThematicReportState>(
      streams.report(reportId),
      { command: 'publish-thematic-report', actor, expectNew: true },
      (current) =>
        publishThematicReport(current, {
          reportId,
          ...report,
          labStartedOn: lab.startedOn,
          knownDiagnosisIds: new Set(
            deliverables.flatMap((deliverable) =>
              deliverable.kind === 'diagnosis' ? [deliverable.diagnosisId] : [],
            ),
          ),
          knownInterventionIds: new Set(
            deliverables.flatMap((deliverable) =>
              deliverable.kind === 'intervention' ? [deliverable.interventionId] : [],
            ),
          ),
        }),
    );
  }
}
