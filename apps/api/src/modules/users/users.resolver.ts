import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { CreateUserInput } from './dto/create-user.input';
import { GrantRoleInput } from './dto/grant-role.input';
import { UserAccountModel } from './models/user-account.model';
import { UsersService } from './users.service';

@Resolver(() => UserAccountModel)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Query(() => [UserAccountModel], { description: 'Every account, by name. Admins only.' })
  users(@CurrentCaller() caller: Caller) {
    return this.usersService.list(caller);
  }

  @Query(() => UserAccountModel, { description: 'One account. Admins only.' })
  user(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.usersService.get(caller, id);
  }

  @Mutation(() => UserAccountModel, {
    description: 'Creates an account with no roles and no password (single sign-on only). Admins only: invite people instead.',
  })
  createUser(@CurrentCaller() caller: Caller, @Args('input') input: CreateUserInput) {
    return this.usersService.create(caller, input);
  }

  @Mutation(() => UserAccountModel, {
    description: 'Deactivates a leaver: ends all their sessions and stops them signing in by any route. Admins only.',
  })
  deactivateUser(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.usersService.deactivate(caller, id);
  }

  @Mutation(() => UserAccountModel, { description: 'Lets a deactivated account sign in again. Admins only.' })
  reactivateUser(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.usersService.reactivate(caller, id);
  }

  @Mutation(() => UserAccountModel, { description: 'Gives a person a role. Admins only.' })
  grantRole(@CurrentCaller() caller: Caller, @Args('input') input: GrantRoleInput) {
    return this.usersService.grantRole(caller, input);
  }

  @Mutation(() => UserAccountModel, { description: 'Takes a role away. Admins only.' })
  revokeRole(@CurrentCaller() caller: Caller, @Args('grantId', { type: () => ID }) grantId: string) {
    return this.usersService.revokeRole(caller, grantId);
  }
}
