import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ACTIVITIES } from '@okr/contracts';
import { Roles, BrinParam } from '@okr/service-kit';
import type { InquiryState } from '../../domain/inquiry.entity';
import type { IntakeState } from '../../domain/intake.entity';
import type { ParticipationState } from '../../domain/participation.entity';
import type { SchoolState } from '../../domain/school.entity';
import type { SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { AggregateStore } from '@okr/messaging';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.aggregates';
import { schoolTimeline, SchoolTimelineResponse } from './school-timeline';

@ApiTags('schools')
@Controller('schools')
export class GetSchoolTimelineHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':brin/timeline')
  @Roles('helpdesk', 'subsidy-officer', 'admin')
  @ApiOperation({
    summary: "A school's timeline: inquiries, intakes, applications and participations in time order",
  })
  @ApiOkResponse({ type: SchoolTimelineResponse, description: 'The entries, oldest first' })
  @ApiNotFoundResponse({ description: 'SCHOOL.NOT_REGISTERED' })
  async timeline(@Param() { brin }: BrinParam): Promise<SchoolTimelineResponse> {
    await this.store.require<SchoolState>(streams.school(brin));
    const [inquiries, intakeHistories, applications, participations] = await Promise.all([
      this.store.list<InquiryState>(AGGREGATE_TYPES.inquiry, { brin }),
      // Every intake counts in the timeline, not only the latest per activity.
      Promise.all(
        ACTIVITIES.map((activity) => this.store.history<IntakeState>(streams.intake(brin, activity))),
      ),
      this.store.list<SubsidyApplicationState>(AGGREGATE_TYPES.application, { brin }),
      this.store.list<ParticipationState>(AGGREGATE_TYPES.participation, { brin }),
    ]);
    const entries = schoolTimeline({
      inquiries: inquiries.map(({ state }) => state),
      intakes: intakeHistories.flat().map((commit) => commit.state),
      applications: applications.map(({ state }) => state),
      participations: participations.map(({ state }) => state),
    });
    return { brin, entries };
  }
}
