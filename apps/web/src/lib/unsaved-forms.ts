import { createContext, useCallback, useContext, useEffect, useState } from 'react';

/**
 * A page with several small forms (a comment box under each criterion) holds leaving while any of them has text
 * that is not sent yet: each form reports itself here (`useReportUnsaved`), the page reads `unsaved`
 * (`useUnsavedForms`) for its `useLeaveGuard`, and provides `report` through UnsavedFormsContext.
 */
export const UnsavedFormsContext = createContext<((formId: string, unsaved: boolean) => void) | null>(null);

export function useUnsavedForms() {
  const [forms, setForms] = useState<ReadonlySet<string>>(() => new Set());
  const report = useCallback((formId: string, unsaved: boolean) => {
    setForms((current) => {
      if (current.has(formId) === unsaved) return current;
      const next = new Set(current);
      if (unsaved) next.add(formId);
      else next.delete(formId);
      return next;
    });
  }, []);
  return { unsaved: forms.size > 0, report };
}

/** Tells the page (when it listens) whether this form has text that is not sent yet. */
export function useReportUnsaved(formId: string, unsaved: boolean) {
  const report = useContext(UnsavedFormsContext);
  useEffect(() => {
    report?.(formId, unsaved);
  }, [formId, report, unsaved]);
  useEffect(() => () => report?.(formId, false), [formId, report]);
}
