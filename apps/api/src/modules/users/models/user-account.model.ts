import { Role } from '@idt/domain';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { SystemModel } from '../../systems/models/system.model';
import { RoleEnum } from './role.enum';

@ObjectType('CohortReference', { description: 'A cohort named from elsewhere (e.g. in a role grant).' })
export class CohortReferenceModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('RoleGrant', { description: 'One role held by one person, with its scope.' })
export class RoleGrantModel {
  @Field(() => ID)
  id!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => SystemModel, { nullable: true, description: 'The ICS an ICS lead leads.' })
  system!: SystemModel | null;

  @Field(() => CohortReferenceModel, { nullable: true, description: 'The cohort a coach coaches.' })
  cohort!: CohortReferenceModel | null;

  @Field(() => GraphQLISODateTime)
  grantedAt!: Date;
}

@ObjectType('UserAccount', { description: 'A person who can sign in to IDT Canvas.' })
export class UserAccountModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When an admin deactivated the account; null while it is active.' })
  deactivatedAt!: Date | null;

  @Field(() => [RoleGrantModel])
  roleGrants!: RoleGrantModel[];
}
