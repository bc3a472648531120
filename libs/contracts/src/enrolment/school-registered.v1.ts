import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import {
  EqualAccessFlags,
  IsBrin,
  LOCATION_PATTERN,
  SECTORS,
  type Sector,
} from '../shared/school.value-object';
import { TOPICS } from '../topics';

export class SchoolRegisteredV1Data {
  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('location number within the BRIN, when one location of the school registered')
  @IsOptional()
  @Matches(LOCATION_PATTERN, { message: '$property must be two digits' })
  location?: string;

  @Description('name of the school')
  @IsString()
  @MinLength(1)
  name!: string;

  @Description('PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('whether the school gives specialised education')
  @IsBoolean()
  specialisedEducation!: boolean;

  @Description('number of the school board (bevoegd gezag)')
  @IsString()
  boardNumber!: string;

  @IsString()
  municipality!: string;

  @IsString()
  province!: string;

  @Description('number of pupils')
  @IsInt()
  @Min(0)
  pupilCount!: number;

  @Description('the equal-access criteria the school meets')
  // ValidateNested alone lets a missing object through; IsObject makes the field required.
  @IsObject()
  @ValidateNested()
  @Type(() => EqualAccessFlags)
  equalAccess!: EqualAccessFlags;

  @Description('the school weight (schoolgewicht), when known')
  @IsOptional()
  @IsNumber()
  schoolWeight?: number;
}

export const SchoolRegisteredV1 = defineEvent({
  type: 'SchoolRegistered',
  version: 1,
  topic: TOPICS.enrolment,
  description: 'The help desk registered a school, with the facts the programme selects and reports on.',
  subject: 'BRIN of the school',
  dataClass: SchoolRegisteredV1Data,
});
