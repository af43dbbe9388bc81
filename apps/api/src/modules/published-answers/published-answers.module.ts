import { Module } from '@nestjs/common';
import { PublishedAnswersCache } from './published-answers.cache';
import { PublishedAnswersListener } from './published-answers.listener';
import { PublishedAnswers } from './published-answers.service';
import { PublishedResponses } from './published-responses';
import { AuthModule } from '../auth/auth.module';

/** Published landscapes, profiles and movements from memory, emptied on every replica when one changes. */
@Module({
  imports: [AuthModule],
  providers: [PublishedResponses, { provide: PublishedAnswersCache, useFactory: () => new PublishedAnswersCache() }, PublishedAnswersListener, PublishedAnswers],
  exports: [PublishedAnswers, PublishedAnswersCache, PublishedResponses],
})
export class PublishedAnswersModule {}
