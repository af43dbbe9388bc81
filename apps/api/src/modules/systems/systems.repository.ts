import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { SystemEntity } from './system.entity';
import { RegionEntity } from './region.entity';
import { RegionRecord, SystemRecord } from './systems.types';

/** The only place that knows how regions and ICSs are stored. */
@Injectable()
export class SystemsRepository {
  /** ICSs read so far, by id (see `findSystemsByIds`). */
  private readonly known = new Map<string, SystemRecord>();

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

  /**
   * These ICSs with their regions, by id: how other modules return ICSs nested in their own records (the shape of an
   * ICS is known here only). ICSs and regions are reference data that only migrations change, so each replica keeps
   * those it has read and asks the database (in one statement) only for ids it has not seen.
   */
  async findSystemsByIds(ids: readonly string[]): Promise<Map<string, SystemRecord>> {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id));
    if (missing.length > 0) {
      const rows = await this.systems.find({ where: { id: In(missing) }, relations: { region: true } });
      for (const row of rows) this.known.set(row.id, toSystem(row));
    }
    return new Map(ids.flatMap((id) => {
      const system = this.known.get(id);
      return system ? [[id, system] as const] : [];
    }));
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
