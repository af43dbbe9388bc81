import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';
import { meQueryOptions } from './get-me';

export const MySecondStepDocument = graphql(`
  query MySecondStep {
    me {
      id
      email
      secondStep {
        enrolled
        required
        available
        recoveryCodesLeft
        mustEnrolBeforeContinuing
      }
    }
  }
`);

export const StartSecondStepEnrolmentDocument = graphql(`
  mutation StartSecondStepEnrolment {
    startSecondStepEnrolment {
      manualKey
      qrCodeDataUrl
    }
  }
`);

export const ConfirmSecondStepEnrolmentDocument = graphql(`
  mutation ConfirmSecondStepEnrolment($code: String!) {
    confirmSecondStepEnrolment(code: $code) {
      codes
    }
  }
`);

export const TurnOffSecondStepDocument = graphql(`
  mutation TurnOffSecondStep($input: TurnOffSecondStepInput!) {
    turnOffSecondStep(input: $input) {
      id
    }
  }
`);

export const CompleteSignInWithSecondStepDocument = graphql(`
  mutation CompleteSignInWithSecondStep($code: String!) {
    completeSignInWithSecondStep(code: $code) {
      usedRecoveryCode
      recoveryCodesLeft
      account {
        ...SignedInAccountFields
      }
    }
  }
`);


const MY_SECOND_STEP_KEY = ['my-second-step'] as const;
const meKey = meQueryOptions().queryKey;

export const useMySecondStep = () =>
  useQuery({
    queryKey: MY_SECOND_STEP_KEY,
    queryFn: ({ signal }) => execute(MySecondStepDocument, undefined, { signal }).then((data) => data.me),
  });

export function useStartEnrolment() {
  return useMutation({ mutationFn: () => execute(StartSecondStepEnrolmentDocument).then((d) => d.startSecondStepEnrolment) });
}

/** Confirms enrolment; the session may have been replaced by a full one, so `me` is read again. */
export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => execute(ConfirmSecondStepEnrolmentDocument, { code }).then((d) => d.confirmSecondStepEnrolment.codes),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meKey });
    },
  });
}

export function useTurnOff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { code?: string; password?: string }) => execute(TurnOffSecondStepDocument, { input }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: MY_SECOND_STEP_KEY });
    },
  });
}

/** Finishes signing in: as `useSignIn` does, whatever was cached for someone else is dropped and `me` is set. */
export function useCompleteSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => execute(CompleteSignInWithSecondStepDocument, { code }).then((d) => d.completeSignInWithSecondStep),
    onSuccess: (done) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, done.account);
    },
  });
}
