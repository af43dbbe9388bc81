import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { OpenAssessmentCycleInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const AdminCyclesDocument = graphql(`
  query AdminCycles {
    assessmentCycles {
      id
      name
      frameworkId
      opensOn
      closesOn
      illustrative
      phase
      phaseLabel
      closedOn
      closedEarly
      cohort {
        id
        name
      }
    }
    canvasFrameworks {
      id
      title
      version
      status
    }
  }
`);

export const OpenCycleChoicesDocument = graphql(`
  query OpenCycleChoices {
    canvasFrameworks {
      id
      title
      version
      usableForNewCycle
    }
    cohorts {
      id
      name
      systems {
        id
      }
    }
  }
`);

export const CycleProgressDocument = graphql(`
  query CycleProgress($cycleId: ID!) {
    cycleProgress(cycleId: $cycleId) {
      cycle {
        id
        name
        frameworkId
        opensOn
        closesOn
        illustrative
        phase
        phaseLabel
        closedOn
        closedEarly
        cohort {
          id
          name
        }
        framework {
          id
          title
          version
          lifecycle
        }
      }
      counts {
        status
        label
        count
      }
      rows {
        systemId
        systemName
        regionName
        status
        label
        answeredCount
        criteriaCount
        updatedOn
      }
      csvHeaders
    }
  }
`);

export const OpenAssessmentCycleDocument = graphql(`
  mutation OpenAssessmentCycle($input: OpenAssessmentCycleInput!) {
    openAssessmentCycle(input: $input) {
      id
      name
    }
  }
`);

export const ChangeCycleClosingDateDocument = graphql(`
  mutation ChangeCycleClosingDate($cycleId: ID!, $closesOn: String!) {
    changeCycleClosingDate(cycleId: $cycleId, closesOn: $closesOn) {
      id
      closesOn
    }
  }
`);

export const CloseAssessmentCycleDocument = graphql(`
  mutation CloseAssessmentCycle($cycleId: ID!) {
    closeAssessmentCycle(cycleId: $cycleId) {
      id
      closedOn
      closedEarly
    }
  }
`);

const cyclesKey = ['admin-cycles'] as const;

export const adminCyclesQueryOptions = () =>
  queryOptions({ queryKey: cyclesKey, queryFn: ({ signal }) => execute(AdminCyclesDocument, undefined, { signal }) });

export const useAdminCycles = () => useQuery(adminCyclesQueryOptions());

export const useOpenCycleChoices = () =>
  useQuery({ queryKey: ['open-cycle-choices'], queryFn: ({ signal }) => execute(OpenCycleChoicesDocument, undefined, { signal }) });

export const useCycleProgress = (cycleId: string) =>
  useQuery({
    queryKey: [...cyclesKey, cycleId, 'progress'],
    queryFn: ({ signal }) => execute(CycleProgressDocument, { cycleId }, { signal }).then((data) => data.cycleProgress),
  });

export type CycleProgressData = NonNullable<ReturnType<typeof useCycleProgress>['data']>;

/** After any change to a cycle, every cycle view (and the home page's open cycles) is read again. */
function useInvalidateCycles() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: cyclesKey }), queryClient.invalidateQueries({ queryKey: ['home'] })]);
}

export function useOpenCycle() {
  const invalidate = useInvalidateCycles();
  return useMutation({
    mutationFn: (input: OpenAssessmentCycleInput) => execute(OpenAssessmentCycleDocument, { input }).then((d) => d.openAssessmentCycle),
    onSuccess: invalidate,
  });
}

export function useChangeClosingDate() {
  const invalidate = useInvalidateCycles();
  return useMutation({
    mutationFn: (v: { cycleId: string; closesOn: string }) => execute(ChangeCycleClosingDateDocument, v).then((d) => d.changeCycleClosingDate),
    onSuccess: invalidate,
  });
}

export function useCloseCycle() {
  const invalidate = useInvalidateCycles();
  return useMutation({
    mutationFn: (cycleId: string) => execute(CloseAssessmentCycleDocument, { cycleId }).then((d) => d.closeAssessmentCycle),
    onSuccess: invalidate,
  });
}
