import { AutosaveScheduler } from './autosave';

/** A save that resolves when the test says so. */
function controlledSave() {
  const pending: (() => void)[] = [];
  const save = jest.fn(() => new Promise<void>((resolve) => pending.push(resolve)));
  return { save, finishNext: () => pending.shift()?.() };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('AutosaveScheduler', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves once, a second after the last of several changes', () => {
    const save = jest.fn().mockResolvedValue(undefined);
    const scheduler = new AutosaveScheduler(save, 1000);
    scheduler.changed();
    jest.advanceTimersByTime(600);
    scheduler.changed();
    jest.advanceTimersByTime(999);
    expect(save).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves at once on flush, and not again when the timer would have fired', async () => {
    const save = jest.fn().mockResolvedValue(undefined);
    const scheduler = new AutosaveScheduler(save, 1000);
    scheduler.changed();
    await scheduler.flush();
    expect(save).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('runs one save at a time: a save asked for meanwhile runs once the first has finished', async () => {
    const { save, finishNext } = controlledSave();
    const scheduler = new AutosaveScheduler(save, 1000);
    const first = scheduler.flush();
    const second = scheduler.flush();
    const third = scheduler.flush();
    expect(second).toBe(third);
    expect(save).toHaveBeenCalledTimes(1);
    expect(scheduler.busy).toBe(true);
    finishNext();
    await first;
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
    finishNext();
    await second;
    expect(scheduler.busy).toBe(false);
  });

  it('saves nothing while paused, and carries on once resumed', async () => {
    const save = jest.fn().mockResolvedValue(undefined);
    const scheduler = new AutosaveScheduler(save, 1000);
    scheduler.changed();
    scheduler.pause();
    jest.advanceTimersByTime(2000);
    await scheduler.flush();
    scheduler.changed();
    jest.advanceTimersByTime(2000);
    expect(save).not.toHaveBeenCalled();
    scheduler.resume();
    await scheduler.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('does not run a queued save if paused meanwhile (a conflict came back)', async () => {
    const { save, finishNext } = controlledSave();
    const scheduler = new AutosaveScheduler(save, 1000);
    const first = scheduler.flush();
    const queued = scheduler.flush();
    scheduler.pause();
    finishNext();
    await first;
    await queued;
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('can be asked to try again later, after its own delay', () => {
    const save = jest.fn().mockResolvedValue(undefined);
    const scheduler = new AutosaveScheduler(save, 1000);
    scheduler.changed(5000);
    jest.advanceTimersByTime(4999);
    expect(save).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('keeps going after a save fails', async () => {
    const save = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
    const scheduler = new AutosaveScheduler(save, 1000);
    await expect(scheduler.flush()).resolves.toBeUndefined();
    await scheduler.flush();
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('stops its timer once disposed, but still saves on a last flush', async () => {
    const save = jest.fn().mockResolvedValue(undefined);
    const scheduler = new AutosaveScheduler(save, 1000);
    scheduler.changed();
    const last = scheduler.flush();
    scheduler.dispose();
    await last;
    scheduler.changed();
    jest.advanceTimersByTime(2000);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
