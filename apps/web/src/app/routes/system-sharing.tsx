import { useParams } from 'react-router';
import { SharingPage } from '../../features/sharing/components/SharingPage';
import { RequireAccount } from '../require-account';

/** Whether other ICSs see this ICS's name: its leads choose; its coaches, national viewers and admins read it (the API decides). */
export function Component() {
  const { systemId = '' } = useParams();
  return <RequireAccount>{() => <SharingPage key={systemId} systemId={systemId} />}</RequireAccount>;
}
