import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CalendarDay,
  RATING_ROLE_GROUPS,
  type RatingRoleGroup,
  RESPONDENT_ROLES,
  type RespondentRole,
} from '@okr/contracts';
import type { RatingAverage, RatingState } from '../domain/rating.entity';

export class RatingResponse {
  @ApiProperty({ format: 'uuid' })
  ratingId!: string;

  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ enum: RESPONDENT_ROLES })
  respondentRole!: RespondentRole;

  @ApiProperty({ enum: RATING_ROLE_GROUPS })
  roleGroup!: RatingRoleGroup;

  @ApiProperty({ minimum: 1, maximum: 10 })
  score!: number;

  @ApiProperty({ type: 'string', format: 'date' })
  ratedOn!: CalendarDay;

  @ApiPropertyOptional()
  comment?: string;
}

export function ratingResponse(rating: RatingState): RatingResponse {
  return { ...rating };
}

export class RatingAverageResponse implements RatingAverage {
  @ApiProperty()
  count!: number;

  @ApiProperty({ nullable: true, type: Number, description: 'one decimal; null without ratings' })
  average!: number | null;
}

class RoleGroupAverages {
  @ApiProperty({ type: RatingAverageResponse })
  'teachers-and-school-leaders'!: RatingAverageResponse;

  @ApiProperty({ type: RatingAverageResponse })
  'other-professionals'!: RatingAverageResponse;
}

/** A product's ratings: overall, per KPI role group, per role. */
export class RatingSummaryResponse {
  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ type: RatingAverageResponse })
  overall!: RatingAverageResponse;

  @ApiProperty({ type: RoleGroupAverages })
  byRoleGroup!: RoleGroupAverages;

  @ApiProperty({ description: 'per respondent role that rated it', type: Object })
  byRole!: Partial<Record<RespondentRole, RatingAverageResponse>>;
}
