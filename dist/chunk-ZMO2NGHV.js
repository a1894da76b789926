import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);

// core/config/path.ts
var CONFIG_PATH = ".github/pilot-gate.yml";

export {
  CONFIG_PATH
};
