import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  SIGNING_KEY_ENV,
  runEvidence
} from "./chunk-XVJY5LGD.js";
import "./chunk-G2ENX27S.js";
import "./chunk-H3DEAR5S.js";
import "./chunk-VREFOROO.js";
import "./chunk-YZ6USMIH.js";
import "./chunk-FNNITM3J.js";
import "./chunk-T2LBRVU5.js";
import "./chunk-XE4ZK74N.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-INB42JDJ.js";
import "./chunk-TXBVCHSZ.js";
export {
  SIGNING_KEY_ENV,
  runEvidence
};
