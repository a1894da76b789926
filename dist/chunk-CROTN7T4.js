import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  COMMANDS,
  HELP,
  USAGE,
  mainHelp
} from "./chunk-KMY27OD6.js";
import "./chunk-S55RIDFK.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-KQWAA5ZJ.js";
import "./chunk-TXBVCHSZ.js";
export {
  COMMANDS,
  HELP,
  USAGE,
  mainHelp
};
