import { frameworkOf } from './__fixtures__/framework';
import { planFromProposal } from './learning-programme-plan';
import type { LearningProgrammeProposal } from './learning-programme';

describe('planFromProposal', () => {
  const base = frameworkOf({ access: ['access.a'], 'co-design': ['co-design.a'] });
  const framework = {
    ...base,
    domains: base.domains.map((d) => ({ ...d, title: d.key === 'access' ? 'Access' : 'Co-design with people' })),
  };

  it('turns sessions and gaps into an editable plan, listing each topic, recommendation and peer once', () => {
    const proposal: LearningProgrammeProposal = {
      groupSessions: [
        { domainKey: 'co-design', meanScore: 37.5, scoredMembers: 4, memberIds: ['L', 'M'], coachingTopics: ['Co-design'], recommendations: ['ICS-3'] },
      ],
      individualCoaching: [
        {
          systemId: 'M',
          gaps: [
            { domainKey: 'co-design', score: 25, coachingTopics: ['Co-design', 'Panels'], recommendations: ['ICS-3'], peers: [{ id: 'P', category: 'INNOVATORS', score: 75 }] },
            { domainKey: 'access', score: 25, coachingTopics: ['Panels', 'Hubs'], recommendations: ['ICS-1', 'ICS-3'], peers: [{ id: 'P', category: 'INNOVATORS', score: 100 }, { id: 'E', category: 'EARLY_ADOPTERS', score: 75 }] },
          ],
        },
        { systemId: 'P', gaps: [] },
      ],
      unscoredMemberIds: ['X'],
    };
    expect(planFromProposal(framework, proposal)).toEqual({
      groupSessions: [{ domainKey: 'co-design', title: 'Group session: Co-design with people', systemIds: ['L', 'M'], notes: '' }],
      individualCoaching: [
        { systemId: 'M', topics: ['Co-design', 'Panels', 'Hubs'], recommendationIds: ['ICS-3', 'ICS-1'], peerSystemIds: ['P', 'E'], notes: '' },
        { systemId: 'P', topics: [], recommendationIds: [], peerSystemIds: [], notes: '' },
      ],
    });
  });
});
