export {
  CYCLE_CRITERIA,
  type CycleConfig,
  type CycleCriterionKind,
  type CyclesConfig,
  cyclesConfigSchema,
  MAX_CYCLE_STORIES,
  MAX_CYCLES,
} from "./config.js";
export {
  type CycleIncident,
  type CycleInputs,
  type CyclePull,
  type CycleReportFile,
  type CycleStatus,
  type CyclesReport,
  criterionKindsOf,
  evaluateCycles,
  type PullCheck,
  publishedStories,
  pullsToCheck,
  type Read,
  reportNames,
  reportPaths,
  type StoryStatus,
  storiesOfPull,
} from "./evaluate.js";
export { cyclesTitle, renderCyclesMarkdown, renderCyclesText } from "./render.js";
