import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('SingleSignOn', { description: 'NHS single sign-on (OpenID Connect), when this deployment offers it.' })
export class SingleSignOnModel {
  @Field(() => String, { description: 'What to call it on the button, e.g. "NHS CIS2".' })
  name!: string;

  @Field(() => String, { description: 'Where the browser goes to start it (add ?returnTo=/path).' })
  url!: string;
}

@ObjectType('SignInMethods')
export class SignInMethodsModel {
  @Field(() => Boolean, { description: 'Email address and password.' })
  password!: boolean;

  @Field(() => SingleSignOnModel, { nullable: true })
  singleSignOn!: SingleSignOnModel | null;
}
