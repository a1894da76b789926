#!/usr/bin/env node
import type { CliIO } from "../engine/io.js";
import { main } from "./main.js";

/**
 * The one place that reads the process: arguments, environment, working
 * directory and the standard streams. Everything else gets them from here.
 */
function processInputs(): { argv: string[]; io: CliIO } {
  return {
    argv: process.argv.slice(2),
    io: {
      cwd: process.cwd(),
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
      // Lazy: only `--body-file -` and `--changed-files -` touch stdin.
      get stdin() {
        return process.stdin;
      },
    },
  };
}

// `pilot-gate demo | head` closes stdout early: stop quietly instead of crashing.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const { argv, io } = processInputs();
process.exitCode = await main(argv, io);
