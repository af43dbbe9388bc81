import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { UserAccountModel } from '../../users/models/user-account.model';

@ObjectType('SecondStep', { description: "A person's two-step sign-in (an authenticator app)." })
export class SecondStepModel {
  @Field(() => Boolean, { description: 'Set up: signing in with a password asks for a code too.' })
  enrolled!: boolean;

  @Field(() => Boolean, { description: 'Their role (admin, national viewer) requires it for password sign-in.' })
  required!: boolean;

  @Field(() => Boolean, { description: 'They sign in with a password, so they can set it up (single sign-on accounts cannot).' })
  available!: boolean;

  @Field(() => Int, { nullable: true, description: 'Unused recovery codes: for the person themselves only, else null.' })
  recoveryCodesLeft!: number | null;

  @Field(() => Boolean, {
    description: 'This session may do nothing until the second step is set up (the signed-in person only).',
  })
  mustEnrolBeforeContinuing!: boolean;
}

@ObjectType('SecondStepEnrolment', { description: 'A new authenticator secret to scan or type, until confirmed.' })
export class SecondStepEnrolmentModel {
  @Field(() => String, { description: 'The key to type into an authenticator app, in groups of four.' })
  manualKey!: string;

  @Field(() => String, { description: 'The QR code of the otpauth:// address, as a data: URL (PNG) for an img.' })
  qrCodeDataUrl!: string;
}

@ObjectType('RecoveryCodes', { description: 'Ten single-use recovery codes: shown this once, stored only as hashes.' })
export class RecoveryCodesModel {
  @Field(() => [String])
  codes!: string[];
}

@ObjectType('SecondStepSignIn', { description: 'A sign-in completed with its second step.' })
export class SecondStepSignInModel {
  @Field(() => UserAccountModel)
  account!: unknown;

  @Field(() => Boolean, { description: 'A recovery code was used (and is now used up).' })
  usedRecoveryCode!: boolean;

  @Field(() => Int, { description: 'Unused recovery codes left.' })
  recoveryCodesLeft!: number;
}

@InputType()
export class TurnOffSecondStepInput {
  @Field(() => String, { nullable: true, description: 'A current code from the authenticator app…' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: '…or the current password.' })
  password?: string | null;
}
