import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CorrectableFiguresQuery, MyProvisionalFiguresQuery, PublishPreviewQuery, SignOffAnswer, SignOffSummaryQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

const SIGN_OFF_KEY = ['sign-off'] as const;

export const MyProvisionalFiguresDocument = graphql(`
  query MyProvisionalFigures($cycleId: ID) {
    myProvisionalFigures(cycleId: $cycleId) {
      cycle {
        id
        name
        illustrative
      }
      published
      systemId
      systemName
      hasFigures
      overallScore
      category
      basis
      domainScores {
        domainKey
        name
        score
        incomplete
      }
      explanation
      signOff {
        state
        label
        comment
        answeredOn
      }
    }
  }
`);

export const AnswerSignOffDocument = graphql(`
  mutation AnswerSignOff($cycleId: ID!, $systemId: ID!, $answer: SignOffAnswer!, $comment: String) {
    answerSignOff(cycleId: $cycleId, systemId: $systemId, answer: $answer, comment: $comment) {
      systemId
      state
      label
      comment
      answeredOn
    }
  }
`);

export const SignOffSummaryDocument = graphql(`
  query SignOffSummary($cycleId: ID!) {
    signOffSummary(cycleId: $cycleId) {
      cycle {
        id
        name
        publishedAt
        illustrative
      }
      phase
      total
      confirmed
      queried
      notAnswered
      rows {
        systemId
        name
        state
        label
        comment
        answeredOn
      }
    }
  }
`);

export const OpenSignOffQueriesDocument = graphql(`
  query OpenSignOffQueries {
    openSignOffQueries {
      cycleId
      cycleName
      systemId
      systemName
      comment
      answeredOn
    }
  }
`);

export const useOpenSignOffQueries = () =>
  useQuery({
    queryKey: [...SIGN_OFF_KEY, 'open-queries'],
    queryFn: ({ signal }) => execute(OpenSignOffQueriesDocument, {}, { signal }).then((d) => d.openSignOffQueries),
  });

export const PublishPreviewDocument = graphql(`
  query PublishPreview($cycleId: ID!) {
    publishPreview(cycleId: $cycleId) {
      cycle {
        id
        name
      }
      canPublish
      reason
      statements
      outstandingSystemIds
    }
  }
`);

export const PublishCycleDocument = graphql(`
  mutation PublishCycle($cycleId: ID!, $confirmed: Boolean!, $outstandingSystemIds: [ID!]!) {
    publishCycle(cycleId: $cycleId, confirmed: $confirmed, outstandingSystemIds: $outstandingSystemIds) {
      id
      publishedAt
    }
  }
`);

export const ReviseFiguresDocument = graphql(`
  mutation ReviseFigures($cycleId: ID!, $systemId: ID!, $reason: String!, $levels: [LevelCorrectionInput!]!) {
    reviseFigures(cycleId: $cycleId, systemId: $systemId, reason: $reason, levels: $levels) {
      number
      reason
      revisedOn
      note
      changes {
        criterionKey
        before
        after
      }
    }
  }
`);

export const CorrectableFiguresDocument = graphql(`
  query CorrectableFigures($cycleId: ID!, $systemId: ID!) {
    correctableFigures(cycleId: $cycleId, systemId: $systemId) {
      cycle {
        id
        name
        publishedAt
      }
      systemId
      systemName
      published
      hasFigures
      basis
      revisions
      criteria {
        criterionKey
        title
        domainTitle
        statement
        level
      }
    }
  }
`);

export type ProvisionalFigures = MyProvisionalFiguresQuery['myProvisionalFigures'][number];
export type SignOffSummary = SignOffSummaryQuery['signOffSummary'];
export type PublishPreview = PublishPreviewQuery['publishPreview'];
export type CorrectableFigures = CorrectableFiguresQuery['correctableFigures'];

export const provisionalFiguresQueryOptions = (cycleId: string | null) =>
  queryOptions({
    queryKey: [...SIGN_OFF_KEY, 'figures', cycleId ?? 'all'],
    queryFn: ({ signal }) => execute(MyProvisionalFiguresDocument, { cycleId }, { signal }).then((d) => d.myProvisionalFigures),
  });

export const useProvisionalFigures = (cycleId: string | null) => useQuery(provisionalFiguresQueryOptions(cycleId));

export const useSignOffSummary = (cycleId: string) =>
  useQuery({
    queryKey: [...SIGN_OFF_KEY, 'summary', cycleId],
    queryFn: ({ signal }) => execute(SignOffSummaryDocument, { cycleId }, { signal }).then((d) => d.signOffSummary),
  });

export const usePublishPreview = (cycleId: string) =>
  useQuery({
    queryKey: [...SIGN_OFF_KEY, 'preview', cycleId],
    queryFn: ({ signal }) => execute(PublishPreviewDocument, { cycleId }, { signal }).then((d) => d.publishPreview),
    // The confirmation must state the facts as they are now.
    staleTime: 0,
  });

/** After any sign-off change: everything about sign-off is read again (and the landscape, which publishing changes). */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: SIGN_OFF_KEY, refetchType: 'all' });
}

export function useAnswerSignOff() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { cycleId: string; systemId: string; answer: SignOffAnswer; comment: string | null }) =>
      execute(AnswerSignOffDocument, input).then((d) => d.answerSignOff),
    onSuccess: refresh,
  });
}

export function usePublishCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { cycleId: string; confirmed: boolean; outstandingSystemIds: string[] }) =>
      execute(PublishCycleDocument, input).then((d) => d.publishCycle),
    // Publishing changes what every landscape, profile and home shows.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export const useCorrectableFigures = (cycleId: string, systemId: string) =>
  useQuery({
    queryKey: [...SIGN_OFF_KEY, 'correctable', cycleId, systemId],
    queryFn: ({ signal }) => execute(CorrectableFiguresDocument, { cycleId, systemId }, { signal }).then((d) => d.correctableFigures),
  });

export function useReviseFigures() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { cycleId: string; systemId: string; reason: string; levels: { criterionKey: string; level: number }[] }) =>
      execute(ReviseFiguresDocument, input).then((d) => d.reviseFigures),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
