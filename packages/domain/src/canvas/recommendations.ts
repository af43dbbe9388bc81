import type { SourceRef } from './framework';

/**
 * The recommendations of seed 003 §5: six for national organisations (§5.1) and twelve for integrated care systems
 * and local providers (§5.2), numbered as the report numbers them. Canvas domains point at them so that the
 * learning programme can suggest, for an ICS's weakest domains, what the evidence says helps. Titles are the
 * report's own headings (from its executive summary list); summaries shorten the text that follows each heading
 * without adding to it.
 */

export const RECOMMENDATION_IDS = [
  'NAT-1',
  'NAT-2',
  'NAT-3',
  'NAT-4',
  'NAT-5',
  'NAT-6',
  'ICS-1',
  'ICS-2',
  'ICS-3',
  'ICS-4',
  'ICS-5',
  'ICS-6',
  'ICS-7',
  'ICS-8',
  'ICS-9',
  'ICS-10',
  'ICS-11',
  'ICS-12',
] as const;
export type RecommendationId = (typeof RECOMMENDATION_IDS)[number];

/** Who a recommendation is addressed to: ICSs and local providers, or national organisations. */
export type RecommendationAudience = 'ICS' | 'NATIONAL';

export interface Recommendation {
  readonly id: RecommendationId;
  readonly audience: RecommendationAudience;
  /** Its number in the report's list for that audience. */
  readonly number: number;
  readonly title: string;
  readonly summary: string;
  readonly source: SourceRef;
}

const NATIONAL: SourceRef = { seed: '003', section: '§5.1' };
const ICS: SourceRef = { seed: '003', section: '§5.2' };

export const RECOMMENDATIONS: readonly Recommendation[] = [
  {
    id: 'NAT-1',
    audience: 'NATIONAL',
    number: 1,
    title: 'Long term revenue funding models',
    summary:
      'Most digital funding is capital, but IDT needs a guaranteed, longer-term revenue stream: embedding it is less ' +
      'about buying equipment and software and more about data collection and analysis, partnership building, ' +
      'training and support. A levelling-up focus could help areas with most need, or that were not part of ' +
      'initiatives such as the Global Digital Exemplars.',
    source: NATIONAL,
  },
  {
    id: 'NAT-2',
    audience: 'NATIONAL',
    number: 2,
    title: 'Clear, directive policy with supporting, comprehensive guidance and tools',
    summary:
      'Leadership and clear policy that move inclusion into the digital and health inequalities mainstream and hold ' +
      'national and local systems to account, with tools and guides that ensure every system takes an IDT approach, ' +
      'such as a framework through which ICSs can self assess, track and review progress. How they are developed and ' +
      'communicated matters as much as the end product.',
    source: NATIONAL,
  },
  {
    id: 'NAT-3',
    audience: 'NATIONAL',
    number: 3,
    title: 'Better evaluation methods',
    summary:
      'Evaluate emerging good practice, with better evaluation methods by those who deliver and use services. To ' +
      'support the diffusion of innovation, enable pioneers to evaluate the impact of their work and share what they ' +
      'learn with other ICSs (action learning sets, mentoring, coaching, networks, playbooks), across as well as ' +
      'within regions.',
    source: NATIONAL,
  },
  {
    id: 'NAT-4',
    audience: 'NATIONAL',
    number: 4,
    title: 'Build local leadership understanding and buy-in',
    summary:
      'Target local leaders in ICSs and providers to raise awareness and encourage engagement. A co-ordinated ' +
      'regional approach could give local leaders support networks across their region.',
    source: NATIONAL,
  },
  {
    id: 'NAT-5',
    audience: 'NATIONAL',
    number: 5,
    title: 'Improve the Digital Brand',
    summary:
      'Explore how to engage people who deliver and who use services in understanding the benefits of digital for ' +
      'the quality, efficiency and accessibility of services.',
    source: NATIONAL,
  },
  {
    id: 'NAT-6',
    audience: 'NATIONAL',
    number: 6,
    title: 'Better and consistent data collection locally and at a national scale',
    summary:
      'There is not enough good data on people who are digitally excluded. Better data for ICSs, local authorities ' +
      'and national bodies would show the real picture rather than the risk picture, and whether digital exclusion ' +
      'is widening health inequalities or worsening health outcomes.',
    source: NATIONAL,
  },
  {
    id: 'ICS-1',
    audience: 'ICS',
    number: 1,
    title: 'Carry out a needs analysis',
    summary:
      'Carry out a needs analysis for people who use services, staff and the voluntary organisations that deliver ' +
      'services. Understanding the needs of groups and individuals challenges assumptions about barriers to ' +
      'inclusion. Needs change across time, geography and community, so assessment must be continual.',
    source: ICS,
  },
  {
    id: 'ICS-2',
    audience: 'ICS',
    number: 2,
    title: 'Start from where you are and start small',
    summary:
      'Take the time to understand context and needs, but also value existing strengths and assets, go where the ' +
      'energy is, set shared goals, start small and take iterative steps in the right direction.',
    source: ICS,
  },
  {
    id: 'ICS-3',
    audience: 'ICS',
    number: 3,
    title: 'Co-design with key stakeholders',
    summary:
      'Work with people who have a stake in the service or the problem: people who need services (including people ' +
      'more often excluded), their families, clinicians and commissioners. Address existing power imbalances and ' +
      'build common purpose, trust and understanding, so that those involved feel ownership and may champion the ' +
      'work with their peers.',
    source: ICS,
  },
  {
    id: 'ICS-4',
    audience: 'ICS',
    number: 4,
    title: 'Build the skills, confidence and motivation of the mental health workforce',
    summary:
      'Make sure professional frameworks and training help staff to understand digital health technology, digital ' +
      'inclusion and IDT as a key priority, and to embrace it. Staff prefer peer-led, informal and personalised ' +
      'models.',
    source: ICS,
  },
  {
    id: 'ICS-5',
    audience: 'ICS',
    number: 5,
    title: 'Develop specific job roles and/or objectives within job roles',
    summary:
      "Create targeted roles or, better still, make tackling inequalities and IDT everyone's job. Formal " +
      'responsibility gives people agency and permission to drive and deliver change.',
    source: ICS,
  },
  {
    id: 'ICS-6',
    audience: 'ICS',
    number: 6,
    title: 'Build in mechanisms to support robust and inclusive feedback and service evaluation',
    summary:
      'Understand the needs of people who use the service, make the design flexible, accessible and personalised, ' +
      'and build in quality improvement mechanisms for ongoing communication and feedback.',
    source: ICS,
  },
  {
    id: 'ICS-7',
    audience: 'ICS',
    number: 7,
    title: 'Frame IDT within the wider health inequality agenda',
    summary:
      'Digital exclusion and health inequalities are directly related, and health inequalities are a high priority ' +
      'for ICSs, so make the connection and frame IDT within the health inequalities agenda.',
    source: ICS,
  },
  {
    id: 'ICS-8',
    audience: 'ICS',
    number: 8,
    title: "Secure regional and local leadership 'buy-in'",
    summary:
      'Leadership buy-in secures permission to dedicate time and resources to IDT and makes wider, longer-term ' +
      'developments more likely.',
    source: ICS,
  },
  {
    id: 'ICS-9',
    audience: 'ICS',
    number: 9,
    title: 'Develop an understanding of the complexity of barriers and factors related to digital exclusion',
    summary:
      'Digital exclusion is compounded by socio-economic circumstance, health inequalities and mental health ' +
      'illness. Understanding the context of exclusion leads to more effective solutions.',
    source: ICS,
  },
  {
    id: 'ICS-10',
    audience: 'ICS',
    number: 10,
    title: 'Work with trusted touchpoints',
    summary:
      'Work in partnership with, and fund, community organisations where trust has already been built, to engage ' +
      'people whose voices are seldom heard and who are more disadvantaged by the constructs of society and current ' +
      'health and care systems, such as people who are homeless, refugees and asylum seekers, and Gypsy and ' +
      'Traveller communities.',
    source: ICS,
  },
  {
    id: 'ICS-11',
    audience: 'ICS',
    number: 11,
    title:
      'Acknowledge the responsibility the health and care system has for supporting the digital inclusion of people ' +
      'in communities',
    summary:
      'Work together as an ICS to identify funding for partnership with, and digital inclusion delivery by, the ' +
      'trusted touchpoints in the VCSE.',
    source: ICS,
  },
  {
    id: 'ICS-12',
    audience: 'ICS',
    number: 12,
    title: 'Ensure informed choice is factored in at every stage of a pathway',
    summary:
      'A lack of choice can disempower people who use and deliver services and make them reluctant to use digital. ' +
      'Services need to be blended, offering real choice, and staff supported to understand preferences and how to ' +
      'reduce barriers.',
    source: ICS,
  },
];

/** The recommendation with this id; every `RecommendationId` has one. */
export function recommendationById(id: RecommendationId): Recommendation {
  const found = RECOMMENDATIONS.find((r) => r.id === id);
  if (!found) throw new Error(`no recommendation ${id}`);
  return found;
}
