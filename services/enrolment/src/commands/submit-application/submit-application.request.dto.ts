import { ApiProperty } from '@nestjs/swagger';
import { ACTIVITIES, IsBrin, type Activity } from '@okr/contracts';
import { IsIn, IsInt, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

/** An application the help desk files on behalf of a school. */
export class SubmitApplicationRequestDto {
  @ApiProperty({ example: '12AB' })
  @IsBrin()
  brin!: string;

  @ApiProperty({ enum: ACTIVITIES })
  @IsIn(ACTIVITIES)
  activity!: Activity;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  roundId!: string;

  @ApiProperty({ example: 3_000_000, description: 'euro cents' })
  @IsInt()
  @Min(1)
  requestedAmountCents!: number;

  @ApiProperty({
    example: 'Wij willen een onderzoekscultuur opbouwen rond begrijpend lezen.',
    description: "the school's own words; stays in this service",
  })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  motivation!: string;
}
