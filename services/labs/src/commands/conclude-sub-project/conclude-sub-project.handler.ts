import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import { concludeSubProject, type SubProjectState } from '../../domain/sub-project.entity';
import { streams } from '../../infrastructure/labs.aggregates';
import type { ConcludingDecision } from './conclude-sub-project.request.dto';

export interface ConcludeSubProject {
  readonly subProjectId: string;
  readonly decision: ConcludingDecision;
  readonly summary: string;
  readonly on: string;
  readonly actor: string;
}

@Injectable()
export class ConcludeSubProjectHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    subProjectId,
    actor,
    ...conclusion
  }: ConcludeSubProject): Promise<Stored<SubProjectState>> {
    return this.store.change<SubProjectState>(
      streams.subProject(subProjectId),
      { command: 'conclude-sub-project', actor },
      (current) => concludeSubProject(current, conclusion),
    );
  }
}
