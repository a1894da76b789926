import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  COMMANDS,
  HELP,
  USAGE,
  mainHelp
} from "./chunk-G2ENX27S.js";
import "./chunk-XE4ZK74N.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-INB42JDJ.js";
import "./chunk-TXBVCHSZ.js";
export {
  COMMANDS,
  HELP,
  USAGE,
  mainHelp
};
