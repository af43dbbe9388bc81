import { useParams } from 'react-router';
import { CohortOverviewPage } from '../../features/cohort-programme/components/CohortOverviewPage';
import { RequireAccount } from '../require-account';

/** A cohort in one cycle: loaded lazily, so that d3 stays out of the first page's bundle. The API decides who may see it. */
export function Component() {
  const { cohortId = '' } = useParams();
  return <RequireAccount>{() => <CohortOverviewPage key={cohortId} cohortId={cohortId} />}</RequireAccount>;
}
