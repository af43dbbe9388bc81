import { useParams } from 'react-router';
import { InvitationPage } from '../../features/auth/components/InvitationPage';

export function Component() {
  const { token = '' } = useParams();
  return <InvitationPage key={token} token={token} />;
}
