import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../graphql/enum-of';

export const ACTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ActionStatusEnum = enumOf(ACTION_STATUSES);
registerEnumType(ActionStatusEnum, { name: 'ActionStatus' });

@ObjectType('ActionPlanItem', {
  description: '"How to get there": one action of an ICS’s plan, carried from cycle to cycle until done.',
})
export class ActionPlanItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The canvas domain it helps with.' })
  domainKey!: string;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  owner!: string;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  dueOn!: string | null;

  @Field(() => ActionStatusEnum)
  status!: ActionStatus;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@InputType()
export class ActionPlanItemInput {
  @Field(() => String)
  domainKey!: string;

  @Field(() => String)
  action!: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  owner?: string | null;

  @Field(() => String, { nullable: true })
  dueOn?: string | null;

  @Field(() => ActionStatusEnum, { nullable: true, defaultValue: 'NOT_STARTED' })
  status?: ActionStatus | null;
}
