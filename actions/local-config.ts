import * as core from "@actions/core";
import { extendsNote, type LoadedConfig } from "../engine/config/checkout.js";

/**
 * Warns on the run that a checked-out config's `_extends` is not followed:
 * the gate actions read the workspace's file alone (see `extendsNote`).
 */
export function warnUnfollowedExtends(loaded: LoadedConfig): void {
  if (loaded.config._extends === undefined) return;
  core.warning(extendsNote(loaded.file ?? loaded.description, loaded.config._extends));
}
