import { Injectable } from '@nestjs/common';
import type { GoNoGoDecision, GoNoGoReasonCode } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { decideGoNoGo, type PilotState } from '../../domain/pilot.entity';
import { streams } from '../../infrastructure/labs.aggregates';

export interface DecideGoNoGo {
  readonly pilotId: string;
  readonly decision: GoNoGoDecision;
  readonly reasonCodes: readonly GoNoGoReasonCode[];
  readonly explanation?: string;
  readonly decidedOn: string;
  readonly actor: string;
}

@Injectable()
export class DecideGoNoGoHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ pilotId, actor, ...decision }: DecideGoNoGo): Promise<Stored<PilotState>> {
    return this.store.change<PilotState>(
      streams.pilot(pilotId),
      { command: 'decide-go-no-go', actor },
      (current) => decideGoNoGo(current, decision),
    );
  }
}
