import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import { leavePartner, type LabState } from '../../domain/lab.entity';
import { streams } from '../../infrastructure/labs.aggregates';

export interface LeavePartner {
  readonly labId: string;
  readonly partnerId: string;
  readonly leftOn: string;
  readonly actor: string;
}

@Injectable()
export class LeavePartnerHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ labId, actor, ...departure }: LeavePartner): Promise<Stored<LabState>> {
    return this.store.change<LabState>(streams.lab(labId), { command: 'leave-partner', actor }, (current) =>
      leavePartner(current, departure),
    );
  }
}
