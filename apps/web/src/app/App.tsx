import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Layout } from '../components/Layout';
import { SystemsPage } from '../features/systems/components/SystemsPage';
import { createQueryClient } from '../lib/query-client';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <Layout>
        <SystemsPage />
      </Layout>
    </QueryClientProvider>
  );
}
