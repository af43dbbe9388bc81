import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType('AuditEventFilter', { description: 'Which events to list; every field is optional and they all apply together.' })
export class AuditEventFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only what this person did.' })
  actorUserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events about this ICS (its assessments, action plan, sharing choice, leads, cohort membership).' })
  systemId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only these kinds of event (see `auditEvents.kinds`).' })
  actions?: string[] | null;

  @Field(() => String, { nullable: true, description: 'From this day (YYYY-MM-DD, UK time), inclusive.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to this day (YYYY-MM-DD, UK time), inclusive.' })
  to?: string | null;
}

@ObjectType('AuditEvent', { description: 'One entry of the audit trail: who did what, when, to what.' })
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;

  @Field(() => String, { nullable: true, description: 'Who did it; null when nobody was signed in (a failed sign-in).' })
  actorName!: string | null;

  @Field(() => String, { description: 'The kind of event, as stored (e.g. PEER_SHARING_CHANGED): for filters, not for people.' })
  action!: string;

  @Field(() => String, { description: 'What happened, in plain English.' })
  description!: string;

  @Field(() => String, { description: 'What kind of thing it was done to, in plain English (ICS, Assessment, Account…).' })
  subjectKind!: string;

  @Field(() => String, { nullable: true, description: 'What it was done to, named.' })
  subjectName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The ICS it concerns, if any.' })
  systemId!: string | null;

  @Field(() => String, { nullable: true })
  systemName!: string | null;
}

@ObjectType('AuditEventKind', { description: 'A kind of event, with its words.' })
export class AuditEventKindModel {
  @Field(() => String)
  action!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType('AuditPerson', { description: 'Someone who has an account, for the audit trail’s person filter.' })
export class AuditPersonModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('AuditEventPage', { description: 'One page of the audit trail, newest first.' })
export class AuditEventPageModel {
  @Field(() => [AuditEventModel])
  events!: AuditEventModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => [AuditEventKindModel], { description: 'Every kind of event, for the filter.' })
  kinds!: AuditEventKindModel[];

  @Field(() => [AuditPersonModel], { description: 'Everyone with an account, by name, for the filter.' })
  people!: AuditPersonModel[];
}

@ObjectType('AuditEventsCsv', { description: 'The filtered events as a CSV file.' })
export class AuditEventsCsvModel {
  @Field(() => String, { description: 'The file, newest first, with a header row.' })
  csv!: string;

  @Field(() => Int)
  rows!: number;

  @Field(() => Boolean, { description: 'True when more events matched than a file holds: narrow the dates.' })
  truncated!: boolean;
}
