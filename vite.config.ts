/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { timelineData } from './data/vitePlugin.ts';

// `vite build --mode offline` (npm run build:offline) makes one self-contained HTML
// file, story included, that opens from a USB stick with no network.
export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  return {
    plugins: [
      react(),
      timelineData({
        dir: fileURLToPath(new URL('./data', import.meta.url)),
        // Absolute URLs in oembed.json need to know where the site is published.
        siteUrl: process.env.SITE_URL ?? 'http://localhost:4173/',
        inline: offline,
      }),
      offline && viteSingleFile({ outputFileName: 'news-timeline.html' }),
    ],
    build: {
      outDir: offline ? 'dist-offline' : 'dist',
      sourcemap: !offline,
    },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'data/**/*.test.ts', 'e2e/bench/**/*.test.ts'],
      environment: 'node',
      restoreMocks: true,
    },
  };
});
