import type { KeyObject } from "node:crypto";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  COMMIT_PATTERN,
  EVIDENCE_SCOPES,
  type EvidenceScope,
  manifestSchema,
  PACK_ID_PATTERN,
  publicKeyFromPem,
  renderVerifyText,
  type VerifyReport,
} from "../../core/evidence/index.js";
import { UsageError } from "../../core/index.js";
import { safeText } from "../../core/render/safe-text.js";
import { kindOf } from "../../engine/evidence/files.js";
import { packEvidence, SIGNING_KEY_ENV } from "../../engine/evidence/pack.js";
import { verifyPackChain } from "../../engine/evidence/verify.js";
import { type CliIO, displayPath, readTextFile } from "../../engine/io.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { palette, useColor } from "../color.js";
import { HELP } from "../help.js";

const PACK_OPTIONS = {
  root: { type: "string", default: "evidence" },
  scope: { type: "string" },
  id: { type: "string" },
  commit: { type: "string" },
  report: { type: "string", multiple: true },
  file: { type: "string", multiple: true },
  "sign-key-file": { type: "string", multiple: true },
  config: { type: "string" },
  "created-at": { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const VERIFY_OPTIONS = {
  key: { type: "string", multiple: true },
  "require-signature": { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/**
 * `pilot-gate evidence pack|verify`. pack returns 0 once the pack is in
 * place; verify returns 0 when the pack and its chain are intact, 1 when
 * anything fails verification, 2 on usage errors and unreadable input.
 */
export async function runEvidence(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === "--help" || sub === "-h" || sub === "help") {
    (sub === undefined ? io.stderr : io.stdout).write(HELP.evidence);
    return sub === undefined ? 2 : 0;
  }
  if (sub === "pack") return pack(rest, io);
  if (sub === "verify") return verify(rest, io);
  throw new ArgumentError(`unknown evidence command "${sub}"`, "use pack or verify");
}

async function pack(args: string[], io: CliIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(PACK_OPTIONS), () =>
    parseArgs({ args, options: PACK_OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.evidence);
    return 0;
  }
  const scope = values.scope;
  if (!scope || !(EVIDENCE_SCOPES as readonly string[]).includes(scope)) {
    throw new ArgumentError(
      scope ? `--scope "${scope}" is not a scope` : "--scope is required",
      `use one of ${EVIDENCE_SCOPES.join(", ")}`,
    );
  }
  const id = values.id;
  if (!id || !PACK_ID_PATTERN.test(id)) {
    throw new ArgumentError(
      id ? `--id "${id}" cannot name a folder` : "--id is required",
      "use letters, digits, . _ - (not starting with a dot), e.g. --id S-PC-01",
    );
  }
  const commit = values.commit;
  if (!commit || !COMMIT_PATTERN.test(commit)) {
    throw new ArgumentError(
      commit ? `--commit "${commit}" is not a full commit id` : "--commit is required",
      "pass all 40 (or 64) hex digits, e.g. --commit $(git rev-parse HEAD)",
    );
  }
  const createdAt = values["created-at"] ?? new Date().toISOString();
  if (
    Number.isNaN(Date.parse(createdAt)) ||
    !manifestSchema.shape.createdAt.safeParse(createdAt).success
  ) {
    throw new ArgumentError(
      `--created-at "${createdAt}" is not an ISO 8601 time`,
      "e.g. --created-at 2026-05-01T12:00:00Z",
    );
  }
  const reports = values.report ?? [];
  const extras = values.file ?? [];
  if (reports.length === 0 && extras.length === 0) {
    throw new ArgumentError(
      "nothing to pack",
      "pass gate reports with --report and other files (JUnit, logs, folders) with --file",
    );
  }

  const fromEnv = io.env[SIGNING_KEY_ENV];
  const { summary, manifest, gates } = await packEvidence({
    cwd: io.cwd,
    root: values.root,
    scope: scope as EvidenceScope,
    id,
    commit,
    createdAt,
    reports,
    files: extras,
    keys: [
      ...(values["sign-key-file"] ?? []).map((file) => ({ file })),
      ...(fromEnv?.trim() ? [{ what: SIGNING_KEY_ENV, pem: fromEnv }] : []),
    ],
    ...(values.config !== undefined ? { config: values.config } : {}),
  });
  const shownPack = summary.pack;
  const bytes = summary.bytes;
  if (values.json) {
    io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    const c = palette(useColor(io.stdout, io.env));
    io.stdout.write(
      [
        `${c.green("Packed")} ${safeText(shownPack)}: ${summary.files} file${summary.files === 1 ? "" : "s"}, ${bytes} bytes`,
        `  manifest  ${summary.manifestDigest}`,
        `  previous  ${manifest.previous ? `${manifest.previous.id} (${manifest.previous.digest})` : "none: first pack of this scope"}`,
        `  signed    ${manifest.signed ? manifest.keyids.join(", ") : c.yellow(`no (pass --sign-key-file or set ${SIGNING_KEY_ENV})`)}`,
        ...gates.map((g) => `  gate      ${safeText(g.gate)}: ${safeText(g.status)}`),
        "",
      ].join("\n"),
    );
  }
  return 0;
}

async function verify(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOrExplain(Object.keys(VERIFY_OPTIONS), () =>
    parseArgs({ args, options: VERIFY_OPTIONS, strict: true, allowPositionals: true }),
  );
  if (values.help) {
    io.stdout.write(HELP.evidence);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new ArgumentError(
      positionals.length === 0 ? "no pack folder given" : "verify takes one pack folder",
      "e.g. pilot-gate evidence verify evidence/story/S-PC-01 --key pub.pem",
    );
  }
  const given = positionals[0] as string;
  const dir = resolve(io.cwd, given);
  const kind = await kindOf(dir);
  if (kind !== "dir") {
    throw new UsageError(
      `cannot verify ${given}: ${kind === "none" ? "no such folder" : "it is a file; pass the pack's folder"}`,
    );
  }
  const keys = await publicKeys(io, values.key ?? []);
  const options = { keys, requireSignature: values["require-signature"] };

  const result = await verifyPackChain(dir, options, (at) => displayPath(io.cwd, at));
  const report: VerifyReport = {
    version: 1,
    kind: "evidence-verify",
    status: result.status,
    pack: displayPath(io.cwd, dir),
    ...(result.manifestDigest ? { manifestDigest: result.manifestDigest } : {}),
    signed: result.signed,
    verifiedKeyids: result.verifiedKeyids,
    chain: result.chain,
    findings: result.findings,
  };
  if (values.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const c = palette(useColor(io.stdout, io.env));
    io.stdout.write(safeText(renderVerifyText(report, c)));
  }
  return report.status === "pass" ? 0 : 1;
}

/** Public keys from --key files; a private key is accepted (its public half is used). */
export async function publicKeys(io: CliIO, files: readonly string[]): Promise<KeyObject[]> {
  const keys: KeyObject[] = [];
  for (const file of files) {
    const pem = await readTextFile(io.cwd, file, " (--key)");
    keys.push(publicKeyFromPem(pem, `--key ${file}`));
  }
  return keys;
}
