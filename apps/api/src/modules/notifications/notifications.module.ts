import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { JobsModule } from '../jobs/jobs.module';
import { EMAIL_SENDER, emailSenderFor } from './email-sender';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [JobsModule],
  providers: [
    NotificationsRepository,
    NotificationsService,
    NotificationsResolver,
    { provide: EMAIL_SENDER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => emailSenderFor(config.email) },
  ],
  exports: [NotificationsService, EMAIL_SENDER],
})
export class NotificationsModule {}
