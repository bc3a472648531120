import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PARTNER_KINDS, type PartnerKind } from '../../domain/lab.entity';
import { NotAfterToday } from '@okr/service-kit';

export class JoinPartnerRequestDto {
  @ApiProperty({ enum: PARTNER_KINDS, description: 'teacher-training institutes count towards a KPI' })
  @IsIn(PARTNER_KINDS)
  kind!: PartnerKind;

  @ApiProperty({
    example: 'Hogeschool Utrecht',
    description:
      "the organisation's name; the same name (case and spacing aside) is the same partner in every lab",
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ format: 'date', description: 'the day it joined; today (Dutch time) when left out' })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  joinedOn?: string;
}
