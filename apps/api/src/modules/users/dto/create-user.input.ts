import { Field, InputType } from '@nestjs/graphql';

/** An account with no password: no admin types another person's password (they accept an invitation instead). */
@InputType()
export class CreateUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;
}
