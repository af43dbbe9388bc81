import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String)
  newPassword!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the emailed link (/reset-password/<token>).' })
  token!: string;

  @Field(() => String)
  newPassword!: string;
}
