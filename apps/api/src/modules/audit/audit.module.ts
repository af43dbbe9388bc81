import { Module } from '@nestjs/common';
import { AuditTrailRepository } from './audit-trail.repository';
import { AuditTrailResolver } from './audit-trail.resolver';
import { AuditTrailService } from './audit-trail.service';
import { AuditRepository } from './audit.repository';

@Module({
  providers: [AuditRepository, AuditTrailRepository, AuditTrailService, AuditTrailResolver],
  exports: [AuditRepository],
})
export class AuditModule {}
