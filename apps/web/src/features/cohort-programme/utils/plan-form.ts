import { LEARNING_PROGRAMME_LIMITS, RECOMMENDATIONS } from '@idt/domain';
import type { SaveLearningProgrammeInput } from '../../../gql/graphql';
import type { FormError } from '../../../lib/form-errors';

/** The recommendations a plan may name: seed 003 §5.2, for ICSs (ICS-1 … ICS-12). */
export const ICS_RECOMMENDATIONS = RECOMMENDATIONS.filter((r) => r.audience === 'ICS');

/** "ICS-3: Title"; the id alone when the canvas does not know it. */
export function recommendationLabel(id: string): string {
  const found = RECOMMENDATIONS.find((r) => r.id === id);
  return found ? `${found.id}: ${found.title}` : id;
}

export interface PlanShape {
  readonly groupSessions: readonly { domainKey: string; title: string; systemIds: readonly string[]; notes: string }[];
  readonly individualCoaching: readonly {
    systemId: string;
    topics: readonly string[];
    recommendationIds: readonly string[];
    peerSystemIds: readonly string[];
    notes: string;
  }[];
}

export interface SessionForm {
  /** This session's key on the page (its inputs' ids come from it); not sent. */
  readonly key: string;
  readonly domainKey: string;
  readonly title: string;
  readonly systemIds: readonly string[];
  readonly notes: string;
}

export interface CoachingForm {
  readonly systemId: string;
  /** One topic a line, as typed. */
  readonly topics: string;
  readonly recommendationIds: readonly string[];
  readonly peerSystemIds: readonly string[];
  readonly notes: string;
}

export interface PlanForm {
  readonly sessions: readonly SessionForm[];
  /** One per ICS of the cohort, in the cohort's (name) order. */
  readonly coaching: readonly CoachingForm[];
  /** The next session key to hand out. */
  readonly nextKey: number;
}

/** The ids of a session's inputs. A group of checkboxes is named by its first box's id (where an error links to). */
export const sessionIds = (key: string) => ({
  fieldset: `session-${key}`,
  title: `session-${key}-title`,
  systems: `session-${key}-systems`,
  notes: `session-${key}-notes`,
  remove: `session-${key}-remove`,
});

export const coachingIds = (systemId: string) => ({
  topics: `coaching-${systemId}-topics`,
  recommendations: `coaching-${systemId}-recommendations`,
  peers: `coaching-${systemId}-peers`,
  notes: `coaching-${systemId}-notes`,
});

/** The id of the nth (0-based) checkbox of a group: the first has the group's id, as NHS.UK names them. */
export const checkboxId = (groupId: string, index: number): string => (index === 0 ? groupId : `${groupId}-${index + 1}`);

export const ADD_SESSION_DOMAIN_ID = 'add-session-domain';

/** The form for a saved (or proposed) plan: a coaching entry for every ICS of the cohort, planned or not. */
export function planFormFrom(plan: PlanShape, systems: readonly { id: string }[]): PlanForm {
  const sessions = plan.groupSessions.map((s, i) => ({ key: `s${i + 1}`, domainKey: s.domainKey, title: s.title, systemIds: [...s.systemIds], notes: s.notes }));
  const coaching = systems.map((system) => {
    const planned = plan.individualCoaching.find((c) => c.systemId === system.id);
    return {
      systemId: system.id,
      topics: (planned?.topics ?? []).join('\n'),
      recommendationIds: [...(planned?.recommendationIds ?? [])],
      peerSystemIds: [...(planned?.peerSystemIds ?? [])],
      notes: planned?.notes ?? '',
    };
  });
  return { sessions, coaching, nextKey: sessions.length + 1 };
}

/** A textarea's topics: one a line, trimmed, blank lines left out. */
export const topicsFrom = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter((t) => t !== '');

const isEmpty = (c: CoachingForm) =>
  topicsFrom(c.topics).length === 0 && c.recommendationIds.length === 0 && c.peerSystemIds.length === 0 && c.notes.trim() === '';

/**
 * What "Save learning programme" sends, and `fieldIds`: each API field path (`groupSessions[0].title`) mapped to the
 * input it is about, for `formErrorsFrom`. An ICS with nothing planned is left out of the coaching sent, so paths are
 * numbered as sent, not as shown.
 */
export function planInput(
  form: PlanForm,
  context: { cohortId: string; cycleId: string; expectedVersion: number | null },
): { input: SaveLearningProgrammeInput; fieldIds: Record<string, string> } {
  const fieldIds: Record<string, string> = { groupSessions: ADD_SESSION_DOMAIN_ID };
  const groupSessions = form.sessions.map((s, i) => {
    const ids = sessionIds(s.key);
    Object.assign(fieldIds, {
      [`groupSessions[${i}].domainKey`]: ids.title,
      [`groupSessions[${i}].title`]: ids.title,
      [`groupSessions[${i}].systemIds`]: ids.systems,
      [`groupSessions[${i}].notes`]: ids.notes,
    });
    return { domainKey: s.domainKey, title: s.title.trim(), systemIds: [...s.systemIds], notes: s.notes.trim() };
  });
  const individualCoaching = form.coaching
    .filter((c) => !isEmpty(c))
    .map((c, i) => {
      const ids = coachingIds(c.systemId);
      Object.assign(fieldIds, {
        [`individualCoaching[${i}].systemId`]: ids.topics,
        [`individualCoaching[${i}].topics`]: ids.topics,
        [`individualCoaching[${i}].recommendationIds`]: ids.recommendations,
        [`individualCoaching[${i}].peerSystemIds`]: ids.peers,
        [`individualCoaching[${i}].notes`]: ids.notes,
      });
      return {
        systemId: c.systemId,
        topics: topicsFrom(c.topics),
        recommendationIds: [...c.recommendationIds],
        peerSystemIds: [...c.peerSystemIds],
        notes: c.notes.trim(),
      };
    });
  return {
    input: { cohortId: context.cohortId, cycleId: context.cycleId, expectedVersion: context.expectedVersion, groupSessions, individualCoaching },
    fieldIds,
  };
}

/**
 * What the page can tell before sending (the API checks everything again): each problem beside its input, in the
 * API's words.
 */
export function planProblems(form: PlanForm, names: { domainTitle: (key: string) => string; systemName: (id: string) => string }): FormError[] {
  const L = LEARNING_PROGRAMME_LIMITS;
  const problems: FormError[] = [];
  if (form.sessions.length > L.sessions) problems.push({ fieldId: ADD_SESSION_DOMAIN_ID, message: `Plan at most ${L.sessions} group sessions.` });
  form.sessions.forEach((s, i) => {
    const ids = sessionIds(s.key);
    const which = `session ${i + 1} (${names.domainTitle(s.domainKey)})`;
    if (s.title.trim() === '') problems.push({ fieldId: ids.title, message: `Give ${which} a title.` });
    else if (s.title.trim().length > L.titleMaxLength) problems.push({ fieldId: ids.title, message: `The title of ${which} must be ${L.titleMaxLength} characters or fewer.` });
    if (s.notes.trim().length > L.notesMaxLength) problems.push({ fieldId: ids.notes, message: `The notes for ${which} must be ${L.notesMaxLength} characters or fewer.` });
  });
  form.coaching.forEach((c) => {
    const ids = coachingIds(c.systemId);
    const topics = topicsFrom(c.topics);
    const who = names.systemName(c.systemId);
    if (topics.length > L.topics) problems.push({ fieldId: ids.topics, message: `List at most ${L.topics} topics for ${who}.` });
    else if (topics.some((t) => t.length > L.topicMaxLength)) problems.push({ fieldId: ids.topics, message: `Each topic for ${who} must be ${L.topicMaxLength} characters or fewer.` });
    if (c.notes.trim().length > L.notesMaxLength) problems.push({ fieldId: ids.notes, message: `The notes for ${who} must be ${L.notesMaxLength} characters or fewer.` });
  });
  return problems;
}

/** A new session on a domain: titled after it, inviting the ICSs the proposal suggests for it (if any). */
export function addSession(form: PlanForm, domainKey: string, title: string, systemIds: readonly string[]): PlanForm {
  const key = `s${form.nextKey}`;
  return { ...form, sessions: [...form.sessions, { key, domainKey, title, systemIds: [...systemIds], notes: '' }], nextKey: form.nextKey + 1 };
}

/** Ticks or unticks one id in a list, keeping the order of `all`. */
export function toggle(selected: readonly string[], id: string, on: boolean, all: readonly string[]): string[] {
  const next = new Set(selected);
  if (on) next.add(id);
  else next.delete(id);
  return all.filter((x) => next.has(x)).concat([...next].filter((x) => !all.includes(x)));
}
