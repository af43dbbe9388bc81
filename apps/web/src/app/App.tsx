import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { meQueryOptions } from '../features/auth/api/get-me';
import { createQueryClient } from '../lib/query-client';
import { createAppRouter } from './router';

export function App() {
  const [queryClient] = useState(() =>
    // A query refused as UNAUTHENTICATED means the session has ended: nobody is signed in any more.
    createQueryClient({ onUnauthenticated: (client) => client.setQueryData(meQueryOptions().queryKey, null) }),
  );
  const [router] = useState(createAppRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
