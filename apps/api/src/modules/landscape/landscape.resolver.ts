import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { PlacementMethod } from '@idt/maturity';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { PublishedAnswers, PublishedAnswersContext } from '../published-answers/published-answers.service';
import { LandscapeService } from './landscape.service';
import { FixedThresholdsInput, LandscapeModel, PlacementMethodEnum } from './models/landscape.model';
import { MovementModel, SystemProfileModel } from './models/profile.model';
import { PeerSharingModel } from './models/peer-sharing.model';
import { PeerSharingService } from './peer-sharing.service';
import { ProfileService } from './profile.service';

@Resolver(() => LandscapeModel)
export class LandscapeResolver {
  constructor(
    private readonly landscapeService: LandscapeService,
    private readonly peerSharing: PeerSharingService,
    private readonly profiles: ProfileService,
    private readonly published: PublishedAnswers,
  ) {}

  @Query(() => SystemProfileModel, { description: 'One ICS over time and against its peers.' })
  systemProfile(
    @CurrentCaller() caller: Caller,
    @Context() context: PublishedAnswersContext,
    @Args('systemId', { type: () => ID }) systemId: string,
  ) {
    // Published answers come from memory (docs/architecture.md, "Published answers"): a profile once all its cycles are.
    return this.published.answer(caller, context, 'systemProfile', { systemId }, () => this.profiles.systemProfile(caller, systemId), (p) =>
      p.cycles.every((c) => c.published),
    );
  }

  @Query(() => MovementModel, { description: 'How ICSs moved between adopter categories from one cycle to another.' })
  movement(
    @CurrentCaller() caller: Caller,
    @Context() context: PublishedAnswersContext,
    @Args('fromCycleId', { type: () => ID }) fromCycleId: string,
    @Args('toCycleId', { type: () => ID }) toCycleId: string,
    @Args('method', { type: () => PlacementMethodEnum, defaultValue: 'ROGERS_QUANTILES' }) method: PlacementMethod,
    @Args('naturalBreaksK', { type: () => Int, nullable: true }) naturalBreaksK?: number | null,
    @Args('thresholds', { type: () => FixedThresholdsInput, nullable: true }) thresholds?: FixedThresholdsInput | null,
  ) {
    const args = { fromCycleId, toCycleId, method, naturalBreaksK, thresholds };
    return this.published.answer(
      caller,
      context,
      'movement',
      args,
      () => this.profiles.movement(caller, fromCycleId, toCycleId, { method, naturalBreaksK, thresholds }),
      (m) => m.from.publishedAt !== null && m.to.publishedAt !== null,
    );
  }

  @Query(() => LandscapeModel, { description: 'A cycle’s ICSs on the diffusion curve, as far as you may see them.' })
  landscape(
    @CurrentCaller() caller: Caller,
    @Context() context: PublishedAnswersContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('method', { type: () => PlacementMethodEnum, defaultValue: 'ROGERS_QUANTILES' }) method: PlacementMethod,
    @Args('naturalBreaksK', { type: () => Int, nullable: true, description: '2–5 groups; 4 by default.' }) naturalBreaksK?: number | null,
    @Args('thresholds', { type: () => FixedThresholdsInput, nullable: true }) thresholds?: FixedThresholdsInput | null,
  ) {
    const request = { cycleId, method, naturalBreaksK, thresholds };
    return this.published.answer(caller, context, 'landscape', request, () => this.landscapeService.landscape(caller, request), (l) => l.published);
  }

  @Query(() => PeerSharingModel, {
    name: 'peerSharing',
    description: 'Whether an ICS is named to its peers in published landscapes, and whether you may change it.',
  })
  peerSharingChoice(@CurrentCaller() caller: Caller, @Args('systemId', { type: () => ID }) systemId: string) {
    return this.peerSharing.get(caller, systemId);
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
