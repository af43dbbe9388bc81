import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { Public } from '../auth/public.decorator';
import { GraphQLContext } from '../auth/request-of';
import { clientIp } from '../auth/signed-in';
import { AccountService } from './account.service';
import { ChangePasswordInput, ResetPasswordInput } from './dto/passwords.input';
import { MyAccountModel } from './models/my-account.model';

@Resolver()
export class AccountResolver {
  constructor(private readonly account: AccountService) {}

  @Query(() => MyAccountModel, { description: 'The signed-in person’s own account, with their live sessions.' })
  myAccount(@CurrentCaller() caller: Caller) {
    return this.account.myAccount(caller);
  }

  @Mutation(() => Boolean, { description: 'Ends one of the signed-in person’s own sessions (anyone else’s is not found).' })
  endMySession(@CurrentCaller() caller: Caller, @Args('sessionId', { type: () => ID }) sessionId: string) {
    return this.account.endMySession(caller, sessionId);
  }

  @Mutation(() => Int, { description: 'Ends every session of the signed-in person except this one; returns how many ended.' })
  endMyOtherSessions(@CurrentCaller() caller: Caller) {
    return this.account.endMyOtherSessions(caller);
  }

  @Mutation(() => Boolean, { description: 'Changes the signed-in person’s password; their other sessions end.' })
  changePassword(@CurrentCaller() caller: Caller, @Args('input') input: ChangePasswordInput) {
    return this.account.changePassword(caller, input.currentPassword, input.newPassword);
  }

  // Public on purpose: a person who has forgotten their password is not signed in.
  @Public()
  @Mutation(() => String, {
    description: 'Emails a reset link if an account uses this address. The answer is the same whether or not one does.',
  })
  requestPasswordReset(@Args('email') email: string, @Context() { req }: GraphQLContext) {
    return this.account.requestPasswordReset(email, clientIp(req));
  }

  // Public on purpose: the emailed link is the proof.
  @Public()
  @Query(() => Boolean, { description: 'Whether an emailed reset link still works (false when unknown, used or expired).' })
  passwordResetLinkWorks(@Args('token') token: string) {
    return this.account.resetLinkWorks(token);
  }

  // Public on purpose: the emailed link is the proof.
  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password with an emailed reset link; every session of the person ends.' })
  resetPassword(@Args('input') input: ResetPasswordInput, @Context() { req }: GraphQLContext) {
    return this.account.resetPassword(input.token, input.newPassword, clientIp(req));
  }
}
