import { generateKeyPairSync } from "node:crypto";

/**
 * A throwaway App key made per test run (PKCS#1, as GitHub issues them), so
 * Probot signs real JWTs and nothing secret is in the repository.
 */
export const TEST_PRIVATE_KEY = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  publicKeyEncoding: { type: "spki", format: "pem" },
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
}).privateKey;
