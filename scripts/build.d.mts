/** Repository root, where package.json is. */
export declare const ROOT: string;
/** Where `npm run build` writes the bundle: dist/cli.js. */
export declare const OUTFILE: string;
/** Builds the CLI bundle and returns its bytes; writes `outfile` (mode 755) unless `write` is false. */
export declare function buildCli(options?: {
  outfile?: string;
  write?: boolean;
}): Promise<Uint8Array>;
