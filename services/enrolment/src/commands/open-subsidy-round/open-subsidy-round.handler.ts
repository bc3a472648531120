import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AggregateStore, type Stored } from '@okr/messaging';
import {
  openSubsidyRound,
  type ActivityAmount,
  type SubsidyRoundState,
} from '../../domain/subsidy-round.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface OpenSubsidyRound {
  /** A new id when left out; an import gives the row's, so a re-run finds the round it opened. */
  readonly roundId?: string;
  readonly schoolYear: string;
  readonly opensAt: Date;
  readonly closesAt: Date;
  readonly budgetCents: number;
  readonly maxGrants: number;
  readonly activityAmounts: readonly ActivityAmount[];
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class OpenSubsidyRoundHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    actor,
    causationKey,
    roundId = randomUUID(),
    ...round
  }: OpenSubsidyRound): Promise<Stored<SubsidyRoundState>> {
    return this.store.change<SubsidyRoundState>(
      streams.round(roundId),
      changeOf('open-subsidy-round', actor, causationKey),
      (current) => openSubsidyRound(current, { roundId, ...round }),
    );
  }
}
