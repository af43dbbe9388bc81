import { Role } from '@idt/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { RoleEnum } from '../../users/models/role.enum';

@InputType({ description: 'A role the invited person will hold: the same choices as a role grant.' })
export class InvitedRoleInput {
  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for ICS_LEAD: the ICS they lead.' })
  systemId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for COACH: the cohort they coach.' })
  cohortId?: string | null;
}

@InputType()
export class InviteUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [InvitedRoleInput])
  roles!: InvitedRoleInput[];

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'They sign in with NHS single sign-on (only when it is set up), so they choose no password.',
  })
  singleSignOn?: boolean | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String, { description: 'The token from the invitation link.' })
  token!: string;

  @Field(() => String, { nullable: true, description: 'The password they choose. Leave out for single sign-on.' })
  password?: string | null;
}
