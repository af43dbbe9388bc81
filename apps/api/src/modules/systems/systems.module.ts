import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IntegratedCareSystemEntity } from './integrated-care-system.entity';
import { RegionEntity } from './region.entity';
import { SystemsRepository } from './systems.repository';
import { SystemsResolver } from './systems.resolver';
import { SystemsService } from './systems.service';

@Module({
  imports: [TypeOrmModule.forFeature([RegionEntity, IntegratedCareSystemEntity])],
  providers: [SystemsRepository, SystemsService, SystemsResolver],
  exports: [SystemsService, SystemsRepository],
})
export class SystemsModule {}
