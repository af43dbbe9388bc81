import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { NotificationsModel } from './models/notification.model';
import { NotificationsService } from './notifications.service';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly notificationsService: NotificationsService) {}

  @Query(() => NotificationsModel, { description: 'Your notifications, newest first, and how many are unread.' })
  notifications(@CurrentCaller() caller: Caller, @Args('first', { type: () => Int, defaultValue: 20 }) first: number) {
    return this.notificationsService.list(caller, first);
  }

  @Mutation(() => Int, { description: 'Marks some of your notifications read; returns how many changed.' })
  markNotificationsRead(@CurrentCaller() caller: Caller, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.notificationsService.markRead(caller, ids);
  }
}
