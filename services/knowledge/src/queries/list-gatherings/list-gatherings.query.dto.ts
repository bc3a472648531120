import { ApiPropertyOptional } from '@nestjs/swagger';
import { GATHERING_KINDS, type GatheringKind } from '@okr/contracts';
import { PageQuery } from '@okr/service-kit';
import { IsIn, IsOptional } from 'class-validator';

export class ListGatheringsQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: GATHERING_KINDS })
  @IsOptional()
  @IsIn(GATHERING_KINDS)
  kind?: GatheringKind;
}
