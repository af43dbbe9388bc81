import type { CyclePhase } from '../../../gql/graphql';

const COLOURS: Record<CyclePhase, string> = {
  NOT_YET_OPEN: 'nhsuk-tag--grey',
  OPEN: 'nhsuk-tag--green',
  PAST_CLOSING_DATE: 'nhsuk-tag--orange',
  CLOSED: 'nhsuk-tag--yellow',
  PUBLISHED: 'nhsuk-tag--blue',
};

/** Where a cycle is today, in the API's words (the domain's `CYCLE_PHASE_LABELS`). */
export function CyclePhaseTag({ phase, label }: { phase: CyclePhase; label: string }) {
  return (
    <strong className={`nhsuk-tag ${COLOURS[phase]}`} data-testid="cycle-phase">
      {label}
    </strong>
  );
}
