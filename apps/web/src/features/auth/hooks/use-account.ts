import { useMe } from '../api/get-me';
import { describeAccount, type Account } from '../utils/account';

export type AccountState =
  | { readonly status: 'pending' }
  | { readonly status: 'error'; readonly error: Error; readonly retry: () => void }
  | { readonly status: 'signed-out' }
  | { readonly status: 'signed-in'; readonly account: Account };

/** Who is signed in, if anyone: what the header, the route guards and the pages ask. */
export function useAccount(): AccountState {
  const me = useMe();
  if (me.isPending) return { status: 'pending' };
  if (me.isError) return { status: 'error', error: me.error, retry: () => void me.refetch() };
  return me.data ? { status: 'signed-in', account: describeAccount(me.data) } : { status: 'signed-out' };
}
