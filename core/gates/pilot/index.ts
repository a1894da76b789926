export {
  CLIENT_STATUSES,
  type ClientStatus,
  InputFileError,
  PILOT_MANIFEST_PATH,
  PILOT_SCHEMA_FILE,
  type PilotManifest,
  parsePilotManifest,
  pilotManifestSchema,
  renderPilotJsonSchema,
  windowStart,
} from "./manifest.js";
export {
  isoDate,
  PILOT_NAME,
  pilotRunFolder,
  renderPilotManifestTemplate,
} from "./manifest-template.js";
