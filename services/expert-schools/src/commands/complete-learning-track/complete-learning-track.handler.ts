import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { completeLearningTrack, type HubState } from '../../domain/hub.entity';
import { streams } from '../../infrastructure/expert-schools.aggregates';

export interface CompleteLearningTrack {
  readonly hubId: string;
  readonly developmentSchoolId: string;
  readonly trainedOn: CalendarDay;
  readonly confidenceBefore: number;
  readonly confidenceAfter: number;
  readonly actor: string;
}

@Injectable()
export class CompleteLearningTrackHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ hubId, actor, ...completion }: CompleteLearningTrack): Promise<Stored<HubState>> {
    return this.store.change<HubState>(
      streams.hub(hubId),
      { command: 'complete-learning-track', actor },
      (current) => completeLearningTrack(current, completion),
    );
  }
}
