import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('MySession', { description: 'One of the signed-in person’s own live sessions.' })
export class MySessionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The browser and system, read from what the browser said at sign-in, e.g. "Chrome on Windows".' })
  device!: string;

  @Field(() => GraphQLISODateTime)
  signedInAt!: Date;

  @Field(() => GraphQLISODateTime)
  lastUsedAt!: Date;

  @Field(() => Boolean, { description: 'True for the session this request was made with.' })
  current!: boolean;
}

@ObjectType('MyAccount', { description: 'The signed-in person’s own account: what "Your account" shows.' })
export class MyAccountModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => Boolean, { description: 'False for an account that signs in only with NHS single sign-on.' })
  hasPassword!: boolean;

  @Field(() => [MySessionModel], { description: 'Live sessions, most recently used first.' })
  sessions!: MySessionModel[];
}
