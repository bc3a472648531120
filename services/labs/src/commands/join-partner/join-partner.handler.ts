import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import { joinPartner, type LabState, type PartnerKind } from '../../domain/lab.entity';
import { partnerIdOf, streams } from '../../infrastructure/labs.aggregates';

export interface JoinPartner {
  readonly labId: string;
  readonly kind: PartnerKind;
  readonly name: string;
  readonly joinedOn: string;
  readonly actor: string;
}

@Injectable()
export class JoinPartnerHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ labId, actor, ...partner }: JoinPartner): Promise<Stored<LabState>> {
    const partnerId = partnerIdOf(partner.kind, partner.name);
    return this.store.change<LabState>(streams.lab(labId), { command: 'join-partner', actor }, (current) =>
      joinPartner(current, { partnerId, ...partner, name: partner.name.trim() }),
    );
  }
}
