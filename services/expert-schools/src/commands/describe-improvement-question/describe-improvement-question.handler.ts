import { Injectable } from '@nestjs/common';
import type { PillarCode } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import {
  describeImprovementQuestion,
  type DevelopmentSchoolState,
} from '../../domain/development-school.entity';
import { streams } from '../../infrastructure/expert-schools.aggregates';

export interface DescribeImprovementQuestion {
  readonly developmentSchoolId: string;
  readonly themes: readonly string[];
  readonly pillarCodes: readonly PillarCode[];
  readonly actor: string;
}

@Injectable()
export class DescribeImprovementQuestionHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    developmentSchoolId,
    actor,
    ...question
  }: DescribeImprovementQuestion): Promise<Stored<DevelopmentSchoolState>> {
    return this.store.change<DevelopmentSchoolState>(
      streams.developmentSchool(developmentSchoolId),
      { command: 'describe-improvement-question', actor },
      (current) => describeImprovementQuestion(current, question),
    );
  }
}
