import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsUUID, Matches, Min } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { BRIN_PATTERN } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { IsRegion, type Region } from './expert-schools.value-object';

export class RegionalNetworkFormedV1Data {
  @Description('id of the network')
  @IsUUID()
  networkId!: string;

  @Description('the province the network is formed in')
  @IsRegion()
  region!: Region;

  @Description('the number of expert teachers in the network when it formed')
  @IsInt()
  @Min(0)
  expertTeacherCount!: number;

  @Description('the number of expert school leaders in the network when it formed')
  @IsInt()
  @Min(0)
  expertSchoolLeaderCount!: number;

  @Description('BRINs of the expert schools the members work at')
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @Matches(BRIN_PATTERN, { each: true, message: 'each value in $property must be a BRIN' })
  expertSchoolBrins!: string[];

  @Description('the day the network was formed, YYYY-MM-DD')
  @IsCalendarDate()
  formedOn!: string;
}

export const RegionalNetworkFormedV1 = defineEvent({
  type: 'RegionalNetworkFormed',
  version: 1,
  topic: TOPICS.expertSchools,
  description: 'A regional network of expert teachers and expert school leaders was formed.',
  subject: 'id of the network',
  dataClass: RegionalNetworkFormedV1Data,
});
