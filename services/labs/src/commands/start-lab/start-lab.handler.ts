import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import { startLab, type LabState } from '../../domain/lab.entity';
import { labIdOf, streams } from '../../infrastructure/labs.aggregates';

export interface StartLab {
  readonly code: string;
  readonly name: string;
  readonly theme: string;
  readonly startedOn: string;
  readonly actor: string;
}

@Injectable()
export class StartLabHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ actor, ...lab }: StartLab): Promise<Stored<LabState>> {
    const labId = labIdOf(lab.code);
    return this.store.change<LabState>(
      streams.lab(labId),
      { command: 'start-lab', actor, expectNew: true },
      (current) => startLab(current, { labId, ...lab }),
    );
  }
}
