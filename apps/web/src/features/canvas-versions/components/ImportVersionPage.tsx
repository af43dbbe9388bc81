import { BackLink, Button } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import type { FrameworkDocumentFormat } from '../../../gql/graphql';
import { errorFor, formErrorsFrom, type FormError } from '../../../lib/form-errors';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import type { NoticeState } from '../../../lib/notice';
import { useImportFrameworkDraft } from '../api/canvas-versions';
import { versionPath } from '../utils/paths';
// The worked example ships with the domain package (packages/domain/data, the very file its tests check), as an asset.
import canvasV2Url from '@idt/domain-data/canvas-v2.yaml?url';
import { formatOfFileName, problemSentence } from '../utils/words';

const FILE_ID = 'canvas-file';
const FORMAT_ID = 'canvas-format';

/**
 * Import a version from a file: the browser reads it and sends its text. The API checks it with the canvas's own
 * rules; every problem is listed by line and field, and nothing is stored until the file has none.
 */
export function ImportVersionPage() {
  const navigate = useNavigate();
  const form = useFormErrors();
  const importDraft = useImportFrameworkDraft();
  const [format, setFormat] = useState<FrameworkDocumentFormat>('YAML');
  const [problemCount, setProblemCount] = useState(0);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem(FILE_ID) as HTMLInputElement | null)?.files?.[0];
    if (!file) {
      setProblemCount(0);
      form.show([{ fieldId: FILE_ID, message: 'Choose the file to import' }]);
      return;
    }
    const document = await file.text();
    importDraft.mutate(
      { document, format },
      {
        onSuccess: (draft) =>
          void navigate(versionPath(draft.id), {
            state: { notice: `Version ${draft.version} imported from ${file.name}. Check what changed, then publish it.` } satisfies NoticeState,
          }),
        onError: (error) => {
          const problems = error instanceof GraphQLRequestError ? (error.errors[0]?.problems ?? []) : [];
          setProblemCount(problems.length);
          const errors: FormError[] =
            problems.length > 0
              ? problems.map((p) => ({ fieldId: FILE_ID, message: problemSentence(p) }))
              : formErrorsFrom(error, { document: FILE_ID, format: FORMAT_ID });
          form.show(errors);
        },
      },
    );
  };

  const fileError = problemCount > 0 ? `The file has ${problemCount === 1 ? 'a problem' : `${problemCount} problems`}: fix ${problemCount === 1 ? 'it' : 'them'} and import it again` : errorFor(form.errors, FILE_ID);
  return (
    <>
      <BackLink asElement={Link} to="/admin/canvas">
        Back to canvas versions
      </BackLink>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0}>Import a canvas version from a file</PageHeading>
      <p>
        The file is the same document as a downloaded version, in YAML or JSON. It becomes the new draft (replacing any
        draft there is) once it has no problems. Each criterion that is no longer in it must say which criteria replace it.
      </p>
      <p>
        <a href={canvasV2Url} download="canvas-v2.yaml">
          Download the worked example: canvas version 2, with its crosswalk to NHS England&rsquo;s digital inclusion framework (YAML)
        </a>
      </p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className={`nhsuk-form-group${fileError ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label" htmlFor={FILE_ID}>
            File
          </label>
          {fileError ? (
            <span className="nhsuk-error-message" id={`${FILE_ID}-error`}>
              <span className="nhsuk-u-visually-hidden">Error:</span> {fileError}
            </span>
          ) : null}
          <input
            className={`nhsuk-input app-file-input${fileError ? ' nhsuk-input--error' : ''}`}
            type="file"
            id={FILE_ID}
            name={FILE_ID}
            accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
            aria-describedby={fileError ? `${FILE_ID}-error` : undefined}
            onChange={(event) => {
              const name = event.currentTarget.files?.[0]?.name;
              if (name) setFormat(formatOfFileName(name));
            }}
          />
        </div>
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset" id={FORMAT_ID}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Format of the file</legend>
            <div className="nhsuk-radios nhsuk-radios--inline">
              {(['YAML', 'JSON'] as const).map((value) => (
                <div className="nhsuk-radios__item" key={value}>
                  <input
                    className="nhsuk-radios__input"
                    id={`${FORMAT_ID}-${value.toLowerCase()}`}
                    name={FORMAT_ID}
                    type="radio"
                    value={value}
                    checked={format === value}
                    onChange={() => setFormat(value)}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${FORMAT_ID}-${value.toLowerCase()}`}>
                    {value}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <Button type="submit" disabled={importDraft.isPending}>
          Import file
        </Button>
      </form>
    </>
  );
}
