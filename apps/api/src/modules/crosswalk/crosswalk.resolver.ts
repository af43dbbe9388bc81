import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { ProfileCycleModel } from '../landscape/models/profile.model';
import { PublishedAnswersContext } from '../published-answers/published-answers.service';
import { CrosswalkService } from './crosswalk.service';
import { CrosswalkLandscapeModel, CrosswalkScoresModel } from './models/crosswalk.model';

/** Every ICS of a cycle and the nation in the crosswalk's terms (ADR 0025). */
@Resolver(() => CrosswalkLandscapeModel)
export class CrosswalkResolver {
  constructor(private readonly crosswalks: CrosswalkService) {}

  @Query(() => CrosswalkLandscapeModel, {
    description:
      'Every ICS of a cycle and the nation, in the terms of the crosswalk (NHS England’s five domains): admins and national viewers only. No citation, figures or ICSs when no published canvas version has a crosswalk.',
  })
  crosswalkLandscape(@CurrentCaller() caller: Caller, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return this.crosswalks.landscape(caller, cycleId);
  }
}

/** An ICS's result in one cycle of its profile, read in the crosswalk: part of the profile, under its access rule. */
@Resolver(() => ProfileCycleModel)
export class ProfileCycleCrosswalkResolver {
  constructor(private readonly crosswalks: CrosswalkService) {}

  @ResolveField(() => CrosswalkScoresModel, {
    nullable: true,
    description:
      'This cycle’s result in the terms of a crosswalk (NHS England’s five domains): its own canvas version’s, else the latest published version’s with the levels mapped onto it. Null when no published version has a crosswalk.',
  })
  crosswalk(@CurrentCaller() caller: Caller, @Context() context: PublishedAnswersContext, @Parent() parent: ProfileCycleModel) {
    // Worked out on every request (a canvas version published later changes it), so the whole answer is never kept
    // or given an ETag as a published answer (docs/architecture.md, "Published answers").
    const noted = (context.publishedAnswers ??= { hashes: [], others: 0 });
    noted.others += 1;
    return this.crosswalks.ofProfileCycle(caller, parent.systemId, parent.cycle);
  }
}
