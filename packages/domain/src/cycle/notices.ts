import { cycleDateInWords } from './dates';
import { CycleAuditAction } from './cycle';

/**
 * What the people a cycle event notifies are told (`CycleEvent.notify` says whom), in a sentence that stands on its
 * own in the app and as an email's subject. `systemName` is the ICS the message is about or sent to.
 */
export function cycleNoticeMessage(
  action: CycleAuditAction,
  facts: {
    readonly cycleName: string;
    readonly systemName: string;
    readonly opensOn?: string;
    readonly closesOn?: string;
    readonly previousClosesOn?: string;
  },
): string {
  const on = (date: string | undefined) => (date ? cycleDateInWords(date) : 'a date to be confirmed');
  switch (action) {
    case 'CYCLE_OPENED':
      return `${facts.cycleName} opens on ${on(facts.opensOn)} and closes on ${on(facts.closesOn)}: ${facts.systemName} is taking part.`;
    case 'CYCLE_CLOSING_DATE_CHANGED':
      return `${facts.cycleName} now closes on ${on(facts.closesOn)}${facts.previousClosesOn ? `, not ${on(facts.previousClosesOn)}` : ''}.`;
    case 'CYCLE_CLOSED':
      return `${facts.cycleName} has closed: check ${facts.systemName}'s provisional figures, then confirm them or raise a query.`;
    case 'CYCLE_PUBLISHED':
      return `The landscape of ${facts.cycleName} is published: ${facts.systemName}'s figures are final and other ICSs can now see them.`;
    case 'CYCLE_SIGN_OFF_ANSWERED':
      return `${facts.systemName} raised a query about its provisional figures for ${facts.cycleName}.`;
    case 'CYCLE_FIGURES_REVISED':
      return `${facts.systemName}'s published figures for ${facts.cycleName} were corrected: the reason is shown with them.`;
  }
}
