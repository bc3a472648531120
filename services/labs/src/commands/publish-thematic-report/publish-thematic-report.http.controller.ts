import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles } from '@okr/service-kit';
import { ThematicReportResponse, thematicReportResponse } from '../../http/outputs.response';
import { PublishThematicReportHandler } from './publish-thematic-report.handler';
import { PublishThematicReportRequestDto } from './publish-thematic-report.request.dto';

@ApiTags('thematic reports')
@Controller('labs')
export class PublishThematicReportHttpController {
  constructor(
    private readonly handler: PublishThematicReportHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/thematic-reports')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({
    summary:
      'The lab publishes a thematic report on its diagnoses and studied interventions; publishes ThematicReportPublished',
  })
  @ApiCreatedResponse({ type: ThematicReportResponse })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'REPORT.UNKNOWN_DELIVERABLE, LAB.DATE_OUT_OF_ORDER' })
  async publish(
    @Param() { id }: IdParam,
    @Body() body: PublishThematicReportRequestDto,
    @Actor() actor: string,
  ): Promise<ThematicReportResponse> {
    return thematicReportResponse(
      await this.handler.execute({
        labId: id,
        title: body.title,
        diagnosisIds: body.diagnosisIds,
        interventionIds: body.interventionIds,
        themes: body.themes ?? [],
        publishedOn: body.publishedOn ?? this.clock.today(),
        actor,
      }),
    );
  }
}
