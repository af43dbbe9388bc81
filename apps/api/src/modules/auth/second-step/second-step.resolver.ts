import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { storableUserAgent } from '../../account/device';
import { UserAccountModel } from '../../users/models/user-account.model';
import { UsersService } from '../../users/users.service';
import { AllowedBeforeSecondStep } from '../allowed-before-second-step.decorator';
import { AuthService } from '../auth.service';
import { Caller, CurrentCaller, CurrentUser } from '../current-user.decorator';
import { Public } from '../public.decorator';
import { GraphQLContext } from '../request-of';
import { clearPendingSignInCookie, readPendingSignInCookie, setSessionCookie } from '../session-cookie';
import { readDeviceCookie, setDeviceCookie } from '../device-cookie';
import { clientIp, SignedIn } from '../signed-in';
import {
  RecoveryCodesModel,
  SecondStepEnrolmentModel,
  SecondStepModel,
  SecondStepSignInModel,
  TurnOffSecondStepInput,
} from './second-step.models';
import { SecondStepService } from './second-step.service';

/** Two-step sign-in: thin; `SecondStepService` owns the rules and the access checks. */
@Resolver(() => UserAccountModel)
export class SecondStepResolver {
  constructor(
    private readonly service: SecondStepService,
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => SecondStepModel, { description: 'Two-step sign-in for this account.' })
  async secondStep(@Parent() account: { id: string }, @CurrentUser() signedIn: SignedIn | null): Promise<SecondStepModel> {
    const status = await this.service.status(account.id);
    const own = signedIn?.user.id === account.id;
    return {
      enrolled: status.enrolled,
      required: status.required,
      available: status.canUse,
      recoveryCodesLeft: own && status.enrolled ? status.recoveryCodesLeft : null,
      mustEnrolBeforeContinuing: own && signedIn?.mustEnrolSecondStep === true,
    };
  }

  @Public()
  @Mutation(() => SecondStepSignInModel, {
    description: 'Finishes a password sign-in with a code from the authenticator app or a recovery code, setting the session cookie.',
  })
  async completeSignInWithSecondStep(@Args('code') code: string, @Context() { req, res }: GraphQLContext): Promise<SecondStepSignInModel> {
    const ip = clientIp(req);
    const done = await this.service.completeSignIn(readPendingSignInCookie(req), code, ip);
    clearPendingSignInCookie(res);
    setSessionCookie(
      res,
      await this.auth.openSession(done.userId, ip, 'password', {
        secondStepUsed: done.usedRecoveryCode ? 'recovery code' : 'code',
        userAgent: storableUserAgent(req.headers['user-agent']),
      }),
    );
    // Only now, after both steps, is this browser a known device for sign-in throttling (ADR 0033).
    const device = await this.auth.rememberDevice(done.userId, readDeviceCookie(req));
    if (device) setDeviceCookie(res, device);
    return {
      account: await this.users.me(done.userId),
      usedRecoveryCode: done.usedRecoveryCode,
      recoveryCodesLeft: done.recoveryCodesLeft,
    };
  }

  @AllowedBeforeSecondStep()
  @Mutation(() => SecondStepEnrolmentModel, {
    description: 'Starts setting up two-step sign-in for the signed-in person: a new key to scan or type.',
  })
  startSecondStepEnrolment(@CurrentCaller() caller: Caller): Promise<SecondStepEnrolmentModel> {
    return this.service.startEnrolment(caller);
  }

  @AllowedBeforeSecondStep()
  @Mutation(() => RecoveryCodesModel, {
    description: 'Confirms two-step sign-in with a first code; answers ten recovery codes, shown this once.',
  })
  async confirmSecondStepEnrolment(
    @Args('code') code: string,
    @CurrentCaller() caller: Caller,
    @Context() { res }: GraphQLContext,
  ): Promise<RecoveryCodesModel> {
    const done = await this.service.confirmEnrolment(caller, code);
    if (done.newSessionToken) setSessionCookie(res, done.newSessionToken);
    return { codes: done.recoveryCodes };
  }

  @Mutation(() => UserAccountModel, {
    description: 'Turns two-step sign-in off for the signed-in person (with a current code or the password), unless their role requires it.',
  })
  async turnOffSecondStep(@Args('input') input: TurnOffSecondStepInput, @CurrentCaller() caller: Caller) {
    await this.service.turnOff(caller, input);
    return this.users.me(caller.user.id);
  }

  @Mutation(() => UserAccountModel, {
    description: "Removes someone's two-step sign-in (e.g. a lost phone) and ends their sessions. Admins only; audited.",
  })
  async resetSecondStep(@Args('userId', { type: () => ID }) userId: string, @CurrentCaller() caller: Caller) {
    await this.service.reset(caller, userId);
    return this.users.get(caller, userId.toLowerCase());
  }
}
