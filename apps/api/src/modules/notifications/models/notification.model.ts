import { NOTIFICATION_KINDS, NotificationKind } from '@idt/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../graphql/enum-of';

export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });

@ObjectType('Notification', { description: 'Something that happened that you need to know about.' })
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field(() => String)
  message!: string;

  @Field(() => ID, { nullable: true, description: 'The assessment it is about.' })
  assessmentId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt!: Date | null;
}

@ObjectType('Notifications')
export class NotificationsModel {
  @Field(() => Int)
  unreadCount!: number;

  @Field(() => [NotificationModel], { description: 'Newest first.' })
  items!: NotificationModel[];
}
