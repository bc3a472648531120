import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ASKER_ROLES, type AskerRole, IsBrin, IsWithinProgrammeDays } from '@okr/contracts';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

/** Who asked: personal data, kept in this service only. */
export class AskerDto {
  @ApiProperty({ example: 'Fatima El Amrani' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'f.elamrani@school.example' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: ASKER_ROLES })
  @IsIn(ASKER_ROLES)
  role!: AskerRole;
}

export class ReceiveQuestionRequestDto {
  @ApiProperty({ type: AskerDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AskerDto)
  asker!: AskerDto;

  @ApiPropertyOptional({ example: '12AB', description: 'the school, when the asker gives it' })
  @IsOptional()
  @IsBrin()
  brin?: string;

  @ApiProperty({ example: 'Wat werkt bij het aanleren van woordenschat aan nieuwkomers?' })
  @IsString()
  @MinLength(1)
  @MaxLength(8000)
  question!: string;

  @ApiPropertyOptional({
    example: '2025-03-03T09:30:00Z',
    description: 'when it came in, ISO 8601 with a zone; now when left out',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @IsWithinProgrammeDays()
  @Matches(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'receivedAt is a moment with a time and a zone, e.g. 2025-03-03T09:30:00Z',
  })
  @NotAfterToday()
  receivedAt?: string;
}
