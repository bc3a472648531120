import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BRIN_PATTERN,
  IsCalendarDate,
  IsRegion,
  IsWithinProgrammeDays,
  REGIONS,
  type Region,
} from '@okr/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class FormRegionalNetworkRequestDto {
  @ApiProperty({ enum: REGIONS })
  @IsRegion()
  region!: Region;

  @ApiProperty({ example: 'Expertnetwerk Oost-Nederland' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ format: 'date', description: 'the day it was formed; today when left out' })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  formedOn?: string;

  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  expertTeacherCount!: number;

  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  expertSchoolLeaderCount!: number;

  @ApiProperty({ type: [String], example: ['12AB'], description: 'the expert schools the members work at' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @Matches(BRIN_PATTERN, { each: true, message: 'each value in expertSchoolBrins must be a BRIN, e.g. 12AB' })
  expertSchoolBrins!: string[];
}
