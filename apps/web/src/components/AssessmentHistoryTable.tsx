import type { Transition } from '@idt/domain';
import { Table } from 'nhsuk-react-components';
import { formatDateTime } from '../lib/format';

export interface AssessmentHistoryEntry {
  readonly transition: Transition;
  readonly actorName?: string | null;
  readonly reason?: string | null;
  readonly occurredAt: string;
}

/**
 * An assessment's changes of status, oldest first: when, what happened, by whom and why. Each page names the changes
 * in its own words (`labels`), as its reader sees them: the ICS's "Returned for changes" is the coach's "Returned to
 * the ICS".
 */
export function AssessmentHistoryTable({
  history,
  labels,
  'data-testid': testId,
}: {
  history: readonly AssessmentHistoryEntry[];
  labels: Readonly<Record<Transition, string>>;
  'data-testid'?: string;
}) {
  return (
    <Table responsive caption="History, oldest first" data-testid={testId}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>When</Table.Cell>
          <Table.Cell>What happened</Table.Cell>
          <Table.Cell>By</Table.Cell>
          <Table.Cell>Reason</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {history.map((entry, index) => (
          <Table.Row key={index}>
            <Table.Cell>{formatDateTime(entry.occurredAt)}</Table.Cell>
            <Table.Cell>{labels[entry.transition]}</Table.Cell>
            <Table.Cell>{entry.actorName ?? 'Not recorded'}</Table.Cell>
            <Table.Cell>{entry.reason ?? ''}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
