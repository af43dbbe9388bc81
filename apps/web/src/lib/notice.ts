/** A confirmation one page hands the next in the history state, e.g. `navigate(to, { state: { notice } })`. */
export interface NoticeState {
  readonly notice: string;
}

/** The confirmation in a location's state, if it holds one (the state is whatever history kept: trust nothing). */
export function readNotice(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const { notice } = state as { notice: unknown };
  return typeof notice === 'string' && notice.trim() !== '' ? notice : null;
}
