import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { AuditTrailService } from './audit-trail.service';
import { AuditEventFilterInput, AuditEventPageModel, AuditEventsCsvModel } from './models/audit-trail.model';

@Resolver()
export class AuditTrailResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Query(() => AuditEventPageModel, { description: 'The audit trail, newest first, a page at a time. Admins and national viewers.' })
  auditEvents(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => AuditEventFilterInput, nullable: true }) filter?: AuditEventFilterInput | null,
    @Args('after', { type: () => String, nullable: true, description: 'The `endCursor` of the page before.' }) after?: string | null,
    @Args('first', { type: () => Int, nullable: true, description: '1–200 events; 50 by default.' }) first?: number | null,
  ) {
    return this.trail.page(caller, filter, after, first);
  }

  @Query(() => AuditEventsCsvModel, { description: 'The filtered audit trail as a CSV file (the newest 10,000 events at most).' })
  auditEventsCsv(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => AuditEventFilterInput, nullable: true }) filter?: AuditEventFilterInput | null,
  ) {
    return this.trail.csv(caller, filter);
  }
}
