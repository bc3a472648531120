import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { certifyAspirant, type AspirantState } from '../../domain/aspirant.entity';
import { streams } from '../../infrastructure/expert-schools.aggregates';

export interface CertifyAspirant {
  readonly aspirantId: string;
  readonly certifiedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class CertifyAspirantHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ aspirantId, certifiedOn, actor }: CertifyAspirant): Promise<Stored<AspirantState>> {
    return this.store.change<AspirantState>(
      streams.aspirant(aspirantId),
      { command: 'certify-aspirant', actor },
      (current) => certifyAspirant(current, { certifiedOn }),
    );
  }
}
