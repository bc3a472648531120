import { Body, Controller, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles, Actor, Clock } from '@okr/service-kit';
import { PILLAR_OF_ACTIVITY } from '@okr/contracts';
import type { CatalogueEntry, SubsidyAmountRule } from '../../domain/activity-catalogue.value-object';
import {
  activityCatalogueResponse,
  type ActivityCatalogueResponse,
} from '../../infrastructure/activity-catalogue.reader';
import { ReplaceActivityCatalogueHandler } from './replace-activity-catalogue.handler';
import {
  type CatalogueEntryDto,
  ReplaceActivityCatalogueRequestDto,
  type SubsidyAmountRuleDto,
} from './replace-activity-catalogue.request.dto';
import { ActivityCatalogueView } from '../../http/catalogue.response';

@ApiTags('activity-catalogue')
@Controller('activity-catalogue')
export class ReplaceActivityCatalogueHttpController {
  constructor(
    private readonly handler: ReplaceActivityCatalogueHandler,
    private readonly clock: Clock,
  ) {}

  @Put()
  @Roles('admin')
  @ApiOperation({
    summary: 'Replace the activity catalogue: the activities offered, their sectors and amount rules',
  })
  @ApiOkResponse({ type: ActivityCatalogueView, description: 'The catalogue as saved, with its new version' })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED: a field is missing or malformed' })
  @ApiUnprocessableEntityResponse({
    description: 'CATALOGUE.INVALID: e.g. an activity listed twice or under the wrong pillar',
  })
  async replace(
    @Body() body: ReplaceActivityCatalogueRequestDto,
    @Actor() actor: string,
  ): Promise<ActivityCatalogueResponse> {
    const stored = await this.handler.execute({
      entries: body.entries.map(entryOf),
      inForceFrom: this.clock.now(),
      actor,
    });
    return activityCatalogueResponse(stored);
  }
}

function entryOf(dto: CatalogueEntryDto): CatalogueEntry {
  return {
    activity: dto.activity,
    pillar: dto.pillar ?? PILLAR_OF_ACTIVITY[dto.activity],
    allowedSectors: [...dto.allowedSectors],
    amountRule: amountRuleOf(dto.amountRule),
  };
}

// The DTO has checked that each kind has its own fields and no others; a 0 left here would fail the domain.
function amountRuleOf(dto: SubsidyAmountRuleDto): SubsidyAmountRule {
  switch (dto.kind) {
    case 'fixed':
      return { kind: 'fixed', amountCents: dto.amountCents ?? 0 };
    case 'maximum':
      return { kind: 'maximum', maxCents: dto.maxCents ?? 0 };
    case 'per-pupil':
      return { kind: 'per-pupil', centsPerPupil: dto.centsPerPupil ?? 0, maxCents: dto.maxCents ?? 0 };
  }
}
