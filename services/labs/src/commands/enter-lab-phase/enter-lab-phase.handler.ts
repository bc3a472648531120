import { Injectable } from '@nestjs/common';
import type { LabPhase } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { enterLabPhase, type LabState } from '../../domain/lab.entity';
import { streams } from '../../infrastructure/labs.aggregates';

export interface EnterLabPhase {
  readonly labId: string;
  readonly phase: LabPhase;
  readonly enteredOn: string;
  readonly actor: string;
}

@Injectable()
export class EnterLabPhaseHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ labId, actor, ...phase }: EnterLabPhase): Promise<Stored<LabState>> {
    return this.store.change<LabState>(streams.lab(labId), { command: 'enter-lab-phase', actor }, (current) =>
      enterLabPhase(current, phase),
    );
  }
}
