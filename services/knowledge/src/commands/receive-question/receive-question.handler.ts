import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import { randomUUID } from 'node:crypto';
import { type Asker, type CaseState, receiveQuestion } from '../../domain/kennisrotonde-case.entity';
import { type ParticipatingSchoolState, takesPart } from '../../domain/participating-school.entity';
import { streams } from '../../infrastructure/knowledge.aggregates';

export interface ReceiveQuestion {
  readonly asker: Required<Asker>;
  readonly brin?: string;
  readonly question: string;
  readonly receivedAt: Date;
  readonly actor: string;
}

@Injectable()
export class ReceiveQuestionHandler {
  constructor(private readonly store: AggregateStore) {}

  /** Priority is decided once, on arrival, from this service's own list of participating schools. */
  async execute({ actor, ...question }: ReceiveQuestion): Promise<Stored<CaseState>> {
    const school =
      question.brin === undefined
        ? undefined
        : await this.store.load<ParticipatingSchoolState>(streams.participatingSchool(question.brin));
    const caseId = randomUUID();
    return this.store.change<CaseState>(
      streams.case(caseId),
      { command: 'receive-question', actor, expectNew: true },
      (current) => receiveQuestion(current, { ...question, caseId, priority: takesPart(school?.state) }),
    );
  }
}
