import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ActionPlanItemInput, ActionPlanQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { actionDomainsOf, type ActionDomain } from '../utils/action-form';

export const ActionPlanDocument = graphql(`
  query ActionPlan($systemId: ID!) {
    actionPlan(systemId: $systemId) {
      id
      domainKey
      action
      owner
      dueOn
      status
      createdAt
    }
    systems {
      id
      name
    }
    actionPlanFramework(systemId: $systemId) {
      domains {
        key
        number
        title
      }
    }
  }
`);

export const AddActionDocument = graphql(`
  mutation AddAction($systemId: ID!, $input: ActionPlanItemInput!) {
    addAction(systemId: $systemId, input: $input) {
      id
    }
  }
`);

export const UpdateActionDocument = graphql(`
  mutation UpdateAction($id: ID!, $input: ActionPlanItemInput!) {
    updateAction(id: $id, input: $input) {
      id
    }
  }
`);

export const RemoveActionDocument = graphql(`
  mutation RemoveAction($id: ID!) {
    removeAction(id: $id)
  }
`);

export type ActionPlanItem = ActionPlanQuery['actionPlan'][number];

/** One ICS's action plan, with the ICS's name and the domains an action may be for (its newest cycle's canvas's). */
export interface ActionPlan {
  readonly systemName: string | null;
  readonly items: readonly ActionPlanItem[];
  readonly domains: readonly ActionDomain[];
}

export const actionPlanQueryOptions = (systemId: string) =>
  queryOptions({
    queryKey: ['action-plan', systemId],
    queryFn: ({ signal }): Promise<ActionPlan> =>
      execute(ActionPlanDocument, { systemId }, { signal }).then((data) => ({
        systemName: data.systems.find((s) => s.id === systemId)?.name ?? null,
        items: data.actionPlan,
        domains: actionDomainsOf(data.actionPlanFramework),
      })),
  });

export const useActionPlan = (systemId: string) => useQuery(actionPlanQueryOptions(systemId));

/** Add, change or remove one action; each, once done, reads the plan again. */
export function useChangeActionPlan(systemId: string) {
  const queryClient = useQueryClient();
  const reread = () => queryClient.invalidateQueries({ queryKey: actionPlanQueryOptions(systemId).queryKey });
  return {
    add: useMutation({
      mutationFn: (input: ActionPlanItemInput) => execute(AddActionDocument, { systemId, input }).then((data) => data.addAction),
      onSuccess: reread,
    }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: ActionPlanItemInput }) => execute(UpdateActionDocument, { id, input }).then((data) => data.updateAction),
      onSuccess: reread,
    }),
    remove: useMutation({
      mutationFn: (id: string) => execute(RemoveActionDocument, { id }).then((data) => data.removeAction),
      onSuccess: reread,
    }),
  };
}
