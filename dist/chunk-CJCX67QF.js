import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  publicKeys,
  runEvidence
} from "./chunk-PPKGOBCB.js";
import "./chunk-HGIMCEMM.js";
import "./chunk-T2LBRVU5.js";
import "./chunk-ENTFU7BQ.js";
import "./chunk-IYG7IW7E.js";
import "./chunk-PRDIDN3A.js";
import "./chunk-EO36GLKR.js";
import "./chunk-UZ6JU4OU.js";
import "./chunk-AAALDF5D.js";
import "./chunk-EYTOIYXU.js";
import "./chunk-GFTXNDYV.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-VD2HLFEA.js";
import "./chunk-IZHALN4U.js";
import "./chunk-TXBVCHSZ.js";
export {
  publicKeys,
  runEvidence
};
