import { afterEach, describe, expect, test, vi } from 'vitest';
import { nextBackgroundTask } from './nextTask';

afterEach(() => vi.unstubAllGlobals());

describe('nextBackgroundTask', () => {
  test('waits in the scheduler’s background queue where there is one', async () => {
    const postTask = vi.fn((task: () => void) => Promise.resolve().then(task));
    vi.stubGlobal('scheduler', { postTask });
    await nextBackgroundTask();
    expect(postTask).toHaveBeenCalledWith(expect.any(Function), { priority: 'background' });
  });

  test('is a task of its own where there is no scheduler', async () => {
    vi.stubGlobal('scheduler', undefined);
    let settled = false;
    const waited = nextBackgroundTask().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await waited;
    expect(settled).toBe(true);
  });
});
