import { Role } from '../access/access-policy';

/**
 * Illustrative accounts for trying IDT Canvas on a laptop: one per role. `npm start` creates them on its embedded
 * database only (never on a DATABASE_URL server), and the API refuses to seed them in production. The password is
 * published in the README, so these accounts must never exist anywhere real.
 */
export const DEMO_PASSWORD = 'canvas-demo-2026';

/** A project of a cohort member: what it is called and which care pathway it makes more accessible. */
export interface DemoCohortProject {
  /** The ICS (2022 boundaries) the project belongs to. */
  readonly systemName: string;
  readonly name: string;
  /** The clinical pathway or service it works on. */
  readonly pathway: string;
  readonly description: string;
}

/**
 * The ten projects of the Digital Health Inequality Pioneers programme page (Thrive by Design), each as the ICS it
 * belongs to. The page names projects by ICS, CCG or partnership; each is mapped to the ICS (2022 boundaries) it sits
 * in. Surrey Heartlands and North West London each run two; see docs/decisions/0007-accounts-roles-and-tenancy.md for
 * why "Central North West London ICS" is North West London.
 */
export const PIONEERS_PROJECTS: readonly DemoCohortProject[] = [
  {
    systemName: 'Cambridgeshire and Peterborough',
    name: 'Barriers to digital maternity services',
    pathway: 'Maternity',
    description:
      'With the local maternity and neonatal system’s digital midwives: finding the main barriers to digital maternity ' +
      'services, and how deprivation and ethnicity affect access, to shape local action.',
  },
  {
    systemName: 'Suffolk and North East Essex',
    name: 'Digital needs for monitoring at home',
    pathway: 'Monitoring at home (blood pressure at home)',
    description:
      'With Healthwatch Essex and Suffolk: the digital needs of patients suitable for monitoring at home, to tailor it ' +
      'so that more people in the most deprived communities take part.',
  },
  {
    systemName: 'North West London',
    name: 'Digital exclusion in community and mental health care',
    pathway: 'Community and mental health services',
    description:
      'With the clinical commissioning group: a review of digital exclusion among people who receive or need community ' +
      'or mental health treatment, with mapping, focus groups and a strategy and action plan.',
  },
  {
    systemName: 'North West London',
    name: 'Digital inequalities for people with severe mental illness',
    pathway: 'Severe mental illness',
    description:
      'Central and North West London, with a voluntary, community and social enterprise mental health alliance: an ' +
      'independent review of digital inequalities for people with severe mental illness, with a gap analysis and ' +
      'recommendations agreed by all partners.',
  },
  {
    systemName: 'South West London',
    name: 'Why some people do not use the musculoskeletal app',
    pathway: 'Musculoskeletal (MSK) services',
    description:
      'Research with people who have not taken up the self-management app, co-designing ways to close the gaps, and a ' +
      'digital exclusion assessment for every new patient-facing digital service.',
  },
  {
    systemName: 'Derby and Derbyshire',
    name: 'Community photography for dermatology',
    pathway: 'Dermatology',
    description:
      'With Florence Nightingale Community Hospital: a local photography service for people who cannot send images ' +
      'themselves, possibly extended to a mobile service for people who find it hard to leave home.',
  },
  {
    systemName: 'Surrey Heartlands',
    name: 'Digital inclusion for prospective parents',
    pathway: 'Maternity',
    description:
      'A digital inclusion gap analysis of how prospective parents in the most deprived and digitally excluded areas ' +
      'could better reach services and information, with user research with asylum seekers and their families.',
  },
  {
    systemName: 'Surrey Heartlands',
    name: 'A digital inclusion plan for early intervention in psychosis',
    pathway: 'Early intervention in psychosis',
    description:
      'With the mental health board: a digital inclusion plan for people using the early intervention in psychosis ' +
      'service in East Surrey who may be at risk of digital exclusion, shared so every project in the ICS has one.',
  },
  {
    systemName: 'Bristol, North Somerset and South Gloucestershire',
    name: 'Digital inclusion in cancer and musculoskeletal care',
    pathway: 'Cancer and musculoskeletal (MSK) services',
    description:
      'Healthier Together: the barriers for people not using the digital tools already in the musculoskeletal pathway, ' +
      'and who might be excluded before tools arrive in the cancer pathway, with an action plan for each.',
  },
  {
    systemName: 'Devon',
    name: 'Digital barriers in rural communities',
    pathway: 'Virtual consultations',
    description:
      'With the clinical commissioning group: user research and a gap analysis of the digital barriers faced by people ' +
      'living in rural communities, towards a digital exclusion strategy.',
  },
];

/** The cohort of the Pioneers programme page: its ten projects, as the eight ICSs they belong to. */
export const PIONEERS_COHORT = {
  name: 'Digital Health Inequality Pioneers',
  description:
    'The ten ICS projects of the Digital Health Inequality Pioneers programme (Thrive by Design), ' +
    'each making one clinical pathway more accessible to people who are currently excluded.',
  /** Ten projects, eight ICSs: Surrey Heartlands and North West London run two each. */
  systemNames: [...new Set(PIONEERS_PROJECTS.map((p) => p.systemName))],
  projects: PIONEERS_PROJECTS,
} as const;

export interface DemoAccount {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** For an ICS lead: the ICS they lead. For a coach: they coach the Pioneers cohort. */
  readonly systemName?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@idt-canvas.test', name: 'Alex Admin', role: 'ADMIN' },
  { email: 'national@idt-canvas.test', name: 'Nia National', role: 'NATIONAL' },
  { email: 'coach@idt-canvas.test', name: 'Chris Coach', role: 'COACH' },
  { email: 'lead@idt-canvas.test', name: 'Lee Lead', role: 'ICS_LEAD', systemName: 'Devon' },
];

/** The open cycle `npm start` creates for the demo (illustrative): every ICS has a draft assessment in it. */
export const DEMO_CYCLE_NAME = 'Baseline 2026 (illustrative)';
