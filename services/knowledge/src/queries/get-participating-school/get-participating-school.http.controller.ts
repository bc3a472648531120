import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { BrinParam, Roles } from '@okr/service-kit';
import {
  type EnrolmentFact,
  type ParticipatingSchoolState,
  takesPart,
} from '../../domain/participating-school.entity';
import { READERS } from '../../http/roles';
import { streams } from '../../infrastructure/knowledge.aggregates';

export class ParticipatingSchoolResponse {
  @ApiProperty({ example: '12AB' })
  brin!: string;

  @ApiProperty({ description: 'an enrolment it did not withdraw from: its questions get priority' })
  participating!: boolean;

  @ApiProperty({ description: 'the enrolments the enrolment events told of' })
  enrolments!: EnrolmentFact[];
}

@ApiTags('kennisrotonde')
@Controller('kennisrotonde/participating-schools')
export class GetParticipatingSchoolHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':brin')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      "Whether a school takes part in the programme, as this service learned it from enrolment's events",
  })
  @ApiOkResponse({
    type: ParticipatingSchoolResponse,
    description: 'participating: false for a school never enrolled',
  })
  async get(@Param() { brin }: BrinParam): Promise<ParticipatingSchoolResponse> {
    const stored = await this.store.load<ParticipatingSchoolState>(streams.participatingSchool(brin));
    return {
      brin,
      participating: takesPart(stored?.state),
      enrolments: Object.values(stored?.state.enrolments ?? {}),
    };
  }
}
