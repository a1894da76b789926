import { describe, expect, it } from "vitest";
import { signedDigestOf, trustedStatement } from "../../../core/cycles/trusted-pack.js";
import { ENVELOPE_FILE, STATEMENT_FILE, sha256Hex } from "../../../core/evidence/index.js";
import { ed25519Key, evidencePack } from "../../app/helpers/evidence.js";

const COMMIT = "a".repeat(40);
const KEY = ed25519Key();
const OTHER = ed25519Key();
const { createPublicKey } = await import("node:crypto");
const PUBLIC = createPublicKey(KEY.publicPem);

/** The statement files of a story pack in `folder`, signed with `keys`. */
function read(folder: string, keys = [KEY.privateKey], id = folder.split("/")[2]) {
  const files = evidencePack({
    folder: `evidence/story/${id}`,
    commit: COMMIT,
    files: { "reports/drill.json": '{"verdict":"PASS"}' },
    keys,
    scope: "story",
  });
  const at = (name: string) => files.get(`evidence/story/${id}/${name}`);
  return { folder, statement: at(STATEMENT_FILE), envelope: at(ENVELOPE_FILE) };
}

describe("trustedStatement", () => {
  it("trusts a story pack signed by an evidence key, and gives its files' signed digests", () => {
    const trust = trustedStatement(read("evidence/story/S-PC-01"), [PUBLIC]);
    expect("statement" in trust).toBe(true);
    if (!("statement" in trust)) return;
    expect(signedDigestOf(trust.statement, "reports/drill.json")).toBe(
      sha256Hex('{"verdict":"PASS"}'),
    );
    expect(signedDigestOf(trust.statement, "reports/other.json")).toBeUndefined();
  });

  it.each([
    ["an unsigned pack", read("evidence/story/S-PC-01", []), /unsigned/],
    [
      "a pack signed by another key",
      read("evidence/story/S-PC-01", [OTHER.privateKey]),
      /not signed by any/,
    ],
    [
      "a signed statement copied into another story's folder",
      read("evidence/story/S-PC-02", [KEY.privateKey], "S-PC-01"),
      /for another pack, not story\/S-PC-02/,
    ],
    [
      "a pack without statement",
      { folder: "evidence/story/S-PC-01", statement: undefined, envelope: undefined },
      /no statement.json/,
    ],
  ])("refuses %s", (_name, pack, reason) => {
    const trust = trustedStatement(pack, [PUBLIC]);
    expect(trust).toEqual({ reason: expect.stringMatching(reason) });
  });

  it("refuses a statement altered after signing", () => {
    const pack = read("evidence/story/S-PC-01");
    const altered = { ...pack, statement: pack.statement?.replace(COMMIT, "b".repeat(40)) };
    expect(trustedStatement(altered, [PUBLIC])).toEqual({
      reason: expect.stringMatching(/not the statement that was signed/),
    });
  });
});
