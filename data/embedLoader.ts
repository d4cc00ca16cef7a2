/**
 * The embed loader (src/embed/loader/embed.ts) as the file host pages load:
 * `embed.js` beside index.html, under that fixed name (no hash: every host page names
 * it), served by the dev server too. One classic script, an IIFE, so it runs with
 * `<script async>` and can read its own address from document.currentScript, which a
 * module cannot.
 *
 * Bundled by a build of its own through Vite's API, apart from the app: its chunks must
 * not be shared with the app's modules, and it takes none of the app's plugins.
 */
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';
import { LOADER_FILE } from '../src/embed/contract.ts';

const ENTRY = fileURLToPath(new URL('../src/embed/loader/embed.ts', import.meta.url));

export interface EmbedLoaderBundle {
  /** embed.js: the loader and what it imports, minified, as one self-contained script. */
  code: string;
  /** The modules bundled into it. */
  modules: string[];
}

export async function bundleEmbedLoader(): Promise<EmbedLoaderBundle> {
  const result = await build({
    configFile: false,
    envDir: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      // Vite asks an IIFE for a global name; the loader exports nothing, so none is made.
      lib: { entry: ENTRY, formats: ['iife'], name: 'newsTimelineEmbedLoader', fileName: () => LOADER_FILE },
    },
  });
  const files = (Array.isArray(result) ? result : [result as Rolldown.RolldownOutput]).flatMap(({ output }) => output);
  const [script, ...rest] = files;
  if (script?.type !== 'chunk' || rest.length > 0)
    throw new Error(`The embed loader should build to one script, not ${files.length} files`);
  return { code: script.code, modules: script.moduleIds };
}

export function embedLoader(): Plugin {
  return {
    name: 'embed-loader',

    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: LOADER_FILE, source: (await bundleEmbedLoader()).code });
    },

    configureServer(server) {
      // Bundled on every request, so an edit shows on reload.
      server.middlewares.use(`/${LOADER_FILE}`, (_req, res, next) => {
        bundleEmbedLoader().then(({ code }) => {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(code);
        }, next);
      });
    },
  };
}
