import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { ResetPasswordPage } from '../../features/account/components/ResetPasswordPage';

export function Component() {
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const meKey = meQueryOptions().queryKey;
  // Every session of the person has ended, this browser's too: nobody is signed in, and nothing of theirs is kept.
  const onReset = () => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
    queryClient.setQueryData(meKey, null);
  };
  // A new page per link: nothing typed for one link is kept for another.
  return <ResetPasswordPage key={token} token={token} onReset={onReset} />;
}
