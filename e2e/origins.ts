/**
 * Where the test servers listen. Two checkouts can run their browser tests side by
 * side by giving each its own pair of ports (E2E_APP_PORT, E2E_HOST_PORT).
 */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4319);
/** A second origin playing a newsroom that embeds the timeline (e2e/host). */
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4320);

export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
