import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { SaveAnswersInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { applyAssessmentState, type AssessmentState } from './get-assessment';

export const SaveAnswersDocument = graphql(`
  mutation SaveAnswers($input: SaveAnswersInput!) {
    saveAnswers(input: $input) {
      ...AssessmentState
    }
  }
`);

/**
 * Saves a page of answers (autosave). The request is sent with keepalive, so a save started as the page is closed
 * or reloaded still reaches the API. The cached assessment takes the new state, version included.
 */
export function useSaveAnswers() {
  const queryClient = useQueryClient();
  return useCallback(
    async (input: SaveAnswersInput): Promise<AssessmentState> => {
      const state = (await execute(SaveAnswersDocument, { input }, { keepalive: true })).saveAnswers;
      await applyAssessmentState(queryClient, state);
      return state;
    },
    [queryClient],
  );
}
