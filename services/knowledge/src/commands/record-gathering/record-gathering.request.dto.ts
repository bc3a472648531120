import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GATHERING_KINDS,
  type GatheringKind,
  IsCalendarDate,
  IsThemeCodes,
  IsWithinProgrammeDays,
} from '@okr/contracts';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class RecordGatheringRequestDto {
  @ApiProperty({ enum: GATHERING_KINDS })
  @IsIn(GATHERING_KINDS)
  kind!: GatheringKind;

  @ApiProperty({ example: 'NRO-congres 2023' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @ApiProperty({ type: 'string', format: 'date', example: '2023-11-08' })
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  heldOn!: string;

  @ApiProperty({ minimum: 0, example: 900 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  attendees!: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 10, example: 8, description: "the attendees' average rating" })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(10)
  averageRating?: number;

  @ApiProperty({ type: [String], example: ['woordenschat', 'meertaligheid'] })
  @IsThemeCodes()
  themes!: string[];
}
