import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ChangePasswordInput, ResetPasswordInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { myAccountQueryOptions } from './get-my-account';

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const PasswordResetLinkWorksDocument = graphql(`
  query PasswordResetLinkWorks($token: String!) {
    passwordResetLinkWorks(token: $token)
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/** Changes the signed-in person's password; their other sessions end, so the list of sessions is read again. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => execute(ChangePasswordDocument, { input }).then((data) => data.changePassword),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myAccountQueryOptions().queryKey }),
  });
}

/** Asks for a reset link; the answer is the same whether or not an account uses the address. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => execute(RequestPasswordResetDocument, { email }).then((data) => data.requestPasswordReset),
  });
}

/** Whether an emailed link still works (checked when the page opens, so nobody types a password for nothing). */
export function usePasswordResetLinkWorks(token: string) {
  return useQuery({
    queryKey: ['password-reset-link', token],
    queryFn: ({ signal }) => execute(PasswordResetLinkWorksDocument, { token }, { signal }).then((data) => data.passwordResetLinkWorks),
    staleTime: 0,
    gcTime: 0,
  });
}

/**
 * Sets a new password with an emailed link. Every session of the person ends, this browser's too: `onReset` (the app
 * passes it) forgets whatever was cached, as nobody is signed in.
 */
export function useResetPassword(onReset: () => void) {
  return useMutation({
    mutationFn: (input: ResetPasswordInput) => execute(ResetPasswordDocument, { input }).then((data) => data.resetPassword),
    onSuccess: onReset,
  });
}
