import { Role } from '@idt/domain';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { SystemModel } from '../../systems/models/system.model';
import { RoleEnum } from '../../users/models/role.enum';
import { CohortReferenceModel } from '../../users/models/user-account.model';

@ObjectType('InvitedRole', { description: 'A role an invited person will hold once they accept.' })
export class InvitedRoleModel {
  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => SystemModel, { nullable: true })
  system!: SystemModel | null;

  @Field(() => CohortReferenceModel, { nullable: true })
  cohort!: CohortReferenceModel | null;
}

@ObjectType('PendingInvitation', { description: 'An invitation not yet accepted or revoked. Admins only.' })
export class PendingInvitationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'They will sign in with NHS single sign-on.' })
  singleSignOn!: boolean;

  @Field(() => [InvitedRoleModel])
  roles!: InvitedRoleModel[];

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its current link was emailed; null until then.' })
  sentAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => Boolean, { description: 'Its link has expired: resend it to send a new one.' })
  expired!: boolean;
}

@ObjectType('Invitation', { description: 'What an invitation link shows the person it was sent to.' })
export class InvitationModel {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'They sign in with NHS single sign-on, and choose no password.' })
  singleSignOn!: boolean;
}
