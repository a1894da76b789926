import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  FileTooLargeError,
  readOptionalFile,
  readTextFile
} from "./chunk-SSP7UEET.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import {
  defaultConfig,
  parseConfig
} from "./chunk-XRWPT2AM.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import {
  ConfigError
} from "./chunk-E3QZQHHB.js";
import {
  PR_TEMPLATE_DIRS,
  pickPrTemplateName
} from "./chunk-VUTGOOYN.js";
import {
  CONFIG_LIMIT,
  tooLargeIssue
} from "./chunk-MSUCSWVI.js";

// engine/config/checkout.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
async function loadConfig(cwd, path) {
  if (path !== void 0) {
    let text2 = await readConfigFile(cwd, path);
    return loaded(parseConfig(text2, path), path);
  }
  let text = await limitConfig(
    CONFIG_PATH,
    () => readOptionalFile(join(cwd, CONFIG_PATH), CONFIG_LIMIT, CONFIG_PATH)
  );
  return text === void 0 ? {
    config: defaultConfig(),
    file: void 0,
    description: `defaults (no ${CONFIG_PATH})`
  } : loaded(parseConfig(text, CONFIG_PATH), CONFIG_PATH);
}
function loaded(config, file) {
  let description = config._extends === void 0 ? file : `${file} alone (its _extends "${safeText(config._extends)}" is not followed here)`;
  return { config, file, description };
}
function extendsNote(file, value) {
  return `${file} extends "${value}", which is not read here: this file is used alone, without the settings it would inherit. The App and the pull-request Action follow _extends.`;
}
async function readConfigFile(cwd, path, hint = "") {
  return limitConfig(path, () => readTextFile(cwd, path, hint, CONFIG_LIMIT));
}
async function limitConfig(path, read) {
  try {
    return await read();
  } catch (error) {
    throw error instanceof FileTooLargeError ? new ConfigError(path, [tooLargeIssue(error.bytes, CONFIG_LIMIT)]) : error;
  }
}
async function findPrTemplate(cwd) {
  for (let dir of PR_TEMPLATE_DIRS) {
    let files;
    try {
      files = (await readdir(join(cwd, dir), { withFileTypes: !0 })).filter((entry) => entry.isFile()).map((entry) => entry.name);
    } catch {
      continue;
    }
    let name = pickPrTemplateName(files);
    if (!name) continue;
    let path = dir ? `${dir}/${name}` : name;
    try {
      let text = await readOptionalFile(join(cwd, path));
      if (text !== void 0) return { path, text };
    } catch {
    }
  }
}

export {
  loadConfig,
  extendsNote,
  readConfigFile,
  findPrTemplate
};
