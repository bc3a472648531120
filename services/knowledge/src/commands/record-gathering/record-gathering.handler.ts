import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import { randomUUID } from 'node:crypto';
import { type GatheringState, recordGathering } from '../../domain/gathering.entity';
import { streams } from '../../infrastructure/knowledge.aggregates';

@Injectable()
export class RecordGatheringHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute(
    gathering: Omit<GatheringState, 'gatheringId'>,
    actor: string,
  ): Promise<Stored<GatheringState>> {
    const gatheringId = randomUUID();
    return this.store.change<GatheringState>(
      streams.gathering(gatheringId),
      { command: 'record-gathering', actor, expectNew: true },
      (current) => recordGathering(current, { ...gathering, gatheringId }),
    );
  }
}
