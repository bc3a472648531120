import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { REVIEW_DECISIONS, type ReviewDecision } from '../../domain/product.entity';
import { NotAfterToday } from '@okr/service-kit';

export class ReviewProductRequestDto {
  @ApiProperty({ enum: REVIEW_DECISIONS })
  @IsIn(REVIEW_DECISIONS)
  decision!: ReviewDecision;

  @ApiProperty({
    type: [String],
    example: ['De aanbevelingen missen bronnen voor het vo'],
    description: "the committee's reasons; at least one when it asks for changes",
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(4000, { each: true })
  reasons!: string[];

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'the day of the decision; today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  decidedOn?: string;
}
