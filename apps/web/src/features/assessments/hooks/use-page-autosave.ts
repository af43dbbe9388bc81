import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { assessmentQueryOptions, type AssessmentState } from '../api/get-assessment';
import { useSaveAnswers } from '../api/save-answers';
import {
  pageAnswersFrom,
  pageAnswersToSave,
  pageFormValuesFrom,
  samePageAnswers,
  saveAnswersInput,
  savedAnswerFrom,
  type PageAnswers,
  type PageFormValues,
  type PageQuestions,
} from '../utils/answers';
import { AutosaveScheduler } from '../utils/autosave';
import { currentPageAnswers, resolveConflict, type AnswerDifference } from '../utils/conflict';
import { browserStorage, keepUnsavedText } from '../utils/unsaved';

/** What the live region says about saving. */
export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date }
  /** Could not reach the API (or it failed): tried again shortly. */
  | { readonly kind: 'retrying'; readonly message: string }
  /** Refused for good: the assessment cannot be changed any more, or an answer was refused. */
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'replaced' };

/** How the last save went, for "Save and continue". */
export type SaveOutcome =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'failed'; readonly error: unknown };

/** Someone else changed this page's answers: what is saved now (at `version`), and where it differs from yours. */
export interface PageConflict {
  readonly differences: readonly AnswerDifference[];
  readonly current: PageAnswers;
  readonly version: number;
}

const DEBOUNCE_MS = 1000;
const RETRY_MS = 5000;
/** Saving again after someone else saved elsewhere in the assessment: a few times at most, then show the problem. */
const MAX_ATTEMPTS = 3;

/**
 * A page shown in the first seconds of a document's life may have been read while the save sent as the previous page
 * closed (a reload, say) was still on its way to the API: it looks again a little later, and shows that save's
 * answers if nothing has been typed meanwhile (and otherwise the next save meets them as a conflict, never silently).
 */
const FRESH_DOCUMENT_MS = 10_000;
const LOOK_AGAIN_AFTER_MS = [1000, 3000];

const TRANSIENT = new Set(['NETWORK_ERROR', 'BAD_RESPONSE', 'INTERNAL_SERVER_ERROR', 'TOO_MANY_REQUESTS']);

/**
 * Autosave for one domain page. Changes are saved about a second after the last one, at once when a text field
 * loses focus, when the tab is hidden or the page closed (a keepalive request), and when the page is left inside
 * the app. Only this page's questions are sent, each whole answer, with the version of the last state this page
 * saw: a save refused as a CONFLICT is saved again on top only if nobody else changed this page's answers;
 * otherwise autosave stops and the person chooses (`conflict`). Text that is not saved yet (above all text that
 * cannot be saved as it stands, such as evidence over its limit) is kept in this tab's storage until it is saved
 * (see utils/unsaved); `checked` is the form as the last save found it, for saying what is not saved and why.
 */
export function usePageAutosave({
  assessment,
  page,
  getValues,
  onReplaceValues,
}: {
  assessment: AssessmentState;
  page: PageQuestions;
  /** The form's values now (read when a save starts, so the latest typing is sent). */
  getValues: () => PageFormValues;
  /** Shows other values in the form (the saved answers, when the person chooses them or no change is pending). */
  onReplaceValues: (values: PageFormValues) => void;
}) {
  const queryClient = useQueryClient();
  const saveAnswers = useSaveAnswers();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [conflict, setConflict] = useState<PageConflict | null>(null);
  const [checked, setChecked] = useState<PageFormValues>(getValues);

  // What this page last knew to be saved, and at which version: they always change together.
  const session = useRef({ version: assessment.version, base: pageAnswersFrom(page, assessment) });
  const conflictRef = useRef<PageConflict | null>(null);
  const refusedRef = useRef<unknown>(null);
  const lastOutcome = useRef<SaveOutcome>({ kind: 'unchanged' });
  const scheduler = useRef<AutosaveScheduler | null>(null);
  /** The save under way, if any: the version it was sent with and what it sends. */
  const inflight = useRef<{ version: number; answers: PageAnswers } | null>(null);
  const assessmentId = assessment.id;

  /** Keeps in this tab's storage each text field that is not saved yet, and forgets each one that is. */
  const keepText = useCallback(
    () => keepUnsavedText(browserStorage(), assessmentId, page, getValues(), session.current.base),
    [assessmentId, getValues, page],
  );

  const showConflict = useCallback((value: PageConflict | null) => {
    conflictRef.current = value;
    setConflict(value);
  }, []);

  /** After a CONFLICT: whether to save again on top (nobody else changed this page's answers). */
  const meetConflict = useCallback(
    async (error: GraphQLRequestError, yours: PageAnswers): Promise<'again' | 'stop'> => {
      const base = session.current.base;
      let current: PageAnswers;
      let version: number;
      try {
        // What is saved now for the whole page, quick checks included.
        const fresh = await queryClient.fetchQuery({ ...assessmentQueryOptions(assessmentId), staleTime: 0 });
        current = pageAnswersFrom(page, fresh);
        version = fresh.version;
      } catch {
        const details = error.errors.find((e) => e.code === 'CONFLICT');
        current = currentPageAnswers(page, (details?.currentResponses ?? []).map(savedAnswerFrom), base.quickCheck);
        version = details?.currentVersion ?? session.current.version;
      }
      const resolution = resolveConflict(page, base, yours, current);
      if (resolution.kind !== 'choose') {
        session.current = { version, base: current };
        return 'again';
      }
      scheduler.current?.pause();
      showConflict({ differences: resolution.differences, current, version });
      setStatus({ kind: 'conflict' });
      lastOutcome.current = { kind: 'conflict' };
      return 'stop';
    },
    [assessmentId, page, queryClient, showConflict],
  );

  const save = useCallback(async (): Promise<void> => {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const { version, base } = session.current;
      setChecked(getValues());
      const yours = pageAnswersToSave(page, getValues(), base);
      if (samePageAnswers(page, yours, base)) {
        lastOutcome.current = { kind: 'unchanged' };
        return;
      }
      setStatus({ kind: 'saving' });
      inflight.current = { version, answers: yours };
      try {
        const state = await saveAnswers(saveAnswersInput(page, assessmentId, version, yours));
        inflight.current = null;
        session.current = { version: state.version, base: pageAnswersFrom(page, state) };
        keepText();
        setStatus({ kind: 'saved', at: new Date() });
        lastOutcome.current = { kind: 'saved' };
        return;
      } catch (error) {
        inflight.current = null;
        if (error instanceof GraphQLRequestError && error.code === 'CONFLICT' && attempt < MAX_ATTEMPTS) {
          if ((await meetConflict(error, yours)) === 'again') continue;
          return;
        }
        lastOutcome.current = { kind: 'failed', error };
        if (error instanceof GraphQLRequestError && TRANSIENT.has(error.code)) {
          setStatus({ kind: 'retrying', message: 'Your latest changes are not saved yet. We will try again in a few seconds.' });
          scheduler.current?.changed(RETRY_MS);
          return;
        }
        if (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT' && error.field === 'assessmentId') {
          // It was submitted (or otherwise moved on) meanwhile: stop, and show the assessment as it is now.
          refusedRef.current = error;
          scheduler.current?.pause();
          void queryClient.invalidateQueries({ queryKey: assessmentQueryOptions(assessmentId).queryKey });
        }
        setStatus({ kind: 'refused', message: error instanceof Error ? error.message : 'Your latest changes could not be saved.' });
        return;
      }
    }
  }, [assessmentId, getValues, keepText, meetConflict, page, queryClient, saveAnswers]);

  /**
   * The page is being closed or reloaded: save what is pending now. If a save is still under way, nothing can wait
   * for it any more, so the latest answers (the whole page, which includes what that save carries) go at once,
   * marked as following it: the API accepts them on top of the version that save started from or, if this person
   * made it, the one it makes. Whichever reaches the API first, nothing typed is lost (tested against the API, and by
   * the browser journey that reloads straight after a change). Only someone else's save in those milliseconds wins.
   */
  const saveOnExit = useCallback(() => {
    const underWay = inflight.current;
    if (!underWay) return void scheduler.current?.flush();
    if (conflictRef.current || refusedRef.current) return;
    const yours = pageAnswersToSave(page, getValues(), underWay.answers);
    if (samePageAnswers(page, yours, underWay.answers)) return;
    saveAnswers({ ...saveAnswersInput(page, assessmentId, underWay.version, yours), followsOwnSave: true }).catch(() => undefined);
  }, [assessmentId, getValues, page, saveAnswers]);

  // One scheduler for the page's life; leaving the page (inside the app) saves what is pending.
  const saveRef = useRef(save);
  const exitRef = useRef(saveOnExit);
  useEffect(() => {
    saveRef.current = save;
    exitRef.current = saveOnExit;
  }, [save, saveOnExit]);
  useEffect(() => {
    const current = new AutosaveScheduler(() => saveRef.current(), DEBOUNCE_MS);
    scheduler.current = current;
    const onHide = () => {
      if (document.visibilityState === 'hidden') void current.flush();
    };
    const onPageHide = () => exitRef.current();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void current.flush();
      current.dispose();
    };
  }, []);

  useEffect(() => {
    if (performance.now() > FRESH_DOCUMENT_MS) return;
    const { queryKey } = assessmentQueryOptions(assessmentId);
    const timers = LOOK_AGAIN_AFTER_MS.map((ms) => setTimeout(() => void queryClient.invalidateQueries({ queryKey }), ms));
    return () => timers.forEach(clearTimeout);
  }, [assessmentId, queryClient]);

  // Fresh data for this assessment (e.g. refetched) while nothing here is waiting to be saved: show it.
  useEffect(() => {
    if (assessment.version <= session.current.version || conflictRef.current || scheduler.current?.busy) return;
    const yours = pageAnswersToSave(page, getValues(), session.current.base);
    if (!samePageAnswers(page, yours, session.current.base)) return; // kept: the next save meets the conflict
    const base = pageAnswersFrom(page, assessment);
    session.current = { version: assessment.version, base };
    onReplaceValues(pageFormValuesFrom(page, base));
    keepText();
  }, [assessment, getValues, keepText, onReplaceValues, page]);

  /** Something in the form changed. */
  const changed = useCallback(() => {
    keepText();
    scheduler.current?.changed();
  }, [keepText]);

  /** Saves what is pending now (a text field lost focus). */
  const flush = useCallback(() => void scheduler.current?.flush(), []);

  /** Saves now and says how it went ("Save and continue"). */
  const saveNow = useCallback(async (): Promise<SaveOutcome> => {
    if (conflictRef.current) return { kind: 'conflict' };
    if (refusedRef.current) return { kind: 'failed', error: refusedRef.current };
    await scheduler.current?.flush();
    return conflictRef.current ? { kind: 'conflict' } : lastOutcome.current;
  }, []);

  /** "Keep my answers": save yours over what is saved now. */
  const keepMine = useCallback(async (): Promise<SaveOutcome> => {
    const current = conflictRef.current;
    if (!current) return lastOutcome.current;
    session.current = { version: current.version, base: current.current };
    showConflict(null);
    scheduler.current?.resume();
    await scheduler.current?.flush();
    return conflictRef.current ? { kind: 'conflict' } : lastOutcome.current;
  }, [showConflict]);

  /** "Use the saved answers": the form shows what is saved now, and autosave carries on from there. */
  const takeSaved = useCallback(() => {
    const current = conflictRef.current;
    if (!current) return;
    session.current = { version: current.version, base: current.current };
    showConflict(null);
    onReplaceValues(pageFormValuesFrom(page, current.current));
    keepText();
    setStatus({ kind: 'replaced' });
    scheduler.current?.resume();
  }, [keepText, onReplaceValues, page, showConflict]);

  return { status, conflict, checked, changed, flush, saveNow, keepMine, takeSaved };
}
