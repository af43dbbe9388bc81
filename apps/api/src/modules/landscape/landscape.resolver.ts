import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { PlacementMethod } from '@idt/maturity';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { AssessmentCycleModel } from '../canvas/models/assessment-cycle.model';
import { LandscapeService } from './landscape.service';
import { FixedThresholdsInput, LandscapeModel, PlacementMethodEnum } from './models/landscape.model';
import { MovementModel, SystemProfileModel } from './models/profile.model';
import { PeerSharingService } from './peer-sharing.service';
import { ProfileService } from './profile.service';

@Resolver(() => LandscapeModel)
export class LandscapeResolver {
  constructor(
    private readonly landscapeService: LandscapeService,
    private readonly peerSharing: PeerSharingService,
    private readonly profiles: ProfileService,
  ) {}

  @Query(() => SystemProfileModel, { description: 'One ICS over time and against its peers.' })
  systemProfile(@CurrentCaller() caller: Caller, @Args('systemId', { type: () => ID }) systemId: string) {
    return this.profiles.systemProfile(caller, systemId);
  }

  @Query(() => MovementModel, { description: 'How ICSs moved between adopter categories from one cycle to another.' })
  movement(
    @CurrentCaller() caller: Caller,
    @Args('fromCycleId', { type: () => ID }) fromCycleId: string,
    @Args('toCycleId', { type: () => ID }) toCycleId: string,
    @Args('method', { type: () => PlacementMethodEnum, defaultValue: 'ROGERS_QUANTILES' }) method: PlacementMethod,
    @Args('naturalBreaksK', { type: () => Int, nullable: true }) naturalBreaksK?: number | null,
    @Args('thresholds', { type: () => FixedThresholdsInput, nullable: true }) thresholds?: FixedThresholdsInput | null,
  ) {
    return this.profiles.movement(caller, fromCycleId, toCycleId, { method, naturalBreaksK, thresholds });
  }

  @Query(() => LandscapeModel, { description: 'A cycle’s ICSs on the diffusion curve, as far as you may see them.' })
  landscape(
    @CurrentCaller() caller: Caller,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('method', { type: () => PlacementMethodEnum, defaultValue: 'ROGERS_QUANTILES' }) method: PlacementMethod,
    @Args('naturalBreaksK', { type: () => Int, nullable: true, description: '2–5 groups; 4 by default.' }) naturalBreaksK?: number | null,
    @Args('thresholds', { type: () => FixedThresholdsInput, nullable: true }) thresholds?: FixedThresholdsInput | null,
  ) {
    return this.landscapeService.landscape(caller, { cycleId, method, naturalBreaksK, thresholds });
  }

  @Mutation(() => AssessmentCycleModel, { description: 'Publishes a cycle’s landscape. National viewers and admins.' })
  publishCycle(@CurrentCaller() caller: Caller, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return this.landscapeService.publish(caller, cycleId);
  }

  @Mutation(() => Boolean, { description: 'Whether your ICS is named to its peers in published landscapes.' })
  setPeerSharing(
    @CurrentCaller() caller: Caller,
    @Args('systemId', { type: () => ID }) systemId: string,
    @Args('shareNameWithPeers', { type: () => Boolean }) share: boolean,
  ) {
    return this.peerSharing.set(caller, systemId, share);
  }
}
