import { Role } from '@idt/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { RoleEnum } from '../models/role.enum';

@InputType()
export class GrantRoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for ICS_LEAD: the ICS they lead.' })
  systemId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for COACH: the cohort they coach.' })
  cohortId?: string | null;
}
