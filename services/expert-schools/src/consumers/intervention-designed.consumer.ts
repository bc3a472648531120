import { Injectable } from '@nestjs/common';
import { InterventionDesignedV1, type InterventionDesignedV1Data } from '@okr/contracts';
import { AggregateStore, type ConsumedEvent, HandlesEvent } from '@okr/messaging';
import { copyLabIntervention, type LabInterventionState } from '../domain/lab-intervention.entity';
import { streams } from '../infrastructure/expert-schools.aggregates';

/**
 * A co-creation lab designed an intervention: an aspirant's approach may now implement it. Kept so that
 * selection refuses an approach "from a lab" that names no intervention a lab designed.
 */
@Injectable()
export class InterventionDesignedConsumer {
  constructor(private readonly store: AggregateStore) {}

  @HandlesEvent(InterventionDesignedV1)
  async onInterventionDesigned(event: ConsumedEvent<InterventionDesignedV1Data>): Promise<void> {
    const { interventionId, labId, labCode, themes, sectors, designedOn } = event.data;
    const stream = streams.labIntervention(interventionId);
    await this.store.change<LabInterventionState>(
      stream,
      { command: 'copy-lab-intervention', actor: 'labs', causationKey: event.idempotencyKey(stream) },
      (current) =>
        copyLabIntervention(current, { interventionId, labId, labCode, themes, sectors, designedOn }),
    );
  }
}
