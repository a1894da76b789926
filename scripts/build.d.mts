/** Repository root, where package.json is. */
export declare const ROOT: string;
/** Where `npm run build` writes: dist/. */
export declare const DIST: string;
/** Gate actions with an entry of their own: folders under actions/ with a main.ts, but pull-request. */
export declare function gateNames(): string[];
/** Each entry's file name in dist/ (without `.js`) and its source file. */
export declare const ENTRIES: Readonly<Record<string, string>>;
/** The entries that run from a checkout with no node_modules: all but the App's. */
export declare const SELF_CONTAINED: readonly string[];
/** Builds dist/ in memory: its files by path relative to dist/ (with `/`), sorted. */
export declare function buildDist(): Promise<Map<string, Uint8Array>>;
/** Replaces `outdir` (default dist/) with `files`, and makes cli.js executable. */
export declare function writeDist(
  files: ReadonlyMap<string, Uint8Array>,
  outdir?: string,
): Promise<void>;
