import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);

// cli/version.ts
function cliVersion() {
  return "0.1.0";
}

export {
  cliVersion
};
