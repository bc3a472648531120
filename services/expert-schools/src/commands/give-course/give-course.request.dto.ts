import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BRIN_PATTERN,
  COURSE_KINDS,
  IsBrin,
  IsCalendarDate,
  IsWithinProgrammeDays,
  SECTORS,
  type CourseKind,
  type Sector,
} from '@okr/contracts';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class GiveCourseRequestDto {
  @ApiProperty({ example: '12AB', description: 'the expert school that gave it' })
  @IsBrin()
  expertSchoolBrin!: string;

  @ApiProperty({
    enum: COURSE_KINDS,
    description: 'a learning track, or the yearly knowledge-sharing session',
  })
  @IsIn(COURSE_KINDS)
  kind!: CourseKind;

  @ApiProperty({ example: 'Leesmotivatie in de middenbouw' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: SECTORS, description: 'the sector it was given for' })
  @IsIn(SECTORS)
  sector!: Sector;

  @ApiPropertyOptional({
    format: 'date',
    description: 'the day it was given (its last session); today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  givenOn?: string;

  @ApiProperty({
    type: [String],
    example: ['34CD', '56EF'],
    description: 'BRINs of the schools that took part',
  })
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(BRIN_PATTERN, { each: true, message: 'each value in participantBrins must be a BRIN, e.g. 12AB' })
  participantBrins!: string[];
}
