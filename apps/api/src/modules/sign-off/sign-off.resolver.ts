import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { AssessmentCycleModel } from '../canvas/models/assessment-cycle.model';
import { CorrectableFiguresModel, FiguresRevisionModel, LevelCorrectionInput, OpenSignOffQueryModel, ProvisionalFiguresModel, PublishPreviewModel, SignOffAnswerEnum, SignOffRowModel, SignOffSummaryModel } from './sign-off.models';
import { SignOffService } from './sign-off.service';

@Resolver()
export class SignOffResolver {
  constructor(private readonly signOff: SignOffService) {}

  @Query(() => [ProvisionalFiguresModel], {
    description: 'Your ICS’s provisional figures to check: in one cycle, or in every closed cycle not yet published. ICS leads.',
  })
  myProvisionalFigures(@CurrentCaller() caller: Caller, @Args('cycleId', { type: () => ID, nullable: true }) cycleId?: string | null) {
    return this.signOff.myProvisionalFigures(caller, cycleId ?? null);
  }

  @Mutation(() => SignOffRowModel, { description: 'Confirms your ICS’s provisional figures, or queries them with a comment. Its leads only.' })
  answerSignOff(
    @CurrentCaller() caller: Caller,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('systemId', { type: () => ID }) systemId: string,
    @Args('answer', { type: () => SignOffAnswerEnum }) answer: SignOffAnswerEnum,
    @Args('comment', { type: () => String, nullable: true, description: 'Required with a query.' }) comment?: string | null,
  ) {
    return this.signOff.answerSignOff(caller, { cycleId, systemId, answer, comment });
  }

  @Query(() => SignOffSummaryModel, { description: 'Who confirmed, queried or has not answered: every ICS for admins, your own ICSs otherwise.' })
  signOffSummary(@CurrentCaller() caller: Caller, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return this.signOff.summary(caller, cycleId);
  }

  @Query(() => [OpenSignOffQueryModel], {
    description: 'Queries about provisional figures not yet published that you may read: your cohorts’ as a coach, every ICS’s as an admin.',
  })
  openSignOffQueries(@CurrentCaller() caller: Caller) {
    return this.signOff.openQueries(caller);
  }

  @Query(() => PublishPreviewModel, { description: 'What publishing a cycle will make visible to whom. Those who may publish.' })
  publishPreview(@CurrentCaller() caller: Caller, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return this.signOff.publishPreview(caller, cycleId);
  }

  @Mutation(() => AssessmentCycleModel, {
    description: 'Publishes a closed cycle’s landscape, final, and tells every participating ICS’s leads. National viewers and admins.',
  })
  publishCycle(
    @CurrentCaller() caller: Caller,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('confirmed', { type: () => Boolean, description: 'You read what becomes visible to whom, and that it cannot be undone.' }) confirmed: boolean,
    @Args('outstandingSystemIds', { type: () => [ID], description: 'publishPreview’s list, as you were shown it.' }) outstandingSystemIds: string[],
  ) {
    return this.signOff.publish(caller, { cycleId, confirmed, outstandingSystemIds });
  }

  @Query(() => CorrectableFiguresModel, {
    description: 'An ICS’s published figures in a cycle, criterion by criterion with the level that counts: what a correction starts from. Admins.',
  })
  correctableFigures(@CurrentCaller() caller: Caller, @Args('cycleId', { type: () => ID }) cycleId: string, @Args('systemId', { type: () => ID }) systemId: string) {
    return this.signOff.correctableLevels(caller, { cycleId, systemId });
  }

  @Mutation(() => FiguresRevisionModel, {
    description:
      'Corrects an ICS’s published figures: the corrected levels, with a reason, recorded as a numbered revision; the cycle is placed again and the ICS’s leads are told. Admins.',
  })
  reviseFigures(
    @CurrentCaller() caller: Caller,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('systemId', { type: () => ID }) systemId: string,
    @Args('reason', { type: () => String }) reason: string,
    @Args('levels', { type: () => [LevelCorrectionInput], description: 'At least one criterion and its corrected level.' }) levels: LevelCorrectionInput[],
  ) {
    return this.signOff.revise(caller, { cycleId, systemId, reason, levels });
  }
}
