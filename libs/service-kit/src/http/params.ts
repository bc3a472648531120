import { ApiProperty } from '@nestjs/swagger';
import { BRIN_PATTERN } from '@okr/contracts';
import { IsUUID, Matches } from 'class-validator';

/** A path's BRIN, checked before any lookup so that a typo answers 400, not 404. */
export class BrinParam {
  @ApiProperty({ example: '12AB' })
  @Matches(BRIN_PATTERN, { message: 'brin is two digits and two capital letters, e.g. 12AB' })
  brin!: string;
}

/** A path's UUID id (inquiries, rounds, applications, participations). */
export class IdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
