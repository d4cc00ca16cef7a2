/**
 * Resolves in a task of its own, so a long job done in parts lets the page take input and draw
 * between them. A message to itself rather than a timer: nested timers wait 4 ms each.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

interface Scheduler {
  postTask: (task: () => void, options: { priority: 'background' }) => Promise<void>;
}

/**
 * Resolves in a task that waits for others queued meanwhile (messages, input): the Prioritized
 * Task Scheduling API's background priority where there is one, otherwise as nextTask.
 */
export function nextBackgroundTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler ? scheduler.postTask(() => undefined, { priority: 'background' }) : nextTask();
}
