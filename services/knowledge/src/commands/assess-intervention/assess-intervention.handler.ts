import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import { randomUUID } from 'node:crypto';
import {
  type Assessment,
  assessIntervention,
  type AssessmentValidity,
  type ProductState,
} from '../../domain/product.entity';
import { streams } from '../../infrastructure/knowledge.aggregates';

@Injectable()
export class AssessInterventionHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute(
    productId: string,
    assessment: Omit<Assessment, 'assessmentId' | 'validUntil'>,
    validity: AssessmentValidity,
    actor: string,
  ): Promise<Stored<ProductState>> {
    const assessmentId = randomUUID();
    return this.store.change<ProductState>(
      streams.product(productId),
      { command: 'assess-intervention', actor },
      (current) => assessIntervention(current, { ...assessment, assessmentId, validity }),
    );
  }
}
