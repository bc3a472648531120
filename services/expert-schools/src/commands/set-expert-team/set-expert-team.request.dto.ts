import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { TEAM_ROLES, type TeamRole } from '../../domain/selection-criteria.value-object';

export class TeamMemberDto {
  @ApiProperty({ example: 'Fatima el Amrani', description: 'kept in this service, never in an event' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: TEAM_ROLES })
  @IsIn(TEAM_ROLES)
  role!: TeamRole;
}

export class SetExpertTeamRequestDto {
  @ApiProperty({ type: [TeamMemberDto], description: 'the whole team; replaces the one recorded' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberDto)
  members!: TeamMemberDto[];
}
