import { Actor, RoleGrant } from '../access/access-policy';
import {
  ASSESSMENT_STATUSES,
  AssessmentStatus,
  availableTransitions,
  canEditAssessment,
  canReadAssessment,
  checkTransition,
  isEditable,
  TRANSITION_RULES,
  TRANSITIONS,
} from './assessment-workflow';

const actor = (grants: RoleGrant[], coachedSystemIds: string[] = []): Actor => ({ userId: 'u', grants, coachedSystemIds });
const leadOfX = actor([{ role: 'ICS_LEAD', systemId: 'X' }]);
const leadOfY = actor([{ role: 'ICS_LEAD', systemId: 'Y' }]);
const coachOfX = actor([{ role: 'COACH', cohortId: 'A' }], ['X']);
const coachOfY = actor([{ role: 'COACH', cohortId: 'B' }], ['Y']);
const national = actor([{ role: 'NATIONAL' }]);
const admin = actor([{ role: 'ADMIN' }]);
const at = (status: AssessmentStatus) => ({ systemId: 'X', status });

describe('assessment workflow', () => {
  it('lets only drafts and returned assessments be edited, and only by their own ICS lead', () => {
    expect(ASSESSMENT_STATUSES.filter(isEditable)).toEqual(['DRAFT', 'RETURNED']);
    for (const status of ASSESSMENT_STATUSES) {
      expect(canEditAssessment(leadOfX, at(status))).toBe(isEditable(status));
      for (const other of [leadOfY, coachOfX, national, admin]) expect(canEditAssessment(other, at(status))).toBe(false);
    }
  });

  it('keeps a draft private to its ICS; once submitted, its coaches, national viewers and admins read it', () => {
    expect([leadOfX, leadOfY, coachOfX, coachOfY, national, admin].map((a) => canReadAssessment(a, at('DRAFT')))).toEqual([
      true, false, false, false, false, false,
    ]);
    for (const status of ASSESSMENT_STATUSES.filter((s) => s !== 'DRAFT')) {
      expect([leadOfX, leadOfY, coachOfX, coachOfY, national, admin].map((a) => canReadAssessment(a, at(status)))).toEqual([
        true, false, true, false, true, true,
      ]);
    }
  });

  it('follows the state machine: the only transitions are the ones drawn', () => {
    const table = Object.fromEntries(
      ASSESSMENT_STATUSES.map((status) => [
        status,
        Object.fromEntries(
          TRANSITIONS.map((t) => {
            const who = TRANSITION_RULES[t].by === 'ics' ? leadOfX : coachOfX;
            const check = checkTransition(who, at(status), t, 'a reason');
            return [t, check.ok ? check.to : '-'];
          }),
        ),
      ]),
    );
    expect(table).toEqual({
      DRAFT: { SUBMIT: 'SUBMITTED', WITHDRAW: '-', START_REVIEW: '-', RETURN: '-', VALIDATE: '-' },
      SUBMITTED: { SUBMIT: '-', WITHDRAW: 'DRAFT', START_REVIEW: 'IN_REVIEW', RETURN: 'RETURNED', VALIDATE: '-' },
      IN_REVIEW: { SUBMIT: '-', WITHDRAW: '-', START_REVIEW: '-', RETURN: 'RETURNED', VALIDATE: 'VALIDATED' },
      RETURNED: { SUBMIT: 'SUBMITTED', WITHDRAW: '-', START_REVIEW: '-', RETURN: '-', VALIDATE: '-' },
      VALIDATED: { SUBMIT: '-', WITHDRAW: '-', START_REVIEW: '-', RETURN: '-', VALIDATE: '-' },
    });
  });

  it('says why a transition is refused: not allowed, wrong status, or missing reason', () => {
    expect(checkTransition(leadOfY, at('DRAFT'), 'SUBMIT')).toEqual({ ok: false, reason: 'NOT_ALLOWED' });
    expect(checkTransition(coachOfX, at('DRAFT'), 'SUBMIT')).toEqual({ ok: false, reason: 'NOT_ALLOWED' });
    expect(checkTransition(national, at('SUBMITTED'), 'START_REVIEW')).toEqual({ ok: false, reason: 'NOT_ALLOWED' });
    expect(checkTransition(coachOfY, at('SUBMITTED'), 'START_REVIEW')).toEqual({ ok: false, reason: 'NOT_ALLOWED' });
    expect(checkTransition(leadOfX, at('VALIDATED'), 'SUBMIT')).toEqual({ ok: false, reason: 'WRONG_STATUS' });
    expect(checkTransition(coachOfX, at('IN_REVIEW'), 'RETURN', '  ')).toEqual({ ok: false, reason: 'REASON_REQUIRED' });
    expect(checkTransition(admin, at('IN_REVIEW'), 'VALIDATE')).toEqual({ ok: true, to: 'VALIDATED' });
  });

  it('lists the transitions an actor can make now', () => {
    expect(availableTransitions(leadOfX, at('DRAFT'))).toEqual(['SUBMIT']);
    expect(availableTransitions(leadOfX, at('SUBMITTED'))).toEqual(['WITHDRAW']);
    expect(availableTransitions(coachOfX, at('SUBMITTED'))).toEqual(['START_REVIEW', 'RETURN']);
    expect(availableTransitions(national, at('SUBMITTED'))).toEqual([]);
  });
});
