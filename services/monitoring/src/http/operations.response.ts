// The operational answers (consumer lag, rebuild) as the OpenAPI document describes them.
import { ApiProperty } from '@nestjs/swagger';
import type { PartitionLag, VersionLag } from '../domain/lag-report';

const NULLABLE_MOMENT = { type: 'string', format: 'date-time', nullable: true } as const;

export class PartitionLagView implements PartitionLag {
  @ApiProperty()
  topic!: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  partition!: number;

  @ApiProperty({ type: 'integer', description: 'the next offset this version reads' })
  position!: number;

  @ApiProperty({ type: 'integer' })
  highWatermark!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  lag!: number;
}

export class VersionLagView implements VersionLag {
  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty()
  groupId!: string;

  @ApiProperty({ type: [String] })
  topics!: string[];

  @ApiProperty({ type: 'integer', minimum: 0 })
  eventsProcessed!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  deadLettered!: number;

  @ApiProperty({ ...NULLABLE_MOMENT, description: 'occurredAt of the latest event processed' })
  lastEventAt!: string | null;

  @ApiProperty({ ...NULLABLE_MOMENT, description: 'when this replica last processed an event' })
  lastProcessedAt!: string | null;

  @ApiProperty({ type: [PartitionLagView] })
  partitions!: PartitionLagView[];

  @ApiProperty({ type: [String], description: 'matching topics the projector does not read yet' })
  unreadTopics!: string[];

  @ApiProperty({ type: 'integer', minimum: 0 })
  totalLag!: number;

  @ApiProperty({ description: 'every event there is is in the read models' })
  caughtUp!: boolean;
}

/** The projecting replica's latest measurement of the served read models. */
export class LagResponse extends VersionLagView {
  @ApiProperty({ type: 'string', format: 'date-time' })
  measuredAt!: string;

  @ApiProperty({ type: 'integer', description: 'the lease epoch of the replica that measured' })
  epoch!: number;

  @ApiProperty({ type: VersionLagView, nullable: true, description: 'a rebuild in progress' })
  building!: VersionLagView | null;
}

/** No replica has measured lately: none is projecting. */
export class NoProjectorResponse {
  @ApiProperty({ enum: ['no-projector'] })
  status!: 'no-projector';
}

export class RebuildRequestedResponse {
  @ApiProperty({ type: 'integer', description: 'the version being built' })
  version!: number;

  @ApiProperty({ enum: ['building'] })
  status!: 'building';
}

export class RebuildProgressView {
  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ type: 'integer', nullable: true })
  eventsProcessed!: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  totalLag!: number | null;
}

export class RebuildStatusResponse {
  @ApiProperty({ type: 'integer', nullable: true, description: 'the version served; null before the first' })
  activeVersion!: number | null;

  @ApiProperty({ type: RebuildProgressView, nullable: true, description: 'a rebuild in progress' })
  building!: RebuildProgressView | null;
}
