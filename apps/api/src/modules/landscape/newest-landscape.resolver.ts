import { Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { NewestLandscapeService } from './newest-landscape.service';

@ObjectType('NewestLandscape', { description: 'Which landscape to show someone who has not chosen a cycle.' })
export class NewestLandscapeModel {
  @Field(() => ID, { nullable: true, description: 'The newest cycle whose landscape shows you at least one ICS; null when none does yet.' })
  cycleId!: string | null;
}

@Resolver()
export class NewestLandscapeResolver {
  constructor(private readonly newest: NewestLandscapeService) {}

  @Query(() => NewestLandscapeModel, { description: 'The landscape to show when no cycle is chosen: the newest in which you see any ICS.' })
  async newestLandscape(@CurrentCaller() caller: Caller): Promise<NewestLandscapeModel> {
    return { cycleId: await this.newest.newestCycleId(caller) };
  }
}
