import { Injectable } from '@nestjs/common';
import type { FiveDPhase } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { randomUUID } from 'node:crypto';
import { moveSubProject, type DeliverableInput, type SubProjectState } from '../../domain/sub-project.entity';
import { streams } from '../../infrastructure/labs.aggregates';
import type { MoveSubProjectRequestDto } from './move-sub-project.request.dto';

export interface MoveSubProject {
  readonly subProjectId: string;
  readonly to: FiveDPhase;
  readonly on: string;
  readonly deliverable: Omit<MoveSubProjectRequestDto, 'to' | 'on'>;
  readonly actor: string;
}

@Injectable()
export class MoveSubProjectHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    subProjectId,
    to,
    on,
    deliverable,
    actor,
  }: MoveSubProject): Promise<Stored<SubProjectState>> {
    const input = deliverableInput(deliverable);
    return this.store.change<SubProjectState>(
      streams.subProject(subProjectId),
      { command: 'move-sub-project', actor },
      (current) => moveSubProject(current, { to, on, deliverable: input }),
    );
  }
}

// Each deliverable that is a fact of its own (a diagnosis, an intervention, a study) gets its id here.
function deliverableInput(given: Omit<MoveSubProjectRequestDto, 'to' | 'on'>): DeliverableInput {
  const { signal, diagnosis, intervention, study, decision } = given;
  return {
    ...(signal ? { signal: { summary: signal.summary } } : {}),
    ...(diagnosis
      ? {
          diagnosis: {
            diagnosisId: randomUUID(),
            summary: diagnosis.summary,
            themes: diagnosis.themes ?? [],
          },
        }
      : {}),
    ...(intervention
      ? {
          intervention: {
            interventionId: randomUUID(),
            title: intervention.title,
            summary: intervention.summary,
            sectors: intervention.sectors,
            themes: intervention.themes ?? [],
          },
        }
      : {}),
    ...(study
      ? {
          study: {
            studyId: randomUUID(),
            studyKind: study.kind,
            outcome: study.outcome,
            summary: study.summary,
            ...(study.interventionId !== undefined ? { interventionId: study.interventionId } : {}),
          },
        }
      : {}),
    ...(decision ? { decision: { decision: decision.decision, summary: decision.summary } } : {}),
  };
}
