import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';
import { APP_PORT as PORT, HOST_PORT } from './e2e/origins';

const BROWSER = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } };
const LONGEST = 'studioRebuild.spec.ts';

export default defineConfig({
  testDir: 'e2e',
  // Only the journeys: *.test.ts files beside them (e2e/bench) are Vitest's.
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace snapshots the page around every action: about 40% of a long journey's time.
    // CI retries a failure once and records that run; a local run, which does not retry, keeps a failure's.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  // Tests start in project order. The studio rebuild takes minutes: started first, it runs beside the
  // rest; started in its file's turn, near the end, one worker would wait for it alone.
  projects: [
    { name: 'chromium, longest first', testMatch: LONGEST, use: BROWSER },
    { name: 'chromium', testIgnore: LONGEST, use: BROWSER },
  ],
  webServer: [
    {
      // The production build, as readers get it, with the data compiled by the build.
      // The host test origin is allowed as a data source, as a partner newsroom would be.
      // The offline single file is built too, for the briefing tests that open it from file://.
      command: `npx vite build && npx vite build --mode offline && npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}`,
      env: { VITE_DATA_ORIGINS: `http://127.0.0.1:${HOST_PORT}`, SITE_URL: `http://127.0.0.1:${PORT}/` },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `node e2e/host/server.mjs`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      env: { HOST_PORT: String(HOST_PORT), APP_PORT: String(PORT) },
      reuseExistingServer: !process.env.CI,
    },
  ],
});
