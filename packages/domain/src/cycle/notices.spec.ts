import { CycleAuditAction } from './cycle';
import { cycleNoticeMessage } from './notices';

const facts = { cycleName: 'Pioneers 2027', systemName: 'Devon', opensOn: '2027-01-04', closesOn: '2027-04-30', previousClosesOn: '2027-03-31' };

describe('what people are told about a cycle', () => {
  it.each<[CycleAuditAction, string]>([
    ['CYCLE_OPENED', 'Pioneers 2027 opens on 4 January 2027 and closes on 30 April 2027: Devon is taking part.'],
    ['CYCLE_CLOSING_DATE_CHANGED', 'Pioneers 2027 now closes on 30 April 2027, not 31 March 2027.'],
    ['CYCLE_CLOSED', "Pioneers 2027 has closed: check Devon's provisional figures, then confirm them or raise a query."],
    ['CYCLE_PUBLISHED', "The landscape of Pioneers 2027 is published: Devon's figures are final and other ICSs can now see them."],
    ['CYCLE_SIGN_OFF_ANSWERED', 'Devon raised a query about its provisional figures for Pioneers 2027.'],
    ['CYCLE_FIGURES_REVISED', "Devon's published figures for Pioneers 2027 were corrected: the reason is shown with them."],
  ])('%s', (action, message) => {
    expect(cycleNoticeMessage(action, facts)).toBe(message);
  });

  it('never shows a code or an ISO date', () => {
    const actions: CycleAuditAction[] = ['CYCLE_OPENED', 'CYCLE_CLOSING_DATE_CHANGED', 'CYCLE_CLOSED', 'CYCLE_PUBLISHED', 'CYCLE_SIGN_OFF_ANSWERED', 'CYCLE_FIGURES_REVISED'];
    for (const action of actions) {
      const message = cycleNoticeMessage(action, facts);
      expect(message).not.toMatch(/[A-Z]+_[A-Z]+|\d{4}-\d{2}-\d{2}/);
    }
  });
});
