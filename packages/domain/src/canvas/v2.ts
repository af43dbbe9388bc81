import { CanvasDomain, CanvasFramework, Criterion, Crosswalk, SeedId, SourceRef } from './framework';
import { CANVAS_V1 } from './v1';

/**
 * IDT Canvas v2: the canvas a programme would publish for its second year. It keeps v1's eleven areas and, after a
 * year of self-assessments and coaching, makes three changes, each mapped so that scores stay comparable (ADR 0022):
 *
 * - `local-needs.needs-analysis` is reworded in plainer words; it asks the same thing, so it keeps its key;
 * - `access.devices-and-connectivity` is split into `access.devices` and `access.connectivity`: lending a device and
 *   paying for a connection are run by different partners and were at different levels in most ICSs, so one answer
 *   hid the gap; the level descriptors of `access.accessible-services` now name the accessibility standard;
 * - `investment.long-term-revenue` and `investment.pilots-to-mainstream` are merged into
 *   `investment.sustained-funding`: both were answered from the same funding plan, and seed 003 §4.8 treats them as
 *   one finding ("sustained change requires sustained funding").
 *
 * It adds a crosswalk to NHS England's "Inclusive digital healthcare: a framework for NHS action on digital inclusion"
 * (2023), so an ICS can read its result in the national framework's five domains. The same document, as a file an
 * admin imports, is `packages/domain/data/canvas-v2.yaml` (a test keeps the two equal). Not yet published.
 */

const ref = (seed: SeedId, section: string, note?: string): SourceRef =>
  note === undefined ? { seed, section } : { seed, section, note };
const LIVING_EXPERIENCE = '§3.4.1 People with living experience';

const v1Domain = (key: string): CanvasDomain => {
  const domain = CANVAS_V1.domains.find((d) => d.key === key);
  if (!domain) throw new Error(`Canvas v1 has no domain "${key}"`);
  return domain;
};
const v1Criterion = (key: string): Criterion => {
  const criterion = CANVAS_V1.domains.flatMap((d) => d.criteria).find((c) => c.key === key);
  if (!criterion) throw new Error(`Canvas v1 has no criterion "${key}"`);
  return criterion;
};

const needsAnalysis: Criterion = {
  ...v1Criterion('local-needs.needs-analysis'),
  statement:
    'We have an up-to-date local analysis of who is digitally excluded and why, covering people who use services, ' +
    'staff, and the voluntary organisations that deliver services.',
};

const devices: Criterion = {
  key: 'access.devices',
  statement:
    'People who need services and do not have a suitable device can get one, with help to set it up and to keep ' +
    'using it.',
  guidance:
    'An estimated 16% of people are unable to use the internet or their devices by themselves. Devices are lost, ' +
    'stolen, pawned or wear out, so access can be lost as well as gained. Examples include device lending, ' +
    'refurbished phones and tablets, and help to set a device up in a library or another community venue.',
  evidencePrompts: [
    'What device support can people get, where, and from whom?',
    'How do staff refer someone who has no suitable device?',
    'What happens when someone loses their device or it stops working?',
  ],
  levels: {
    1: 'There is no help for people without a suitable device.',
    2: 'Device help exists only in isolated pilots, such as a small lending scheme in one service.',
    3: 'Devices, with help to set them up, are available for some groups or areas, and staff in some services can refer people.',
    4: 'Across the ICS, people can get a suitable device with help setting it up, and staff know how to refer them.',
    5: 'Device support is part of care pathways, funded for the long term, and continues when a device is lost or circumstances change.',
  },
  sources: [
    ref('000', 'Description', '14.9 million people (16%) unable to use the internet or their devices by themselves'),
    ref('001', 'Definitions', 'access to accessible technology and the internet'),
    ref('003', LIVING_EXPERIENCE, 'reasons for losing access'),
    ref('003', '§3.3', 'refurbished phones'),
  ],
  replaces: [{ key: 'access.devices-and-connectivity', note: 'Split: devices and connectivity are now assessed apart.' }],
};

const connectivity: Criterion = {
  key: 'access.connectivity',
  statement:
    'People who need services can get online: a connection or data they can afford, or a private place to get ' +
    'online, with help when they lose it.',
  guidance:
    'About 4% of households have no internet access at all, and many more cannot afford enough data or have no ' +
    'reliable connection where they live. Examples include data plans with refurbished phones, free connections in ' +
    'libraries and community venues, and private spaces where people can take part in a remote appointment.',
  evidencePrompts: [
    'What data and connectivity support can people get, where, and from whom?',
    'Where can someone without a connection at home take part in a remote appointment in private?',
    'What happens when someone loses their connection or runs out of data?',
  ],
  levels: {
    1: 'There is no help for people without a connection or data.',
    2: 'Data or connectivity help exists only in isolated pilots.',
    3: 'Data, connections or places to get online are available for some groups or areas, and staff in some services can refer people.',
    4: 'Across the ICS, people can get affordable data or a connection, and private places to get online, and staff know how to refer them.',
    5: 'Connectivity support is part of care pathways, funded for the long term, and continues when circumstances change.',
  },
  sources: [
    ref('000', 'Description', '4% of households without internet access'),
    ref('003', '§3.3', 'refurbished phones with a data plan'),
    ref('003', '§3.2.1', 'free digital support in libraries and other community venues'),
    ref('003', '§6', 'lack of available private space'),
  ],
  replaces: [{ key: 'access.devices-and-connectivity', note: 'Split: devices and connectivity are now assessed apart.' }],
};

const accessibleServices: Criterion = {
  ...v1Criterion('access.accessible-services'),
  levels: {
    1: 'Accessibility is not considered when digital services are chosen or designed.',
    2: 'Some services are checked against the accessibility standard public sector websites and apps must meet, but not tested with people who face barriers.',
    3: 'New digital services are checked against that accessibility standard, and information is offered in some accessible formats and languages.',
    4: 'Digital services and information across the ICS meet the accessibility standard, are tested with people who face barriers, and are offered in accessible formats and languages.',
    5: 'Meeting the accessibility standard is a condition of buying or building any digital service, and accessibility is reviewed in use with the people who rely on it.',
  },
};

const sustainedFunding: Criterion = {
  key: 'investment.sustained-funding',
  statement:
    'What works is funded for the long term: recurrent (revenue) funding over several years for posts, training, ' +
    'partnership working and support, and a planned route from pilots into mainstream budgets.',
  guidance:
    'Embedding IDT is less about buying equipment and more about posts, partnership building, training and support ' +
    "across the life of a service. Funding is often short term and for pilots, assuming activity will become 'sustainable' " +
    "afterwards, which is rarely the case. Starting small works when the route to mainstream funding is planned from " +
    'the start: sustained change requires sustained funding.',
  evidencePrompts: [
    'What IDT funding do you have, for how long, and how much of it is revenue?',
    'Which pilots have moved into mainstream funding, and how did you decide?',
    'What stops when the current funding ends?',
  ],
  levels: {
    1: 'There is no dedicated funding, and pilots simply stop when their money runs out.',
    2: 'Funding comes from short-term or capital grants, mainly for equipment and pilots, with no plan for what happens after them.',
    3: 'Some revenue funding pays for posts, training or support for a year or less at a time, and a few pilots have moved to longer-term funding.',
    4: 'Multi-year revenue funding covers the main posts, training, partnership working and support, and new work has a planned route to mainstream funding.',
    5: 'IDT is part of recurrent budgets across the ICS and its partners, and moving what works into mainstream budgets is routine.',
  },
  sources: [
    ref('003', '§4.8', 'a guaranteed revenue stream; sustained change requires sustained funding; the tablet lending example'),
    ref('003', '§5.1', 'NAT-1'),
    ref('003', '§5.2', 'ICS-2: start small'),
  ],
  replaces: [
    { key: 'investment.long-term-revenue', note: 'Merged: long-term funding and the route from pilots are one finding.' },
    { key: 'investment.pilots-to-mainstream', note: 'Merged: long-term funding and the route from pilots are one finding.' },
  ],
};

/** The five domains of NHS England's framework, in its order, and which of them each v2 criterion bears on. */
const ACCESS = 'access-to-devices-and-data';
const ACCESSIBILITY = 'accessibility-and-ease-of-use';
const SKILLS = 'skills-and-capability';
const TRUST = 'beliefs-and-trust';
const LEADERSHIP = 'leadership-and-partnerships';

const NHS_ENGLAND_CROSSWALK: Crosswalk = {
  title: 'Inclusive digital healthcare: a framework for NHS action on digital inclusion',
  publisher: 'NHS England',
  year: 2023,
  domains: [
    { key: ACCESS, title: 'Access to devices and data' },
    { key: ACCESSIBILITY, title: 'Accessibility and ease of use' },
    { key: SKILLS, title: 'Skills and capability' },
    { key: TRUST, title: 'Beliefs and trust' },
    { key: LEADERSHIP, title: 'Leadership and partnerships' },
  ],
  criteria: [
    { criterion: 'local-needs.needs-analysis', domains: [LEADERSHIP] },
    { criterion: 'local-needs.assets-and-gaps', domains: [LEADERSHIP, ACCESS] },
    { criterion: 'local-needs.barriers-understood', domains: [LEADERSHIP, TRUST] },
    { criterion: 'co-design.upstream-involvement', domains: [ACCESSIBILITY, TRUST] },
    { criterion: 'co-design.principles-applied', domains: [ACCESSIBILITY, TRUST] },
    { criterion: 'co-design.power-and-resources', domains: [TRUST, LEADERSHIP] },
    { criterion: 'partnership.cross-sector', domains: [LEADERSHIP] },
    { criterion: 'partnership.trusted-touchpoints', domains: [TRUST, LEADERSHIP] },
    { criterion: 'partnership.vcse-funded', domains: [LEADERSHIP] },
    { criterion: 'leadership.senior-buy-in', domains: [LEADERSHIP] },
    { criterion: 'leadership.shared-strategy', domains: [LEADERSHIP] },
    { criterion: 'leadership.governance', domains: [LEADERSHIP] },
    { criterion: 'leadership.health-inequalities-framing', domains: [LEADERSHIP] },
    { criterion: 'workforce.skills-confidence-motivation', domains: [SKILLS] },
    { criterion: 'workforce.training-and-support', domains: [SKILLS] },
    { criterion: 'workforce.roles-and-objectives', domains: [SKILLS, LEADERSHIP] },
    { criterion: 'staff-engagement.staff-led-change', domains: [LEADERSHIP, SKILLS] },
    { criterion: 'staff-engagement.assumptions-challenged', domains: [TRUST] },
    { criterion: 'staff-engagement.staff-digital-inclusion', domains: [ACCESS, SKILLS] },
    { criterion: 'access.devices', domains: [ACCESS] },
    { criterion: 'access.connectivity', domains: [ACCESS] },
    { criterion: 'access.digital-and-data-poverty', domains: [ACCESS] },
    { criterion: 'access.accessible-services', domains: [ACCESSIBILITY] },
    { criterion: 'wraparound-support.identify-and-connect', domains: [SKILLS, ACCESS] },
    { criterion: 'wraparound-support.person-centred-support', domains: [SKILLS, TRUST] },
    { criterion: 'wraparound-support.informed-choice', domains: [TRUST, ACCESSIBILITY] },
    { criterion: 'investment.joined-up-funding', domains: [LEADERSHIP] },
    { criterion: 'investment.sustained-funding', domains: [LEADERSHIP] },
    { criterion: 'evaluation.inclusive-feedback', domains: [ACCESSIBILITY, TRUST] },
    { criterion: 'evaluation.uptake-monitoring', domains: [LEADERSHIP, ACCESS] },
    { criterion: 'evaluation.impact-evaluated', domains: [LEADERSHIP] },
    { criterion: 'learning-and-sharing.systematic-capture', domains: [LEADERSHIP] },
    { criterion: 'learning-and-sharing.networks-and-peers', domains: [LEADERSHIP] },
    { criterion: 'learning-and-sharing.work-in-the-open', domains: [LEADERSHIP] },
  ],
};

const replaceCriteria = (domain: CanvasDomain, criteria: readonly Criterion[]): CanvasDomain => ({ ...domain, criteria });

export const CANVAS_V2: CanvasFramework = {
  key: 'idt-canvas',
  version: 2,
  title: CANVAS_V1.title,
  scale: CANVAS_V1.scale,
  domains: CANVAS_V1.domains.map((domain) => {
    switch (domain.key) {
      case 'local-needs':
        return replaceCriteria(domain, domain.criteria.map((c) => (c.key === needsAnalysis.key ? needsAnalysis : c)));
      case 'access':
        return replaceCriteria(domain, [devices, connectivity, v1Criterion('access.digital-and-data-poverty'), accessibleServices]);
      case 'investment':
        return replaceCriteria(domain, [v1Criterion('investment.joined-up-funding'), sustainedFunding]);
      default:
        return v1Domain(domain.key);
    }
  }),
  crosswalk: NHS_ENGLAND_CROSSWALK,
};
