import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { AuditEventFilter, AuditTrailQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const AuditTrailDocument = graphql(`
  query AuditTrail($filter: AuditEventFilter, $after: String, $first: Int) {
    auditEvents(filter: $filter, after: $after, first: $first) {
      events {
        id
        occurredAt
        actorName
        description
        subjectKind
        subjectName
        systemName
      }
      endCursor
      hasNextPage
      kinds {
        action
        description
      }
      people {
        id
        name
      }
    }
    systems {
      id
      name
    }
  }
`);

export const AuditTrailCsvDocument = graphql(`
  query AuditTrailCsv($filter: AuditEventFilter) {
    auditEventsCsv(filter: $filter) {
      csv
      rows
      truncated
    }
  }
`);

export type AuditEvent = AuditTrailQuery['auditEvents']['events'][number];
export type AuditTrail = AuditTrailQuery;

/** Events per page. */
export const AUDIT_PAGE_SIZE = 25;

export const auditTrailQueryOptions = (filter: AuditEventFilter, after: string | null) =>
  queryOptions({
    queryKey: ['audit-trail', filter, after],
    queryFn: ({ signal }) => execute(AuditTrailDocument, { filter, after, first: AUDIT_PAGE_SIZE }, { signal }),
    placeholderData: keepPreviousData,
  });

export const useAuditTrail = (filter: AuditEventFilter, after: string | null) => useQuery(auditTrailQueryOptions(filter, after));

export const fetchAuditCsv = (filter: AuditEventFilter) => execute(AuditTrailCsvDocument, { filter }).then((data) => data.auditEventsCsv);
