import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CalendarDay, GATHERING_KINDS, type GatheringKind } from '@okr/contracts';

export class GatheringResponse {
  @ApiProperty({ format: 'uuid' })
  gatheringId!: string;

  @ApiProperty({ enum: GATHERING_KINDS })
  kind!: GatheringKind;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: 'string', format: 'date' })
  heldOn!: CalendarDay;

  @ApiProperty()
  attendees!: number;

  @ApiPropertyOptional()
  averageRating?: number;

  @ApiProperty({ type: [String] })
  themes!: string[];
}
