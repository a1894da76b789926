/** Repository root, where package.json is. */
export declare const ROOT: string;
/** Where `npm run build:app` writes the App bundle: dist/app.js. */
export declare const APP_OUTFILE: string;
/** Builds the App bundle and returns its bytes; writes `outfile` unless `write` is false. */
export declare function buildApp(options?: {
  outfile?: string;
  write?: boolean;
}): Promise<Uint8Array>;
/** Where the App's evaluation worker bundle goes: dist/evaluation-worker.js, beside the App. */
export declare const WORKER_OUTFILE: string;
/** Builds the evaluation worker's bundle; writes `outfile` unless `write` is false. */
export declare function buildWorker(options?: {
  outfile?: string;
  write?: boolean;
}): Promise<Uint8Array>;
