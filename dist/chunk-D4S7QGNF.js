import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  COMMANDS,
  HELP,
  USAGE,
  mainHelp
} from "./chunk-SBXIGB67.js";
import "./chunk-TRMUOB6Z.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-474RADFZ.js";
import "./chunk-TXBVCHSZ.js";
export {
  COMMANDS,
  HELP,
  USAGE,
  mainHelp
};
