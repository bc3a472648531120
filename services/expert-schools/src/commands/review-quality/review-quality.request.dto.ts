import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsSchoolYear, IsWithinProgrammeDays } from '@okr/contracts';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class ReviewQualityRequestDto {
  @ApiProperty({ example: '2025-2026', description: 'the school year reviewed; one review per year' })
  @IsSchoolYear()
  schoolYear!: string;

  @ApiPropertyOptional({ format: 'date', description: 'the day of the review; today when left out' })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  reviewedOn?: string;

  @ApiProperty({ description: 'does the expert school offer sustainably high quality of education' })
  @IsBoolean()
  sustainablyHighQuality!: boolean;

  @ApiProperty({ type: [String], description: 'the reasons in words; kept here, never in an event' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(2000, { each: true })
  reasons!: string[];
}
