export {
  compareReleases,
  decideRelease,
  parseReleaseTag,
  RELEASE_KINDS,
  type ReleaseDecision,
  ReleaseInputError,
  type ReleaseKind,
  type ReleaseRequest,
  type ReleaseVersion,
  releaseTagOf,
} from "./decide.js";
