import { Args, Query, Resolver } from '@nestjs/graphql';
import { SystemModel } from './models/system.model';
import { RegionModel } from './models/region.model';
import { Public } from '../auth/public.decorator';
import { SystemsService } from './systems.service';

/** England's regions and ICSs: public reference data (ONS and ODS publish them), open to everyone. */
@Public()
@Resolver(() => SystemModel)
export class SystemsResolver {
  constructor(private readonly systemsService: SystemsService) {}

  @Query(() => [SystemModel], {
    description: "England's Integrated Care Systems with their regions, ordered by region then name.",
  })
  systems(
    @Args('regionOdsCode', {
      type: () => String,
      nullable: true,
      description: 'Only the ICSs of this NHS England region (its ODS code, e.g. "Y60").',
    })
    regionOdsCode?: string | null,
  ): Promise<SystemModel[]> {
    return this.systemsService.listSystems({ regionOdsCode: regionOdsCode ?? undefined });
  }

  @Query(() => [RegionModel], { description: 'The seven NHS England regions, by name.' })
  regions(): Promise<RegionModel[]> {
    return this.systemsService.listRegions();
  }
}
