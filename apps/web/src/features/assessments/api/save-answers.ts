import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { SaveAnswersInput, SaveAnswersMutation } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { myAssessmentsQueryOptions } from './get-my-assessments';
import { assessmentQueryOptions, type AssessmentDetails } from './get-assessment';

/** A save answers with what it changed: the new version, the sent answers as saved, and their domains' progress. */
export const SaveAnswersDocument = graphql(`
  mutation SaveAnswers($input: SaveAnswersInput!) {
    saveAnswers(input: $input) {
      assessmentId
      status
      version
      updatedAt
      responses {
        ...CriterionResponseFields
      }
      quickCheckAnswers {
        questionKey
        answer
      }
      progress {
        domainKey
        answered
        total
        status
      }
    }
  }
`);

export type SavedAnswers = SaveAnswersMutation['saveAnswers'];

/** What of a cached assessment a save can change. */
type SavedState = Pick<AssessmentDetails, 'status' | 'version' | 'updatedAt' | 'responses' | 'quickCheckAnswers' | 'progress'>;

const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/**
 * The cached assessment after a save: its version and status, the answers the save sent as saved (a quick-check
 * question sent but absent from the answer was cleared), and the progress of their domains; everything else as it was.
 */
export function withSavedAnswers<T extends SavedState>(cached: T, saved: SavedAnswers, sentQuestionKeys: readonly string[]): T {
  const savedCriteria = new Set(saved.responses.map((r) => r.criterionKey));
  const sentQuestions = new Set(sentQuestionKeys);
  const progress = new Map(saved.progress.map((p) => [p.domainKey, p]));
  return {
    ...cached,
    status: saved.status,
    version: saved.version,
    updatedAt: saved.updatedAt,
    responses: [...cached.responses.filter((r) => !savedCriteria.has(r.criterionKey)), ...saved.responses].sort(
      byKey((r) => r.criterionKey),
    ),
    quickCheckAnswers: [...cached.quickCheckAnswers.filter((a) => !sentQuestions.has(a.questionKey)), ...saved.quickCheckAnswers].sort(
      byKey((a) => a.questionKey),
    ),
    progress: cached.progress.map((p) => progress.get(p.domainKey) ?? p),
  };
}

/**
 * Saves a page of answers (autosave). The request is sent with keepalive, so a save started as the page is closed
 * or reloaded still reaches the API. The API answers with what the save changed, which is merged into the cached
 * assessment (nothing else is fetched); the list, whose progress may have changed, is marked for a refresh.
 */
export function useSaveAnswers() {
  const queryClient = useQueryClient();
  return useCallback(
    async (input: SaveAnswersInput): Promise<SavedAnswers> => {
      const saved = (await execute(SaveAnswersDocument, { input }, { keepalive: true })).saveAnswers;
      const { queryKey } = assessmentQueryOptions(saved.assessmentId);
      const sentQuestionKeys = (input.quickCheckAnswers ?? []).map((a) => a.questionKey);
      const cached = queryClient.setQueryData(queryKey, (current) => (current ? withSavedAnswers(current, saved, sentQuestionKeys) : current));
      // Copying last cycle's answers is offered only while there are none: the API says whether it still is.
      if (cached?.previousCycleToCopy && saved.responses.length > 0) await queryClient.invalidateQueries({ queryKey, exact: true });
      await queryClient.invalidateQueries({ queryKey: myAssessmentsQueryOptions().queryKey, exact: true });
      return saved;
    },
    [queryClient],
  );
}
