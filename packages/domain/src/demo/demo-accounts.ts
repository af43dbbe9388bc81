import { Role } from '../access/access-policy';

/**
 * Illustrative accounts for trying IDT Canvas on a laptop: one per role. `npm start` creates them on its embedded
 * database only (never on a DATABASE_URL server), and the API refuses to seed them in production. The password is
 * published in the README, so these accounts must never exist anywhere real.
 */
export const DEMO_PASSWORD = 'canvas-demo-2026';

/** The cohort of seed 002: the ten Digital Health Inequality Pioneers projects, as the ICSs they belong to. */
export const PIONEERS_COHORT = {
  name: 'Digital Health Inequality Pioneers',
  description:
    'The ten ICS projects of the Digital Health Inequality Pioneers programme (Thrive by Design), ' +
    'each making one clinical pathway more accessible to people who are currently excluded.',
  /**
   * Seed 002 names projects by ICS, CCG or partnership; each is mapped to the ICS (2022 boundaries) it sits in.
   * Ten projects, nine ICSs: Surrey Heartlands ran two (maternity; early intervention in psychosis).
   */
  systemNames: [
    'Cambridgeshire and Peterborough', // "Cambridgeshire and Peterborough ICS": maternity
    'Suffolk and North East Essex', // "Suffolk and North East Essex ICS": BP at home
    'North West London', // "North West London ICS and CCG": community and mental health
    // "Central North West London ICS" with a VCSE mental health alliance: CNWL (Central and North West London NHS FT)
    // works across north-west and north-central London; North West London is already listed, so this is the
    // North Central London ICS. A judgement call, recorded in docs/decisions/0007-accounts-roles-and-tenancy.md.
    'North Central London',
    'South West London', // "South West London Health and Care Partnership (SWL ICS)": MSK app
    'Derby and Derbyshire', // "Derby and Derbyshire CCG": dermatology photography
    'Surrey Heartlands', // "Surrey Heartlands ICS" (two projects)
    'Bristol, North Somerset and South Gloucestershire', // "BNSSG CCG, Healthier Together": cancer and MSK
    'Devon', // "Devon ICS in partnership with Devon CCG": rural communities
  ],
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
