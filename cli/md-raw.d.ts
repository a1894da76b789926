/**
 * `import text from "./file.md?raw"` gives the file's text: Vite (and so
 * Vitest) does it natively, and scripts/build.mjs teaches esbuild the same, so
 * the examples are inside dist/cli.js.
 */
declare module "*.md?raw" {
  const text: string;
  export default text;
}
