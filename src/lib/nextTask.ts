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
