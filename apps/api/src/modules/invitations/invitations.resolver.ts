import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { Public } from '../auth/public.decorator';
import { GraphQLContext } from '../auth/request-of';
import { setSessionCookie } from '../auth/session-cookie';
import { clientIp } from '../auth/signed-in';
import { UserAccountModel } from '../users/models/user-account.model';
import { UsersService } from '../users/users.service';
import { AcceptInvitationInput, InviteUserInput } from './dto/invite-user.input';
import { InvitationModel, PendingInvitationModel } from './models/invitation.model';
import { InvitationsService } from './invitations.service';

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly usersService: UsersService,
  ) {}

  @Query(() => [PendingInvitationModel], { description: 'Invitations not yet accepted or revoked, oldest first. Admins only.' })
  pendingInvitations(@CurrentCaller() caller: Caller) {
    return this.invitations.listPending(caller);
  }

  @Mutation(() => PendingInvitationModel, { description: 'Invites a person by email with their roles. Admins only.' })
  inviteUser(@CurrentCaller() caller: Caller, @Args('input') input: InviteUserInput) {
    return this.invitations.invite(caller, input);
  }

  @Mutation(() => PendingInvitationModel, { description: 'Emails a new link (the old one stops working). Admins only.' })
  resendInvitation(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.invitations.resend(caller, id);
  }

  @Mutation(() => Boolean, { description: 'Withdraws a pending invitation: its link stops working. Admins only.' })
  revokeInvitation(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.invitations.revoke(caller, id);
  }

  @Public()
  @Query(() => InvitationModel, { description: 'The invitation behind a link: the invitee’s own name and email only.' })
  invitation(@Args('token') token: string, @Context() { req }: GraphQLContext) {
    return this.invitations.forInvitee(token, clientIp(req));
  }

  @Public()
  @Mutation(() => UserAccountModel, {
    description: 'Accepts an invitation: sets their password and signs them in (single sign-on: they sign in with it next).',
  })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() { req, res }: GraphQLContext) {
    const accepted = await this.invitations.accept(input.token, input.password, clientIp(req));
    if (accepted.sessionToken) setSessionCookie(res, accepted.sessionToken);
    return this.usersService.me(accepted.userId);
  }
}
