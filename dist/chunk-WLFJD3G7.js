import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  extendsNote
} from "./chunk-4YV5M6XR.js";
import {
  warning
} from "./chunk-WOMMUHKQ.js";

// actions/local-config.ts
function warnUnfollowedExtends(loaded) {
  loaded.config._extends !== void 0 && warning(extendsNote(loaded.file ?? loaded.description, loaded.config._extends));
}

export {
  warnUnfollowedExtends
};
