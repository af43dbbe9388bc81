import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PeerSharing', { description: 'Whether an ICS is named to other ICSs in published landscapes (it is not, until it chooses).' })
export class PeerSharingModel {
  @Field(() => ID)
  systemId!: string;

  @Field(() => String)
  systemName!: string;

  @Field(() => Boolean, { description: 'True: other ICSs see its name beside its scores. False: an unnamed entry.' })
  shareNameWithPeers!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the choice was last made; null if never.' })
  updatedAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether you may change it (the ICS’s leads).' })
  canChange!: boolean;
}
