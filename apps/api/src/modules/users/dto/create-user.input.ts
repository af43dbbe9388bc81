import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class CreateUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'For a local account. Leave out for someone who signs in only with NHS single sign-on.',
  })
  password?: string | null;
}
