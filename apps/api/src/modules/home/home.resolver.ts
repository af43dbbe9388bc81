import { Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { HomeService } from './home.service';
import { HomeModel } from './models/home.model';

@Resolver(() => HomeModel)
export class HomeResolver {
  constructor(private readonly homeService: HomeService) {}

  @Query(() => HomeModel, { description: 'What you need to do now: a section for each role you hold.' })
  home(@CurrentCaller() caller: Caller) {
    return this.homeService.home(caller);
  }
}
