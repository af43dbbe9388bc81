import type { SaveStatus } from '../hooks/use-page-autosave';
import { savedAtMessage } from '../../../lib/format';

/**
 * The polite live region that says how saving is going: "Saving…", "Saved at 10:42", or what went wrong. `notSaved`
 * says what typed text cannot be saved as it stands, and why: it stays until that is put right.
 */
export function SaveStatusMessage({ status, notSaved = null }: { status: SaveStatus; notSaved?: string | null }) {
  const message = (() => {
    if (notSaved) return notSaved;
    switch (status.kind) {
      case 'idle':
        return '';
      case 'saving':
        return 'Saving…';
      case 'saved':
        return savedAtMessage(status.at);
      case 'retrying':
      case 'refused':
        return status.message;
      case 'conflict':
        return 'Not saved: someone else has changed these answers.';
      case 'replaced':
        return 'The form now shows the saved answers.';
    }
  })();
  const problem = notSaved !== null || status.kind === 'retrying' || status.kind === 'refused' || status.kind === 'conflict';
  return (
    <p role="status" className={problem ? 'app-save-status app-save-status--problem' : 'app-save-status'} data-testid="save-status">
      {message}
    </p>
  );
}
