import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import { randomUUID } from 'node:crypto';
import type { LabState } from '../../domain/lab.entity';
import { holdLabDay, type LabDayState } from '../../domain/lab-day.entity';
import type { RosterState } from '../../domain/roster.entity';
import { streams } from '../../infrastructure/labs.aggregates';

export interface HoldLabDay {
  readonly labId: string;
  readonly topic: string;
  readonly brins: readonly string[];
  readonly heldOn: string;
  readonly actor: string;
}

@Injectable()
export class HoldLabDayHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ actor, ...day }: HoldLabDay): Promise<Stored<LabDayState>> {
    const { state: lab } = await this.store.require<LabState>(streams.lab(day.labId));
    const roster = await this.store.load<RosterState>(streams.roster(day.labId));
    const labDayId = randomUUID();
    return this.store.change<LabDayState>(
      streams.labDay(labDayId),
      { command: 'hold-lab-day', actor, expectNew: true },
      (current) =>
        holdLabDay(current, { labDayId, ...day, labStartedOn: lab.startedOn, roster: roster?.state }),
    );
  }
}
