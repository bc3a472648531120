import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, SECTORS, type Sector, IsWithinProgrammeDays } from '@okr/contracts';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { RegisterSchool } from './register-school.handler';
import type { Requested } from '../requested-command';

/** The school's facts as the help desk records them; the equal-access flags "specialised" and "small" follow. */
export class SchoolFactsDto {
  @ApiProperty({ example: 'De Regenboog' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS)
  sector!: Sector;

  @ApiProperty({ description: 'special (primary/secondary) education: SO, SBO or VSO' })
  @IsBoolean()
  specialisedEducation!: boolean;

  @ApiProperty({ example: '41234', description: 'the school board (bevoegd gezag) number' })
  @IsString()
  @Matches(/^[0-9]{5}$/, { message: 'boardNumber is five digits' })
  boardNumber!: string;

  @ApiProperty({ example: 'Utrecht' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  municipality!: string;

  @ApiProperty({ example: 'Utrecht' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  province!: string;

  @ApiProperty({ example: 240 })
  @IsInt()
  @Min(0)
  pupilCount!: number;

  @ApiProperty({ description: 'equal-access flag: the school performs weakly' })
  @IsBoolean()
  weakPerforming!: boolean;

  @ApiProperty({ description: 'equal-access flag: many pupils from special target groups' })
  @IsBoolean()
  specialTargetGroups!: boolean;

  @ApiPropertyOptional({ example: 31.5, description: 'the school weight (schoolweging), when known' })
  @IsOptional()
  @IsNumber()
  schoolWeight?: number;
}

export class RegisterSchoolRequestDto extends SchoolFactsDto {
  @ApiProperty({ example: '12AB', description: 'BRIN: two digits and two capital letters' })
  @IsString()
  @Matches(/^[0-9]{2}[A-Z]{2}$/, { message: 'brin is two digits and two capital letters, e.g. 12AB' })
  brin!: string;

  @ApiPropertyOptional({ example: '01', description: 'the location (vestiging) number' })
  @IsOptional()
  @Matches(/^[0-9]{2}$/, { message: 'location is two digits, e.g. 01' })
  location?: string;

  @ApiPropertyOptional({
    example: '2025-03-10',
    format: 'date',
    description: 'the day of the registration; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  registeredOn?: string;
}

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function registerSchoolCommand(
  body: RegisterSchoolRequestDto,
  clock: Clock,
): Requested<RegisterSchool> {
  return { ...body, registeredOn: body.registeredOn ?? clock.today() };
}
