import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  verifyPackChain
} from "./chunk-POLP4ZUD.js";
import {
  palette,
  useColor
} from "./chunk-T2LBRVU5.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  SIGNING_KEY_ENV,
  packEvidence
} from "./chunk-MXX6H2WV.js";
import {
  kindOf
} from "./chunk-NSO7L2AE.js";
import {
  displayPath,
  readTextFile
} from "./chunk-SSP7UEET.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import {
  COMMIT_PATTERN,
  EVIDENCE_SCOPES,
  PACK_ID_PATTERN,
  manifestSchema,
  publicKeyFromPem,
  renderVerifyText
} from "./chunk-XRWPT2AM.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";

// cli/commands/evidence.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var PACK_OPTIONS = {
  root: { type: "string", default: "evidence" },
  scope: { type: "string" },
  id: { type: "string" },
  commit: { type: "string" },
  report: { type: "string", multiple: !0 },
  file: { type: "string", multiple: !0 },
  "sign-key-file": { type: "string", multiple: !0 },
  config: { type: "string" },
  "created-at": { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, VERIFY_OPTIONS = {
  key: { type: "string", multiple: !0 },
  "require-signature": { type: "boolean", default: !1 },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runEvidence(args, io) {
  let [sub, ...rest] = args;
  if (sub === void 0 || sub === "--help" || sub === "-h" || sub === "help")
    return (sub === void 0 ? io.stderr : io.stdout).write(HELP.evidence), sub === void 0 ? 2 : 0;
  if (sub === "pack") return pack(rest, io);
  if (sub === "verify") return verify(rest, io);
  throw new ArgumentError(`unknown evidence command "${sub}"`, "use pack or verify");
}
async function pack(args, io) {
  let { values } = parseOrExplain(
    Object.keys(PACK_OPTIONS),
    () => parseArgs({ args, options: PACK_OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.evidence), 0;
  let scope = values.scope;
  if (!scope || !EVIDENCE_SCOPES.includes(scope))
    throw new ArgumentError(
      scope ? `--scope "${scope}" is not a scope` : "--scope is required",
      `use one of ${EVIDENCE_SCOPES.join(", ")}`
    );
  let id = values.id;
  if (!id || !PACK_ID_PATTERN.test(id))
    throw new ArgumentError(
      id ? `--id "${id}" cannot name a folder` : "--id is required",
      "use letters, digits, . _ - (not starting with a dot), e.g. --id S-PC-01"
    );
  let commit = values.commit;
  if (!commit || !COMMIT_PATTERN.test(commit))
    throw new ArgumentError(
      commit ? `--commit "${commit}" is not a full commit id` : "--commit is required",
      "pass all 40 (or 64) hex digits, e.g. --commit $(git rev-parse HEAD)"
    );
  let createdAt = values["created-at"] ?? (/* @__PURE__ */ new Date()).toISOString();
  if (Number.isNaN(Date.parse(createdAt)) || !manifestSchema.shape.createdAt.safeParse(createdAt).success)
    throw new ArgumentError(
      `--created-at "${createdAt}" is not an ISO 8601 time`,
      "e.g. --created-at 2026-05-01T12:00:00Z"
    );
  let reports = values.report ?? [], extras = values.file ?? [];
  if (reports.length === 0 && extras.length === 0)
    throw new ArgumentError(
      "nothing to pack",
      "pass gate reports with --report and other files (JUnit, logs, folders) with --file"
    );
  let fromEnv = io.env[SIGNING_KEY_ENV], { summary, manifest, gates } = await packEvidence({
    cwd: io.cwd,
    root: values.root,
    scope,
    id,
    commit,
    createdAt,
    reports,
    files: extras,
    keys: [
      ...(values["sign-key-file"] ?? []).map((file) => ({ file })),
      ...fromEnv?.trim() ? [{ what: SIGNING_KEY_ENV, pem: fromEnv }] : []
    ],
    ...values.config !== void 0 ? { config: values.config } : {}
  }), shownPack = summary.pack, bytes = summary.bytes;
  if (values.json)
    io.stdout.write(`${JSON.stringify(summary, null, 2)}
`);
  else {
    let c = palette(useColor(io.stdout, io.env));
    io.stdout.write(
      [
        `${c.green("Packed")} ${safeText(shownPack)}: ${summary.files} file${summary.files === 1 ? "" : "s"}, ${bytes} bytes`,
        `  manifest  ${summary.manifestDigest}`,
        `  previous  ${manifest.previous ? `${manifest.previous.id} (${manifest.previous.digest})` : "none: first pack of this scope"}`,
        `  signed    ${manifest.signed ? manifest.keyids.join(", ") : c.yellow(`no (pass --sign-key-file or set ${SIGNING_KEY_ENV})`)}`,
        ...gates.map((g) => `  gate      ${safeText(g.gate)}: ${safeText(g.status)}`),
        ""
      ].join(`
`)
    );
  }
  return 0;
}
async function verify(args, io) {
  let { values, positionals } = parseOrExplain(
    Object.keys(VERIFY_OPTIONS),
    () => parseArgs({ args, options: VERIFY_OPTIONS, strict: !0, allowPositionals: !0 })
  );
  if (values.help)
    return io.stdout.write(HELP.evidence), 0;
  if (positionals.length !== 1)
    throw new ArgumentError(
      positionals.length === 0 ? "no pack folder given" : "verify takes one pack folder",
      "e.g. pilot-gate evidence verify evidence/story/S-PC-01 --key pub.pem"
    );
  let given = positionals[0], dir = resolve(io.cwd, given), kind = await kindOf(dir);
  if (kind !== "dir")
    throw new UsageError(
      `cannot verify ${given}: ${kind === "none" ? "no such folder" : "it is a file; pass the pack's folder"}`
    );
  let options = { keys: await publicKeys(io, values.key ?? []), requireSignature: values["require-signature"] }, result = await verifyPackChain(dir, options, (at) => displayPath(io.cwd, at)), report = {
    version: 1,
    kind: "evidence-verify",
    status: result.status,
    pack: displayPath(io.cwd, dir),
    ...result.manifestDigest ? { manifestDigest: result.manifestDigest } : {},
    signed: result.signed,
    verifiedKeyids: result.verifiedKeyids,
    chain: result.chain,
    findings: result.findings
  };
  if (values.json)
    io.stdout.write(`${JSON.stringify(report, null, 2)}
`);
  else {
    let c = palette(useColor(io.stdout, io.env));
    io.stdout.write(safeText(renderVerifyText(report, c)));
  }
  return report.status === "pass" ? 0 : 1;
}
async function publicKeys(io, files) {
  let keys = [];
  for (let file of files) {
    let pem = await readTextFile(io.cwd, file, " (--key)");
    keys.push(publicKeyFromPem(pem, `--key ${file}`));
  }
  return keys;
}

export {
  runEvidence,
  publicKeys
};
