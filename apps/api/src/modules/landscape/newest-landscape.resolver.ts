import { ID, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { NewestLandscapeService } from './newest-landscape.service';

@Resolver()
export class NewestLandscapeResolver {
  constructor(private readonly newest: NewestLandscapeService) {}

  @Query(() => ID, {
    nullable: true,
    description: 'The newest assessment cycle whose landscape shows you at least one ICS; null when none does yet.',
  })
  newestLandscapeCycleId(@CurrentCaller() caller: Caller) {
    return this.newest.newestCycleId(caller);
  }
}
