import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  COMMANDS,
  HELP,
  USAGE,
  mainHelp
} from "./chunk-OLWCKVCP.js";
import "./chunk-23RDQ67W.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-RMOAIUFY.js";
import "./chunk-TXBVCHSZ.js";
export {
  COMMANDS,
  HELP,
  USAGE,
  mainHelp
};
