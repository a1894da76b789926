import { readFile } from "node:fs/promises";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");

/**
 * The files every local check of the doctor passes on, besides the config
 * and the workflows (each test writes its own): pilot-gate's own issue
 * forms, the Ed25519 `publicKey` at keys/evidence.pub.pem and the GO
 * example's pilot.yml.
 */
export async function healthyDoctorFiles(publicKey: string): Promise<Record<string, string>> {
  const own = (path: string) => readFile(join(root, path), "utf8");
  return {
    ".github/ISSUE_TEMPLATE/incident.yml": await own(".github/ISSUE_TEMPLATE/incident.yml"),
    ".github/ISSUE_TEMPLATE/blocked.yml": await own(".github/ISSUE_TEMPLATE/blocked.yml"),
    "keys/evidence.pub.pem": publicKey,
    "pilot.yml": await own("examples/readiness/go/pilot.yml"),
  };
}
