import { GraphQLRequestError } from './graphql-client';

/**
 * One problem to show on a form: in the error summary, and beside its field when it has one. `fieldId` is the id of
 * the input the summary links to; without it the problem is about the form as a whole.
 */
export interface FormError {
  readonly fieldId?: string;
  /** For a problem that is fixed on another page (e.g. a domain still to complete): where the summary links to. */
  readonly href?: string;
  readonly message: string;
}

const SOMETHING_WENT_WRONG = 'Something went wrong. Try again.';

/**
 * Turns what a mutation threw into form errors. A BAD_USER_INPUT error whose `field` (or `input.<field>`) is one of
 * this form's inputs (`fieldIds` maps the API's input field names to the ids of the form's inputs) is shown beside
 * that input; every other error is shown in the summary only, in the API's own plain words.
 */
export function formErrorsFrom(error: unknown, fieldIds: Readonly<Record<string, string>>): FormError[] {
  if (!(error instanceof GraphQLRequestError)) return [{ message: SOMETHING_WENT_WRONG }];
  const apiErrors = error.errors.length > 0 ? error.errors : [{ code: error.code, message: error.message }];
  const result: FormError[] = [];
  for (const apiError of apiErrors) {
    const name = apiError.code === 'BAD_USER_INPUT' ? inputName(apiError.field) : undefined;
    const fieldId = name !== undefined && Object.hasOwn(fieldIds, name) ? fieldIds[name] : undefined;
    const problem: FormError = fieldId ? { fieldId, message: apiError.message } : { message: apiError.message };
    // One message per field (the first), and no message twice.
    if (result.some((r) => (fieldId && r.fieldId === fieldId) || (r.fieldId === fieldId && r.message === problem.message))) {
      continue;
    }
    result.push(problem);
  }
  return result;
}

/**
 * The input a field error is about: the API names it plainly (`email`) or, when refused before any resolver ran (text
 * no column can store), by its path in the mutation's input object (`input.email`). A path into a list
 * (`input.responses[2].evidence`) names no single input of a simple form: the summary shows it.
 */
function inputName(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const path = /^input\.([A-Za-z]\w*)$/.exec(field);
  return path ? path[1] : field;
}

/** The message to show beside one input, if any. */
export function errorFor(errors: readonly FormError[], fieldId: string): string | undefined {
  return errors.find((e) => e.fieldId === fieldId)?.message;
}
