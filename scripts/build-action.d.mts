/** Repository root, where package.json is. */
export declare const ROOT: string;
/** Where `npm run build` writes the action bundle: dist/action.js. */
export declare const ACTION_OUTFILE: string;
/** Builds the action bundle and returns its bytes; writes `outfile` unless `write` is false. */
export declare function buildAction(options?: {
  outfile?: string;
  write?: boolean;
}): Promise<Uint8Array>;
/** Gate actions with a bundle of their own: folders under actions/ with a main.ts, but pull-request. */
export declare function gateNames(): string[];
/** Where a gate's bundle goes: dist/<name>.js. */
export declare function gateOutfile(name: string): string;
/** Builds one gate action's bundle; writes it unless `write` is false. */
export declare function buildGate(
  name: string,
  options?: { outfile?: string; write?: boolean },
): Promise<Uint8Array>;
