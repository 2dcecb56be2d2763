import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/** The renderer is built to static files that both the Electron shell and the web host serve. */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  // The French dictionary's files are served as assets to the spelling worker (the package exports only its Node loader).
  // hunspell-asm's and its loader's ES builds call an `import * as nanoid` namespace (a runtime error once bundled): their CommonJS builds are sound.
  resolve: {
    alias: {
      '@dictionary-fr': fileURLToPath(new URL('./node_modules/dictionary-fr', import.meta.url)),
      'hunspell-asm': fileURLToPath(new URL('./node_modules/hunspell-asm/dist/cjs/index.js', import.meta.url)),
      'emscripten-wasm-loader': fileURLToPath(new URL('./node_modules/emscripten-wasm-loader/dist/cjs/index.js', import.meta.url)),
    },
  },
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
