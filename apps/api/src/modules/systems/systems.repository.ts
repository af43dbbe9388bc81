import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SystemEntity } from './system.entity';
import { RegionEntity } from './region.entity';
import { RegionRecord, SystemRecord } from './systems.types';

/** The only place that knows how regions and ICSs are stored. */
@Injectable()
export class SystemsRepository {
  constructor(
    @InjectRepository(SystemEntity) private readonly systems: Repository<SystemEntity>,
    @InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>,
  ) {}

  /** ICSs with their region, in one statement, ordered by region then name. */
  async findSystems(filter: { regionOdsCode?: string } = {}): Promise<SystemRecord[]> {
    const query = this.systems
      .createQueryBuilder('system')
      .innerJoinAndSelect('system.region', 'region')
      .orderBy('region.name', 'ASC')
      .addOrderBy('system.name', 'ASC');
    if (filter.regionOdsCode !== undefined) {
      query.where('region.odsCode = :regionOdsCode', { regionOdsCode: filter.regionOdsCode });
    }
    const rows = await query.getMany();
    return rows.map(toSystem);
  }

  async findSystem(id: string): Promise<SystemRecord | null> {
    const row = await this.systems.findOne({ where: { id }, relations: { region: true } });
    return row && toSystem(row);
  }

  async findRegions(): Promise<RegionRecord[]> {
    const rows = await this.regions.find({ order: { name: 'ASC' } });
    return rows.map(toRegion);
  }

  async systemExists(id: string): Promise<boolean> {
    return this.systems.exists({ where: { id } });
  }

  async findRegionByOdsCode(odsCode: string): Promise<RegionRecord | null> {
    const row = await this.regions.findOne({ where: { odsCode } });
    return row && toRegion(row);
  }
}

function toSystem({ id, onsCode, odsCode, name, region }: SystemEntity): SystemRecord {
  return { id, onsCode, odsCode, name, region: toRegion(region) };
}

function toRegion({ id, odsCode, onsCode, name }: RegionEntity): RegionRecord {
  return { id, odsCode, onsCode, name };
}
