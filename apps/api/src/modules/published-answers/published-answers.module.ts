import { Module } from '@nestjs/common';
import { PublishedAnswersCache } from './published-answers.cache';
import { PublishedAnswersListener } from './published-answers.listener';
import { PublishedAnswers } from './published-answers.service';

/** Published landscapes, profiles and movements from memory, emptied on every replica when one changes. */
@Module({
  providers: [{ provide: PublishedAnswersCache, useFactory: () => new PublishedAnswersCache() }, PublishedAnswersListener, PublishedAnswers],
  exports: [PublishedAnswers, PublishedAnswersCache],
})
export class PublishedAnswersModule {}
