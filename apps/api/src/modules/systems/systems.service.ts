import { isRegionOdsCode } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { BadUserInputError, requireUuid } from '../../common/app-error';
import { SystemsRepository } from './systems.repository';
import { RegionRecord, SystemRecord } from './systems.types';

/** England's reference geography: the NHS England regions and their ICSs. Public reference data. */
@Injectable()
export class SystemsService {
  constructor(private readonly repository: SystemsRepository) {}

  /** All 42 ICSs, or those of one region; a region code that is malformed or unknown is refused. */
  async listSystems(filter: { regionOdsCode?: string } = {}): Promise<SystemRecord[]> {
    const { regionOdsCode } = filter;
    if (regionOdsCode !== undefined) {
      if (!isRegionOdsCode(regionOdsCode)) {
        throw new BadUserInputError(
          'A region code is "Y" and two digits, for example "Y60" for the Midlands.',
          'regionOdsCode',
        );
      }
      if (!(await this.repository.findRegionByOdsCode(regionOdsCode))) {
        throw new BadUserInputError(`There is no NHS England region with the code "${regionOdsCode}".`, 'regionOdsCode');
      }
    }
    return this.repository.findSystems({ regionOdsCode });
  }

  /** One ICS with its region, or null if there is none with that id. */
  async findSystem(systemId: string): Promise<SystemRecord | null> {
    return this.repository.findSystem(requireUuid(systemId, 'systemId'));
  }

  /** Refuses an id that is not one of England's ICSs. */
  async requireSystem(systemId: string, field = 'systemId'): Promise<void> {
    if (!(await this.repository.systemExists(requireUuid(systemId, field)))) {
      throw new BadUserInputError('There is no ICS with that id.', field);
    }
  }

  listRegions(): Promise<RegionRecord[]> {
    return this.repository.findRegions();
  }
}
