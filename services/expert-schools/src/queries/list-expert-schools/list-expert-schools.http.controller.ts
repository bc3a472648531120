import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsRegion, REGIONS, SECTORS, type Region, type Sector } from '@okr/contracts';
import { Roles } from '@okr/service-kit';
import { IsIn, IsOptional } from 'class-validator';
import { ApproachResponse } from '../../http/aspirant.response';
import { READERS } from '../../http/roles';
import { ExpertSchoolsDirectory } from '../../infrastructure/expert-schools.directory';

export class ListExpertSchoolsQueryDto {
  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ enum: REGIONS })
  @IsOptional()
  @IsRegion()
  region?: Region;
}

export class ExpertSchoolResponse {
  @ApiProperty({ example: '12AB' }) brin!: string;
  @ApiProperty({ format: 'uuid', description: 'the aspirant it was certified as' }) aspirantId!: string;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiPropertyOptional({ enum: REGIONS }) region?: Region;
  @ApiProperty({ example: '2023-2024', description: 'the school year of its training year' })
  trainedIn!: string;
  @ApiProperty({ format: 'date' }) certifiedOn!: string;
  @ApiProperty({ type: ApproachResponse }) approach!: ApproachResponse;
}

@ApiTags('expert schools')
@Controller('expert-schools')
export class ListExpertSchoolsHttpController {
  constructor(private readonly directory: ExpertSchoolsDirectory) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'The certified expert schools and the approach each is an expert school for' })
  @ApiOkResponse({ type: [ExpertSchoolResponse] })
  async list(@Query() query: ListExpertSchoolsQueryDto): Promise<ExpertSchoolResponse[]> {
    const schools = await this.directory.expertSchools();
    return schools.flatMap((school): ExpertSchoolResponse[] => {
      const { selection, certifiedOn } = school;
      if (!selection || certifiedOn === undefined) return [];
      if (query.sector !== undefined && school.sector !== query.sector) return [];
      if (query.region !== undefined && selection.region !== query.region) return [];
      return [
        {
          brin: school.brin,
          aspirantId: school.aspirantId,
          sector: school.sector,
          ...(selection.region !== undefined ? { region: selection.region } : {}),
          trainedIn: school.schoolYear,
          certifiedOn,
          approach: {
            ...selection.approach,
            themes: [...selection.approach.themes],
            pillarCodes: [...selection.approach.pillarCodes],
          },
        },
      ];
    });
  }
}
