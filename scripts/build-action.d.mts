/** Repository root, where package.json is. */
export declare const ROOT: string;
/** Where `npm run build` writes the action bundle: dist/action.js. */
export declare const ACTION_OUTFILE: string;
/** Builds the action bundle and returns its bytes; writes `outfile` unless `write` is false. */
export declare function buildAction(options?: {
  outfile?: string;
  write?: boolean;
}): Promise<Uint8Array>;
