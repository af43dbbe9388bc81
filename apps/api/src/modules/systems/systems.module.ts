import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SystemEntity } from './system.entity';
import { RegionEntity } from './region.entity';
import { SystemsRepository } from './systems.repository';
import { SystemsResolver } from './systems.resolver';
import { SystemsService } from './systems.service';

@Module({
  imports: [TypeOrmModule.forFeature([RegionEntity, SystemEntity])],
  providers: [SystemsRepository, SystemsService, SystemsResolver],
  exports: [SystemsService],
})
export class SystemsModule {}
