import { ApiProperty } from '@nestjs/swagger';
import { IsApproachPillarCodes, PILLAR_CODES, type PillarCode } from '@okr/contracts';
import { ArrayMaxSize, IsArray, IsString, MaxLength, MinLength } from 'class-validator';

export class DescribeImprovementQuestionRequestDto {
  @ApiProperty({
    type: [String],
    example: ['leesmotivatie'],
    description: 'themes in the coordinators’ words',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  themes!: string[];

  @ApiProperty({ enum: PILLAR_CODES, isArray: true, example: ['P3.A'] })
  @IsApproachPillarCodes()
  pillarCodes!: PillarCode[];
}
