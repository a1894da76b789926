/**
 * Where the config lives in a repository. In a module of its own, with no
 * imports, so `pilot-gate --help` can name it without loading the schema.
 */
export const CONFIG_PATH = ".github/pilot-gate.yml";
