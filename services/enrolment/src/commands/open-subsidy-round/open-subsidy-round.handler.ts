import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AggregateStore, type Stored } from '@okr/messaging';
import {
  openSubsidyRound,
  type ActivityAmount,
  type SubsidyRoundState,
} from '../../domain/subsidy-round.entity';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface OpenSubsidyRound {
  readonly schoolYear: string;
  readonly opensAt: Date;
  readonly closesAt: Date;
  readonly budgetCents: number;
  readonly maxGrants: number;
  readonly activityAmounts: readonly ActivityAmount[];
  readonly actor: string;
}

@Injectable()
export class OpenSubsidyRoundHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ actor, ...round }: OpenSubsidyRound): Promise<Stored<SubsidyRoundState>> {
    const roundId = randomUUID();
    return this.store.change<SubsidyRoundState>(
      streams.round(roundId),
      { command: 'open-subsidy-round', actor },
      (current) => openSubsidyRound(current, { roundId, ...round }),
    );
  }
}
