import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsLabCode, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class StartLabRequestDto {
  @ApiProperty({
    example: 'taallab',
    description:
      "the lab's code: lower-case letters, digits and dashes; taallab and lerarenlab link the help desk's enrolments",
  })
  @IsLabCode()
  code!: string;

  @ApiProperty({ example: 'TaalLab' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'taalachterstanden en effectief leesonderwijs' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  theme!: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'the day the lab started; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  startedOn?: string;
}
