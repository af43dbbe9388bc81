import { CanvasFramework, LEARNING_PROGRAMME_LIMITS, LearningProgrammePlan } from '@idt/domain';
import { LearningProgrammeProposal } from './learning-programme';

/**
 * The proposal as a first plan for the coach to edit: a group session per proposed domain (titled after it, inviting
 * the ICSs below the cohort's mean there), and for each scored ICS the coaching topics, recommendations and peers of
 * its weakest domains, each listed once in the order they first appear (weakest domain first), within the plan's limits.
 */
export function planFromProposal(framework: CanvasFramework, proposal: LearningProgrammeProposal): LearningProgrammePlan {
  const titleOf = new Map(framework.domains.map((d) => [d.key, d.title]));
  const unique = <T>(values: readonly T[]) => [...new Set(values)];
  return {
    groupSessions: proposal.groupSessions.map((s) => ({
      domainKey: s.domainKey,
      title: `Group session: ${titleOf.get(s.domainKey) ?? s.domainKey}`.slice(0, LEARNING_PROGRAMME_LIMITS.titleMaxLength),
      systemIds: [...s.memberIds],
      notes: '',
    })),
    individualCoaching: proposal.individualCoaching.map((c) => ({
      systemId: c.systemId,
      topics: unique(c.gaps.flatMap((g) => g.coachingTopics)).slice(0, LEARNING_PROGRAMME_LIMITS.topics),
      recommendationIds: unique(c.gaps.flatMap((g) => g.recommendations)),
      peerSystemIds: unique(c.gaps.flatMap((g) => g.peers.map((p) => p.id))),
      notes: '',
    })),
  };
}
