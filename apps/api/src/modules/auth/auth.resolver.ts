import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import { UserAccountModel } from '../users/models/user-account.model';
import { UsersService } from '../users/users.service';
import { storableUserAgent } from '../account/device';
import { AuthService } from './auth.service';
import { Caller, CurrentCaller, CurrentUser } from './current-user.decorator';
import { SignInInput } from './dto/sign-in.input';
import { LocalSignInGuard, VerifiedAccount } from './local-sign-in.guard';
import { Public } from './public.decorator';
import { SignInMethodsModel } from './models/sign-in-methods.model';
import { OidcClient } from './oidc/oidc-client';
import { GraphQLContext } from './request-of';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { clientIp, SignedIn } from './signed-in';
import { readDeviceCookie, setDeviceCookie } from './device-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly usersService: UsersService,
    private readonly oidc: OidcClient,
  ) {}

  @Public()
  @Query(() => SignInMethodsModel, { description: 'How people can sign in to this deployment.' })
  signInMethods(): SignInMethodsModel {
    const settings = this.oidc.settings;
    return { password: true, singleSignOn: settings ? { name: settings.displayName, url: '/auth/oidc/login' } : null };
  }

  @Public()
  @Query(() => UserAccountModel, { nullable: true, description: 'The signed-in person, or null.' })
  me(@CurrentUser() signedIn: SignedIn | null) {
    return signedIn ? this.usersService.signedInAccount(signedIn) : null;
  }

  @Public()
  @UseGuards(LocalSignInGuard)
  @Mutation(() => UserAccountModel, {
    description: 'Signs in with an email address and password, setting the session cookie.',
  })
  async signIn(
    @Args('input') _input: SignInInput,
    @VerifiedAccount() account: { id: string },
    @Context() { req, res }: GraphQLContext,
  ) {
    setSessionCookie(res, await this.auth.openSession(account.id, clientIp(req), 'password', storableUserAgent(req.headers['user-agent'])));
    // This browser is now a known device: a stranger's failed guesses do not stop sign-in from it (ADR 0033).
    const device = await this.auth.rememberDevice(account.id, readDeviceCookie(req));
    if (device) setDeviceCookie(res, device);
    return this.usersService.me(account.id);
  }

  @Mutation(() => Boolean, { description: 'Ends this session everywhere and clears the cookie.' })
  async signOut(@CurrentCaller() caller: Caller, @Context() { res }: GraphQLContext) {
    await this.auth.closeSession(caller, caller.ip);
    clearSessionCookie(res);
    return true;
  }
}
