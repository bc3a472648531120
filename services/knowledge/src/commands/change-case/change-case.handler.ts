import { Injectable } from '@nestjs/common';
import { AggregateStore, type Decide, type Stored } from '@okr/messaging';
import type { CaseState } from '../../domain/kennisrotonde-case.entity';
import { streams } from '../../infrastructure/knowledge.aggregates';

/**
 * Moves a Kennisrotonde case one step with a domain decide function. The steps (accept, decline, assign,
 * answer, keep unpublished, redirect) differ only in their decide function, which each controller gives.
 */
@Injectable()
export class ChangeCaseHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute(
    caseId: string,
    command: string,
    actor: string,
    decide: Decide<CaseState>,
  ): Promise<Stored<CaseState>> {
    return this.store.change<CaseState>(streams.case(caseId), { command, actor }, decide);
  }
}
