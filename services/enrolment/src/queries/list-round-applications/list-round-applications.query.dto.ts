import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../domain/subsidy-application.entity';
import { PageQuery, toBoolean } from '@okr/service-kit';

export class ListRoundApplicationsQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({
    description:
      'true: only the applications to assess (submitted or resubmitted), in the order they are to be assessed',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  queue?: boolean;
}
