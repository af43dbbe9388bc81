import { Actor, RoleGrant } from '../access/access-policy';
import {
  ASSESSMENT_STATUSES,
  AssessmentStatus,
  availableTransitions,
  canCommentOnAssessment,
  canEditAssessment,
  canModerateAssessment,
  canReadAssessment,
  canRecordOnBehalf,
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
            const who = TRANSITION_RULES[t].by === 'system' ? leadOfX : coachOfX;
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

  describe('review', () => {
    const everyone = [leadOfX, leadOfY, coachOfX, coachOfY, national, admin];

    it("lets only the ICS's coaches and admins moderate, and only while it is in review", () => {
      for (const status of ASSESSMENT_STATUSES) {
        expect(everyone.map((a) => canModerateAssessment(a, at(status)))).toEqual(
          status === 'IN_REVIEW' ? [false, false, true, false, false, true] : [false, false, false, false, false, false],
        );
      }
    });

    it('lets both sides of the review comment once it has left draft; national viewers and other ICSs only read or nothing', () => {
      expect(everyone.map((a) => canCommentOnAssessment(a, at('DRAFT')))).toEqual([false, false, false, false, false, false]);
      for (const status of ASSESSMENT_STATUSES.filter((s) => s !== 'DRAFT')) {
        expect(everyone.map((a) => canCommentOnAssessment(a, at(status)))).toEqual([true, false, true, false, false, true]);
      }
    });
  });

  describe('the assisted route', () => {
    const assisted = (status: AssessmentStatus) => ({ ...at(status), recordedOnBehalfBy: 'coach-user' });

    it('lets a coach of the ICS (only) start recording an unsubmitted draft nobody is recording yet', () => {
      expect([leadOfX, coachOfX, coachOfY, national, admin].map((a) => canRecordOnBehalf(a, at('DRAFT')))).toEqual([
        false, true, false, false, false,
      ]);
      for (const status of ASSESSMENT_STATUSES.filter((s) => s !== 'DRAFT')) expect(canRecordOnBehalf(coachOfX, at(status))).toBe(false);
      expect(canRecordOnBehalf(coachOfX, assisted('DRAFT'))).toBe(false);
    });

    it('then lets its coaches read, edit and submit the draft as the ICS would, and its leads still can', () => {
      expect(canReadAssessment(coachOfX, assisted('DRAFT'))).toBe(true);
      expect(canEditAssessment(coachOfX, assisted('DRAFT'))).toBe(true);
      expect(canEditAssessment(leadOfX, assisted('DRAFT'))).toBe(true);
      expect(checkTransition(coachOfX, assisted('DRAFT'), 'SUBMIT')).toEqual({ ok: true, to: 'SUBMITTED' });
      // Nobody else gains anything.
      for (const other of [leadOfY, coachOfY, national, admin]) {
        expect(canEditAssessment(other, assisted('DRAFT'))).toBe(false);
        expect(checkTransition(other, assisted('DRAFT'), 'SUBMIT').ok).toBe(false);
      }
      expect(canReadAssessment(coachOfY, assisted('DRAFT'))).toBe(false);
      // Once submitted it is not editable by anyone, as ever.
      expect(canEditAssessment(coachOfX, assisted('SUBMITTED'))).toBe(false);
    });
  });
});
