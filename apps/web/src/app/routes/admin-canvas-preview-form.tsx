import { useParams } from 'react-router';
import { FormPreview } from '../../features/assessments/components/FormPreview';
import { PreviewFormPage } from '../../features/canvas-versions/components/PreviewFormPage';
import { previewFormDomainPath, previewFormPath, versionPath } from '../../features/canvas-versions/utils/paths';
import { RequireAccount } from '../require-account';

/**
 * A canvas version, draft or published, as the online form an ICS lead fills in: the assessment's own task list and
 * domain pages, composed here with the version. "/…/preview/form" is the task list, "/…/preview/form/<domain key>" a
 * domain's page; what is entered is kept while moving between them, and never saved.
 */
export function Component() {
  const { frameworkId = '', '*': domainKey = '' } = useParams();
  return (
    <RequireAccount role="ADMIN" needs="Only admins can see and change versions of the canvas.">
      {() => (
        <PreviewFormPage
          key={frameworkId}
          id={frameworkId}
          form={(framework, caption) => (
            <FormPreview
              domains={framework.domains}
              domainKey={domainKey === '' ? null : domainKey}
              caption={caption}
              back={{ to: versionPath(frameworkId), label: 'Back to the version' }}
              paths={{ taskList: previewFormPath(frameworkId), domain: (key) => previewFormDomainPath(frameworkId, key) }}
            />
          )}
        />
      )}
    </RequireAccount>
  );
}
