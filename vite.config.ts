/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { timelineData } from './data/vitePlugin.ts';

export default defineConfig({
  plugins: [
    react(),
    timelineData({
      dir: fileURLToPath(new URL('./data', import.meta.url)),
      // Absolute URLs in oembed.json need to know where the site is published.
      siteUrl: process.env.SITE_URL ?? 'http://localhost:4173/',
    }),
  ],
  build: {
    sourcemap: true,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'data/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
