import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  openSubsidyRound,
  type ActivityAmount,
  type SubsidyRoundState,
} from '../../domain/subsidy-round.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

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
  constructor(private readonly store: EnrolmentStore) {}

  async execute({ actor, ...round }: OpenSubsidyRound): Promise<Stored<SubsidyRoundState>> {
    const roundId = randomUUID();
    return this.store.change<SubsidyRoundState>(
      streams.round(roundId),
      { command: 'open-subsidy-round', actor, aggregateType: AGGREGATE_TYPES.round },
      (current) => openSubsidyRound(current, { roundId, ...round }),
    );
  }
}
