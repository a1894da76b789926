import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  COMMANDS,
  HELP,
  USAGE,
  mainHelp
} from "./chunk-5EA3RFOC.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";
export {
  COMMANDS,
  HELP,
  USAGE,
  mainHelp
};
