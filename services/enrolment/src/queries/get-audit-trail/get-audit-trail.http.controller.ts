import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, BrinParam, IdParam } from '@okr/service-kit';
import { AuditEntry, auditTrailOf } from '../../http/audit-trail';
import { AggregateStore } from '@okr/messaging';
import { streams } from '../../infrastructure/enrolment.aggregates';

/**
 * Every record's audit trail: who changed what when, old → new, from the record's commits (each commit
 * stores its actor and command, so the trail cannot drift from the data).
 */
@ApiTags('audit')
@Controller()
@Roles('helpdesk', 'subsidy-officer', 'admin')
export class GetAuditTrailHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get('schools/:brin/audit')
  @ApiOperation({ summary: "A school's audit trail" })
  @ApiOkResponse({ type: [AuditEntry], description: 'Every change, oldest first' })
  @ApiNotFoundResponse({ description: 'AUDIT.NOT_FOUND: no such record' })
  async school(@Param() { brin }: BrinParam): Promise<AuditEntry[]> {
    return this.trail(streams.school(brin));
  }

  @Get('inquiries/:id/audit')
  @ApiOperation({ summary: "An inquiry's audit trail" })
  @ApiOkResponse({ type: [AuditEntry], description: 'Every change, oldest first' })
  async inquiry(@Param() { id }: IdParam): Promise<AuditEntry[]> {
    return this.trail(streams.inquiry(id));
  }

  @Get('subsidy-rounds/:id/audit')
  @ApiOperation({ summary: "A subsidy round's audit trail (its budget reservations included)" })
  @ApiOkResponse({ type: [AuditEntry], description: 'Every change, oldest first' })
  async round(@Param() { id }: IdParam): Promise<AuditEntry[]> {
    return this.trail(streams.round(id));
  }

  @Get('subsidy-applications/:id/audit')
  @ApiOperation({ summary: "An application's audit trail" })
  @ApiOkResponse({ type: [AuditEntry], description: 'Every change, oldest first' })
  async application(@Param() { id }: IdParam): Promise<AuditEntry[]> {
    return this.trail(streams.application(id));
  }

  @Get('participations/:id/audit')
  @ApiOperation({ summary: "A participation's audit trail" })
  @ApiOkResponse({ type: [AuditEntry], description: 'Every change, oldest first' })
  async participation(@Param() { id }: IdParam): Promise<AuditEntry[]> {
    return this.trail(streams.participation(id));
  }

  @Get('activity-catalogue/audit')
  @ApiOperation({ summary: "The activity catalogue's audit trail" })
  @ApiOkResponse({ type: [AuditEntry], description: 'Every change, oldest first' })
  @ApiNotFoundResponse({ description: 'AUDIT.NOT_FOUND: the catalogue was never set' })
  async catalogue(): Promise<AuditEntry[]> {
    return this.trail(streams.catalogue());
  }

  private async trail(stream: string): Promise<AuditEntry[]> {
    const commits = await this.store.history(stream);
    if (commits.length === 0) {
      throw new NotFoundException({
        code: 'AUDIT.NOT_FOUND',
        title: 'No such record',
        detail: `${stream} has no history`,
      });
    }
    return auditTrailOf(commits);
  }
}
