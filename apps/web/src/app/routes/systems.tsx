import { SystemsPage } from '../../features/systems/components/SystemsPage';

export function Component() {
  return <SystemsPage />;
}
