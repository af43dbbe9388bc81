import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SaveLearningProgrammeInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { learningProgrammeQueryOptions, type LearningProgrammeData } from './get-learning-programme';

export const SaveLearningProgrammeDocument = graphql(`
  mutation SaveLearningProgramme($input: SaveLearningProgrammeInput!) {
    saveLearningProgramme(input: $input) {
      ...LearningProgrammeDetails
    }
  }
`);

/** Saves the plan (refused with CONFLICT when someone saved since `expectedVersion`) and shows what was saved at once. */
export function useSaveLearningProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveLearningProgrammeInput) =>
      execute(SaveLearningProgrammeDocument, { input }).then((data) => data.saveLearningProgramme),
    onSuccess: (programme) => {
      queryClient.setQueryData(learningProgrammeQueryOptions(programme.cohortId, programme.cycle.id).queryKey, (cached) =>
        cached ? ({ ...cached, learningProgramme: programme } satisfies LearningProgrammeData) : cached,
      );
    },
  });
}
