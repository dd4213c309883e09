/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { NodePackageImporter } from 'sass-embedded';
import { defineConfig } from 'vite';

/** Absolute path of a file beside this config (no Node types needed). */
const here = (relative: string): string => decodeURIComponent(new URL(relative, import.meta.url).pathname);

const sharedSource = here('../../packages/shared/src/index.ts');
const apiTarget = 'http://localhost:3000';

/**
 * One config for the dev server, the production build and Vitest, so tests
 * run through exactly the same transforms as the app.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // GOV.UK Frontend's Sass points at `$govuk-assets-path`; this alias lets
      // Vite find, hash and copy the fonts and images it references.
      '@govuk-frontend-assets': here('./node_modules/govuk-frontend/dist/govuk/assets'),
      // The shared package builds to CommonJS, which the dev server cannot
      // import: point at its TypeScript source instead.
      '@common-ground/shared': sharedSource,
    },
  },
  css: {
    preprocessorOptions: {
      scss: {
        importers: [new NodePackageImporter()],
        // GOV.UK Frontend still uses a few deprecated Sass features internally.
        silenceDeprecations: ['import', 'global-builtin'],
        quietDeps: true,
      },
    },
    lightningcss: {
      // The service navigation styles carry an old IE media-query hack that
      // lightningcss rejects; recover and drop that one rule.
      errorRecovery: true,
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget },
      '/api': { target: apiTarget },
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
  preview: {
    port: 4173,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Whole-editor tests type and click a lot; on a busy two-core machine 5 s is too tight.
    testTimeout: 20_000,
    reporters: ['default', './vitest.totals-reporter.ts'],
    // A focused test fails, whatever the CI variable says (.only hides the file's other tests).
    allowOnly: false,
  },
});
