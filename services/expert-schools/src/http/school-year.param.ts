import { ApiProperty } from '@nestjs/swagger';
import { IsSchoolYear } from '@okr/contracts';

/** A path's school year, checked before any lookup so that a typo answers 400, not an empty answer. */
export class SchoolYearParam {
  @ApiProperty({ example: '2024-2025' })
  @IsSchoolYear()
  schoolYear!: string;
}
