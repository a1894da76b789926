import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  blockedKey,
  checkBlockedItem,
  checkP0Trigger,
  escalateBlockedTooLong,
  escalateIncident,
  incidentClocks,
  isOwnBot,
  runFreezeCommand
} from "./chunk-BUQIVZN7.js";
import {
  checkReplayTrigger,
  onSecurityAlert
} from "./chunk-S2243G4A.js";
import {
  cyclesTitle,
  evaluateCycles,
  gatherCycleInputs,
  readTrustedKeys,
  renderCyclesMarkdown
} from "./chunk-6R5YYCMH.js";
import {
  DOCTOR_CHECK_NAME,
  DOCTOR_SYNTAX,
  hiddenDoctorRecord,
  isDoctorCommand,
  planDoctorCheck,
  planDoctorError,
  readDoctorRecord,
  repositoryFiles,
  runDoctor
} from "./chunk-3QZN4CLW.js";
import {
  OPERATOR_SYNTAX,
  REVIEW_SYNTAX,
  classAfter,
  decisionOfLabels,
  operatorHelp,
  operatorReceiptId,
  operatorRecordMarker,
  parseOperatorCommand,
  parseReviewCommand,
  readOperatorRecord,
  readReviewRecord,
  receiptLines,
  resolutionLabels,
  resolversText,
  reviewClassOf,
  reviewReceiptId,
  reviewRecordMarker
} from "./chunk-DCTLDB44.js";
import {
  pilotIssueMarker,
  readPilotIssueMarker,
  readReviewer
} from "./chunk-SVY4FNVW.js";
import "./chunk-NFE4XZOK.js";
import {
  ciSeenKey,
  expandRoles,
  intoFrozenBranch,
  isQueueRef,
  judgeMergeGroup,
  judgePullRequest,
  labelEventOf,
  publishVerdict,
  pullNumberFromQueueRef,
  readHeadCi
} from "./chunk-M44ECB7Z.js";
import {
  appliedOf,
  escalationWrites
} from "./chunk-ZYQYMZGF.js";
import {
  KeyedQueue,
  createState,
  forgetConfigsReading,
  forgetRepoConfig,
  loadRepoConfig
} from "./chunk-IDXLIXZT.js";
import {
  NoCommitError,
  applyPlan,
  describeWrite,
  executePlan,
  failureReason,
  findKnownCheckRun,
  followUp,
  isDryRun,
  postEvaluationError,
  readAppOptions
} from "./chunk-4GTL7U6X.js";
import {
  DEFAULT_EVIDENCE_BRANCH,
  appLabelKey,
  issueKey,
  labelWriteKey,
  pullKey,
  repoKey
} from "./chunk-AN4NO4AL.js";
import {
  DRIFT_ISSUE_LABEL,
  DRIFT_ISSUE_TITLE,
  PROTECTION_CHECK_NAME,
  driftIssueBody,
  driftedBranches,
  hasUnknownBranches,
  protectionCheckRun,
  protectionErrorCheckRun,
  resolvedIssueBody
} from "./chunk-HQDJENAB.js";
import "./chunk-GY54ZMGU.js";
import {
  GitHubClient,
  fetchWithTimeout,
  issueItemOf,
  listInstallationRepositories,
  listInstallations,
  rateLimitWaitMs,
  retryOnRateLimit,
  retryOnSecondaryRateLimit,
  toPullInfo,
  waveOfPull
} from "./chunk-T2NOWLVF.js";
import "./chunk-EYTOIYXU.js";
import {
  COMMIT_PATTERN,
  ENVELOPE_FILE,
  MANIFEST_FILE,
  OVERRIDE_SYNTAX,
  PACK_META_FILES,
  RERUN_ACTION,
  SITE_PAGES,
  STATEMENT_FILE,
  applyOutcomes,
  defaultConfig,
  desiredProtection,
  manifestSchema,
  parseFreezeCommand,
  parseOverrideCommand,
  permissionAtLeast,
  planProtection,
  readinessReportProblems,
  readinessReportSchema,
  renderReadinessMarkdown,
  sha256Hex,
  sitePageUrl,
  verifyPack
} from "./chunk-XRWPT2AM.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import {
  BLOCKED_CHAIN,
  CHECK_RUN_TEXT_BYTES,
  COMMENT_BODY_CHARS,
  ISSUE_BODY_CHARS,
  ISSUE_TITLE_CHARS,
  codeSpan,
  escalationChain,
  escalationLabel,
  escalationLevelFromLabels,
  fitBytes,
  fitChars,
  fitCharsBefore,
  handle,
  hasAny,
  incidentStories,
  inertText,
  isPassing,
  isPrTemplatePath,
  isRequiredCheck,
  isWaveLabel,
  issueRef,
  labelNames,
  labelOn,
  link,
  markdownCell,
  mention,
  sameLabel,
  severityOf,
  statusesNeeded,
  tableCell,
  titleText,
  unjudgedVerdict,
  waveFromLabels
} from "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-TXBVCHSZ.js";

// node_modules/prom-client/lib/util.js
var require_util = __commonJS({
  "node_modules/prom-client/lib/util.js"(exports) {
    "use strict";
    exports.getValueAsString = function(value) {
      return Number.isNaN(value) ? "Nan" : Number.isFinite(value) ? `${value}` : value < 0 ? "-Inf" : "+Inf";
    };
    exports.removeLabels = function(hashMap, labels, sortedLabelNames) {
      let hash = hashObject(labels, sortedLabelNames);
      delete hashMap[hash];
    };
    exports.setValue = function(hashMap, value, labels) {
      let hash = hashObject(labels);
      return hashMap[hash] = {
        value: typeof value == "number" ? value : 0,
        labels: labels || {}
      }, hashMap;
    };
    exports.setValueDelta = function(hashMap, deltaValue, labels, hash = "") {
      let value = typeof deltaValue == "number" ? deltaValue : 0;
      return hashMap[hash] ? hashMap[hash].value += value : hashMap[hash] = { value, labels }, hashMap;
    };
    exports.getLabels = function(labelNames2, args) {
      if (typeof args[0] == "object")
        return args[0];
      if (labelNames2.length !== args.length)
        throw new Error(
          `Invalid number of arguments (${args.length}): "${args.join(
            ", "
          )}" for label names (${labelNames2.length}): "${labelNames2.join(", ")}".`
        );
      let acc = {};
      for (let i = 0; i < labelNames2.length; i++)
        acc[labelNames2[i]] = args[i];
      return acc;
    };
    function fastHashObject(keys, labels) {
      if (keys.length === 0)
        return "";
      let hash = "";
      for (let i = 0; i < keys.length; i++) {
        let key = keys[i], value = labels[key];
        value !== void 0 && (hash += `${key}:${value},`);
      }
      return hash;
    }
    function hashObject(labels, labelNames2) {
      if (labelNames2)
        return fastHashObject(labelNames2, labels);
      let keys = Object.keys(labels);
      return keys.length > 1 && keys.sort(), fastHashObject(keys, labels);
    }
    exports.hashObject = hashObject;
    exports.isObject = function(obj) {
      return obj !== null && typeof obj == "object";
    };
    exports.nowTimestamp = function() {
      return Date.now() / 1e3;
    };
    var Grouper = class extends Map {
      /**
       * Adds the `value` to the `key`'s array of values.
       * @param {*} key Key to set.
       * @param {*} value Value to add to `key`'s array.
       * @returns {undefined} undefined.
       */
      add(key, value) {
        this.has(key) ? this.get(key).push(value) : this.set(key, [value]);
      }
    };
    exports.Grouper = Grouper;
  }
});

// node_modules/prom-client/lib/registry.js
var require_registry = __commonJS({
  "node_modules/prom-client/lib/registry.js"(exports, module) {
    "use strict";
    var { getValueAsString } = require_util(), Registry2 = class _Registry {
      static get PROMETHEUS_CONTENT_TYPE() {
        return "text/plain; version=0.0.4; charset=utf-8";
      }
      static get OPENMETRICS_CONTENT_TYPE() {
        return "application/openmetrics-text; version=1.0.0; charset=utf-8";
      }
      constructor(regContentType = _Registry.PROMETHEUS_CONTENT_TYPE) {
        if (this._metrics = {}, this._collectors = [], this._defaultLabels = {}, regContentType !== _Registry.PROMETHEUS_CONTENT_TYPE && regContentType !== _Registry.OPENMETRICS_CONTENT_TYPE)
          throw new TypeError(`Content type ${regContentType} is unsupported`);
        this._contentType = regContentType;
      }
      getMetricsAsArray() {
        return Object.values(this._metrics);
      }
      async getMetricsAsString(metrics) {
        let metric = typeof metrics.getForPromString == "function" ? await metrics.getForPromString() : await metrics.get(), name = escapeString(metric.name), help = `# HELP ${name} ${escapeString(metric.help)}`, type = `# TYPE ${name} ${metric.type}`, values = [help, type], defaultLabels = Object.keys(this._defaultLabels).length > 0 ? this._defaultLabels : null, isOpenMetrics = this.contentType === _Registry.OPENMETRICS_CONTENT_TYPE;
        for (let val of metric.values || []) {
          let { metricName = name, labels = {} } = val, { sharedLabels = {} } = val;
          isOpenMetrics && metric.type === "counter" && (metricName = `${metricName}_total`), defaultLabels && (labels = { ...labels, ...defaultLabels, ...labels });
          let formattedLabels = formatLabels(labels, sharedLabels), flattenedShared = flattenSharedLabels(sharedLabels), labelParts = [...formattedLabels, flattenedShared].filter(Boolean), labelsString = labelParts.length ? `{${labelParts.join(",")}}` : "", fullMetricLine = `${metricName}${labelsString} ${getValueAsString(
            val.value
          )}`, { exemplar } = val;
          if (exemplar && isOpenMetrics) {
            let formattedExemplars = formatLabels(exemplar.labelSet);
            fullMetricLine += ` # {${formattedExemplars.join(
              ","
            )}} ${getValueAsString(exemplar.value)} ${exemplar.timestamp}`;
          }
          values.push(fullMetricLine);
        }
        return values.join(`
`);
      }
      async metrics() {
        let isOpenMetrics = this.contentType === _Registry.OPENMETRICS_CONTENT_TYPE, promises = this.getMetricsAsArray().map((metric) => (isOpenMetrics && metric.type === "counter" && (metric.name = standardizeCounterName(metric.name)), this.getMetricsAsString(metric))), resolves = await Promise.all(promises);
        return isOpenMetrics ? `${resolves.join(`
`)}
# EOF
` : `${resolves.join(`

`)}
`;
      }
      registerMetric(metric) {
        if (this._metrics[metric.name] && this._metrics[metric.name] !== metric)
          throw new Error(
            `A metric with the name ${metric.name} has already been registered.`
          );
        this._metrics[metric.name] = metric;
      }
      clear() {
        this._metrics = {}, this._defaultLabels = {};
      }
      async getMetricsAsJSON() {
        let metrics = [], defaultLabelNames = Object.keys(this._defaultLabels), promises = [];
        for (let metric of this.getMetricsAsArray())
          promises.push(metric.get());
        let resolves = await Promise.all(promises);
        for (let item of resolves) {
          if (item.values && defaultLabelNames.length > 0)
            for (let val of item.values) {
              val.labels = Object.assign({}, val.labels);
              for (let labelName of defaultLabelNames)
                val.labels[labelName] = val.labels[labelName] || this._defaultLabels[labelName];
            }
          metrics.push(item);
        }
        return metrics;
      }
      removeSingleMetric(name) {
        delete this._metrics[name];
      }
      getSingleMetricAsString(name) {
        return this.getMetricsAsString(this._metrics[name]);
      }
      getSingleMetric(name) {
        return this._metrics[name];
      }
      setDefaultLabels(labels) {
        this._defaultLabels = labels;
      }
      resetMetrics() {
        for (let metric in this._metrics)
          this._metrics[metric].reset();
      }
      get contentType() {
        return this._contentType;
      }
      setContentType(metricsContentType) {
        if (metricsContentType === _Registry.OPENMETRICS_CONTENT_TYPE || metricsContentType === _Registry.PROMETHEUS_CONTENT_TYPE)
          this._contentType = metricsContentType;
        else
          throw new Error(`Content type ${metricsContentType} is unsupported`);
      }
      static merge(registers) {
        let regType = registers[0].contentType;
        for (let reg of registers)
          if (reg.contentType !== regType)
            throw new Error(
              "Registers can only be merged if they have the same content type"
            );
        let mergedRegistry = new _Registry(regType);
        return registers.reduce(
          (acc, reg) => acc.concat(reg.getMetricsAsArray()),
          []
        ).forEach(mergedRegistry.registerMetric, mergedRegistry), mergedRegistry;
      }
    };
    function formatLabels(labels, exclude) {
      let { hasOwnProperty } = Object.prototype, formatted = [];
      for (let [name, value] of Object.entries(labels))
        (!exclude || !hasOwnProperty.call(exclude, name)) && formatted.push(`${name}="${escapeLabelValue(value)}"`);
      return formatted;
    }
    var sharedLabelCache = /* @__PURE__ */ new WeakMap();
    function flattenSharedLabels(labels) {
      let cached = sharedLabelCache.get(labels);
      if (cached)
        return cached;
      let flattened = formatLabels(labels).join(",");
      return sharedLabelCache.set(labels, flattened), flattened;
    }
    function escapeLabelValue(str) {
      return typeof str != "string" ? str : escapeString(str).replace(/"/g, '\\"');
    }
    function escapeString(str) {
      return str.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
    }
    function standardizeCounterName(name) {
      return name.replace(/_total$/, "");
    }
    module.exports = Registry2;
    module.exports.globalRegistry = new Registry2();
  }
});

// node_modules/prom-client/lib/validation.js
var require_validation = __commonJS({
  "node_modules/prom-client/lib/validation.js"(exports) {
    "use strict";
    var util = __require("util"), metricRegexp = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/, labelRegexp = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
    exports.validateMetricName = function(name) {
      return metricRegexp.test(name);
    };
    exports.validateLabelName = function(names = []) {
      return names.every((name) => labelRegexp.test(name));
    };
    exports.validateLabel = function(savedLabels, labels) {
      for (let label in labels)
        if (!savedLabels.includes(label))
          throw new Error(
            `Added label "${label}" is not included in initial labelset: ${util.inspect(
              savedLabels
            )}`
          );
    };
  }
});

// node_modules/prom-client/lib/metric.js
var require_metric = __commonJS({
  "node_modules/prom-client/lib/metric.js"(exports, module) {
    "use strict";
    var Registry2 = require_registry(), { isObject } = require_util(), { validateMetricName, validateLabelName } = require_validation(), Metric = class {
      constructor(config, defaults = {}) {
        if (!isObject(config))
          throw new TypeError("constructor expected a config object");
        if (Object.assign(
          this,
          {
            labelNames: [],
            registers: [Registry2.globalRegistry],
            aggregator: "sum",
            enableExemplars: !1
          },
          defaults,
          config
        ), this.registers || (this.registers = [Registry2.globalRegistry]), !this.help)
          throw new Error("Missing mandatory help parameter");
        if (!this.name)
          throw new Error("Missing mandatory name parameter");
        if (!validateMetricName(this.name))
          throw new Error("Invalid metric name");
        if (!validateLabelName(this.labelNames))
          throw new Error("Invalid label name");
        if (this.collect && typeof this.collect != "function")
          throw new Error('Optional "collect" parameter must be a function');
        this.labelNames ? this.sortedLabelNames = [...this.labelNames].sort() : this.sortedLabelNames = [], this.reset();
        for (let register of this.registers) {
          if (this.enableExemplars && register.contentType === Registry2.PROMETHEUS_CONTENT_TYPE)
            throw new TypeError(
              "Exemplars are supported only on OpenMetrics registries"
            );
          register.registerMetric(this);
        }
      }
      reset() {
      }
    };
    module.exports = { Metric };
  }
});

// node_modules/prom-client/lib/exemplar.js
var require_exemplar = __commonJS({
  "node_modules/prom-client/lib/exemplar.js"(exports, module) {
    "use strict";
    var Exemplar = class {
      constructor(labelSet = {}, value = null) {
        this.labelSet = labelSet, this.value = value;
      }
      /**
       * Validation for the label set format.
       * https://github.com/OpenObservability/OpenMetrics/blob/d99b705f611b75fec8f450b05e344e02eea6921d/specification/OpenMetrics.md#exemplars
       *
       * @param {object} labelSet - Exemplar labels.
       * @throws {RangeError}
       * @return {void}
       */
      validateExemplarLabelSet(labelSet) {
        let res = "";
        for (let [labelName, labelValue] of Object.entries(labelSet))
          res += `${labelName}${labelValue}`;
        if (res.length > 128)
          throw new RangeError(
            "Label set size must be smaller than 128 UTF-8 chars"
          );
      }
    };
    module.exports = Exemplar;
  }
});

// node_modules/prom-client/lib/counter.js
var require_counter = __commonJS({
  "node_modules/prom-client/lib/counter.js"(exports, module) {
    "use strict";
    var util = __require("util"), {
      hashObject,
      isObject,
      getLabels,
      removeLabels,
      nowTimestamp
    } = require_util(), { validateLabel } = require_validation(), { Metric } = require_metric(), Exemplar = require_exemplar(), Counter2 = class extends Metric {
      constructor(config) {
        super(config), this.type = "counter", this.defaultLabels = {}, this.defaultValue = 1, this.defaultExemplarLabelSet = {}, config.enableExemplars ? (this.enableExemplars = !0, this.inc = this.incWithExemplar) : this.inc = this.incWithoutExemplar;
      }
      /**
       * Increment counter
       * @param {object} labels - What label you want to be incremented
       * @param {Number} value - Value to increment, if omitted increment with 1
       * @returns {object} results - object with information about the inc operation
       * @returns {string} results.labelHash - hash representation of the labels
       */
      incWithoutExemplar(labels, value) {
        let hash = "";
        if (isObject(labels) ? (hash = hashObject(labels, this.sortedLabelNames), validateLabel(this.labelNames, labels)) : (value = labels, labels = {}), value && !Number.isFinite(value))
          throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
        if (value < 0)
          throw new Error("It is not possible to decrease a counter");
        return value == null && (value = 1), setValue(this.hashMap, value, labels, hash), { labelHash: hash };
      }
      /**
       * Increment counter with exemplar, same as inc but accepts labels for an
       * exemplar.
       * If no label is provided the current exemplar labels are kept unchanged
       * (defaults to empty set).
       *
       * @param {object} incOpts - Object with options about what metric to increase
       * @param {object} incOpts.labels - What label you want to be incremented,
       *                                  defaults to null (metric with no labels)
       * @param {Number} incOpts.value - Value to increment, defaults to 1
       * @param {object} incOpts.exemplarLabels - Key-value  labels for the
       *                                          exemplar, defaults to empty set {}
       * @returns {void}
       */
      incWithExemplar({
        labels = this.defaultLabels,
        value = this.defaultValue,
        exemplarLabels = this.defaultExemplarLabelSet
      } = {}) {
        let res = this.incWithoutExemplar(labels, value);
        this.updateExemplar(exemplarLabels, value, res.labelHash);
      }
      updateExemplar(exemplarLabels, value, hash) {
        exemplarLabels !== this.defaultExemplarLabelSet && (isObject(this.hashMap[hash].exemplar) || (this.hashMap[hash].exemplar = new Exemplar()), this.hashMap[hash].exemplar.validateExemplarLabelSet(exemplarLabels), this.hashMap[hash].exemplar.labelSet = exemplarLabels, this.hashMap[hash].exemplar.value = value || 1, this.hashMap[hash].exemplar.timestamp = nowTimestamp());
      }
      /**
       * Reset counter
       * @returns {void}
       */
      reset() {
        this.hashMap = {}, this.labelNames.length === 0 && setValue(this.hashMap, 0);
      }
      async get() {
        if (this.collect) {
          let v = this.collect();
          v instanceof Promise && await v;
        }
        return {
          help: this.help,
          name: this.name,
          type: this.type,
          values: Object.values(this.hashMap),
          aggregator: this.aggregator
        };
      }
      labels(...args) {
        let labels = getLabels(this.labelNames, args) || {};
        return {
          inc: this.inc.bind(this, labels)
        };
      }
      remove(...args) {
        let labels = getLabels(this.labelNames, args) || {};
        return validateLabel(this.labelNames, labels), removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function setValue(hashMap, value, labels = {}, hash = "") {
      return hashMap[hash] ? hashMap[hash].value += value : hashMap[hash] = { value, labels }, hashMap;
    }
    module.exports = Counter2;
  }
});

// node_modules/prom-client/lib/gauge.js
var require_gauge = __commonJS({
  "node_modules/prom-client/lib/gauge.js"(exports, module) {
    "use strict";
    var util = __require("util"), {
      setValue,
      setValueDelta,
      getLabels,
      hashObject,
      isObject,
      removeLabels
    } = require_util(), { validateLabel } = require_validation(), { Metric } = require_metric(), Gauge2 = class extends Metric {
      constructor(config) {
        super(config), this.type = "gauge";
      }
      /**
       * Set a gauge to a value
       * @param {object} labels - Object with labels and their values
       * @param {Number} value - Value to set the gauge to, must be positive
       * @returns {void}
       */
      set(labels, value) {
        value = getValueArg(labels, value), labels = getLabelArg(labels), set(this, labels, value);
      }
      /**
       * Reset gauge
       * @returns {void}
       */
      reset() {
        this.hashMap = {}, this.labelNames.length === 0 && setValue(this.hashMap, 0, {});
      }
      /**
       * Increment a gauge value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to increment - if omitted, increment with 1
       * @returns {void}
       */
      inc(labels, value) {
        value = getValueArg(labels, value), labels = getLabelArg(labels), value === void 0 && (value = 1), setDelta(this, labels, value);
      }
      /**
       * Decrement a gauge value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to decrement - if omitted, decrement with 1
       * @returns {void}
       */
      dec(labels, value) {
        value = getValueArg(labels, value), labels = getLabelArg(labels), value === void 0 && (value = 1), setDelta(this, labels, -value);
      }
      /**
       * Set the gauge to current unix epoch
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {void}
       */
      setToCurrentTime(labels) {
        let now = Date.now() / 1e3;
        labels === void 0 ? this.set(now) : this.set(labels, now);
      }
      /**
       * Start a timer
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Invoke this function to set the duration in seconds since you started the timer.
       * @example
       * var done = gauge.startTimer();
       * makeXHRRequest(function(err, response) {
       *	done(); //Duration of the request will be saved
       * });
       */
      startTimer(labels) {
        let start = process.hrtime();
        return (endLabels) => {
          let delta = process.hrtime(start), value = delta[0] + delta[1] / 1e9;
          return this.set(Object.assign({}, labels, endLabels), value), value;
        };
      }
      async get() {
        if (this.collect) {
          let v = this.collect();
          v instanceof Promise && await v;
        }
        return {
          help: this.help,
          name: this.name,
          type: this.type,
          values: Object.values(this.hashMap),
          aggregator: this.aggregator
        };
      }
      _getValue(labels) {
        let hash = hashObject(labels || {}, this.sortedLabelNames);
        return this.hashMap[hash] ? this.hashMap[hash].value : 0;
      }
      labels(...args) {
        let labels = getLabels(this.labelNames, args);
        return validateLabel(this.labelNames, labels), {
          inc: this.inc.bind(this, labels),
          dec: this.dec.bind(this, labels),
          set: this.set.bind(this, labels),
          setToCurrentTime: this.setToCurrentTime.bind(this, labels),
          startTimer: this.startTimer.bind(this, labels)
        };
      }
      remove(...args) {
        let labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels), removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function set(gauge, labels, value) {
      if (typeof value != "number")
        throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
      validateLabel(gauge.labelNames, labels), setValue(gauge.hashMap, value, labels);
    }
    function setDelta(gauge, labels, delta) {
      if (typeof delta != "number")
        throw new TypeError(`Delta is not a valid number: ${util.format(delta)}`);
      validateLabel(gauge.labelNames, labels);
      let hash = hashObject(labels, gauge.sortedLabelNames);
      setValueDelta(gauge.hashMap, delta, labels, hash);
    }
    function getLabelArg(labels) {
      return isObject(labels) ? labels : {};
    }
    function getValueArg(labels, value) {
      return isObject(labels) ? value : labels;
    }
    module.exports = Gauge2;
  }
});

// node_modules/prom-client/lib/histogram.js
var require_histogram = __commonJS({
  "node_modules/prom-client/lib/histogram.js"(exports, module) {
    "use strict";
    var util = __require("util"), {
      getLabels,
      hashObject,
      isObject,
      removeLabels,
      nowTimestamp
    } = require_util(), { validateLabel } = require_validation(), { Metric } = require_metric(), Exemplar = require_exemplar(), Histogram2 = class extends Metric {
      constructor(config) {
        super(config, {
          buckets: [5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
        }), this.type = "histogram", this.defaultLabels = {}, this.defaultExemplarLabelSet = {}, this.enableExemplars = !1;
        for (let label of this.labelNames)
          if (label === "le")
            throw new Error("le is a reserved label keyword");
        this.upperBounds = this.buckets, this.bucketValues = this.upperBounds.reduce((acc, upperBound) => (acc[upperBound] = 0, acc), {}), config.enableExemplars ? (this.enableExemplars = !0, this.bucketExemplars = this.upperBounds.reduce((acc, upperBound) => (acc[upperBound] = null, acc), {}), Object.freeze(this.bucketExemplars), this.observe = this.observeWithExemplar) : this.observe = this.observeWithoutExemplar, Object.freeze(this.bucketValues), Object.freeze(this.upperBounds), this.labelNames.length === 0 && (this.hashMap = {
          [hashObject({})]: createBaseValues(
            {},
            this.bucketValues,
            this.bucketExemplars
          )
        });
      }
      /**
       * Observe a value in histogram
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to observe in the histogram
       * @returns {void}
       */
      observeWithoutExemplar(labels, value) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
      }
      observeWithExemplar({
        labels = this.defaultLabels,
        value,
        exemplarLabels = this.defaultExemplarLabelSet
      } = {}) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value), this.updateExemplar(labels, value, exemplarLabels);
      }
      updateExemplar(labels, value, exemplarLabels) {
        if (Object.keys(exemplarLabels).length === 0) return;
        let hash = hashObject(labels, this.sortedLabelNames), bound = findBound(this.upperBounds, value), { bucketExemplars } = this.hashMap[hash], exemplar = bucketExemplars[bound];
        isObject(exemplar) || (exemplar = new Exemplar(), bucketExemplars[bound] = exemplar), exemplar.validateExemplarLabelSet(exemplarLabels), exemplar.labelSet = exemplarLabels, exemplar.value = value, exemplar.timestamp = nowTimestamp();
      }
      async get() {
        let data = await this.getForPromString();
        return data.values = data.values.map(splayLabels), data;
      }
      async getForPromString() {
        if (this.collect) {
          let v = this.collect();
          v instanceof Promise && await v;
        }
        let values = Object.values(this.hashMap).map(extractBucketValuesForExport(this)).reduce(addSumAndCountForExport(this), []);
        return {
          name: this.name,
          help: this.help,
          type: this.type,
          values,
          aggregator: this.aggregator
        };
      }
      reset() {
        this.hashMap = {};
      }
      /**
       * Initialize the metrics for the given combination of labels to zero
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {void}
       */
      zero(labels) {
        let hash = hashObject(labels, this.sortedLabelNames);
        this.hashMap[hash] = createBaseValues(
          labels,
          this.bucketValues,
          this.bucketExemplars
        );
      }
      /**
       * Start a timer that could be used to logging durations
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {object} exemplarLabels - Object with labels for exemplar where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
       * @example
       * var end = histogram.startTimer();
       * makeExpensiveXHRRequest(function(err, res) {
       * 	const duration = end(); //Observe the duration of expensiveXHRRequest and returns duration in seconds
       * 	console.log('Duration', duration);
       * });
       */
      startTimer(labels, exemplarLabels) {
        return this.enableExemplars ? startTimerWithExemplar.call(this, labels, exemplarLabels)() : startTimer.call(this, labels)();
      }
      labels(...args) {
        let labels = getLabels(this.labelNames, args);
        return validateLabel(this.labelNames, labels), {
          observe: observe.call(this, labels),
          startTimer: startTimer.call(this, labels)
        };
      }
      remove(...args) {
        let labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels), removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function startTimer(startLabels) {
      return () => {
        let start = process.hrtime();
        return (endLabels) => {
          let delta = process.hrtime(start), value = delta[0] + delta[1] / 1e9;
          return this.observe(Object.assign({}, startLabels, endLabels), value), value;
        };
      };
    }
    function startTimerWithExemplar(startLabels, startExemplarLabels) {
      return () => {
        let start = process.hrtime();
        return (endLabels, endExemplarLabels) => {
          let delta = process.hrtime(start), value = delta[0] + delta[1] / 1e9;
          return this.observe({
            labels: Object.assign({}, startLabels, endLabels),
            value,
            exemplarLabels: Object.assign(
              {},
              startExemplarLabels,
              endExemplarLabels
            )
          }), value;
        };
      };
    }
    function setValuePair(labels, value, metricName, exemplar, sharedLabels = {}) {
      return {
        labels,
        sharedLabels,
        value,
        metricName,
        exemplar
      };
    }
    function findBound(upperBounds, value) {
      for (let i = 0; i < upperBounds.length; i++) {
        let bound = upperBounds[i];
        if (value <= bound)
          return bound;
      }
      return -1;
    }
    function observe(labels) {
      return (value) => {
        let labelValuePair = convertLabelsAndValues(labels, value);
        if (validateLabel(this.labelNames, labelValuePair.labels), !Number.isFinite(labelValuePair.value))
          throw new TypeError(
            `Value is not a valid number: ${util.format(labelValuePair.value)}`
          );
        let hash = hashObject(labelValuePair.labels, this.sortedLabelNames), valueFromMap = this.hashMap[hash];
        valueFromMap || (valueFromMap = createBaseValues(
          labelValuePair.labels,
          this.bucketValues,
          this.bucketExemplars
        ));
        let b = findBound(this.upperBounds, labelValuePair.value);
        valueFromMap.sum += labelValuePair.value, valueFromMap.count += 1, Object.prototype.hasOwnProperty.call(valueFromMap.bucketValues, b) && (valueFromMap.bucketValues[b] += 1), this.hashMap[hash] = valueFromMap;
      };
    }
    function createBaseValues(labels, bucketValues, bucketExemplars) {
      let result = {
        labels,
        bucketValues: { ...bucketValues },
        sum: 0,
        count: 0
      };
      return bucketExemplars && (result.bucketExemplars = { ...bucketExemplars }), result;
    }
    function convertLabelsAndValues(labels, value) {
      return isObject(labels) ? {
        labels,
        value
      } : {
        value: labels,
        labels: {}
      };
    }
    function extractBucketValuesForExport(histogram) {
      let name = `${histogram.name}_bucket`;
      return (bucketData) => {
        let acc = 0;
        return { buckets: histogram.upperBounds.map((upperBound) => (acc += bucketData.bucketValues[upperBound], setValuePair(
          { le: upperBound },
          acc,
          name,
          bucketData.bucketExemplars ? bucketData.bucketExemplars[upperBound] : null,
          bucketData.labels
        ))), data: bucketData };
      };
    }
    function addSumAndCountForExport(histogram) {
      return (acc, d) => {
        acc.push(...d.buckets);
        let infLabel = { le: "+Inf" };
        return acc.push(
          setValuePair(
            infLabel,
            d.data.count,
            `${histogram.name}_bucket`,
            d.data.bucketExemplars ? d.data.bucketExemplars[-1] : null,
            d.data.labels
          ),
          setValuePair(
            {},
            d.data.sum,
            `${histogram.name}_sum`,
            void 0,
            d.data.labels
          ),
          setValuePair(
            {},
            d.data.count,
            `${histogram.name}_count`,
            void 0,
            d.data.labels
          )
        ), acc;
      };
    }
    function splayLabels(bucket) {
      let { sharedLabels, labels, ...newBucket } = bucket;
      for (let label of Object.keys(sharedLabels))
        labels[label] = sharedLabels[label];
      return newBucket.labels = labels, newBucket;
    }
    module.exports = Histogram2;
  }
});

// node_modules/bintrees/lib/treebase.js
var require_treebase = __commonJS({
  "node_modules/bintrees/lib/treebase.js"(exports, module) {
    function TreeBase() {
    }
    TreeBase.prototype.clear = function() {
      this._root = null, this.size = 0;
    };
    TreeBase.prototype.find = function(data) {
      for (var res = this._root; res !== null; ) {
        var c = this._comparator(data, res.data);
        if (c === 0)
          return res.data;
        res = res.get_child(c > 0);
      }
      return null;
    };
    TreeBase.prototype.findIter = function(data) {
      for (var res = this._root, iter = this.iterator(); res !== null; ) {
        var c = this._comparator(data, res.data);
        if (c === 0)
          return iter._cursor = res, iter;
        iter._ancestors.push(res), res = res.get_child(c > 0);
      }
      return null;
    };
    TreeBase.prototype.lowerBound = function(item) {
      for (var cur = this._root, iter = this.iterator(), cmp = this._comparator; cur !== null; ) {
        var c = cmp(item, cur.data);
        if (c === 0)
          return iter._cursor = cur, iter;
        iter._ancestors.push(cur), cur = cur.get_child(c > 0);
      }
      for (var i = iter._ancestors.length - 1; i >= 0; --i)
        if (cur = iter._ancestors[i], cmp(item, cur.data) < 0)
          return iter._cursor = cur, iter._ancestors.length = i, iter;
      return iter._ancestors.length = 0, iter;
    };
    TreeBase.prototype.upperBound = function(item) {
      for (var iter = this.lowerBound(item), cmp = this._comparator; iter.data() !== null && cmp(iter.data(), item) === 0; )
        iter.next();
      return iter;
    };
    TreeBase.prototype.min = function() {
      var res = this._root;
      if (res === null)
        return null;
      for (; res.left !== null; )
        res = res.left;
      return res.data;
    };
    TreeBase.prototype.max = function() {
      var res = this._root;
      if (res === null)
        return null;
      for (; res.right !== null; )
        res = res.right;
      return res.data;
    };
    TreeBase.prototype.iterator = function() {
      return new Iterator(this);
    };
    TreeBase.prototype.each = function(cb) {
      for (var it = this.iterator(), data; (data = it.next()) !== null; )
        if (cb(data) === !1)
          return;
    };
    TreeBase.prototype.reach = function(cb) {
      for (var it = this.iterator(), data; (data = it.prev()) !== null; )
        if (cb(data) === !1)
          return;
    };
    function Iterator(tree) {
      this._tree = tree, this._ancestors = [], this._cursor = null;
    }
    Iterator.prototype.data = function() {
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype.next = function() {
      if (this._cursor === null) {
        var root = this._tree._root;
        root !== null && this._minNode(root);
      } else if (this._cursor.right === null) {
        var save;
        do
          if (save = this._cursor, this._ancestors.length)
            this._cursor = this._ancestors.pop();
          else {
            this._cursor = null;
            break;
          }
        while (this._cursor.right === save);
      } else
        this._ancestors.push(this._cursor), this._minNode(this._cursor.right);
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype.prev = function() {
      if (this._cursor === null) {
        var root = this._tree._root;
        root !== null && this._maxNode(root);
      } else if (this._cursor.left === null) {
        var save;
        do
          if (save = this._cursor, this._ancestors.length)
            this._cursor = this._ancestors.pop();
          else {
            this._cursor = null;
            break;
          }
        while (this._cursor.left === save);
      } else
        this._ancestors.push(this._cursor), this._maxNode(this._cursor.left);
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype._minNode = function(start) {
      for (; start.left !== null; )
        this._ancestors.push(start), start = start.left;
      this._cursor = start;
    };
    Iterator.prototype._maxNode = function(start) {
      for (; start.right !== null; )
        this._ancestors.push(start), start = start.right;
      this._cursor = start;
    };
    module.exports = TreeBase;
  }
});

// node_modules/bintrees/lib/rbtree.js
var require_rbtree = __commonJS({
  "node_modules/bintrees/lib/rbtree.js"(exports, module) {
    var TreeBase = require_treebase();
    function Node(data) {
      this.data = data, this.left = null, this.right = null, this.red = !0;
    }
    Node.prototype.get_child = function(dir) {
      return dir ? this.right : this.left;
    };
    Node.prototype.set_child = function(dir, val) {
      dir ? this.right = val : this.left = val;
    };
    function RBTree(comparator) {
      this._root = null, this._comparator = comparator, this.size = 0;
    }
    RBTree.prototype = new TreeBase();
    RBTree.prototype.insert = function(data) {
      var ret2 = !1;
      if (this._root === null)
        this._root = new Node(data), ret2 = !0, this.size++;
      else {
        var head = new Node(void 0), dir = 0, last = 0, gp = null, ggp = head, p = null, node = this._root;
        for (ggp.right = this._root; ; ) {
          if (node === null ? (node = new Node(data), p.set_child(dir, node), ret2 = !0, this.size++) : is_red(node.left) && is_red(node.right) && (node.red = !0, node.left.red = !1, node.right.red = !1), is_red(node) && is_red(p)) {
            var dir2 = ggp.right === gp;
            node === p.get_child(last) ? ggp.set_child(dir2, single_rotate(gp, !last)) : ggp.set_child(dir2, double_rotate(gp, !last));
          }
          var cmp = this._comparator(node.data, data);
          if (cmp === 0)
            break;
          last = dir, dir = cmp < 0, gp !== null && (ggp = gp), gp = p, p = node, node = node.get_child(dir);
        }
        this._root = head.right;
      }
      return this._root.red = !1, ret2;
    };
    RBTree.prototype.remove = function(data) {
      if (this._root === null)
        return !1;
      var head = new Node(void 0), node = head;
      node.right = this._root;
      for (var p = null, gp = null, found = null, dir = 1; node.get_child(dir) !== null; ) {
        var last = dir;
        gp = p, p = node, node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        if (dir = cmp > 0, cmp === 0 && (found = node), !is_red(node) && !is_red(node.get_child(dir))) {
          if (is_red(node.get_child(!dir))) {
            var sr = single_rotate(node, dir);
            p.set_child(last, sr), p = sr;
          } else if (!is_red(node.get_child(!dir))) {
            var sibling = p.get_child(!last);
            if (sibling !== null)
              if (!is_red(sibling.get_child(!last)) && !is_red(sibling.get_child(last)))
                p.red = !1, sibling.red = !0, node.red = !0;
              else {
                var dir2 = gp.right === p;
                is_red(sibling.get_child(last)) ? gp.set_child(dir2, double_rotate(p, last)) : is_red(sibling.get_child(!last)) && gp.set_child(dir2, single_rotate(p, last));
                var gpc = gp.get_child(dir2);
                gpc.red = !0, node.red = !0, gpc.left.red = !1, gpc.right.red = !1;
              }
          }
        }
      }
      return found !== null && (found.data = node.data, p.set_child(p.right === node, node.get_child(node.left === null)), this.size--), this._root = head.right, this._root !== null && (this._root.red = !1), found !== null;
    };
    function is_red(node) {
      return node !== null && node.red;
    }
    function single_rotate(root, dir) {
      var save = root.get_child(!dir);
      return root.set_child(!dir, save.get_child(dir)), save.set_child(dir, root), root.red = !0, save.red = !1, save;
    }
    function double_rotate(root, dir) {
      return root.set_child(!dir, single_rotate(root.get_child(!dir), !dir)), single_rotate(root, dir);
    }
    module.exports = RBTree;
  }
});

// node_modules/bintrees/lib/bintree.js
var require_bintree = __commonJS({
  "node_modules/bintrees/lib/bintree.js"(exports, module) {
    var TreeBase = require_treebase();
    function Node(data) {
      this.data = data, this.left = null, this.right = null;
    }
    Node.prototype.get_child = function(dir) {
      return dir ? this.right : this.left;
    };
    Node.prototype.set_child = function(dir, val) {
      dir ? this.right = val : this.left = val;
    };
    function BinTree(comparator) {
      this._root = null, this._comparator = comparator, this.size = 0;
    }
    BinTree.prototype = new TreeBase();
    BinTree.prototype.insert = function(data) {
      if (this._root === null)
        return this._root = new Node(data), this.size++, !0;
      for (var dir = 0, p = null, node = this._root; ; ) {
        if (node === null)
          return node = new Node(data), p.set_child(dir, node), ret = !0, this.size++, !0;
        if (this._comparator(node.data, data) === 0)
          return !1;
        dir = this._comparator(node.data, data) < 0, p = node, node = node.get_child(dir);
      }
    };
    BinTree.prototype.remove = function(data) {
      if (this._root === null)
        return !1;
      var head = new Node(void 0), node = head;
      node.right = this._root;
      for (var p = null, found = null, dir = 1; node.get_child(dir) !== null; ) {
        p = node, node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        dir = cmp > 0, cmp === 0 && (found = node);
      }
      return found !== null ? (found.data = node.data, p.set_child(p.right === node, node.get_child(node.left === null)), this._root = head.right, this.size--, !0) : !1;
    };
    module.exports = BinTree;
  }
});

// node_modules/bintrees/index.js
var require_bintrees = __commonJS({
  "node_modules/bintrees/index.js"(exports, module) {
    module.exports = {
      RBTree: require_rbtree(),
      BinTree: require_bintree()
    };
  }
});

// node_modules/tdigest/tdigest.js
var require_tdigest = __commonJS({
  "node_modules/tdigest/tdigest.js"(exports, module) {
    var RBTree = require_bintrees().RBTree;
    function TDigest(delta, K, CX) {
      this.discrete = delta === !1, this.delta = delta || 0.01, this.K = K === void 0 ? 25 : K, this.CX = CX === void 0 ? 1.1 : CX, this.centroids = new RBTree(compare_centroid_means), this.nreset = 0, this.reset();
    }
    TDigest.prototype.reset = function() {
      this.centroids.clear(), this.n = 0, this.nreset += 1, this.last_cumulate = 0;
    };
    TDigest.prototype.size = function() {
      return this.centroids.size;
    };
    TDigest.prototype.toArray = function(everything) {
      var result = [];
      return everything ? (this._cumulate(!0), this.centroids.each(function(c) {
        result.push(c);
      })) : this.centroids.each(function(c) {
        result.push({ mean: c.mean, n: c.n });
      }), result;
    };
    TDigest.prototype.summary = function() {
      var approx = this.discrete ? "exact " : "approximating ", s = [
        approx + this.n + " samples using " + this.size() + " centroids",
        "min = " + this.percentile(0),
        "Q1  = " + this.percentile(0.25),
        "Q2  = " + this.percentile(0.5),
        "Q3  = " + this.percentile(0.75),
        "max = " + this.percentile(1)
      ];
      return s.join(`
`);
    };
    function compare_centroid_means(a, b) {
      return a.mean > b.mean ? 1 : a.mean < b.mean ? -1 : 0;
    }
    function compare_centroid_mean_cumns(a, b) {
      return a.mean_cumn - b.mean_cumn;
    }
    TDigest.prototype.push = function(x, n) {
      n = n || 1, x = Array.isArray(x) ? x : [x];
      for (var i = 0; i < x.length; i++)
        this._digest(x[i], n);
    };
    TDigest.prototype.push_centroid = function(c) {
      c = Array.isArray(c) ? c : [c];
      for (var i = 0; i < c.length; i++)
        this._digest(c[i].mean, c[i].n);
    };
    TDigest.prototype._cumulate = function(exact) {
      if (!(this.n === this.last_cumulate || !exact && this.CX && this.CX > this.n / this.last_cumulate)) {
        var cumn = 0;
        this.centroids.each(function(c) {
          c.mean_cumn = cumn + c.n / 2, cumn = c.cumn = cumn + c.n;
        }), this.n = this.last_cumulate = cumn;
      }
    };
    TDigest.prototype.find_nearest = function(x) {
      if (this.size() === 0)
        return null;
      var iter = this.centroids.lowerBound({ mean: x }), c = iter.data() === null ? iter.prev() : iter.data();
      if (c.mean === x || this.discrete)
        return c;
      var prev = iter.prev();
      return prev && Math.abs(prev.mean - x) < Math.abs(c.mean - x) ? prev : c;
    };
    TDigest.prototype._new_centroid = function(x, n, cumn) {
      var c = { mean: x, n, cumn };
      return this.centroids.insert(c), this.n += n, c;
    };
    TDigest.prototype._addweight = function(nearest, x, n) {
      x !== nearest.mean && (nearest.mean += n * (x - nearest.mean) / (nearest.n + n)), nearest.cumn += n, nearest.mean_cumn += n / 2, nearest.n += n, this.n += n;
    };
    TDigest.prototype._digest = function(x, n) {
      var min = this.centroids.min(), max = this.centroids.max(), nearest = this.find_nearest(x);
      if (nearest && nearest.mean === x)
        this._addweight(nearest, x, n);
      else if (nearest === min)
        this._new_centroid(x, n, 0);
      else if (nearest === max)
        this._new_centroid(x, n, this.n);
      else if (this.discrete)
        this._new_centroid(x, n, nearest.cumn);
      else {
        var p = nearest.mean_cumn / this.n, max_n = Math.floor(4 * this.n * this.delta * p * (1 - p));
        max_n - nearest.n >= n ? this._addweight(nearest, x, n) : this._new_centroid(x, n, nearest.cumn);
      }
      this._cumulate(!1), !this.discrete && this.K && this.size() > this.K / this.delta && this.compress();
    };
    TDigest.prototype.bound_mean = function(x) {
      var iter = this.centroids.upperBound({ mean: x }), lower = iter.prev(), upper = lower.mean === x ? lower : iter.next();
      return [lower, upper];
    };
    TDigest.prototype.p_rank = function(x_or_xlist) {
      var xs = Array.isArray(x_or_xlist) ? x_or_xlist : [x_or_xlist], ps = xs.map(this._p_rank, this);
      return Array.isArray(x_or_xlist) ? ps : ps[0];
    };
    TDigest.prototype._p_rank = function(x) {
      if (this.size() !== 0) {
        {
          if (x < this.centroids.min().mean)
            return 0;
          if (x > this.centroids.max().mean)
            return 1;
        }
        this._cumulate(!0);
        var bound = this.bound_mean(x), lower = bound[0], upper = bound[1];
        if (this.discrete)
          return lower.cumn / this.n;
        var cumn = lower.mean_cumn;
        return lower !== upper && (cumn += (x - lower.mean) * (upper.mean_cumn - lower.mean_cumn) / (upper.mean - lower.mean)), cumn / this.n;
      }
    };
    TDigest.prototype.bound_mean_cumn = function(cumn) {
      this.centroids._comparator = compare_centroid_mean_cumns;
      var iter = this.centroids.upperBound({ mean_cumn: cumn });
      this.centroids._comparator = compare_centroid_means;
      var lower = iter.prev(), upper = lower && lower.mean_cumn === cumn ? lower : iter.next();
      return [lower, upper];
    };
    TDigest.prototype.percentile = function(p_or_plist) {
      var ps = Array.isArray(p_or_plist) ? p_or_plist : [p_or_plist], qs = ps.map(this._percentile, this);
      return Array.isArray(p_or_plist) ? qs : qs[0];
    };
    TDigest.prototype._percentile = function(p) {
      if (this.size() !== 0) {
        this._cumulate(!0);
        var h = this.n * p, bound = this.bound_mean_cumn(h), lower = bound[0], upper = bound[1];
        return upper === lower || lower === null || upper === null ? (lower || upper).mean : this.discrete ? h <= lower.cumn ? lower.mean : upper.mean : lower.mean + (h - lower.mean_cumn) * (upper.mean - lower.mean) / (upper.mean_cumn - lower.mean_cumn);
      }
    };
    function pop_random(choices) {
      var idx = Math.floor(Math.random() * choices.length);
      return choices.splice(idx, 1)[0];
    }
    TDigest.prototype.compress = function() {
      if (!this.compressing) {
        var points = this.toArray();
        for (this.reset(), this.compressing = !0; points.length > 0; )
          this.push_centroid(pop_random(points));
        this._cumulate(!0), this.compressing = !1;
      }
    };
    function Digest(config) {
      this.config = config || {}, this.mode = this.config.mode || "auto", TDigest.call(this, this.mode === "cont" ? config.delta : !1), this.digest_ratio = this.config.ratio || 0.9, this.digest_thresh = this.config.thresh || 1e3, this.n_unique = 0;
    }
    Digest.prototype = Object.create(TDigest.prototype);
    Digest.prototype.constructor = Digest;
    Digest.prototype.push = function(x_or_xlist) {
      TDigest.prototype.push.call(this, x_or_xlist), this.check_continuous();
    };
    Digest.prototype._new_centroid = function(x, n, cumn) {
      this.n_unique += 1, TDigest.prototype._new_centroid.call(this, x, n, cumn);
    };
    Digest.prototype._addweight = function(nearest, x, n) {
      nearest.n === 1 && (this.n_unique -= 1), TDigest.prototype._addweight.call(this, nearest, x, n);
    };
    Digest.prototype.check_continuous = function() {
      return this.mode !== "auto" || this.size() < this.digest_thresh ? !1 : this.n_unique / this.size() > this.digest_ratio ? (this.mode = "cont", this.discrete = !1, this.delta = this.config.delta || 0.01, this.compress(), !0) : !1;
    };
    module.exports = {
      TDigest,
      Digest
    };
  }
});

// node_modules/prom-client/lib/timeWindowQuantiles.js
var require_timeWindowQuantiles = __commonJS({
  "node_modules/prom-client/lib/timeWindowQuantiles.js"(exports, module) {
    "use strict";
    var { TDigest } = require_tdigest(), TimeWindowQuantiles = class {
      constructor(maxAgeSeconds, ageBuckets) {
        this.maxAgeSeconds = maxAgeSeconds || 0, this.ageBuckets = ageBuckets || 0, this.shouldRotate = maxAgeSeconds && ageBuckets, this.ringBuffer = Array(ageBuckets).fill(new TDigest()), this.currentBuffer = 0, this.lastRotateTimestampMillis = Date.now(), this.durationBetweenRotatesMillis = maxAgeSeconds * 1e3 / ageBuckets || 1 / 0;
      }
      size() {
        return rotate.call(this).size();
      }
      percentile(quantile) {
        return rotate.call(this).percentile(quantile);
      }
      push(value) {
        rotate.call(this), this.ringBuffer.forEach((bucket) => {
          bucket.push(value);
        });
      }
      reset() {
        this.ringBuffer.forEach((bucket) => {
          bucket.reset();
        });
      }
      compress() {
        this.ringBuffer.forEach((bucket) => {
          bucket.compress();
        });
      }
    };
    function rotate() {
      let timeSinceLastRotateMillis = Date.now() - this.lastRotateTimestampMillis;
      for (; timeSinceLastRotateMillis > this.durationBetweenRotatesMillis && this.shouldRotate; )
        this.ringBuffer[this.currentBuffer] = new TDigest(), ++this.currentBuffer >= this.ringBuffer.length && (this.currentBuffer = 0), timeSinceLastRotateMillis -= this.durationBetweenRotatesMillis, this.lastRotateTimestampMillis += this.durationBetweenRotatesMillis;
      return this.ringBuffer[this.currentBuffer];
    }
    module.exports = TimeWindowQuantiles;
  }
});

// node_modules/prom-client/lib/summary.js
var require_summary = __commonJS({
  "node_modules/prom-client/lib/summary.js"(exports, module) {
    "use strict";
    var util = __require("util"), { getLabels, hashObject, removeLabels } = require_util(), { validateLabel } = require_validation(), { Metric } = require_metric(), timeWindowQuantiles = require_timeWindowQuantiles(), DEFAULT_COMPRESS_COUNT = 1e3, Summary = class extends Metric {
      constructor(config) {
        super(config, {
          percentiles: [0.01, 0.05, 0.5, 0.9, 0.95, 0.99, 0.999],
          compressCount: DEFAULT_COMPRESS_COUNT,
          hashMap: {}
        }), this.type = "summary";
        for (let label of this.labelNames)
          if (label === "quantile")
            throw new Error("quantile is a reserved label keyword");
        this.labelNames.length === 0 && (this.hashMap = {
          [hashObject({})]: {
            labels: {},
            td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
            count: 0,
            sum: 0
          }
        });
      }
      /**
       * Observe a value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to observe
       * @returns {void}
       */
      observe(labels, value) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
      }
      async get() {
        if (this.collect) {
          let v = this.collect();
          v instanceof Promise && await v;
        }
        let hashKeys = Object.keys(this.hashMap), values = [];
        return hashKeys.forEach((hashKey) => {
          let s = this.hashMap[hashKey];
          s && (this.pruneAgedBuckets && s.td.size() === 0 ? delete this.hashMap[hashKey] : (extractSummariesForExport(s, this.percentiles).forEach((v) => {
            values.push(v);
          }), values.push(getSumForExport(s, this)), values.push(getCountForExport(s, this))));
        }), {
          name: this.name,
          help: this.help,
          type: this.type,
          values,
          aggregator: this.aggregator
        };
      }
      reset() {
        Object.values(this.hashMap).forEach((s) => {
          s.td.reset(), s.count = 0, s.sum = 0;
        });
      }
      /**
       * Start a timer that could be used to logging durations
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
       * @example
       * var end = summary.startTimer();
       * makeExpensiveXHRRequest(function(err, res) {
       *	end(); //Observe the duration of expensiveXHRRequest
       * });
       */
      startTimer(labels) {
        return startTimer.call(this, labels)();
      }
      labels(...args) {
        let labels = getLabels(this.labelNames, args);
        return validateLabel(this.labelNames, labels), {
          observe: observe.call(this, labels),
          startTimer: startTimer.call(this, labels)
        };
      }
      remove(...args) {
        let labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels), removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function extractSummariesForExport(summaryOfLabels, percentiles) {
      return summaryOfLabels.td.compress(), percentiles.map((percentile) => {
        let percentileValue = summaryOfLabels.td.percentile(percentile);
        return {
          labels: Object.assign({ quantile: percentile }, summaryOfLabels.labels),
          value: percentileValue || 0
        };
      });
    }
    function getCountForExport(value, summary) {
      return {
        metricName: `${summary.name}_count`,
        labels: value.labels,
        value: value.count
      };
    }
    function getSumForExport(value, summary) {
      return {
        metricName: `${summary.name}_sum`,
        labels: value.labels,
        value: value.sum
      };
    }
    function startTimer(startLabels) {
      return () => {
        let start = process.hrtime();
        return (endLabels) => {
          let delta = process.hrtime(start), value = delta[0] + delta[1] / 1e9;
          return this.observe(Object.assign({}, startLabels, endLabels), value), value;
        };
      };
    }
    function observe(labels) {
      return (value) => {
        let labelValuePair = convertLabelsAndValues(labels, value);
        if (validateLabel(this.labelNames, labels), !Number.isFinite(labelValuePair.value))
          throw new TypeError(
            `Value is not a valid number: ${util.format(labelValuePair.value)}`
          );
        let hash = hashObject(labelValuePair.labels, this.sortedLabelNames), summaryOfLabel = this.hashMap[hash];
        summaryOfLabel || (summaryOfLabel = {
          labels: labelValuePair.labels,
          td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
          count: 0,
          sum: 0
        }), summaryOfLabel.td.push(labelValuePair.value), summaryOfLabel.count++, summaryOfLabel.count % this.compressCount === 0 && summaryOfLabel.td.compress(), summaryOfLabel.sum += labelValuePair.value, this.hashMap[hash] = summaryOfLabel;
      };
    }
    function convertLabelsAndValues(labels, value) {
      return value === void 0 ? {
        value: labels,
        labels: {}
      } : {
        labels,
        value
      };
    }
    module.exports = Summary;
  }
});

// node_modules/prom-client/lib/pushgateway.js
var require_pushgateway = __commonJS({
  "node_modules/prom-client/lib/pushgateway.js"(exports, module) {
    "use strict";
    var url = __require("url"), http = __require("http"), https = __require("https"), { gzipSync } = __require("zlib"), { globalRegistry } = require_registry(), Pushgateway = class {
      constructor(gatewayUrl, options, registry2) {
        registry2 || (registry2 = globalRegistry), this.registry = registry2, this.gatewayUrl = gatewayUrl;
        let { requireJobName, ...requestOptions } = {
          requireJobName: !0,
          ...options
        };
        this.requireJobName = requireJobName, this.requestOptions = requestOptions;
      }
      pushAdd(params = {}) {
        if (this.requireJobName && !params.jobName)
          throw new Error("Missing jobName parameter");
        return useGateway.call(this, "POST", params.jobName, params.groupings);
      }
      push(params = {}) {
        if (this.requireJobName && !params.jobName)
          throw new Error("Missing jobName parameter");
        return useGateway.call(this, "PUT", params.jobName, params.groupings);
      }
      delete(params = {}) {
        if (this.requireJobName && !params.jobName)
          throw new Error("Missing jobName parameter");
        return useGateway.call(this, "DELETE", params.jobName, params.groupings);
      }
    };
    async function useGateway(method, job, groupings) {
      let gatewayUrlParsed = url.parse(this.gatewayUrl), gatewayUrlPath = gatewayUrlParsed.pathname && gatewayUrlParsed.pathname !== "/" ? gatewayUrlParsed.pathname : "", jobPath = job ? `/job/${encodeURIComponent(job)}${generateGroupings(groupings)}` : "", path = `${gatewayUrlPath}/metrics${jobPath}`, target = url.resolve(this.gatewayUrl, path), requestParams = url.parse(target), httpModule = isHttps(requestParams.href) ? https : http, options = Object.assign(requestParams, this.requestOptions, {
        method
      });
      return new Promise((resolve2, reject) => {
        method === "DELETE" && options.headers && delete options.headers["Content-Encoding"];
        let req = httpModule.request(options, (resp) => {
          let body = "";
          resp.setEncoding("utf8"), resp.on("data", (chunk) => {
            body += chunk;
          }), resp.on("end", () => {
            resp.statusCode >= 400 ? reject(
              new Error(`push failed with status ${resp.statusCode}, ${body}`)
            ) : resolve2({ resp, body });
          });
        });
        req.on("error", (err) => {
          reject(err);
        }), req.on("timeout", () => {
          req.destroy(new Error("Pushgateway request timed out"));
        }), method !== "DELETE" ? this.registry.metrics().then((metrics) => {
          options.headers && options.headers["Content-Encoding"] === "gzip" && (metrics = gzipSync(metrics)), req.write(metrics), req.end();
        }).catch((err) => {
          reject(err);
        }) : req.end();
      });
    }
    function generateGroupings(groupings) {
      return groupings ? Object.keys(groupings).map(
        (key) => `/${encodeURIComponent(key)}/${encodeURIComponent(groupings[key])}`
      ).join("") : "";
    }
    function isHttps(href) {
      return href.search(/^https/) !== -1;
    }
    module.exports = Pushgateway;
  }
});

// node_modules/prom-client/lib/bucketGenerators.js
var require_bucketGenerators = __commonJS({
  "node_modules/prom-client/lib/bucketGenerators.js"(exports) {
    "use strict";
    exports.linearBuckets = (start, width, count) => {
      if (count < 1)
        throw new Error("Linear buckets needs a positive count");
      let buckets = new Array(count);
      for (let i = 0; i < count; i++)
        buckets[i] = start + i * width;
      return buckets;
    };
    exports.exponentialBuckets = (start, factor, count) => {
      if (start <= 0)
        throw new Error("Exponential buckets needs a positive start");
      if (count < 1)
        throw new Error("Exponential buckets needs a positive count");
      if (factor <= 1)
        throw new Error("Exponential buckets needs a factor greater than 1");
      let buckets = new Array(count);
      for (let i = 0; i < count; i++)
        buckets[i] = start, start *= factor;
      return buckets;
    };
  }
});

// node_modules/@opentelemetry/api/dist/diag/types.cjs
var require_types = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/types.cjs"(exports) {
    var DiagLogLevel = /* @__PURE__ */ (function(DiagLogLevel2) {
      return DiagLogLevel2[DiagLogLevel2.NONE = 0] = "NONE", DiagLogLevel2[DiagLogLevel2.ERROR = 30] = "ERROR", DiagLogLevel2[DiagLogLevel2.WARN = 50] = "WARN", DiagLogLevel2[DiagLogLevel2.INFO = 60] = "INFO", DiagLogLevel2[DiagLogLevel2.DEBUG = 70] = "DEBUG", DiagLogLevel2[DiagLogLevel2.VERBOSE = 80] = "VERBOSE", DiagLogLevel2[DiagLogLevel2.ALL = 9999] = "ALL", DiagLogLevel2;
    })({});
    exports.DiagLogLevel = DiagLogLevel;
  }
});

// node_modules/@opentelemetry/api/dist/version.cjs
var require_version = __commonJS({
  "node_modules/@opentelemetry/api/dist/version.cjs"(exports) {
    var VERSION2 = "1.10.0";
    exports.VERSION = VERSION2;
  }
});

// node_modules/@opentelemetry/api/dist/internal/semver.cjs
var require_semver = __commonJS({
  "node_modules/@opentelemetry/api/dist/internal/semver.cjs"(exports) {
    var require_version3 = require_version(), re = /^(\d+)\.(\d+)\.(\d+)(-(.+))?$/;
    function _makeCompatibilityCheck(ownVersion) {
      let acceptedVersions = /* @__PURE__ */ new Set([ownVersion]), rejectedVersions = /* @__PURE__ */ new Set(), myVersionMatch = ownVersion.match(re);
      if (!myVersionMatch) return () => !1;
      let ownVersionParsed = {
        major: +myVersionMatch[1],
        minor: +myVersionMatch[2],
        patch: +myVersionMatch[3],
        prerelease: myVersionMatch[4]
      };
      if (ownVersionParsed.prerelease != null) return function(globalVersion) {
        return globalVersion === ownVersion;
      };
      function _reject(v) {
        return rejectedVersions.add(v), !1;
      }
      function _accept(v) {
        return acceptedVersions.add(v), !0;
      }
      return function(globalVersion) {
        if (acceptedVersions.has(globalVersion)) return !0;
        if (rejectedVersions.has(globalVersion)) return !1;
        let globalVersionMatch = globalVersion.match(re);
        if (!globalVersionMatch) return _reject(globalVersion);
        let globalVersionParsed = {
          major: +globalVersionMatch[1],
          minor: +globalVersionMatch[2],
          patch: +globalVersionMatch[3],
          prerelease: globalVersionMatch[4]
        };
        return globalVersionParsed.prerelease != null || ownVersionParsed.major !== globalVersionParsed.major ? _reject(globalVersion) : ownVersionParsed.major === 0 ? ownVersionParsed.minor === globalVersionParsed.minor && ownVersionParsed.patch <= globalVersionParsed.patch ? _accept(globalVersion) : _reject(globalVersion) : ownVersionParsed.minor <= globalVersionParsed.minor ? _accept(globalVersion) : _reject(globalVersion);
      };
    }
    var isCompatible = _makeCompatibilityCheck(require_version3.VERSION);
    exports._makeCompatibilityCheck = _makeCompatibilityCheck;
    exports.isCompatible = isCompatible;
  }
});

// node_modules/@opentelemetry/api/dist/internal/global-utils.cjs
var require_global_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/internal/global-utils.cjs"(exports) {
    var require_version3 = require_version(), require_semver2 = require_semver(), major = require_version3.VERSION.split(".")[0], GLOBAL_OPENTELEMETRY_API_KEY = /* @__PURE__ */ Symbol.for(`opentelemetry.js.api.${major}`), _global = typeof globalThis == "object" ? globalThis : typeof self == "object" ? self : typeof window == "object" ? window : typeof global == "object" ? global : {};
    function _makeGlobalApi() {
      return Object.defineProperty({}, "version", {
        value: require_version3.VERSION,
        enumerable: !0,
        writable: !1,
        configurable: !1
      });
    }
    function registerGlobal(type, instance, diag, allowOverride = !1) {
      var _global$GLOBAL_OPENTE;
      let api = _global[GLOBAL_OPENTELEMETRY_API_KEY] = (_global$GLOBAL_OPENTE = _global[GLOBAL_OPENTELEMETRY_API_KEY]) !== null && _global$GLOBAL_OPENTE !== void 0 ? _global$GLOBAL_OPENTE : _makeGlobalApi();
      if (!allowOverride && api[type]) {
        let err = /* @__PURE__ */ new Error(`@opentelemetry/api: Attempted duplicate registration of API: ${type}`);
        return diag.error(err.stack || err.message), !1;
      }
      if (api.version !== "1.10.0") {
        let err = /* @__PURE__ */ new Error(`@opentelemetry/api: Registration of version v${api.version} for ${type} does not match previously registered API v${require_version3.VERSION}`);
        return diag.error(err.stack || err.message), !1;
      }
      return api[type] = instance, diag.debug(`@opentelemetry/api: Registered a global for ${type} v${require_version3.VERSION}.`), !0;
    }
    var _compatibleGlobalApi;
    function getGlobal(type) {
      let api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
      if (api != null) {
        if (api !== _compatibleGlobalApi) {
          if (!api.version || !require_semver2.isCompatible(api.version)) return;
          _compatibleGlobalApi = api;
        }
        return api[type];
      }
    }
    function unregisterGlobal(type, diag) {
      diag.debug(`@opentelemetry/api: Unregistering a global for ${type} v${require_version3.VERSION}.`);
      let api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
      api && delete api[type];
    }
    exports.getGlobal = getGlobal;
    exports.registerGlobal = registerGlobal;
    exports.unregisterGlobal = unregisterGlobal;
  }
});

// node_modules/@opentelemetry/api/dist/diag/ComponentLogger.cjs
var require_ComponentLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/ComponentLogger.cjs"(exports) {
    var require_global_utils2 = require_global_utils(), DiagComponentLogger = class {
      constructor(props) {
        this._namespace = props.namespace || "DiagComponentLogger";
      }
      debug(...args) {
        return logProxy("debug", this._namespace, args);
      }
      error(...args) {
        return logProxy("error", this._namespace, args);
      }
      info(...args) {
        return logProxy("info", this._namespace, args);
      }
      warn(...args) {
        return logProxy("warn", this._namespace, args);
      }
      verbose(...args) {
        return logProxy("verbose", this._namespace, args);
      }
    };
    function logProxy(funcName, namespace, args) {
      let logger = require_global_utils2.getGlobal("diag");
      if (logger)
        return logger[funcName](namespace, ...args);
    }
    exports.DiagComponentLogger = DiagComponentLogger;
  }
});

// node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.cjs
var require_logLevelLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.cjs"(exports) {
    require_types();
    function createLogLevelDiagLogger(maxLevel, logger) {
      maxLevel < 0 ? maxLevel = 0 : maxLevel > 9999 && (maxLevel = 9999), logger = logger || {};
      function _filterFunc(funcName, theLevel) {
        let theFunc = logger[funcName];
        return typeof theFunc == "function" && maxLevel >= theLevel ? theFunc.bind(logger) : function() {
        };
      }
      return {
        error: _filterFunc("error", 30),
        warn: _filterFunc("warn", 50),
        info: _filterFunc("info", 60),
        debug: _filterFunc("debug", 70),
        verbose: _filterFunc("verbose", 80)
      };
    }
    exports.createLogLevelDiagLogger = createLogLevelDiagLogger;
  }
});

// node_modules/@opentelemetry/api/dist/api/diag.cjs
var require_diag = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/diag.cjs"(exports) {
    var require_global_utils2 = require_global_utils(), require_ComponentLogger2 = require_ComponentLogger();
    require_types();
    var require_logLevelLogger2 = require_logLevelLogger(), API_NAME = "diag", DiagAPI = class DiagAPI2 {
      /** Get the singleton instance of the DiagAPI API */
      static instance() {
        return this._instance || (this._instance = new DiagAPI2()), this._instance;
      }
      /**
      * Private internal constructor
      * @private
      */
      constructor() {
        function _logProxy(funcName) {
          return function(...args) {
            let logger = require_global_utils2.getGlobal("diag");
            if (logger)
              return logger[funcName](...args);
          };
        }
        let self2 = this, setLogger = (logger, optionsOrLogLevel = { logLevel: 60 }) => {
          var _optionsOrLogLevel$lo;
          if (logger === self2) {
            var _err$stack;
            let err = /* @__PURE__ */ new Error("Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation");
            return self2.error((_err$stack = err.stack) !== null && _err$stack !== void 0 ? _err$stack : err.message), !1;
          }
          typeof optionsOrLogLevel == "number" && (optionsOrLogLevel = { logLevel: optionsOrLogLevel });
          let oldLogger = require_global_utils2.getGlobal("diag"), newLogger = require_logLevelLogger2.createLogLevelDiagLogger((_optionsOrLogLevel$lo = optionsOrLogLevel.logLevel) !== null && _optionsOrLogLevel$lo !== void 0 ? _optionsOrLogLevel$lo : 60, logger);
          if (oldLogger && !optionsOrLogLevel.suppressOverrideMessage) {
            var _Error$stack;
            let stack = (_Error$stack = (/* @__PURE__ */ new Error()).stack) !== null && _Error$stack !== void 0 ? _Error$stack : "<failed to generate stacktrace>";
            oldLogger.warn(`Current logger will be overwritten from ${stack}`), newLogger.warn(`Current logger will overwrite one already registered from ${stack}`);
          }
          return require_global_utils2.registerGlobal("diag", newLogger, self2, !0);
        };
        self2.setLogger = setLogger, self2.disable = () => {
          require_global_utils2.unregisterGlobal(API_NAME, self2);
        }, self2.createComponentLogger = (options) => new require_ComponentLogger2.DiagComponentLogger(options), self2.verbose = _logProxy("verbose"), self2.debug = _logProxy("debug"), self2.info = _logProxy("info"), self2.warn = _logProxy("warn"), self2.error = _logProxy("error");
      }
    };
    exports.DiagAPI = DiagAPI;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/internal/baggage-impl.cjs
var require_baggage_impl = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/internal/baggage-impl.cjs"(exports) {
    var BaggageImpl = class BaggageImpl2 {
      constructor(entries) {
        this._entries = entries ? new Map(entries) : /* @__PURE__ */ new Map();
      }
      getEntry(key) {
        let entry = this._entries.get(key);
        if (entry)
          return Object.assign({}, entry);
      }
      getAllEntries() {
        return Array.from(this._entries.entries());
      }
      setEntry(key, entry) {
        let newBaggage = new BaggageImpl2(this._entries);
        return newBaggage._entries.set(key, entry), newBaggage;
      }
      removeEntry(key) {
        let newBaggage = new BaggageImpl2(this._entries);
        return newBaggage._entries.delete(key), newBaggage;
      }
      removeEntries(...keys) {
        let newBaggage = new BaggageImpl2(this._entries);
        for (let key of keys) newBaggage._entries.delete(key);
        return newBaggage;
      }
      clear() {
        return new BaggageImpl2();
      }
    };
    exports.BaggageImpl = BaggageImpl;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/internal/symbol.cjs
var require_symbol = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/internal/symbol.cjs"(exports) {
    var baggageEntryMetadataSymbol = /* @__PURE__ */ Symbol("BaggageEntryMetadata");
    exports.baggageEntryMetadataSymbol = baggageEntryMetadataSymbol;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/utils.cjs
var require_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/utils.cjs"(exports) {
    var require_diag2 = require_diag(), require_baggage_impl2 = require_baggage_impl(), require_symbol2 = require_symbol(), diag = require_diag2.DiagAPI.instance();
    function createBaggage(entries = {}) {
      return new require_baggage_impl2.BaggageImpl(new Map(Object.entries(entries)));
    }
    function baggageEntryMetadataFromString(str) {
      return typeof str != "string" && (diag.error(`Cannot create baggage metadata from unknown type: ${typeof str}`), str = ""), {
        __TYPE__: require_symbol2.baggageEntryMetadataSymbol,
        toString() {
          return str;
        }
      };
    }
    exports.baggageEntryMetadataFromString = baggageEntryMetadataFromString;
    exports.createBaggage = createBaggage;
  }
});

// node_modules/@opentelemetry/api/dist/context/context.cjs
var require_context = __commonJS({
  "node_modules/@opentelemetry/api/dist/context/context.cjs"(exports) {
    function createContextKey(description) {
      return Symbol.for(description);
    }
    var ROOT_CONTEXT = new class BaseContext {
      /**
      * Construct a new context which inherits values from an optional parent context.
      *
      * @param parentContext a context from which to inherit values
      */
      constructor(parentContext) {
        let self2 = this;
        self2._currentContext = parentContext ? new Map(parentContext) : /* @__PURE__ */ new Map(), self2.getValue = (key) => self2._currentContext.get(key), self2.setValue = (key, value) => {
          let context = new BaseContext(self2._currentContext);
          return context._currentContext.set(key, value), context;
        }, self2.deleteValue = (key) => {
          let context = new BaseContext(self2._currentContext);
          return context._currentContext.delete(key), context;
        };
      }
    }();
    exports.ROOT_CONTEXT = ROOT_CONTEXT;
    exports.createContextKey = createContextKey;
  }
});

// node_modules/@opentelemetry/api/dist/diag/consoleLogger.cjs
var require_consoleLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/consoleLogger.cjs"(exports) {
    var consoleMap = [
      {
        n: "error",
        c: "error"
      },
      {
        n: "warn",
        c: "warn"
      },
      {
        n: "info",
        c: "info"
      },
      {
        n: "debug",
        c: "debug"
      },
      {
        n: "verbose",
        c: "trace"
      }
    ], _originalConsoleMethods = {};
    if (typeof console < "u")
      for (let key of [
        "error",
        "warn",
        "info",
        "debug",
        "trace",
        "log"
      ]) typeof console[key] == "function" && (_originalConsoleMethods[key] = console[key]);
    var DiagConsoleLogger = class {
      constructor() {
        function _consoleFunc(funcName) {
          return function(...args) {
            let theFunc = _originalConsoleMethods[funcName];
            if (typeof theFunc != "function" && (theFunc = _originalConsoleMethods.log), typeof theFunc != "function" && console && (theFunc = console[funcName], typeof theFunc != "function" && (theFunc = console.log)), typeof theFunc == "function") return theFunc.apply(console, args);
          };
        }
        for (let i = 0; i < consoleMap.length; i++) this[consoleMap[i].n] = _consoleFunc(consoleMap[i].c);
      }
    };
    exports.DiagConsoleLogger = DiagConsoleLogger;
    exports._originalConsoleMethods = _originalConsoleMethods;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/NoopMeter.cjs
var require_NoopMeter = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/NoopMeter.cjs"(exports) {
    var NoopMeter = class {
      constructor() {
      }
      /**
      * @see {@link Meter.createGauge}
      */
      createGauge(_name, _options) {
        return NOOP_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createHistogram}
      */
      createHistogram(_name, _options) {
        return NOOP_HISTOGRAM_METRIC;
      }
      /**
      * @see {@link Meter.createCounter}
      */
      createCounter(_name, _options) {
        return NOOP_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createUpDownCounter}
      */
      createUpDownCounter(_name, _options) {
        return NOOP_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableGauge}
      */
      createObservableGauge(_name, _options) {
        return NOOP_OBSERVABLE_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createObservableCounter}
      */
      createObservableCounter(_name, _options) {
        return NOOP_OBSERVABLE_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableUpDownCounter}
      */
      createObservableUpDownCounter(_name, _options) {
        return NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.addBatchObservableCallback}
      */
      addBatchObservableCallback(_callback, _observables) {
      }
      /**
      * @see {@link Meter.removeBatchObservableCallback}
      */
      removeBatchObservableCallback(_callback) {
      }
    }, NoopMetric = class {
    }, NoopCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    }, NoopUpDownCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    }, NoopGaugeMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    }, NoopHistogramMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    }, NoopObservableMetric = class {
      addCallback(_callback) {
      }
      removeCallback(_callback) {
      }
    }, NoopObservableCounterMetric = class extends NoopObservableMetric {
    }, NoopObservableGaugeMetric = class extends NoopObservableMetric {
    }, NoopObservableUpDownCounterMetric = class extends NoopObservableMetric {
    }, NOOP_METER = new NoopMeter(), NOOP_COUNTER_METRIC = new NoopCounterMetric(), NOOP_GAUGE_METRIC = new NoopGaugeMetric(), NOOP_HISTOGRAM_METRIC = new NoopHistogramMetric(), NOOP_UP_DOWN_COUNTER_METRIC = new NoopUpDownCounterMetric(), NOOP_OBSERVABLE_COUNTER_METRIC = new NoopObservableCounterMetric(), NOOP_OBSERVABLE_GAUGE_METRIC = new NoopObservableGaugeMetric(), NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = new NoopObservableUpDownCounterMetric();
    function createNoopMeter() {
      return NOOP_METER;
    }
    exports.NOOP_COUNTER_METRIC = NOOP_COUNTER_METRIC;
    exports.NOOP_GAUGE_METRIC = NOOP_GAUGE_METRIC;
    exports.NOOP_HISTOGRAM_METRIC = NOOP_HISTOGRAM_METRIC;
    exports.NOOP_METER = NOOP_METER;
    exports.NOOP_OBSERVABLE_COUNTER_METRIC = NOOP_OBSERVABLE_COUNTER_METRIC;
    exports.NOOP_OBSERVABLE_GAUGE_METRIC = NOOP_OBSERVABLE_GAUGE_METRIC;
    exports.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
    exports.NOOP_UP_DOWN_COUNTER_METRIC = NOOP_UP_DOWN_COUNTER_METRIC;
    exports.NoopCounterMetric = NoopCounterMetric;
    exports.NoopGaugeMetric = NoopGaugeMetric;
    exports.NoopHistogramMetric = NoopHistogramMetric;
    exports.NoopMeter = NoopMeter;
    exports.NoopMetric = NoopMetric;
    exports.NoopObservableCounterMetric = NoopObservableCounterMetric;
    exports.NoopObservableGaugeMetric = NoopObservableGaugeMetric;
    exports.NoopObservableMetric = NoopObservableMetric;
    exports.NoopObservableUpDownCounterMetric = NoopObservableUpDownCounterMetric;
    exports.NoopUpDownCounterMetric = NoopUpDownCounterMetric;
    exports.createNoopMeter = createNoopMeter;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/Metric.cjs
var require_Metric = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/Metric.cjs"(exports) {
    var ValueType = /* @__PURE__ */ (function(ValueType2) {
      return ValueType2[ValueType2.INT = 0] = "INT", ValueType2[ValueType2.DOUBLE = 1] = "DOUBLE", ValueType2;
    })({});
    exports.ValueType = ValueType;
  }
});

// node_modules/@opentelemetry/api/dist/logs/NoopLogger.cjs
var require_NoopLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/NoopLogger.cjs"(exports) {
    var NoopLogger = class {
      emit(_logRecord) {
      }
      enabled() {
        return !1;
      }
    }, NOOP_LOGGER = new NoopLogger();
    function createNoopLogger() {
      return NOOP_LOGGER;
    }
    exports.NOOP_LOGGER = NOOP_LOGGER;
    exports.NoopLogger = NoopLogger;
    exports.createNoopLogger = createNoopLogger;
  }
});

// node_modules/@opentelemetry/api/dist/logs/LogRecord.cjs
var require_LogRecord = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/LogRecord.cjs"(exports) {
    var SeverityNumber = /* @__PURE__ */ (function(SeverityNumber2) {
      return SeverityNumber2[SeverityNumber2.UNSPECIFIED = 0] = "UNSPECIFIED", SeverityNumber2[SeverityNumber2.TRACE = 1] = "TRACE", SeverityNumber2[SeverityNumber2.TRACE2 = 2] = "TRACE2", SeverityNumber2[SeverityNumber2.TRACE3 = 3] = "TRACE3", SeverityNumber2[SeverityNumber2.TRACE4 = 4] = "TRACE4", SeverityNumber2[SeverityNumber2.DEBUG = 5] = "DEBUG", SeverityNumber2[SeverityNumber2.DEBUG2 = 6] = "DEBUG2", SeverityNumber2[SeverityNumber2.DEBUG3 = 7] = "DEBUG3", SeverityNumber2[SeverityNumber2.DEBUG4 = 8] = "DEBUG4", SeverityNumber2[SeverityNumber2.INFO = 9] = "INFO", SeverityNumber2[SeverityNumber2.INFO2 = 10] = "INFO2", SeverityNumber2[SeverityNumber2.INFO3 = 11] = "INFO3", SeverityNumber2[SeverityNumber2.INFO4 = 12] = "INFO4", SeverityNumber2[SeverityNumber2.WARN = 13] = "WARN", SeverityNumber2[SeverityNumber2.WARN2 = 14] = "WARN2", SeverityNumber2[SeverityNumber2.WARN3 = 15] = "WARN3", SeverityNumber2[SeverityNumber2.WARN4 = 16] = "WARN4", SeverityNumber2[SeverityNumber2.ERROR = 17] = "ERROR", SeverityNumber2[SeverityNumber2.ERROR2 = 18] = "ERROR2", SeverityNumber2[SeverityNumber2.ERROR3 = 19] = "ERROR3", SeverityNumber2[SeverityNumber2.ERROR4 = 20] = "ERROR4", SeverityNumber2[SeverityNumber2.FATAL = 21] = "FATAL", SeverityNumber2[SeverityNumber2.FATAL2 = 22] = "FATAL2", SeverityNumber2[SeverityNumber2.FATAL3 = 23] = "FATAL3", SeverityNumber2[SeverityNumber2.FATAL4 = 24] = "FATAL4", SeverityNumber2;
    })({});
    exports.SeverityNumber = SeverityNumber;
  }
});

// node_modules/@opentelemetry/api/dist/propagation/TextMapPropagator.cjs
var require_TextMapPropagator = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation/TextMapPropagator.cjs"(exports) {
    var defaultTextMapGetter = {
      get(carrier, key) {
        if (carrier != null)
          return carrier[key];
      },
      keys(carrier) {
        return carrier == null ? [] : Object.keys(carrier);
      }
    }, defaultTextMapSetter = { set(carrier, key, value) {
      carrier != null && (carrier[key] = value);
    } };
    exports.defaultTextMapGetter = defaultTextMapGetter;
    exports.defaultTextMapSetter = defaultTextMapSetter;
  }
});

// node_modules/@opentelemetry/api/dist/trace/trace_flags.cjs
var require_trace_flags = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/trace_flags.cjs"(exports) {
    var TraceFlags = /* @__PURE__ */ (function(TraceFlags2) {
      return TraceFlags2[TraceFlags2.NONE = 0] = "NONE", TraceFlags2[TraceFlags2.SAMPLED = 1] = "SAMPLED", TraceFlags2;
    })({});
    exports.TraceFlags = TraceFlags;
  }
});

// node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.cjs
var require_invalid_span_constants = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.cjs"(exports) {
    require_trace_flags();
    var INVALID_SPANID = "0000000000000000", INVALID_TRACEID = "00000000000000000000000000000000", INVALID_SPAN_CONTEXT = {
      traceId: INVALID_TRACEID,
      spanId: INVALID_SPANID,
      traceFlags: 0
    };
    exports.INVALID_SPANID = INVALID_SPANID;
    exports.INVALID_SPAN_CONTEXT = INVALID_SPAN_CONTEXT;
    exports.INVALID_TRACEID = INVALID_TRACEID;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.cjs
var require_NonRecordingSpan = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.cjs"(exports) {
    var require_invalid_span_constants2 = require_invalid_span_constants(), NonRecordingSpan = class {
      constructor(spanContext = require_invalid_span_constants2.INVALID_SPAN_CONTEXT) {
        this._spanContext = spanContext;
      }
      spanContext() {
        return this._spanContext;
      }
      setAttribute(_key, _value) {
        return this;
      }
      setAttributes(_attributes) {
        return this;
      }
      addEvent(_name, _attributes) {
        return this;
      }
      addLink(_link) {
        return this;
      }
      addLinks(_links) {
        return this;
      }
      setStatus(_status) {
        return this;
      }
      updateName(_name) {
        return this;
      }
      end(_endTime) {
      }
      isRecording() {
        return !1;
      }
      recordException(_exception, _time) {
      }
    };
    exports.NonRecordingSpan = NonRecordingSpan;
  }
});

// node_modules/@opentelemetry/api/dist/trace/spancontext-utils.cjs
var require_spancontext_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/spancontext-utils.cjs"(exports) {
    require_invalid_span_constants();
    var require_NonRecordingSpan2 = require_NonRecordingSpan(), isHex = new Uint8Array([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1
    ]);
    function isValidHex(id, length) {
      if (typeof id != "string" || id.length !== length) return !1;
      let r = 0;
      for (let i = 0; i < id.length; i += 4) r += (isHex[id.charCodeAt(i)] | 0) + (isHex[id.charCodeAt(i + 1)] | 0) + (isHex[id.charCodeAt(i + 2)] | 0) + (isHex[id.charCodeAt(i + 3)] | 0);
      return r === length;
    }
    function isValidTraceId(traceId) {
      return isValidHex(traceId, 32) && traceId !== "00000000000000000000000000000000";
    }
    function isValidSpanId(spanId) {
      return isValidHex(spanId, 16) && spanId !== "0000000000000000";
    }
    function isSpanContextValid(spanContext) {
      return isValidTraceId(spanContext.traceId) && isValidSpanId(spanContext.spanId);
    }
    function wrapSpanContext(spanContext) {
      return new require_NonRecordingSpan2.NonRecordingSpan(spanContext);
    }
    exports.isSpanContextValid = isSpanContextValid;
    exports.isValidSpanId = isValidSpanId;
    exports.isValidTraceId = isValidTraceId;
    exports.wrapSpanContext = wrapSpanContext;
  }
});

// node_modules/@opentelemetry/api/dist/context/NoopContextManager.cjs
var require_NoopContextManager = __commonJS({
  "node_modules/@opentelemetry/api/dist/context/NoopContextManager.cjs"(exports) {
    var require_context3 = require_context(), NoopContextManager = class {
      active() {
        return require_context3.ROOT_CONTEXT;
      }
      with(_context, fn, thisArg, ...args) {
        return fn.call(thisArg, ...args);
      }
      bind(_context, target) {
        return target;
      }
      enable() {
        return this;
      }
      disable() {
        return this;
      }
      /** @experimental This API is experimental and may change in minor releases without prior notice. */
      attach(_context) {
        return { dispose() {
        } };
      }
    };
    exports.NoopContextManager = NoopContextManager;
  }
});

// node_modules/@opentelemetry/api/dist/api/context.cjs
var require_context2 = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/context.cjs"(exports) {
    var require_global_utils2 = require_global_utils(), require_diag2 = require_diag(), require_NoopContextManager2 = require_NoopContextManager(), API_NAME = "context", NOOP_CONTEXT_MANAGER = new require_NoopContextManager2.NoopContextManager(), NOOP_TOKEN = Object.freeze({ dispose: () => {
    } }), ContextAPI = class ContextAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._attachUnsupportedWarned = !1;
      }
      /** Get the singleton instance of the Context API */
      static getInstance() {
        return this._instance || (this._instance = new ContextAPI2()), this._instance;
      }
      /**
      * Set the current context manager.
      *
      * @returns true if the context manager was successfully registered, else false
      */
      setGlobalContextManager(contextManager) {
        return require_global_utils2.registerGlobal(API_NAME, contextManager, require_diag2.DiagAPI.instance());
      }
      /**
      * Get the currently active context
      */
      active() {
        return this._getContextManager().active();
      }
      /**
      * Execute a function with an active context
      *
      * @param context context to be active during function execution
      * @param fn function to execute in a context
      * @param thisArg optional receiver to be used for calling fn
      * @param args optional arguments forwarded to fn
      */
      with(context, fn, thisArg, ...args) {
        return this._getContextManager().with(context, fn, thisArg, ...args);
      }
      /**
      * Bind a context to a target function or event emitter
      *
      * @param context context to bind to the event emitter or function. Defaults to the currently active context
      * @param target function or event emitter to bind
      */
      bind(context, target) {
        return this._getContextManager().bind(context, target);
      }
      /**
      * Imperatively sets `context` as active, returning a {@link ContextManagementToken} whose
      * {@link ContextManagementToken.dispose} restores the previous context.
      *
      * This is a delicate, low-level API - prefer {@link with}/{@link bind}, which
      * restore context automatically. Use `attach` only to bridge callback
      * boundaries that `with` cannot wrap. Call `token.dispose()` when the
      * operation is done.
      *
      * **Caveat for async functions:** If called inside an async function before
      * the first `await`, the context change may leak into the caller's context
      * and remain active there. Prefer {@link with} for async code.
      *
      * Support is best-effort and varies by the active ContextManager (see
      * {@link ContextManager.attach}); if it does not implement `attach`, this logs
      * a warning and returns a no-op token.
      *
      * @param context The Context to attach
      * @returns A {@link ContextManagementToken} whose dispose() restores the previous Context
      * @since 1.10.0
      * @experimental This API is experimental and may change in minor releases without prior notice.
      */
      attach(context) {
        let contextManager = this._getContextManager();
        return contextManager.attach ? contextManager.attach(context) : (this._attachUnsupportedWarned || (this._attachUnsupportedWarned = !0, require_diag2.DiagAPI.instance().warn("The current ContextManager does not implement attach(). The context will not be attached. Use a ContextManager that supports attach() (e.g. AsyncLocalStorageContextManager) or use with()/bind() instead.")), NOOP_TOKEN);
      }
      _getContextManager() {
        return require_global_utils2.getGlobal(API_NAME) || NOOP_CONTEXT_MANAGER;
      }
      /** Disable and remove the global context manager */
      disable() {
        this._getContextManager().disable(), require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
    };
    exports.ContextAPI = ContextAPI;
  }
});

// node_modules/@opentelemetry/api/dist/trace/context-utils.cjs
var require_context_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/context-utils.cjs"(exports) {
    var require_context3 = require_context(), require_context$1 = require_context2(), require_NonRecordingSpan2 = require_NonRecordingSpan(), SPAN_KEY = require_context3.createContextKey("OpenTelemetry Context Key SPAN");
    function getSpan(context) {
      return context.getValue(SPAN_KEY) || void 0;
    }
    function getActiveSpan() {
      return getSpan(require_context$1.ContextAPI.getInstance().active());
    }
    function setSpan(context, span) {
      return context.setValue(SPAN_KEY, span);
    }
    function deleteSpan(context) {
      return context.deleteValue(SPAN_KEY);
    }
    function setSpanContext(context, spanContext) {
      return setSpan(context, new require_NonRecordingSpan2.NonRecordingSpan(spanContext));
    }
    function getSpanContext(context) {
      var _getSpan;
      return (_getSpan = getSpan(context)) === null || _getSpan === void 0 ? void 0 : _getSpan.spanContext();
    }
    exports.deleteSpan = deleteSpan;
    exports.getActiveSpan = getActiveSpan;
    exports.getSpan = getSpan;
    exports.getSpanContext = getSpanContext;
    exports.setSpan = setSpan;
    exports.setSpanContext = setSpanContext;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NoopTracer.cjs
var require_NoopTracer = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NoopTracer.cjs"(exports) {
    var require_context3 = require_context2(), require_NonRecordingSpan2 = require_NonRecordingSpan(), require_context_utils2 = require_context_utils(), require_spancontext_utils2 = require_spancontext_utils(), contextApi = require_context3.ContextAPI.getInstance(), NoopTracer = class {
      startSpan(name, options, context = contextApi.active()) {
        if (options?.root) return new require_NonRecordingSpan2.NonRecordingSpan();
        let parentFromContext = context && require_context_utils2.getSpanContext(context);
        return isSpanContext(parentFromContext) && require_spancontext_utils2.isSpanContextValid(parentFromContext) ? new require_NonRecordingSpan2.NonRecordingSpan(parentFromContext) : new require_NonRecordingSpan2.NonRecordingSpan();
      }
      startActiveSpan(name, arg2, arg3, arg4) {
        var _ctx;
        let opts, ctx, fn;
        if (arguments.length < 2) return;
        arguments.length === 2 ? fn = arg2 : arguments.length === 3 ? (opts = arg2, fn = arg3) : (opts = arg2, ctx = arg3, fn = arg4);
        let parentContext = (_ctx = ctx) !== null && _ctx !== void 0 ? _ctx : contextApi.active(), span = this.startSpan(name, opts, parentContext), contextWithSpanSet = require_context_utils2.setSpan(parentContext, span);
        return contextApi.with(contextWithSpanSet, fn, void 0, span);
      }
    };
    function isSpanContext(spanContext) {
      return spanContext !== null && typeof spanContext == "object" && "spanId" in spanContext && typeof spanContext.spanId == "string" && "traceId" in spanContext && typeof spanContext.traceId == "string" && "traceFlags" in spanContext && typeof spanContext.traceFlags == "number";
    }
    exports.NoopTracer = NoopTracer;
  }
});

// node_modules/@opentelemetry/api/dist/trace/ProxyTracer.cjs
var require_ProxyTracer = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/ProxyTracer.cjs"(exports) {
    var NOOP_TRACER = new (require_NoopTracer()).NoopTracer(), ProxyTracer = class {
      constructor(provider, name, version, options) {
        this._provider = provider, this.name = name, this.version = version, this.options = options;
      }
      startSpan(name, options, context) {
        return this._getTracer().startSpan(name, options, context);
      }
      startActiveSpan(_name, _options, _context, _fn) {
        let tracer = this._getTracer();
        return Reflect.apply(tracer.startActiveSpan, tracer, arguments);
      }
      /**
      * Try to get a tracer from the proxy tracer provider.
      * If the proxy tracer provider has no delegate, return a noop tracer.
      */
      _getTracer() {
        if (this._delegate) return this._delegate;
        let tracer = this._provider.getDelegateTracer(this.name, this.version, this.options);
        return tracer ? (this._delegate = tracer, this._delegate) : NOOP_TRACER;
      }
    };
    exports.ProxyTracer = ProxyTracer;
  }
});

// node_modules/@opentelemetry/api/dist/trace/span_kind.cjs
var require_span_kind = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/span_kind.cjs"(exports) {
    var SpanKind = /* @__PURE__ */ (function(SpanKind2) {
      return SpanKind2[SpanKind2.INTERNAL = 0] = "INTERNAL", SpanKind2[SpanKind2.SERVER = 1] = "SERVER", SpanKind2[SpanKind2.CLIENT = 2] = "CLIENT", SpanKind2[SpanKind2.PRODUCER = 3] = "PRODUCER", SpanKind2[SpanKind2.CONSUMER = 4] = "CONSUMER", SpanKind2;
    })({});
    exports.SpanKind = SpanKind;
  }
});

// node_modules/@opentelemetry/api/dist/trace/status.cjs
var require_status = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/status.cjs"(exports) {
    var SpanStatusCode = /* @__PURE__ */ (function(SpanStatusCode2) {
      return SpanStatusCode2[SpanStatusCode2.UNSET = 0] = "UNSET", SpanStatusCode2[SpanStatusCode2.OK = 1] = "OK", SpanStatusCode2[SpanStatusCode2.ERROR = 2] = "ERROR", SpanStatusCode2;
    })({});
    exports.SpanStatusCode = SpanStatusCode;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/tracestate-validators.cjs
var require_tracestate_validators = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/tracestate-validators.cjs"(exports) {
    var VALID_KEY_CHAR_RANGE = "[_0-9a-z-*/]", VALID_KEY_REGEX = new RegExp(`^(?:${`[a-z]${VALID_KEY_CHAR_RANGE}{0,255}`}|${`[a-z0-9]${VALID_KEY_CHAR_RANGE}{0,240}@[a-z]${VALID_KEY_CHAR_RANGE}{0,13}`})$`), VALID_VALUE_BASE_REGEX = /^[ -~]{0,255}[!-~]$/, INVALID_VALUE_COMMA_EQUAL_REGEX = /,|=/;
    function validateKey(key) {
      return VALID_KEY_REGEX.test(key);
    }
    function validateValue(value) {
      return VALID_VALUE_BASE_REGEX.test(value) && !INVALID_VALUE_COMMA_EQUAL_REGEX.test(value);
    }
    exports.validateKey = validateKey;
    exports.validateValue = validateValue;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/tracestate-impl.cjs
var require_tracestate_impl = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/tracestate-impl.cjs"(exports) {
    var require_tracestate_validators2 = require_tracestate_validators(), MAX_TRACE_STATE_ITEMS = 32, MAX_TRACE_STATE_LEN = 512, LIST_MEMBERS_SEPARATOR = ",", LIST_MEMBER_KEY_VALUE_SPLITTER = "=", TraceStateImpl = class TraceStateImpl2 {
      constructor(rawTraceState) {
        this._internalState = /* @__PURE__ */ new Map(), rawTraceState && this._parse(rawTraceState);
      }
      set(key, value) {
        let currValue = this._internalState.get(key), newLength = this.serialize().length;
        if (typeof currValue == "string") newLength += value.length - currValue.length;
        else {
          if (this._internalState.size >= MAX_TRACE_STATE_ITEMS) return this;
          newLength += key.length + value.length + (this._internalState.size > 0 ? 2 : 1);
        }
        if (newLength > MAX_TRACE_STATE_LEN) return this;
        let traceState = this._clone();
        return traceState._internalState.has(key) && traceState._internalState.delete(key), traceState._internalState.set(key, value), traceState;
      }
      unset(key) {
        let traceState = this._clone();
        return traceState._internalState.delete(key), traceState;
      }
      get(key) {
        return this._internalState.get(key);
      }
      serialize() {
        return Array.from(this._internalState.keys()).reduceRight((agg, key) => (agg.push(key + LIST_MEMBER_KEY_VALUE_SPLITTER + this.get(key)), agg), []).join(LIST_MEMBERS_SEPARATOR);
      }
      _parse(rawTraceState) {
        rawTraceState.length > MAX_TRACE_STATE_LEN || (this._internalState = rawTraceState.split(LIST_MEMBERS_SEPARATOR).reduceRight((agg, part) => {
          let listMember = part.trim(), i = listMember.indexOf(LIST_MEMBER_KEY_VALUE_SPLITTER);
          if (i !== -1) {
            let key = listMember.slice(0, i), value = listMember.slice(i + 1, part.length);
            require_tracestate_validators2.validateKey(key) && require_tracestate_validators2.validateValue(value) && agg.set(key, value);
          }
          return agg;
        }, /* @__PURE__ */ new Map()), this._internalState.size > MAX_TRACE_STATE_ITEMS && (this._internalState = new Map(Array.from(this._internalState.entries()).reverse().slice(0, MAX_TRACE_STATE_ITEMS))));
      }
      _keys() {
        return Array.from(this._internalState.keys()).reverse();
      }
      _clone() {
        let traceState = new TraceStateImpl2();
        return traceState._internalState = new Map(this._internalState), traceState;
      }
    };
    exports.TraceStateImpl = TraceStateImpl;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/utils.cjs
var require_utils2 = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/utils.cjs"(exports) {
    var require_tracestate_impl2 = require_tracestate_impl();
    function createTraceState(rawTraceState) {
      return new require_tracestate_impl2.TraceStateImpl(rawTraceState);
    }
    exports.createTraceState = createTraceState;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.cjs
var require_NoopTracerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.cjs"(exports) {
    var require_NoopTracer2 = require_NoopTracer(), NoopTracerProvider = class {
      getTracer(_name, _version, _options) {
        return new require_NoopTracer2.NoopTracer();
      }
    };
    exports.NoopTracerProvider = NoopTracerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.cjs
var require_ProxyTracerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.cjs"(exports) {
    var require_ProxyTracer2 = require_ProxyTracer(), NOOP_TRACER_PROVIDER = new (require_NoopTracerProvider()).NoopTracerProvider(), ProxyTracerProvider = class {
      /**
      * Get a {@link ProxyTracer}
      */
      getTracer(name, version, options) {
        var _this$getDelegateTrac;
        return (_this$getDelegateTrac = this.getDelegateTracer(name, version, options)) !== null && _this$getDelegateTrac !== void 0 ? _this$getDelegateTrac : new require_ProxyTracer2.ProxyTracer(this, name, version, options);
      }
      getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : NOOP_TRACER_PROVIDER;
      }
      /**
      * Set the delegate tracer provider
      */
      setDelegate(delegate) {
        this._delegate = delegate;
      }
      getDelegateTracer(name, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getTracer(name, version, options);
      }
    };
    exports.ProxyTracerProvider = ProxyTracerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/trace/SamplingResult.cjs
var require_SamplingResult = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/SamplingResult.cjs"(exports) {
    var SamplingDecision = /* @__PURE__ */ (function(SamplingDecision2) {
      return SamplingDecision2[SamplingDecision2.NOT_RECORD = 0] = "NOT_RECORD", SamplingDecision2[SamplingDecision2.RECORD = 1] = "RECORD", SamplingDecision2[SamplingDecision2.RECORD_AND_SAMPLED = 2] = "RECORD_AND_SAMPLED", SamplingDecision2;
    })({});
    exports.SamplingDecision = SamplingDecision;
  }
});

// node_modules/@opentelemetry/api/dist/context-api.cjs
var require_context_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/context-api.cjs"(exports) {
    var context = require_context2().ContextAPI.getInstance();
    exports.context = context;
  }
});

// node_modules/@opentelemetry/api/dist/diag-api.cjs
var require_diag_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag-api.cjs"(exports) {
    var diag = require_diag().DiagAPI.instance();
    exports.diag = diag;
  }
});

// node_modules/@opentelemetry/api/dist/logs/NoopLoggerProvider.cjs
var require_NoopLoggerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/NoopLoggerProvider.cjs"(exports) {
    var require_NoopLogger2 = require_NoopLogger(), NoopLoggerProvider = class {
      getLogger(_name, _version, _options) {
        return new require_NoopLogger2.NoopLogger();
      }
    }, NOOP_LOGGER_PROVIDER = new NoopLoggerProvider();
    exports.NOOP_LOGGER_PROVIDER = NOOP_LOGGER_PROVIDER;
    exports.NoopLoggerProvider = NoopLoggerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/logs/ProxyLogger.cjs
var require_ProxyLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/ProxyLogger.cjs"(exports) {
    var require_NoopLogger2 = require_NoopLogger(), ProxyLogger = class {
      constructor(provider, name, version, options) {
        this._provider = provider, this.name = name, this.version = version, this.options = options;
      }
      /**
      * Emit a log record. This method should only be used by log appenders.
      *
      * @param logRecord
      */
      emit(logRecord) {
        this._getLogger().emit(logRecord);
      }
      enabled(options) {
        return this._getLogger().enabled(options);
      }
      /**
      * Try to get a logger from the proxy logger provider.
      * If the proxy logger provider has no delegate, return a noop logger.
      */
      _getLogger() {
        if (this._delegate) return this._delegate;
        let logger = this._provider._getDelegateLogger(this.name, this.version, this.options);
        return logger ? (this._delegate = logger, this._delegate) : require_NoopLogger2.NOOP_LOGGER;
      }
    };
    exports.ProxyLogger = ProxyLogger;
  }
});

// node_modules/@opentelemetry/api/dist/logs/ProxyLoggerProvider.cjs
var require_ProxyLoggerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/ProxyLoggerProvider.cjs"(exports) {
    var require_NoopLoggerProvider2 = require_NoopLoggerProvider(), require_ProxyLogger2 = require_ProxyLogger(), ProxyLoggerProvider = class {
      getLogger(name, version, options) {
        var _this$_getDelegateLog;
        return (_this$_getDelegateLog = this._getDelegateLogger(name, version, options)) !== null && _this$_getDelegateLog !== void 0 ? _this$_getDelegateLog : new require_ProxyLogger2.ProxyLogger(this, name, version, options);
      }
      /**
      * Get the delegate logger provider.
      * Used by tests only.
      * @internal
      */
      _getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : require_NoopLoggerProvider2.NOOP_LOGGER_PROVIDER;
      }
      /**
      * Set the delegate logger provider
      * @internal
      */
      _setDelegate(delegate) {
        this._delegate = delegate;
      }
      /**
      * @internal
      */
      _getDelegateLogger(name, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getLogger(name, version, options);
      }
    };
    exports.ProxyLoggerProvider = ProxyLoggerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/api/logs.cjs
var require_logs = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/logs.cjs"(exports) {
    var require_global_utils2 = require_global_utils(), require_diag2 = require_diag(), require_ProxyLoggerProvider2 = require_ProxyLoggerProvider(), API_NAME = "logs", LogsAPI = class LogsAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyLoggerProvider = new require_ProxyLoggerProvider2.ProxyLoggerProvider();
      }
      /** Get the singleton instance of the Logs API */
      static getInstance() {
        return this._instance || (this._instance = new LogsAPI2()), this._instance;
      }
      setGlobalLoggerProvider(provider) {
        let success = require_global_utils2.registerGlobal(API_NAME, provider, require_diag2.DiagAPI.instance());
        return success && this._proxyLoggerProvider._setDelegate(provider), success;
      }
      /**
      * Returns the global logger provider.
      *
      * @returns LoggerProvider
      */
      getLoggerProvider() {
        return require_global_utils2.getGlobal(API_NAME) || this._proxyLoggerProvider;
      }
      /**
      * Returns a Logger, creating one if one with the given name, version,
      * schemaUrl, and attributes is not already created.
      *
      * Getting a Logger may be expensive, especially when `attributes` are
      * provided. Reuse Logger instances where possible instead of calling
      * `getLogger()` on hot paths.
      *
      * @param name The name of the logger or instrumentation library.
      * @param version The version of the logger or instrumentation library.
      * @param options The options of the logger or instrumentation library.
      * @returns {@link Logger}
      */
      getLogger(name, version, options) {
        return this.getLoggerProvider().getLogger(name, version, options);
      }
      /** Remove the global logger provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance()), this._proxyLoggerProvider = new require_ProxyLoggerProvider2.ProxyLoggerProvider();
      }
    };
    exports.LogsAPI = LogsAPI;
  }
});

// node_modules/@opentelemetry/api/dist/logs-api.cjs
var require_logs_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs-api.cjs"(exports) {
    var logs = require_logs().LogsAPI.getInstance();
    exports.logs = logs;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/NoopMeterProvider.cjs
var require_NoopMeterProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/NoopMeterProvider.cjs"(exports) {
    var require_NoopMeter2 = require_NoopMeter(), NoopMeterProvider = class {
      getMeter(_name, _version, _options) {
        return require_NoopMeter2.NOOP_METER;
      }
    }, NOOP_METER_PROVIDER = new NoopMeterProvider();
    exports.NOOP_METER_PROVIDER = NOOP_METER_PROVIDER;
    exports.NoopMeterProvider = NoopMeterProvider;
  }
});

// node_modules/@opentelemetry/api/dist/api/metrics.cjs
var require_metrics = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/metrics.cjs"(exports) {
    var require_global_utils2 = require_global_utils(), require_diag2 = require_diag(), require_NoopMeterProvider2 = require_NoopMeterProvider(), API_NAME = "metrics", MetricsAPI = class MetricsAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
      }
      /** Get the singleton instance of the Metrics API */
      static getInstance() {
        return this._instance || (this._instance = new MetricsAPI2()), this._instance;
      }
      /**
      * Set the current global meter provider.
      * Returns true if the meter provider was successfully registered, else false.
      */
      setGlobalMeterProvider(provider) {
        return require_global_utils2.registerGlobal(API_NAME, provider, require_diag2.DiagAPI.instance());
      }
      /**
      * Returns the global meter provider.
      */
      getMeterProvider() {
        return require_global_utils2.getGlobal(API_NAME) || require_NoopMeterProvider2.NOOP_METER_PROVIDER;
      }
      /**
      * Returns a meter from the global meter provider.
      */
      getMeter(name, version, options) {
        return this.getMeterProvider().getMeter(name, version, options);
      }
      /** Remove the global meter provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
    };
    exports.MetricsAPI = MetricsAPI;
  }
});

// node_modules/@opentelemetry/api/dist/metrics-api.cjs
var require_metrics_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics-api.cjs"(exports) {
    var metrics = require_metrics().MetricsAPI.getInstance();
    exports.metrics = metrics;
  }
});

// node_modules/@opentelemetry/api/dist/propagation/NoopTextMapPropagator.cjs
var require_NoopTextMapPropagator = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation/NoopTextMapPropagator.cjs"(exports) {
    var NoopTextMapPropagator = class {
      /** Noop inject function does nothing */
      inject(_context, _carrier) {
      }
      /** Noop extract function does nothing and returns the input context */
      extract(context, _carrier) {
        return context;
      }
      fields() {
        return [];
      }
    };
    exports.NoopTextMapPropagator = NoopTextMapPropagator;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/context-helpers.cjs
var require_context_helpers = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/context-helpers.cjs"(exports) {
    var require_context3 = require_context(), require_context$1 = require_context2(), BAGGAGE_KEY = require_context3.createContextKey("OpenTelemetry Baggage Key");
    function getBaggage(context) {
      return context.getValue(BAGGAGE_KEY) || void 0;
    }
    function getActiveBaggage() {
      return getBaggage(require_context$1.ContextAPI.getInstance().active());
    }
    function setBaggage(context, baggage) {
      return context.setValue(BAGGAGE_KEY, baggage);
    }
    function deleteBaggage(context) {
      return context.deleteValue(BAGGAGE_KEY);
    }
    exports.deleteBaggage = deleteBaggage;
    exports.getActiveBaggage = getActiveBaggage;
    exports.getBaggage = getBaggage;
    exports.setBaggage = setBaggage;
  }
});

// node_modules/@opentelemetry/api/dist/api/propagation.cjs
var require_propagation = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/propagation.cjs"(exports) {
    var require_global_utils2 = require_global_utils(), require_diag2 = require_diag(), require_utils5 = require_utils(), require_TextMapPropagator2 = require_TextMapPropagator(), require_NoopTextMapPropagator2 = require_NoopTextMapPropagator(), require_context_helpers2 = require_context_helpers(), API_NAME = "propagation", NOOP_TEXT_MAP_PROPAGATOR = new require_NoopTextMapPropagator2.NoopTextMapPropagator(), PropagationAPI = class PropagationAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this.createBaggage = require_utils5.createBaggage, this.getBaggage = require_context_helpers2.getBaggage, this.getActiveBaggage = require_context_helpers2.getActiveBaggage, this.setBaggage = require_context_helpers2.setBaggage, this.deleteBaggage = require_context_helpers2.deleteBaggage;
      }
      /** Get the singleton instance of the Propagator API */
      static getInstance() {
        return this._instance || (this._instance = new PropagationAPI2()), this._instance;
      }
      /**
      * Set the current propagator.
      *
      * @returns true if the propagator was successfully registered, else false
      */
      setGlobalPropagator(propagator) {
        return require_global_utils2.registerGlobal(API_NAME, propagator, require_diag2.DiagAPI.instance());
      }
      /**
      * Inject context into a carrier to be propagated inter-process
      *
      * @param context Context carrying tracing data to inject
      * @param carrier carrier to inject context into
      * @param setter Function used to set values on the carrier
      */
      inject(context, carrier, setter = require_TextMapPropagator2.defaultTextMapSetter) {
        return this._getGlobalPropagator().inject(context, carrier, setter);
      }
      /**
      * Extract context from a carrier
      *
      * @param context Context which the newly created context will inherit from
      * @param carrier Carrier to extract context from
      * @param getter Function used to extract keys from a carrier
      */
      extract(context, carrier, getter = require_TextMapPropagator2.defaultTextMapGetter) {
        return this._getGlobalPropagator().extract(context, carrier, getter);
      }
      /**
      * Return a list of all fields which may be used by the propagator.
      */
      fields() {
        return this._getGlobalPropagator().fields();
      }
      /** Remove the global propagator */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
      _getGlobalPropagator() {
        return require_global_utils2.getGlobal(API_NAME) || NOOP_TEXT_MAP_PROPAGATOR;
      }
    };
    exports.PropagationAPI = PropagationAPI;
  }
});

// node_modules/@opentelemetry/api/dist/propagation-api.cjs
var require_propagation_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation-api.cjs"(exports) {
    var propagation = require_propagation().PropagationAPI.getInstance();
    exports.propagation = propagation;
  }
});

// node_modules/@opentelemetry/api/dist/api/trace.cjs
var require_trace = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/trace.cjs"(exports) {
    var require_global_utils2 = require_global_utils(), require_diag2 = require_diag(), require_context_utils2 = require_context_utils(), require_spancontext_utils2 = require_spancontext_utils(), require_ProxyTracerProvider2 = require_ProxyTracerProvider(), API_NAME = "trace", TraceAPI = class TraceAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyTracerProvider = new require_ProxyTracerProvider2.ProxyTracerProvider(), this.wrapSpanContext = require_spancontext_utils2.wrapSpanContext, this.isSpanContextValid = require_spancontext_utils2.isSpanContextValid, this.deleteSpan = require_context_utils2.deleteSpan, this.getSpan = require_context_utils2.getSpan, this.getActiveSpan = require_context_utils2.getActiveSpan, this.getSpanContext = require_context_utils2.getSpanContext, this.setSpan = require_context_utils2.setSpan, this.setSpanContext = require_context_utils2.setSpanContext;
      }
      /** Get the singleton instance of the Trace API */
      static getInstance() {
        return this._instance || (this._instance = new TraceAPI2()), this._instance;
      }
      /**
      * Set the current global tracer.
      *
      * @returns true if the tracer provider was successfully registered, else false
      */
      setGlobalTracerProvider(provider) {
        let success = require_global_utils2.registerGlobal(API_NAME, this._proxyTracerProvider, require_diag2.DiagAPI.instance());
        return success && this._proxyTracerProvider.setDelegate(provider), success;
      }
      /**
      * Returns the global tracer provider.
      */
      getTracerProvider() {
        return require_global_utils2.getGlobal(API_NAME) || this._proxyTracerProvider;
      }
      /**
      * Returns a tracer from the global tracer provider.
      */
      getTracer(name, version) {
        return this.getTracerProvider().getTracer(name, version);
      }
      /** Remove the global tracer provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance()), this._proxyTracerProvider = new require_ProxyTracerProvider2.ProxyTracerProvider();
      }
    };
    exports.TraceAPI = TraceAPI;
  }
});

// node_modules/@opentelemetry/api/dist/trace-api.cjs
var require_trace_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace-api.cjs"(exports) {
    var trace = require_trace().TraceAPI.getInstance();
    exports.trace = trace;
  }
});

// node_modules/@opentelemetry/api/dist/index.cjs
var require_dist = __commonJS({
  "node_modules/@opentelemetry/api/dist/index.cjs"(exports) {
    Object.defineProperties(exports, {
      __esModule: { value: !0 },
      [Symbol.toStringTag]: { value: "Module" }
    });
    var require_types2 = require_types(), require_utils5 = require_utils(), require_context3 = require_context(), require_consoleLogger2 = require_consoleLogger(), require_NoopMeter2 = require_NoopMeter(), require_Metric2 = require_Metric(), require_NoopLogger2 = require_NoopLogger(), require_LogRecord2 = require_LogRecord(), require_TextMapPropagator2 = require_TextMapPropagator(), require_trace_flags2 = require_trace_flags(), require_invalid_span_constants2 = require_invalid_span_constants(), require_spancontext_utils2 = require_spancontext_utils(), require_ProxyTracer2 = require_ProxyTracer(), require_span_kind2 = require_span_kind(), require_status2 = require_status(), require_utils$1 = require_utils2(), require_ProxyTracerProvider2 = require_ProxyTracerProvider(), require_SamplingResult2 = require_SamplingResult(), require_context_api2 = require_context_api(), require_diag_api2 = require_diag_api(), require_logs_api2 = require_logs_api(), require_metrics_api2 = require_metrics_api(), require_propagation_api2 = require_propagation_api(), require_trace_api2 = require_trace_api(), src_default = {
      context: require_context_api2.context,
      diag: require_diag_api2.diag,
      logs: require_logs_api2.logs,
      metrics: require_metrics_api2.metrics,
      propagation: require_propagation_api2.propagation,
      trace: require_trace_api2.trace
    };
    exports.DiagConsoleLogger = require_consoleLogger2.DiagConsoleLogger;
    exports.DiagLogLevel = require_types2.DiagLogLevel;
    exports.INVALID_SPANID = require_invalid_span_constants2.INVALID_SPANID;
    exports.INVALID_SPAN_CONTEXT = require_invalid_span_constants2.INVALID_SPAN_CONTEXT;
    exports.INVALID_TRACEID = require_invalid_span_constants2.INVALID_TRACEID;
    exports.ProxyTracer = require_ProxyTracer2.ProxyTracer;
    exports.ProxyTracerProvider = require_ProxyTracerProvider2.ProxyTracerProvider;
    exports.ROOT_CONTEXT = require_context3.ROOT_CONTEXT;
    exports.SamplingDecision = require_SamplingResult2.SamplingDecision;
    exports.SeverityNumber = require_LogRecord2.SeverityNumber;
    exports.SpanKind = require_span_kind2.SpanKind;
    exports.SpanStatusCode = require_status2.SpanStatusCode;
    exports.TraceFlags = require_trace_flags2.TraceFlags;
    exports.ValueType = require_Metric2.ValueType;
    exports.baggageEntryMetadataFromString = require_utils5.baggageEntryMetadataFromString;
    exports.context = require_context_api2.context;
    exports.createContextKey = require_context3.createContextKey;
    exports.createNoopLogger = require_NoopLogger2.createNoopLogger;
    exports.createNoopMeter = require_NoopMeter2.createNoopMeter;
    exports.createTraceState = require_utils$1.createTraceState;
    exports.default = src_default;
    exports.defaultTextMapGetter = require_TextMapPropagator2.defaultTextMapGetter;
    exports.defaultTextMapSetter = require_TextMapPropagator2.defaultTextMapSetter;
    exports.diag = require_diag_api2.diag;
    exports.isSpanContextValid = require_spancontext_utils2.isSpanContextValid;
    exports.isValidSpanId = require_spancontext_utils2.isValidSpanId;
    exports.isValidTraceId = require_spancontext_utils2.isValidTraceId;
    exports.logs = require_logs_api2.logs;
    exports.metrics = require_metrics_api2.metrics;
    exports.propagation = require_propagation_api2.propagation;
    exports.trace = require_trace_api2.trace;
  }
});

// node_modules/prom-client/lib/metrics/processCpuTotal.js
var require_processCpuTotal = __commonJS({
  "node_modules/prom-client/lib/metrics/processCpuTotal.js"(exports, module) {
    "use strict";
    var OtelApi = require_dist(), Counter2 = require_counter(), PROCESS_CPU_USER_SECONDS = "process_cpu_user_seconds_total", PROCESS_CPU_SYSTEM_SECONDS = "process_cpu_system_seconds_total", PROCESS_CPU_SECONDS = "process_cpu_seconds_total";
    module.exports = (registry2, config = {}) => {
      let registers = registry2 ? [registry2] : void 0, namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, exemplars = config.enableExemplars ? config.enableExemplars : !1, labelNames2 = Object.keys(labels), lastCpuUsage = process.cpuUsage(), cpuUserUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_USER_SECONDS,
        help: "Total user CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames: labelNames2,
        // Use this one metric's `collect` to set all metrics' values.
        collect() {
          let cpuUsage = process.cpuUsage(), userUsageMicros = cpuUsage.user - lastCpuUsage.user, systemUsageMicros = cpuUsage.system - lastCpuUsage.system;
          if (lastCpuUsage = cpuUsage, this.enableExemplars) {
            let exemplarLabels = {}, currentSpan = OtelApi.trace.getSpan(OtelApi.context.active());
            currentSpan && (exemplarLabels = {
              traceId: currentSpan.spanContext().traceId,
              spanId: currentSpan.spanContext().spanId
            }), cpuUserUsageCounter.inc({
              labels,
              value: userUsageMicros / 1e6,
              exemplarLabels
            }), cpuSystemUsageCounter.inc({
              labels,
              value: systemUsageMicros / 1e6,
              exemplarLabels
            }), cpuUsageCounter.inc({
              labels,
              value: (userUsageMicros + systemUsageMicros) / 1e6,
              exemplarLabels
            });
          } else
            cpuUserUsageCounter.inc(labels, userUsageMicros / 1e6), cpuSystemUsageCounter.inc(labels, systemUsageMicros / 1e6), cpuUsageCounter.inc(
              labels,
              (userUsageMicros + systemUsageMicros) / 1e6
            );
        }
      }), cpuSystemUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_SYSTEM_SECONDS,
        help: "Total system CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames: labelNames2
      }), cpuUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_SECONDS,
        help: "Total user and system CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames: labelNames2
      });
    };
    module.exports.metricNames = [
      PROCESS_CPU_USER_SECONDS,
      PROCESS_CPU_SYSTEM_SECONDS,
      PROCESS_CPU_SECONDS
    ];
  }
});

// node_modules/prom-client/lib/metrics/processStartTime.js
var require_processStartTime = __commonJS({
  "node_modules/prom-client/lib/metrics/processStartTime.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), startInSeconds = Math.round(Date.now() / 1e3 - process.uptime()), PROCESS_START_TIME = "process_start_time_seconds";
    module.exports = (registry2, config = {}) => {
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames2 = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_START_TIME,
        help: "Start time of the process since unix epoch in seconds.",
        registers: registry2 ? [registry2] : void 0,
        labelNames: labelNames2,
        aggregator: "omit",
        collect() {
          this.set(labels, startInSeconds);
        }
      });
    };
    module.exports.metricNames = [PROCESS_START_TIME];
  }
});

// node_modules/prom-client/lib/metrics/osMemoryHeapLinux.js
var require_osMemoryHeapLinux = __commonJS({
  "node_modules/prom-client/lib/metrics/osMemoryHeapLinux.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), fs = __require("fs"), values = ["VmSize", "VmRSS", "VmData"], PROCESS_RESIDENT_MEMORY = "process_resident_memory_bytes", PROCESS_VIRTUAL_MEMORY = "process_virtual_memory_bytes", PROCESS_HEAP = "process_heap_bytes";
    function structureOutput(input) {
      return input.split(`
`).reduce((acc, string) => {
        if (!values.some((value2) => string.startsWith(value2)))
          return acc;
        let split = string.split(":"), value = split[1].trim();
        return value = value.substr(0, value.length - 3), value = Number(value) * 1024, acc[split[0]] = value, acc;
      }, {});
    }
    module.exports = (registry2, config = {}) => {
      let registers = registry2 ? [registry2] : void 0, namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames2 = Object.keys(labels), residentMemGauge = new Gauge2({
        name: namePrefix + PROCESS_RESIDENT_MEMORY,
        help: "Resident memory size in bytes.",
        registers,
        labelNames: labelNames2,
        // Use this one metric's `collect` to set all metrics' values.
        collect() {
          try {
            let stat = fs.readFileSync("/proc/self/status", "utf8"), structuredOutput = structureOutput(stat);
            residentMemGauge.set(labels, structuredOutput.VmRSS), virtualMemGauge.set(labels, structuredOutput.VmSize), heapSizeMemGauge.set(labels, structuredOutput.VmData);
          } catch {
          }
        }
      }), virtualMemGauge = new Gauge2({
        name: namePrefix + PROCESS_VIRTUAL_MEMORY,
        help: "Virtual memory size in bytes.",
        registers,
        labelNames: labelNames2
      }), heapSizeMemGauge = new Gauge2({
        name: namePrefix + PROCESS_HEAP,
        help: "Process heap size in bytes.",
        registers,
        labelNames: labelNames2
      });
    };
    module.exports.metricNames = [
      PROCESS_RESIDENT_MEMORY,
      PROCESS_VIRTUAL_MEMORY,
      PROCESS_HEAP
    ];
  }
});

// node_modules/prom-client/lib/metrics/helpers/safeMemoryUsage.js
var require_safeMemoryUsage = __commonJS({
  "node_modules/prom-client/lib/metrics/helpers/safeMemoryUsage.js"(exports, module) {
    "use strict";
    function safeMemoryUsage() {
      try {
        return process.memoryUsage();
      } catch {
        return;
      }
    }
    module.exports = safeMemoryUsage;
  }
});

// node_modules/prom-client/lib/metrics/osMemoryHeap.js
var require_osMemoryHeap = __commonJS({
  "node_modules/prom-client/lib/metrics/osMemoryHeap.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), linuxVariant = require_osMemoryHeapLinux(), safeMemoryUsage = require_safeMemoryUsage(), PROCESS_RESIDENT_MEMORY = "process_resident_memory_bytes";
    function notLinuxVariant(registry2, config = {}) {
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames2 = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_RESIDENT_MEMORY,
        help: "Resident memory size in bytes.",
        registers: registry2 ? [registry2] : void 0,
        labelNames: labelNames2,
        collect() {
          let memUsage = safeMemoryUsage();
          memUsage && this.set(labels, memUsage.rss);
        }
      });
    }
    module.exports = (registry2, config) => process.platform === "linux" ? linuxVariant(registry2, config) : notLinuxVariant(registry2, config);
    module.exports.metricNames = process.platform === "linux" ? linuxVariant.metricNames : [PROCESS_RESIDENT_MEMORY];
  }
});

// node_modules/prom-client/lib/metrics/processOpenFileDescriptors.js
var require_processOpenFileDescriptors = __commonJS({
  "node_modules/prom-client/lib/metrics/processOpenFileDescriptors.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), fs = __require("fs"), process2 = __require("process"), PROCESS_OPEN_FDS = "process_open_fds";
    module.exports = (registry2, config = {}) => {
      if (process2.platform !== "linux")
        return;
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames2 = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_OPEN_FDS,
        help: "Number of open file descriptors.",
        registers: registry2 ? [registry2] : void 0,
        labelNames: labelNames2,
        collect() {
          try {
            let fds = fs.readdirSync("/proc/self/fd");
            this.set(labels, fds.length - 1);
          } catch {
          }
        }
      });
    };
    module.exports.metricNames = [PROCESS_OPEN_FDS];
  }
});

// node_modules/prom-client/lib/metrics/processMaxFileDescriptors.js
var require_processMaxFileDescriptors = __commonJS({
  "node_modules/prom-client/lib/metrics/processMaxFileDescriptors.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), fs = __require("fs"), PROCESS_MAX_FDS = "process_max_fds", maxFds;
    module.exports = (registry2, config = {}) => {
      if (maxFds === void 0)
        try {
          let lines = fs.readFileSync("/proc/self/limits", "utf8").split(`
`);
          for (let line of lines)
            if (line.startsWith("Max open files")) {
              let parts = line.split(/  +/);
              maxFds = Number(parts[1]);
              break;
            }
        } catch {
          return;
        }
      if (maxFds === void 0) return;
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames2 = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_MAX_FDS,
        help: "Maximum number of open file descriptors.",
        registers: registry2 ? [registry2] : void 0,
        labelNames: labelNames2,
        collect() {
          maxFds !== void 0 && this.set(labels, maxFds);
        }
      });
    };
    module.exports.metricNames = [PROCESS_MAX_FDS];
  }
});

// node_modules/prom-client/lib/metrics/eventLoopLag.js
var require_eventLoopLag = __commonJS({
  "node_modules/prom-client/lib/metrics/eventLoopLag.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), perf_hooks;
    try {
      perf_hooks = __require("perf_hooks");
    } catch {
    }
    var NODEJS_EVENTLOOP_LAG = "nodejs_eventloop_lag_seconds", NODEJS_EVENTLOOP_LAG_MIN = "nodejs_eventloop_lag_min_seconds", NODEJS_EVENTLOOP_LAG_MAX = "nodejs_eventloop_lag_max_seconds", NODEJS_EVENTLOOP_LAG_MEAN = "nodejs_eventloop_lag_mean_seconds", NODEJS_EVENTLOOP_LAG_STDDEV = "nodejs_eventloop_lag_stddev_seconds", NODEJS_EVENTLOOP_LAG_P50 = "nodejs_eventloop_lag_p50_seconds", NODEJS_EVENTLOOP_LAG_P90 = "nodejs_eventloop_lag_p90_seconds", NODEJS_EVENTLOOP_LAG_P99 = "nodejs_eventloop_lag_p99_seconds";
    function reportEventloopLag(start, gauge, labels) {
      let delta = process.hrtime(start), seconds = (delta[0] * 1e9 + delta[1]) / 1e9;
      gauge.set(labels, seconds);
    }
    module.exports = (registry2, config = {}) => {
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames2 = Object.keys(labels), registers = registry2 ? [registry2] : void 0, collect = () => {
        let start = process.hrtime();
        setImmediate(reportEventloopLag, start, lag, labels);
      };
      if (perf_hooks && perf_hooks.monitorEventLoopDelay)
        try {
          let histogram = perf_hooks.monitorEventLoopDelay({
            resolution: config.eventLoopMonitoringPrecision
          });
          histogram.enable(), collect = () => {
            let start = process.hrtime();
            setImmediate(reportEventloopLag, start, lag, labels), lagMin.set(labels, histogram.min / 1e9), lagMax.set(labels, histogram.max / 1e9), lagMean.set(labels, histogram.mean / 1e9), lagStddev.set(labels, histogram.stddev / 1e9), lagP50.set(labels, histogram.percentile(50) / 1e9), lagP90.set(labels, histogram.percentile(90) / 1e9), lagP99.set(labels, histogram.percentile(99) / 1e9), histogram.reset();
          };
        } catch (e) {
          if (e.code === "ERR_NOT_IMPLEMENTED")
            return;
          throw e;
        }
      let lag = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG,
        help: "Lag of event loop in seconds.",
        registers,
        labelNames: labelNames2,
        aggregator: "average",
        // Use this one metric's `collect` to set all metrics' values.
        collect
      }), lagMin = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MIN,
        help: "The minimum recorded event loop delay.",
        registers,
        labelNames: labelNames2,
        aggregator: "min"
      }), lagMax = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MAX,
        help: "The maximum recorded event loop delay.",
        registers,
        labelNames: labelNames2,
        aggregator: "max"
      }), lagMean = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MEAN,
        help: "The mean of the recorded event loop delays.",
        registers,
        labelNames: labelNames2,
        aggregator: "average"
      }), lagStddev = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_STDDEV,
        help: "The standard deviation of the recorded event loop delays.",
        registers,
        labelNames: labelNames2,
        aggregator: "average"
      }), lagP50 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P50,
        help: "The 50th percentile of the recorded event loop delays.",
        registers,
        labelNames: labelNames2,
        aggregator: "average"
      }), lagP90 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P90,
        help: "The 90th percentile of the recorded event loop delays.",
        registers,
        labelNames: labelNames2,
        aggregator: "average"
      }), lagP99 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P99,
        help: "The 99th percentile of the recorded event loop delays.",
        registers,
        labelNames: labelNames2,
        aggregator: "average"
      });
    };
    module.exports.metricNames = [
      NODEJS_EVENTLOOP_LAG,
      NODEJS_EVENTLOOP_LAG_MIN,
      NODEJS_EVENTLOOP_LAG_MAX,
      NODEJS_EVENTLOOP_LAG_MEAN,
      NODEJS_EVENTLOOP_LAG_STDDEV,
      NODEJS_EVENTLOOP_LAG_P50,
      NODEJS_EVENTLOOP_LAG_P90,
      NODEJS_EVENTLOOP_LAG_P99
    ];
  }
});

// node_modules/prom-client/lib/metrics/helpers/processMetricsHelpers.js
var require_processMetricsHelpers = __commonJS({
  "node_modules/prom-client/lib/metrics/helpers/processMetricsHelpers.js"(exports, module) {
    "use strict";
    function aggregateByObjectName(list) {
      let data = {};
      for (let i = 0; i < list.length; i++) {
        let listElement = list[i];
        !listElement || typeof listElement.constructor > "u" || (Object.hasOwnProperty.call(data, listElement.constructor.name) ? data[listElement.constructor.name] += 1 : data[listElement.constructor.name] = 1);
      }
      return data;
    }
    function updateMetrics(gauge, data, labels) {
      gauge.reset();
      for (let key in data)
        gauge.set(Object.assign({ type: key }, labels || {}), data[key]);
    }
    module.exports = {
      aggregateByObjectName,
      updateMetrics
    };
  }
});

// node_modules/prom-client/lib/metrics/processHandles.js
var require_processHandles = __commonJS({
  "node_modules/prom-client/lib/metrics/processHandles.js"(exports, module) {
    "use strict";
    var { aggregateByObjectName } = require_processMetricsHelpers(), { updateMetrics } = require_processMetricsHelpers(), Gauge2 = require_gauge(), NODEJS_ACTIVE_HANDLES = "nodejs_active_handles", NODEJS_ACTIVE_HANDLES_TOTAL = "nodejs_active_handles_total";
    module.exports = (registry2, config = {}) => {
      if (typeof process._getActiveHandles != "function")
        return;
      let registers = registry2 ? [registry2] : void 0, namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames2 = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_HANDLES,
        help: "Number of active libuv handles grouped by handle type. Every handle type is C++ class name.",
        labelNames: ["type", ...labelNames2],
        registers,
        collect() {
          let handles = process._getActiveHandles();
          updateMetrics(this, aggregateByObjectName(handles), labels);
        }
      }), new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_HANDLES_TOTAL,
        help: "Total number of active handles.",
        registers,
        labelNames: labelNames2,
        collect() {
          let handles = process._getActiveHandles();
          this.set(labels, handles.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_HANDLES,
      NODEJS_ACTIVE_HANDLES_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/processRequests.js
var require_processRequests = __commonJS({
  "node_modules/prom-client/lib/metrics/processRequests.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), { aggregateByObjectName } = require_processMetricsHelpers(), { updateMetrics } = require_processMetricsHelpers(), NODEJS_ACTIVE_REQUESTS = "nodejs_active_requests", NODEJS_ACTIVE_REQUESTS_TOTAL = "nodejs_active_requests_total";
    module.exports = (registry2, config = {}) => {
      if (typeof process._getActiveRequests != "function")
        return;
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames2 = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_REQUESTS,
        help: "Number of active libuv requests grouped by request type. Every request type is C++ class name.",
        labelNames: ["type", ...labelNames2],
        registers: registry2 ? [registry2] : void 0,
        collect() {
          let requests = process._getActiveRequests();
          updateMetrics(this, aggregateByObjectName(requests), labels);
        }
      }), new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_REQUESTS_TOTAL,
        help: "Total number of active requests.",
        registers: registry2 ? [registry2] : void 0,
        labelNames: labelNames2,
        collect() {
          let requests = process._getActiveRequests();
          this.set(labels, requests.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_REQUESTS,
      NODEJS_ACTIVE_REQUESTS_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/processResources.js
var require_processResources = __commonJS({
  "node_modules/prom-client/lib/metrics/processResources.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), { updateMetrics } = require_processMetricsHelpers(), NODEJS_ACTIVE_RESOURCES = "nodejs_active_resources", NODEJS_ACTIVE_RESOURCES_TOTAL = "nodejs_active_resources_total";
    module.exports = (registry2, config = {}) => {
      if (typeof process.getActiveResourcesInfo != "function")
        return;
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames2 = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_RESOURCES,
        help: "Number of active resources that are currently keeping the event loop alive, grouped by async resource type.",
        labelNames: ["type", ...labelNames2],
        registers: registry2 ? [registry2] : void 0,
        collect() {
          let resources = process.getActiveResourcesInfo(), data = {};
          for (let i = 0; i < resources.length; i++) {
            let resource = resources[i];
            Object.hasOwn(data, resource) ? data[resource] += 1 : data[resource] = 1;
          }
          updateMetrics(this, data, labels);
        }
      }), new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_RESOURCES_TOTAL,
        help: "Total number of active resources.",
        registers: registry2 ? [registry2] : void 0,
        labelNames: labelNames2,
        collect() {
          let resources = process.getActiveResourcesInfo();
          this.set(labels, resources.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_RESOURCES,
      NODEJS_ACTIVE_RESOURCES_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/heapSizeAndUsed.js
var require_heapSizeAndUsed = __commonJS({
  "node_modules/prom-client/lib/metrics/heapSizeAndUsed.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), safeMemoryUsage = require_safeMemoryUsage(), NODEJS_HEAP_SIZE_TOTAL = "nodejs_heap_size_total_bytes", NODEJS_HEAP_SIZE_USED = "nodejs_heap_size_used_bytes", NODEJS_EXTERNAL_MEMORY = "nodejs_external_memory_bytes";
    module.exports = (registry2, config = {}) => {
      if (typeof process.memoryUsage != "function")
        return;
      let labels = config.labels ? config.labels : {}, labelNames2 = Object.keys(labels), registers = registry2 ? [registry2] : void 0, namePrefix = config.prefix ? config.prefix : "", collect = () => {
        let memUsage = safeMemoryUsage();
        memUsage && (heapSizeTotal.set(labels, memUsage.heapTotal), heapSizeUsed.set(labels, memUsage.heapUsed), memUsage.external !== void 0 && externalMemUsed.set(labels, memUsage.external));
      }, heapSizeTotal = new Gauge2({
        name: namePrefix + NODEJS_HEAP_SIZE_TOTAL,
        help: "Process heap size from Node.js in bytes.",
        registers,
        labelNames: labelNames2,
        // Use this one metric's `collect` to set all metrics' values.
        collect
      }), heapSizeUsed = new Gauge2({
        name: namePrefix + NODEJS_HEAP_SIZE_USED,
        help: "Process heap size used from Node.js in bytes.",
        registers,
        labelNames: labelNames2
      }), externalMemUsed = new Gauge2({
        name: namePrefix + NODEJS_EXTERNAL_MEMORY,
        help: "Node.js external memory size in bytes.",
        registers,
        labelNames: labelNames2
      });
    };
    module.exports.metricNames = [
      NODEJS_HEAP_SIZE_TOTAL,
      NODEJS_HEAP_SIZE_USED,
      NODEJS_EXTERNAL_MEMORY
    ];
  }
});

// node_modules/prom-client/lib/metrics/heapSpacesSizeAndUsed.js
var require_heapSpacesSizeAndUsed = __commonJS({
  "node_modules/prom-client/lib/metrics/heapSpacesSizeAndUsed.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), v8 = __require("v8"), METRICS = ["total", "used", "available"], NODEJS_HEAP_SIZE = {};
    METRICS.forEach((metricType) => {
      NODEJS_HEAP_SIZE[metricType] = `nodejs_heap_space_size_${metricType}_bytes`;
    });
    module.exports = (registry2, config = {}) => {
      try {
        v8.getHeapSpaceStatistics();
      } catch (e) {
        if (e.code === "ERR_NOT_IMPLEMENTED")
          return;
        throw e;
      }
      let registers = registry2 ? [registry2] : void 0, namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames2 = ["space", ...Object.keys(labels)], gauges = {};
      METRICS.forEach((metricType) => {
        gauges[metricType] = new Gauge2({
          name: namePrefix + NODEJS_HEAP_SIZE[metricType],
          help: `Process heap space size ${metricType} from Node.js in bytes.`,
          labelNames: labelNames2,
          registers
        });
      }), gauges.total.collect = () => {
        for (let space of v8.getHeapSpaceStatistics()) {
          let spaceName = space.space_name.substr(
            0,
            space.space_name.indexOf("_space")
          );
          gauges.total.set({ space: spaceName, ...labels }, space.space_size), gauges.used.set({ space: spaceName, ...labels }, space.space_used_size), gauges.available.set(
            { space: spaceName, ...labels },
            space.space_available_size
          );
        }
      };
    };
    module.exports.metricNames = Object.values(NODEJS_HEAP_SIZE);
  }
});

// node_modules/prom-client/lib/metrics/version.js
var require_version2 = __commonJS({
  "node_modules/prom-client/lib/metrics/version.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge(), version = process.version, versionSegments = version.slice(1).split(".").map(Number), NODE_VERSION_INFO = "nodejs_version_info";
    module.exports = (registry2, config = {}) => {
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames2 = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODE_VERSION_INFO,
        help: "Node.js version info.",
        labelNames: ["version", "major", "minor", "patch", ...labelNames2],
        registers: registry2 ? [registry2] : void 0,
        aggregator: "first",
        collect() {
          this.labels(
            version,
            versionSegments[0],
            versionSegments[1],
            versionSegments[2],
            ...Object.values(labels)
          ).set(1);
        }
      });
    };
    module.exports.metricNames = [NODE_VERSION_INFO];
  }
});

// node_modules/prom-client/lib/metrics/gc.js
var require_gc = __commonJS({
  "node_modules/prom-client/lib/metrics/gc.js"(exports, module) {
    "use strict";
    var Histogram2 = require_histogram(), perf_hooks;
    try {
      perf_hooks = __require("perf_hooks");
    } catch {
    }
    var NODEJS_GC_DURATION_SECONDS = "nodejs_gc_duration_seconds", DEFAULT_GC_DURATION_BUCKETS = [1e-3, 0.01, 0.1, 1, 2, 5], kinds = [];
    perf_hooks && perf_hooks.constants && (kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MAJOR] = "major", kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MINOR] = "minor", kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_INCREMENTAL] = "incremental", kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_WEAKCB] = "weakcb");
    module.exports = (registry2, config = {}) => {
      if (!perf_hooks)
        return;
      let namePrefix = config.prefix ? config.prefix : "", labels = config.labels ? config.labels : {}, labelNames2 = Object.keys(labels), buckets = config.gcDurationBuckets ? config.gcDurationBuckets : DEFAULT_GC_DURATION_BUCKETS, gcHistogram = new Histogram2({
        name: namePrefix + NODEJS_GC_DURATION_SECONDS,
        help: "Garbage collection duration by kind, one of major, minor, incremental or weakcb.",
        labelNames: ["kind", ...labelNames2],
        enableExemplars: !1,
        buckets,
        registers: registry2 ? [registry2] : void 0
      });
      new perf_hooks.PerformanceObserver((list) => {
        let entry = list.getEntries()[0], kind = entry.detail ? kinds[entry.detail.kind] : kinds[entry.kind];
        gcHistogram.observe(Object.assign({ kind }, labels), entry.duration / 1e3);
      }).observe({ entryTypes: ["gc"] });
    };
    module.exports.metricNames = [NODEJS_GC_DURATION_SECONDS];
  }
});

// node_modules/prom-client/lib/defaultMetrics.js
var require_defaultMetrics = __commonJS({
  "node_modules/prom-client/lib/defaultMetrics.js"(exports, module) {
    "use strict";
    var { isObject } = require_util(), processCpuTotal = require_processCpuTotal(), processStartTime = require_processStartTime(), osMemoryHeap = require_osMemoryHeap(), processOpenFileDescriptors = require_processOpenFileDescriptors(), processMaxFileDescriptors = require_processMaxFileDescriptors(), eventLoopLag = require_eventLoopLag(), processHandles = require_processHandles(), processRequests = require_processRequests(), processResources = require_processResources(), heapSizeAndUsed = require_heapSizeAndUsed(), heapSpacesSizeAndUsed = require_heapSpacesSizeAndUsed(), version = require_version2(), gc = require_gc(), metrics = {
      processCpuTotal,
      processStartTime,
      osMemoryHeap,
      processOpenFileDescriptors,
      processMaxFileDescriptors,
      eventLoopLag,
      ...typeof process.getActiveResourcesInfo == "function" ? { processResources } : {},
      processHandles,
      processRequests,
      heapSizeAndUsed,
      heapSpacesSizeAndUsed,
      version,
      gc
    }, metricsList = Object.keys(metrics);
    module.exports = function(config) {
      if (config != null && !isObject(config))
        throw new TypeError("config must be null, undefined, or an object");
      config = { eventLoopMonitoringPrecision: 10, ...config };
      for (let metric of Object.values(metrics))
        metric(config.register, config);
    };
    module.exports.metricsList = metricsList;
  }
});

// node_modules/prom-client/lib/metricAggregators.js
var require_metricAggregators = __commonJS({
  "node_modules/prom-client/lib/metricAggregators.js"(exports) {
    "use strict";
    var { Grouper, hashObject } = require_util();
    function AggregatorFactory(aggregatorFn) {
      return (metrics) => {
        if (metrics.length === 0) return;
        let result = {
          help: metrics[0].help,
          name: metrics[0].name,
          type: metrics[0].type,
          values: [],
          aggregator: metrics[0].aggregator
        }, byLabels = new Grouper();
        return metrics.forEach((metric) => {
          metric.values.forEach((value) => {
            let key = hashObject(value.labels);
            byLabels.add(`${value.metricName}_${key}`, value);
          });
        }), byLabels.forEach((values) => {
          if (values.length === 0) return;
          let valObj = {
            value: aggregatorFn(values),
            labels: values[0].labels
          };
          values[0].metricName && (valObj.metricName = values[0].metricName), result.values.push(valObj);
        }), result;
      };
    }
    exports.AggregatorFactory = AggregatorFactory;
    exports.aggregators = {
      /**
       * @return The sum of values.
       */
      sum: AggregatorFactory((v) => v.reduce((p, c) => p + c.value, 0)),
      /**
       * @return The first value.
       */
      first: AggregatorFactory((v) => v[0].value),
      /**
       * @return {undefined} Undefined; omits the metric.
       */
      omit: () => {
      },
      /**
       * @return The arithmetic mean of the values.
       */
      average: AggregatorFactory(
        (v) => v.reduce((p, c) => p + c.value, 0) / v.length
      ),
      /**
       * @return The minimum of the values.
       */
      min: AggregatorFactory(
        (v) => v.reduce((p, c) => Math.min(p, c.value), 1 / 0)
      ),
      /**
       * @return The maximum of the values.
       */
      max: AggregatorFactory(
        (v) => v.reduce((p, c) => Math.max(p, c.value), -1 / 0)
      )
    };
  }
});

// node_modules/prom-client/lib/cluster.js
var require_cluster = __commonJS({
  "node_modules/prom-client/lib/cluster.js"(exports, module) {
    "use strict";
    var Registry2 = require_registry(), { Grouper } = require_util(), { aggregators } = require_metricAggregators(), cluster = () => {
      let data = __require("cluster");
      return cluster = () => data, data;
    }, GET_METRICS_REQ = "prom-client:getMetricsReq", GET_METRICS_RES = "prom-client:getMetricsRes", registries = [Registry2.globalRegistry], requestCtr = 0, listenersAdded = !1, requests = /* @__PURE__ */ new Map(), AggregatorRegistry = class extends Registry2 {
      constructor(regContentType = Registry2.PROMETHEUS_CONTENT_TYPE) {
        super(regContentType), addListeners();
      }
      /**
       * Gets aggregated metrics for all workers. The optional callback and
       * returned Promise resolve with the same value; either may be used.
       * @return {Promise<string>} Promise that resolves with the aggregated
       *   metrics.
       */
      clusterMetrics() {
        let requestId2 = requestCtr++;
        return new Promise((resolve2, reject) => {
          let settled = !1;
          function done(err, result) {
            settled || (settled = !0, err ? reject(err) : resolve2(result));
          }
          let request = {
            responses: [],
            pending: 0,
            done,
            errorTimeout: setTimeout(() => {
              let err = new Error("Operation timed out.");
              request.done(err);
            }, 5e3)
          };
          requests.set(requestId2, request);
          let message = {
            type: GET_METRICS_REQ,
            requestId: requestId2
          };
          for (let id in cluster().workers)
            cluster().workers[id].isConnected() && (cluster().workers[id].send(message), request.pending++);
          request.pending === 0 && (clearTimeout(request.errorTimeout), process.nextTick(() => done(null, "")));
        });
      }
      get contentType() {
        return super.contentType;
      }
      /**
       * Creates a new Registry instance from an array of metrics that were
       * created by `registry.getMetricsAsJSON()`. Metrics are aggregated using
       * the method specified by their `aggregator` property, or by summation if
       * `aggregator` is undefined.
       * @param {Array} metricsArr Array of metrics, each of which created by
       *   `registry.getMetricsAsJSON()`.
       * @param {string} registryType content type of the new registry. Defaults
       * to PROMETHEUS_CONTENT_TYPE.
       * @return {Registry} aggregated registry.
       */
      static aggregate(metricsArr, registryType = Registry2.PROMETHEUS_CONTENT_TYPE) {
        let aggregatedRegistry = new Registry2(), metricsByName = new Grouper();
        return aggregatedRegistry.setContentType(registryType), metricsArr.forEach((metrics) => {
          metrics.forEach((metric) => {
            metricsByName.add(metric.name, metric);
          });
        }), metricsByName.forEach((metrics) => {
          let aggregatorName = metrics[0].aggregator, aggregatorFn = aggregators[aggregatorName];
          if (typeof aggregatorFn != "function")
            throw new Error(`'${aggregatorName}' is not a defined aggregator.`);
          let aggregatedMetric = aggregatorFn(metrics);
          if (aggregatedMetric) {
            let aggregatedMetricWrapper = Object.assign(
              {
                get: () => aggregatedMetric
              },
              aggregatedMetric
            );
            aggregatedRegistry.registerMetric(aggregatedMetricWrapper);
          }
        }), aggregatedRegistry;
      }
      /**
       * Sets the registry or registries to be aggregated. Call from workers to
       * use a registry/registries other than the default global registry.
       * @param {Array<Registry>|Registry} regs Registry or registries to be
       *   aggregated.
       * @return {void}
       */
      static setRegistries(regs) {
        Array.isArray(regs) || (regs = [regs]), regs.forEach((reg) => {
          if (!(reg instanceof Registry2))
            throw new TypeError(`Expected Registry, got ${typeof reg}`);
        }), registries = regs;
      }
    };
    function addListeners() {
      listenersAdded || (listenersAdded = !0, cluster().isMaster && cluster().on("message", (worker, message) => {
        if (message.type === GET_METRICS_RES) {
          let request = requests.get(message.requestId);
          if (message.error) {
            request.done(new Error(message.error));
            return;
          }
          if (message.metrics.forEach((registry2) => request.responses.push(registry2)), request.pending--, request.pending === 0) {
            requests.delete(message.requestId), clearTimeout(request.errorTimeout);
            let promString = AggregatorRegistry.aggregate(request.responses).metrics();
            request.done(null, promString);
          }
        }
      }), cluster().isWorker && process.on("message", (message) => {
        message.type === GET_METRICS_REQ && Promise.all(registries.map((r) => r.getMetricsAsJSON())).then((metrics) => {
          process.send({
            type: GET_METRICS_RES,
            requestId: message.requestId,
            metrics
          });
        }).catch((error) => {
          process.send({
            type: GET_METRICS_RES,
            requestId: message.requestId,
            error: error.message
          });
        });
      }));
    }
    module.exports = AggregatorRegistry;
  }
});

// node_modules/prom-client/index.js
var require_prom_client = __commonJS({
  "node_modules/prom-client/index.js"(exports) {
    "use strict";
    exports.register = require_registry().globalRegistry;
    exports.Registry = require_registry();
    Object.defineProperty(exports, "contentType", {
      configurable: !1,
      enumerable: !0,
      get() {
        return exports.register.contentType;
      },
      set(value) {
        exports.register.setContentType(value);
      }
    });
    exports.prometheusContentType = exports.Registry.PROMETHEUS_CONTENT_TYPE;
    exports.openMetricsContentType = exports.Registry.OPENMETRICS_CONTENT_TYPE;
    exports.validateMetricName = require_validation().validateMetricName;
    exports.Counter = require_counter();
    exports.Gauge = require_gauge();
    exports.Histogram = require_histogram();
    exports.Summary = require_summary();
    exports.Pushgateway = require_pushgateway();
    exports.linearBuckets = require_bucketGenerators().linearBuckets;
    exports.exponentialBuckets = require_bucketGenerators().exponentialBuckets;
    exports.collectDefaultMetrics = require_defaultMetrics();
    exports.aggregators = require_metricAggregators().aggregators;
    exports.AggregatorRegistry = require_cluster();
  }
});

// node_modules/@ioredis/commands/built/commands.json
var require_commands = __commonJS({
  "node_modules/@ioredis/commands/built/commands.json"(exports, module) {
    module.exports = {
      vadd: {
        arity: -5,
        flags: [
          "write",
          "denyoom",
          "module"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vcard: {
        arity: 2,
        flags: [
          "readonly",
          "module",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vdim: {
        arity: 2,
        flags: [
          "readonly",
          "module",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vemb: {
        arity: -3,
        flags: [
          "readonly",
          "module",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vgetattr: {
        arity: 3,
        flags: [
          "readonly",
          "module",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vinfo: {
        arity: 2,
        flags: [
          "readonly",
          "module",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vismember: {
        arity: 3,
        flags: [
          "readonly",
          "module"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vlinks: {
        arity: -3,
        flags: [
          "readonly",
          "module",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vrandmember: {
        arity: -2,
        flags: [
          "readonly",
          "module"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vrange: {
        arity: -4,
        flags: [
          "readonly",
          "module"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vrem: {
        arity: 3,
        flags: [
          "write",
          "module"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vsetattr: {
        arity: 4,
        flags: [
          "write",
          "module",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vsim: {
        arity: -4,
        flags: [
          "readonly",
          "module"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      acl: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      append: {
        arity: 3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arcount: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      ardel: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      ardelrange: {
        arity: -4,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arget: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      argetrange: {
        arity: 4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      argrep: {
        arity: -6,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arinfo: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arinsert: {
        arity: -3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arlastitems: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arlen: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      armget: {
        arity: -3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      armset: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arnext: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arop: {
        arity: -5,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arring: {
        arity: -4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arscan: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arseek: {
        arity: 3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arset: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      asking: {
        arity: 1,
        flags: [
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      auth: {
        arity: -2,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "no_auth",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      bgrewriteaof: {
        arity: 1,
        flags: [
          "admin",
          "noscript",
          "no_async_loading"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      bgsave: {
        arity: -1,
        flags: [
          "admin",
          "noscript",
          "no_async_loading"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      bitcount: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      bitfield: {
        arity: -2,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      bitfield_ro: {
        arity: -2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      bitop: {
        arity: -4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 2,
        keyStop: -1,
        step: 1
      },
      bitpos: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      blmove: {
        arity: 6,
        flags: [
          "write",
          "denyoom",
          "noscript",
          "blocking"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      blmpop: {
        arity: -5,
        flags: [
          "write",
          "blocking",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      blpop: {
        arity: -3,
        flags: [
          "write",
          "noscript",
          "blocking"
        ],
        keyStart: 1,
        keyStop: -2,
        step: 1
      },
      brpop: {
        arity: -3,
        flags: [
          "write",
          "noscript",
          "blocking"
        ],
        keyStart: 1,
        keyStop: -2,
        step: 1
      },
      brpoplpush: {
        arity: 4,
        flags: [
          "write",
          "denyoom",
          "noscript",
          "blocking"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      bzmpop: {
        arity: -5,
        flags: [
          "write",
          "blocking",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      bzpopmax: {
        arity: -3,
        flags: [
          "write",
          "noscript",
          "blocking",
          "fast"
        ],
        keyStart: 1,
        keyStop: -2,
        step: 1
      },
      bzpopmin: {
        arity: -3,
        flags: [
          "write",
          "noscript",
          "blocking",
          "fast"
        ],
        keyStart: 1,
        keyStop: -2,
        step: 1
      },
      client: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      cluster: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      command: {
        arity: -1,
        flags: [
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      config: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      copy: {
        arity: -3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      dbsize: {
        arity: 1,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      debug: {
        arity: -2,
        flags: [
          "admin",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      decr: {
        arity: 2,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      decrby: {
        arity: 3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      del: {
        arity: -2,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      discard: {
        arity: 1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      dump: {
        arity: 2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      echo: {
        arity: 2,
        flags: [
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      eval: {
        arity: -3,
        flags: [
          "noscript",
          "stale",
          "skip_monitor",
          "no_mandatory_keys",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      eval_ro: {
        arity: -3,
        flags: [
          "readonly",
          "noscript",
          "stale",
          "skip_monitor",
          "no_mandatory_keys",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      evalsha: {
        arity: -3,
        flags: [
          "noscript",
          "stale",
          "skip_monitor",
          "no_mandatory_keys",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      evalsha_ro: {
        arity: -3,
        flags: [
          "readonly",
          "noscript",
          "stale",
          "skip_monitor",
          "no_mandatory_keys",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      exec: {
        arity: 1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "skip_slowlog"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      exists: {
        arity: -2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      expire: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      expireat: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      expiretime: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      failover: {
        arity: -1,
        flags: [
          "admin",
          "noscript",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      fcall: {
        arity: -3,
        flags: [
          "noscript",
          "stale",
          "skip_monitor",
          "no_mandatory_keys",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      fcall_ro: {
        arity: -3,
        flags: [
          "readonly",
          "noscript",
          "stale",
          "skip_monitor",
          "no_mandatory_keys",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      flushall: {
        arity: -1,
        flags: [
          "write"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      flushdb: {
        arity: -1,
        flags: [
          "write"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      function: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      geoadd: {
        arity: -5,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      geodist: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      geohash: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      geopos: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      georadius: {
        arity: -6,
        flags: [
          "write",
          "denyoom",
          "movablekeys"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      georadius_ro: {
        arity: -6,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      georadiusbymember: {
        arity: -5,
        flags: [
          "write",
          "denyoom",
          "movablekeys"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      georadiusbymember_ro: {
        arity: -5,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      geosearch: {
        arity: -7,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      geosearchstore: {
        arity: -8,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      get: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      getbit: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      getdel: {
        arity: 2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      getex: {
        arity: -2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      getrange: {
        arity: 4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      getset: {
        arity: 3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hdel: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hello: {
        arity: -1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "no_auth",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      hexists: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hexpire: {
        arity: -6,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hexpireat: {
        arity: -6,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hexpiretime: {
        arity: -5,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hget: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hgetall: {
        arity: 2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hgetdel: {
        arity: -5,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hgetex: {
        arity: -5,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hincrby: {
        arity: 4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hincrbyfloat: {
        arity: 4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hkeys: {
        arity: 2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hlen: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hmget: {
        arity: -3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hmset: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hpersist: {
        arity: -5,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hpexpire: {
        arity: -6,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hpexpireat: {
        arity: -6,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hpexpiretime: {
        arity: -5,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hpttl: {
        arity: -5,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hrandfield: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hscan: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hset: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hsetex: {
        arity: -6,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hsetnx: {
        arity: 4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hstrlen: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      httl: {
        arity: -5,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hvals: {
        arity: 2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      incr: {
        arity: 2,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      incrby: {
        arity: 3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      incrbyfloat: {
        arity: 3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      increx: {
        arity: -2,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      info: {
        arity: -1,
        flags: [
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      keys: {
        arity: 2,
        flags: [
          "readonly"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      lastsave: {
        arity: 1,
        flags: [
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      latency: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      lcs: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      lindex: {
        arity: 3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      linsert: {
        arity: 5,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      llen: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      lmove: {
        arity: 5,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      lmpop: {
        arity: -4,
        flags: [
          "write",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      lolwut: {
        arity: -1,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      lpop: {
        arity: -2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      lpos: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      lpush: {
        arity: -3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      lpushx: {
        arity: -3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      lrange: {
        arity: 4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      lrem: {
        arity: 4,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      lset: {
        arity: 4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      ltrim: {
        arity: 4,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      memory: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      mget: {
        arity: -2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      migrate: {
        arity: -6,
        flags: [
          "write",
          "movablekeys"
        ],
        keyStart: 3,
        keyStop: 3,
        step: 1
      },
      module: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      monitor: {
        arity: 1,
        flags: [
          "admin",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      move: {
        arity: 3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      mset: {
        arity: -3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 2
      },
      msetex: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      msetnx: {
        arity: -3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 2
      },
      multi: {
        arity: 1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      object: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      persist: {
        arity: 2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      pexpire: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      pexpireat: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      pexpiretime: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      pfadd: {
        arity: -2,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      pfcount: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      pfdebug: {
        arity: 3,
        flags: [
          "write",
          "denyoom",
          "admin"
        ],
        keyStart: 2,
        keyStop: 2,
        step: 1
      },
      pfmerge: {
        arity: -2,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      pfselftest: {
        arity: 1,
        flags: [
          "admin"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      ping: {
        arity: -1,
        flags: [
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      psetex: {
        arity: 4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      psubscribe: {
        arity: -2,
        flags: [
          "pubsub",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      psync: {
        arity: -3,
        flags: [
          "admin",
          "noscript",
          "no_async_loading",
          "no_multi"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      pttl: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      publish: {
        arity: 3,
        flags: [
          "pubsub",
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      pubsub: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      punsubscribe: {
        arity: -1,
        flags: [
          "pubsub",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      quit: {
        arity: -1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "no_auth",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      randomkey: {
        arity: 1,
        flags: [
          "readonly"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      readonly: {
        arity: 1,
        flags: [
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      readwrite: {
        arity: 1,
        flags: [
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      rename: {
        arity: 3,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      renamenx: {
        arity: 3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      replconf: {
        arity: -1,
        flags: [
          "admin",
          "noscript",
          "loading",
          "stale",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      replicaof: {
        arity: 3,
        flags: [
          "admin",
          "noscript",
          "stale",
          "no_async_loading"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      reset: {
        arity: 1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "no_auth",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      restore: {
        arity: -4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      "restore-asking": {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "asking"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      role: {
        arity: 1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      rpop: {
        arity: -2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      rpoplpush: {
        arity: 3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      rpush: {
        arity: -3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      rpushx: {
        arity: -3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      sadd: {
        arity: -3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      save: {
        arity: 1,
        flags: [
          "admin",
          "noscript",
          "no_async_loading",
          "no_multi"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      scan: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      scard: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      script: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      sdiff: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      sdiffstore: {
        arity: -3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      select: {
        arity: 2,
        flags: [
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      set: {
        arity: -3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      setbit: {
        arity: 4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      setex: {
        arity: 4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      setnx: {
        arity: 3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      setrange: {
        arity: 4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      shutdown: {
        arity: -1,
        flags: [
          "admin",
          "noscript",
          "loading",
          "stale",
          "no_multi",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      sinter: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      sintercard: {
        arity: -3,
        flags: [
          "readonly",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      sinterstore: {
        arity: -3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      sismember: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      slaveof: {
        arity: 3,
        flags: [
          "admin",
          "noscript",
          "stale",
          "no_async_loading"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      slowlog: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      smembers: {
        arity: 2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      smismember: {
        arity: -3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      smove: {
        arity: 4,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      sort: {
        arity: -2,
        flags: [
          "write",
          "denyoom",
          "movablekeys"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      sort_ro: {
        arity: -2,
        flags: [
          "readonly",
          "movablekeys"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      spop: {
        arity: -2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      spublish: {
        arity: 3,
        flags: [
          "pubsub",
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      srandmember: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      srem: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      sscan: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      ssubscribe: {
        arity: -2,
        flags: [
          "pubsub",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      strlen: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      subscribe: {
        arity: -2,
        flags: [
          "pubsub",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      substr: {
        arity: 4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      sunion: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      sunionstore: {
        arity: -3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      sunsubscribe: {
        arity: -1,
        flags: [
          "pubsub",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      swapdb: {
        arity: 3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      sync: {
        arity: 1,
        flags: [
          "admin",
          "noscript",
          "no_async_loading",
          "no_multi"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      time: {
        arity: 1,
        flags: [
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      touch: {
        arity: -2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      ttl: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      type: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      unlink: {
        arity: -2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      unsubscribe: {
        arity: -1,
        flags: [
          "pubsub",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      unwatch: {
        arity: 1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      wait: {
        arity: 3,
        flags: [
          "noscript"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      watch: {
        arity: -2,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "allow_busy"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      xack: {
        arity: -4,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xadd: {
        arity: -5,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xautoclaim: {
        arity: -6,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xclaim: {
        arity: -6,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xdel: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xdelex: {
        arity: -5,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xgroup: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      xinfo: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      xlen: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xnack: {
        arity: -7,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xpending: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xrange: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xread: {
        arity: -4,
        flags: [
          "readonly",
          "blocking",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      xreadgroup: {
        arity: -7,
        flags: [
          "write",
          "blocking",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      xrevrange: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xsetid: {
        arity: -3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xtrim: {
        arity: -4,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zadd: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zcard: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zcount: {
        arity: 4,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zdiff: {
        arity: -3,
        flags: [
          "readonly",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      zdiffstore: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "movablekeys"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zincrby: {
        arity: 4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zinter: {
        arity: -3,
        flags: [
          "readonly",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      zintercard: {
        arity: -3,
        flags: [
          "readonly",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      zinterstore: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "movablekeys"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zlexcount: {
        arity: 4,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zmpop: {
        arity: -4,
        flags: [
          "write",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      zmscore: {
        arity: -3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zpopmax: {
        arity: -2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zpopmin: {
        arity: -2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrandmember: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrange: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrangebylex: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrangebyscore: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrangestore: {
        arity: -5,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      zrank: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrem: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zremrangebylex: {
        arity: 4,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zremrangebyrank: {
        arity: 4,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zremrangebyscore: {
        arity: 4,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrevrange: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrevrangebylex: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrevrangebyscore: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrevrank: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zscan: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zscore: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zunion: {
        arity: -3,
        flags: [
          "readonly",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      zunionstore: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "movablekeys"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      }
    };
  }
});

// node_modules/@ioredis/commands/built/index.js
var require_built = __commonJS({
  "node_modules/@ioredis/commands/built/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getKeyIndexes = exports.hasFlag = exports.exists = exports.list = void 0;
    var commands_json_1 = __importDefault(require_commands());
    exports.list = Object.keys(commands_json_1.default);
    var flags = {};
    exports.list.forEach((commandName) => {
      flags[commandName] = commands_json_1.default[commandName].flags.reduce(function(flags2, flag) {
        return flags2[flag] = !0, flags2;
      }, {});
    });
    function exists(commandName, options) {
      return commandName = options?.caseInsensitive ? String(commandName).toLowerCase() : commandName, !!commands_json_1.default[commandName];
    }
    exports.exists = exists;
    function hasFlag(commandName, flag, options) {
      if (commandName = options?.nameCaseInsensitive ? String(commandName).toLowerCase() : commandName, !flags[commandName])
        throw new Error("Unknown command " + commandName);
      return !!flags[commandName][flag];
    }
    exports.hasFlag = hasFlag;
    function getKeyIndexes(commandName, args, options) {
      commandName = options?.nameCaseInsensitive ? String(commandName).toLowerCase() : commandName;
      let command = commands_json_1.default[commandName];
      if (!command)
        throw new Error("Unknown command " + commandName);
      if (!Array.isArray(args))
        throw new Error("Expect args to be an array");
      let keys = [], parseExternalKey = !!(options && options.parseExternalKey), takeDynamicKeys = (args2, startIndex) => {
        let keys2 = [], keyStop = Number(args2[startIndex]);
        for (let i = 0; i < keyStop; i++)
          keys2.push(i + startIndex + 1);
        return keys2;
      }, takeKeyAfterToken = (args2, startIndex, token) => {
        for (let i = startIndex; i < args2.length - 1; i += 1)
          if (String(args2[i]).toLowerCase() === token.toLowerCase())
            return i + 1;
        return null;
      };
      switch (commandName) {
        case "zunionstore":
        case "zinterstore":
        case "zdiffstore":
          keys.push(0, ...takeDynamicKeys(args, 1));
          break;
        case "eval":
        case "evalsha":
        case "eval_ro":
        case "evalsha_ro":
        case "fcall":
        case "fcall_ro":
        case "blmpop":
        case "bzmpop":
          keys.push(...takeDynamicKeys(args, 1));
          break;
        case "sintercard":
        case "lmpop":
        case "zunion":
        case "zinter":
        case "zmpop":
        case "zintercard":
        case "zdiff": {
          keys.push(...takeDynamicKeys(args, 0));
          break;
        }
        case "msetex": {
          let numKeys = Number(args[0]);
          for (let i = 0; i < numKeys; i++)
            keys.push(1 + i * 2);
          break;
        }
        case "georadius": {
          keys.push(0);
          let storeKey = takeKeyAfterToken(args, 5, "STORE");
          storeKey && keys.push(storeKey);
          let distKey = takeKeyAfterToken(args, 5, "STOREDIST");
          distKey && keys.push(distKey);
          break;
        }
        case "georadiusbymember": {
          keys.push(0);
          let storeKey = takeKeyAfterToken(args, 4, "STORE");
          storeKey && keys.push(storeKey);
          let distKey = takeKeyAfterToken(args, 4, "STOREDIST");
          distKey && keys.push(distKey);
          break;
        }
        case "sort":
        case "sort_ro":
          keys.push(0);
          for (let i = 1; i < args.length - 1; i++) {
            let arg = args[i];
            if (typeof arg != "string")
              continue;
            let directive = arg.toUpperCase();
            directive === "GET" ? (i += 1, arg = args[i], arg !== "#" && (parseExternalKey ? keys.push([i, getExternalKeyNameLength(arg)]) : keys.push(i))) : directive === "BY" ? (i += 1, parseExternalKey ? keys.push([i, getExternalKeyNameLength(args[i])]) : keys.push(i)) : directive === "STORE" && (i += 1, keys.push(i));
          }
          break;
        case "migrate":
          if (args[2] === "")
            for (let i = 5; i < args.length - 1; i++) {
              let arg = args[i];
              if (typeof arg == "string" && arg.toUpperCase() === "KEYS") {
                for (let j = i + 1; j < args.length; j++)
                  keys.push(j);
                break;
              }
            }
          else
            keys.push(2);
          break;
        case "xreadgroup":
        case "xread":
          for (let i = commandName === "xread" ? 0 : 3; i < args.length - 1; i++)
            if (String(args[i]).toUpperCase() === "STREAMS") {
              for (let j = i + 1; j <= i + (args.length - 1 - i) / 2; j++)
                keys.push(j);
              break;
            }
          break;
        default:
          if (command.step > 0) {
            let keyStart = command.keyStart - 1, keyStop = command.keyStop > 0 ? command.keyStop : args.length + command.keyStop + 1;
            for (let i = keyStart; i < keyStop; i += command.step)
              keys.push(i);
          }
          break;
      }
      return keys;
    }
    exports.getKeyIndexes = getKeyIndexes;
    function getExternalKeyNameLength(key) {
      typeof key != "string" && (key = String(key));
      let hashPos = key.indexOf("->");
      return hashPos === -1 ? key.length : hashPos;
    }
  }
});

// node_modules/standard-as-callback/built/utils.js
var require_utils3 = __commonJS({
  "node_modules/standard-as-callback/built/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.tryCatch = exports.errorObj = void 0;
    exports.errorObj = { e: {} };
    var tryCatchTarget;
    function tryCatcher(err, val) {
      try {
        let target = tryCatchTarget;
        return tryCatchTarget = null, target.apply(this, arguments);
      } catch (e) {
        return exports.errorObj.e = e, exports.errorObj;
      }
    }
    function tryCatch(fn) {
      return tryCatchTarget = fn, tryCatcher;
    }
    exports.tryCatch = tryCatch;
  }
});

// node_modules/standard-as-callback/built/index.js
var require_built2 = __commonJS({
  "node_modules/standard-as-callback/built/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var utils_1 = require_utils3();
    function throwLater(e) {
      setTimeout(function() {
        throw e;
      }, 0);
    }
    function asCallback(promise, nodeback, options) {
      return typeof nodeback == "function" && promise.then((val) => {
        let ret2;
        options !== void 0 && Object(options).spread && Array.isArray(val) ? ret2 = utils_1.tryCatch(nodeback).apply(void 0, [null].concat(val)) : ret2 = val === void 0 ? utils_1.tryCatch(nodeback)(null) : utils_1.tryCatch(nodeback)(null, val), ret2 === utils_1.errorObj && throwLater(ret2.e);
      }, (cause) => {
        if (!cause) {
          let newReason = new Error(cause + "");
          Object.assign(newReason, { cause }), cause = newReason;
        }
        let ret2 = utils_1.tryCatch(nodeback)(cause);
        ret2 === utils_1.errorObj && throwLater(ret2.e);
      }), promise;
    }
    exports.default = asCallback;
  }
});

// node_modules/redis-errors/lib/old.js
var require_old = __commonJS({
  "node_modules/redis-errors/lib/old.js"(exports, module) {
    "use strict";
    var assert = __require("assert"), util = __require("util");
    function RedisError(message) {
      Object.defineProperty(this, "message", {
        value: message || "",
        configurable: !0,
        writable: !0
      }), Error.captureStackTrace(this, this.constructor);
    }
    util.inherits(RedisError, Error);
    Object.defineProperty(RedisError.prototype, "name", {
      value: "RedisError",
      configurable: !0,
      writable: !0
    });
    function ParserError(message, buffer, offset) {
      assert(buffer), assert.strictEqual(typeof offset, "number"), Object.defineProperty(this, "message", {
        value: message || "",
        configurable: !0,
        writable: !0
      });
      let tmp = Error.stackTraceLimit;
      Error.stackTraceLimit = 2, Error.captureStackTrace(this, this.constructor), Error.stackTraceLimit = tmp, this.offset = offset, this.buffer = buffer;
    }
    util.inherits(ParserError, RedisError);
    Object.defineProperty(ParserError.prototype, "name", {
      value: "ParserError",
      configurable: !0,
      writable: !0
    });
    function ReplyError(message) {
      Object.defineProperty(this, "message", {
        value: message || "",
        configurable: !0,
        writable: !0
      });
      let tmp = Error.stackTraceLimit;
      Error.stackTraceLimit = 2, Error.captureStackTrace(this, this.constructor), Error.stackTraceLimit = tmp;
    }
    util.inherits(ReplyError, RedisError);
    Object.defineProperty(ReplyError.prototype, "name", {
      value: "ReplyError",
      configurable: !0,
      writable: !0
    });
    function AbortError(message) {
      Object.defineProperty(this, "message", {
        value: message || "",
        configurable: !0,
        writable: !0
      }), Error.captureStackTrace(this, this.constructor);
    }
    util.inherits(AbortError, RedisError);
    Object.defineProperty(AbortError.prototype, "name", {
      value: "AbortError",
      configurable: !0,
      writable: !0
    });
    function InterruptError(message) {
      Object.defineProperty(this, "message", {
        value: message || "",
        configurable: !0,
        writable: !0
      }), Error.captureStackTrace(this, this.constructor);
    }
    util.inherits(InterruptError, AbortError);
    Object.defineProperty(InterruptError.prototype, "name", {
      value: "InterruptError",
      configurable: !0,
      writable: !0
    });
    module.exports = {
      RedisError,
      ParserError,
      ReplyError,
      AbortError,
      InterruptError
    };
  }
});

// node_modules/redis-errors/lib/modern.js
var require_modern = __commonJS({
  "node_modules/redis-errors/lib/modern.js"(exports, module) {
    "use strict";
    var assert = __require("assert"), RedisError = class extends Error {
      get name() {
        return this.constructor.name;
      }
    }, ParserError = class extends RedisError {
      constructor(message, buffer, offset) {
        assert(buffer), assert.strictEqual(typeof offset, "number");
        let tmp = Error.stackTraceLimit;
        Error.stackTraceLimit = 2, super(message), Error.stackTraceLimit = tmp, this.offset = offset, this.buffer = buffer;
      }
      get name() {
        return this.constructor.name;
      }
    }, ReplyError = class extends RedisError {
      constructor(message) {
        let tmp = Error.stackTraceLimit;
        Error.stackTraceLimit = 2, super(message), Error.stackTraceLimit = tmp;
      }
      get name() {
        return this.constructor.name;
      }
    }, AbortError = class extends RedisError {
      get name() {
        return this.constructor.name;
      }
    }, InterruptError = class extends AbortError {
      get name() {
        return this.constructor.name;
      }
    };
    module.exports = {
      RedisError,
      ParserError,
      ReplyError,
      AbortError,
      InterruptError
    };
  }
});

// node_modules/redis-errors/index.js
var require_redis_errors = __commonJS({
  "node_modules/redis-errors/index.js"(exports, module) {
    "use strict";
    var Errors = process.version.charCodeAt(1) < 55 && process.version.charCodeAt(2) === 46 ? require_old() : require_modern();
    module.exports = Errors;
  }
});

// node_modules/cluster-key-slot/lib/index.js
var require_lib = __commonJS({
  "node_modules/cluster-key-slot/lib/index.js"(exports, module) {
    var lookup = [
      0,
      4129,
      8258,
      12387,
      16516,
      20645,
      24774,
      28903,
      33032,
      37161,
      41290,
      45419,
      49548,
      53677,
      57806,
      61935,
      4657,
      528,
      12915,
      8786,
      21173,
      17044,
      29431,
      25302,
      37689,
      33560,
      45947,
      41818,
      54205,
      50076,
      62463,
      58334,
      9314,
      13379,
      1056,
      5121,
      25830,
      29895,
      17572,
      21637,
      42346,
      46411,
      34088,
      38153,
      58862,
      62927,
      50604,
      54669,
      13907,
      9842,
      5649,
      1584,
      30423,
      26358,
      22165,
      18100,
      46939,
      42874,
      38681,
      34616,
      63455,
      59390,
      55197,
      51132,
      18628,
      22757,
      26758,
      30887,
      2112,
      6241,
      10242,
      14371,
      51660,
      55789,
      59790,
      63919,
      35144,
      39273,
      43274,
      47403,
      23285,
      19156,
      31415,
      27286,
      6769,
      2640,
      14899,
      10770,
      56317,
      52188,
      64447,
      60318,
      39801,
      35672,
      47931,
      43802,
      27814,
      31879,
      19684,
      23749,
      11298,
      15363,
      3168,
      7233,
      60846,
      64911,
      52716,
      56781,
      44330,
      48395,
      36200,
      40265,
      32407,
      28342,
      24277,
      20212,
      15891,
      11826,
      7761,
      3696,
      65439,
      61374,
      57309,
      53244,
      48923,
      44858,
      40793,
      36728,
      37256,
      33193,
      45514,
      41451,
      53516,
      49453,
      61774,
      57711,
      4224,
      161,
      12482,
      8419,
      20484,
      16421,
      28742,
      24679,
      33721,
      37784,
      41979,
      46042,
      49981,
      54044,
      58239,
      62302,
      689,
      4752,
      8947,
      13010,
      16949,
      21012,
      25207,
      29270,
      46570,
      42443,
      38312,
      34185,
      62830,
      58703,
      54572,
      50445,
      13538,
      9411,
      5280,
      1153,
      29798,
      25671,
      21540,
      17413,
      42971,
      47098,
      34713,
      38840,
      59231,
      63358,
      50973,
      55100,
      9939,
      14066,
      1681,
      5808,
      26199,
      30326,
      17941,
      22068,
      55628,
      51565,
      63758,
      59695,
      39368,
      35305,
      47498,
      43435,
      22596,
      18533,
      30726,
      26663,
      6336,
      2273,
      14466,
      10403,
      52093,
      56156,
      60223,
      64286,
      35833,
      39896,
      43963,
      48026,
      19061,
      23124,
      27191,
      31254,
      2801,
      6864,
      10931,
      14994,
      64814,
      60687,
      56684,
      52557,
      48554,
      44427,
      40424,
      36297,
      31782,
      27655,
      23652,
      19525,
      15522,
      11395,
      7392,
      3265,
      61215,
      65342,
      53085,
      57212,
      44955,
      49082,
      36825,
      40952,
      28183,
      32310,
      20053,
      24180,
      11923,
      16050,
      3793,
      7920
    ], toUTF8Array = function(str) {
      for (var char, i = 0, p = 0, utf8 = [], len = str.length; i < len; i++)
        char = str.charCodeAt(i), char < 128 ? utf8[p++] = char : char < 2048 ? (utf8[p++] = char >> 6 | 192, utf8[p++] = char & 63 | 128) : (char & 64512) === 55296 && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === 56320 ? (char = 65536 + ((char & 1023) << 10) + (str.charCodeAt(++i) & 1023), utf8[p++] = char >> 18 | 240, utf8[p++] = char >> 12 & 63 | 128, utf8[p++] = char >> 6 & 63 | 128, utf8[p++] = char & 63 | 128) : (utf8[p++] = char >> 12 | 224, utf8[p++] = char >> 6 & 63 | 128, utf8[p++] = char & 63 | 128);
      return utf8;
    }, generate = module.exports = function(str) {
      for (var char, i = 0, start = -1, result = 0, resultHash = 0, utf8 = typeof str == "string" ? toUTF8Array(str) : str, len = utf8.length; i < len; ) {
        if (char = utf8[i++], start === -1)
          char === 123 && (start = i);
        else if (char !== 125)
          resultHash = lookup[(char ^ resultHash >> 8) & 255] ^ resultHash << 8;
        else if (i - 1 !== start)
          return resultHash & 16383;
        result = lookup[(char ^ result >> 8) & 255] ^ result << 8;
      }
      return result & 16383;
    };
    module.exports.generateMulti = function(keys) {
      for (var i = 1, len = keys.length, base = generate(keys[0]); i < len; )
        if (generate(keys[i++]) !== base) return -1;
      return base;
    };
  }
});

// node_modules/ioredis/built/utils/defaults.js
var require_defaults = __commonJS({
  "node_modules/ioredis/built/utils/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.defaults = void 0;
    var IS_UNSIGNED_INTEGER = /^(?:0|[1-9]\d*)$/;
    function isNil(value) {
      return value == null;
    }
    function eq(value, other) {
      return value === other || Number.isNaN(value) && Number.isNaN(other);
    }
    function isLength(value) {
      return Number.isSafeInteger(value) && value >= 0;
    }
    function isArrayLike(value) {
      return value != null && typeof value != "function" && isLength(value.length);
    }
    function isObject(value) {
      return value !== null && (typeof value == "object" || typeof value == "function");
    }
    function isIndex(value, length = Number.MAX_SAFE_INTEGER) {
      switch (typeof value) {
        case "number":
          return Number.isInteger(value) && value >= 0 && value < length;
        case "symbol":
          return !1;
        case "string":
          return IS_UNSIGNED_INTEGER.test(value);
      }
    }
    function isIterateeCall(value, index, object) {
      return isObject(object) && (typeof index == "number" && isArrayLike(object) && isIndex(index) && index < object.length || typeof index == "string" && index in object) ? eq(object[index], value) : !1;
    }
    function defaults(object, ...sources) {
      object = Object(object);
      let objectProto = Object.prototype, length = sources.length, guard = length > 2 ? sources[2] : void 0;
      guard && isIterateeCall(sources[0], sources[1], guard) && (length = 1);
      for (let i = 0; i < length; i++) {
        if (isNil(sources[i]))
          continue;
        let source = sources[i];
        for (let key in source) {
          let value = object[key];
          (value === void 0 || !objectProto.hasOwnProperty.call(object, key) && eq(value, objectProto[key])) && (object[key] = source[key]);
        }
      }
      return object;
    }
    exports.defaults = defaults;
  }
});

// node_modules/ioredis/built/utils/isArguments.js
var require_isArguments = __commonJS({
  "node_modules/ioredis/built/utils/isArguments.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.isArguments = void 0;
    function getTag(value) {
      return value == null ? value === void 0 ? "[object Undefined]" : "[object Null]" : Object.prototype.toString.call(value);
    }
    function isArguments(value) {
      return value !== null && typeof value == "object" && getTag(value) === "[object Arguments]";
    }
    exports.isArguments = isArguments;
  }
});

// node_modules/ioredis/built/utils/lodash.js
var require_lodash = __commonJS({
  "node_modules/ioredis/built/utils/lodash.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), Object.defineProperty(o, k2, { enumerable: !0, get: function() {
        return m[k];
      } });
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p) && __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.noop = void 0;
    function noop() {
    }
    exports.noop = noop;
    __exportStar(require_defaults(), exports);
    __exportStar(require_isArguments(), exports);
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3, m = s * 60, h = m * 60, d = h * 24, w = d * 7, y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0)
        return parse(val);
      if (type === "number" && isFinite(val))
        return options.long ? fmtLong(val) : fmtShort(val);
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      if (str = String(str), !(str.length > 100)) {
        var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
          str
        );
        if (match) {
          var n = parseFloat(match[1]), type = (match[2] || "ms").toLowerCase();
          switch (type) {
            case "years":
            case "year":
            case "yrs":
            case "yr":
            case "y":
              return n * y;
            case "weeks":
            case "week":
            case "w":
              return n * w;
            case "days":
            case "day":
            case "d":
              return n * d;
            case "hours":
            case "hour":
            case "hrs":
            case "hr":
            case "h":
              return n * h;
            case "minutes":
            case "minute":
            case "mins":
            case "min":
            case "m":
              return n * m;
            case "seconds":
            case "second":
            case "secs":
            case "sec":
            case "s":
              return n * s;
            case "milliseconds":
            case "millisecond":
            case "msecs":
            case "msec":
            case "ms":
              return n;
            default:
              return;
          }
        }
      }
    }
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      return msAbs >= d ? Math.round(ms / d) + "d" : msAbs >= h ? Math.round(ms / h) + "h" : msAbs >= m ? Math.round(ms / m) + "m" : msAbs >= s ? Math.round(ms / s) + "s" : ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      return msAbs >= d ? plural(ms, msAbs, d, "day") : msAbs >= h ? plural(ms, msAbs, h, "hour") : msAbs >= m ? plural(ms, msAbs, m, "minute") : msAbs >= s ? plural(ms, msAbs, s, "second") : ms + " ms";
    }
    function plural(ms, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug, createDebug.default = createDebug, createDebug.coerce = coerce, createDebug.disable = disable, createDebug.enable = enable, createDebug.enabled = enabled, createDebug.humanize = require_ms(), createDebug.destroy = destroy, Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      }), createDebug.names = [], createDebug.skips = [], createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++)
          hash = (hash << 5) - hash + namespace.charCodeAt(i), hash |= 0;
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime, enableOverride = null, namespacesCache, enabledCache;
        function debug(...args) {
          if (!debug.enabled)
            return;
          let self2 = debug, curr = Number(/* @__PURE__ */ new Date()), ms = curr - (prevTime || curr);
          self2.diff = ms, self2.prev = prevTime, self2.curr = curr, prevTime = curr, args[0] = createDebug.coerce(args[0]), typeof args[0] != "string" && args.unshift("%O");
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%")
              return "%";
            index++;
            let formatter = createDebug.formatters[format];
            if (typeof formatter == "function") {
              let val = args[index];
              match = formatter.call(self2, val), args.splice(index, 1), index--;
            }
            return match;
          }), createDebug.formatArgs.call(self2, args), (self2.log || createDebug.log).apply(self2, args);
        }
        return debug.namespace = namespace, debug.useColors = createDebug.useColors(), debug.color = createDebug.selectColor(namespace), debug.extend = extend, debug.destroy = createDebug.destroy, Object.defineProperty(debug, "enabled", {
          enumerable: !0,
          configurable: !1,
          get: () => enableOverride !== null ? enableOverride : (namespacesCache !== createDebug.namespaces && (namespacesCache = createDebug.namespaces, enabledCache = createDebug.enabled(namespace)), enabledCache),
          set: (v) => {
            enableOverride = v;
          }
        }), typeof createDebug.init == "function" && createDebug.init(debug), debug;
      }
      function extend(namespace, delimiter) {
        let newDebug = createDebug(this.namespace + (typeof delimiter > "u" ? ":" : delimiter) + namespace);
        return newDebug.log = this.log, newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces), createDebug.namespaces = namespaces, createDebug.names = [], createDebug.skips = [];
        let split = (typeof namespaces == "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (let ns of split)
          ns[0] === "-" ? createDebug.skips.push(ns.slice(1)) : createDebug.names.push(ns);
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0, templateIndex = 0, starIndex = -1, matchIndex = 0;
        for (; searchIndex < search.length; )
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*"))
            template[templateIndex] === "*" ? (starIndex = templateIndex, matchIndex = searchIndex, templateIndex++) : (searchIndex++, templateIndex++);
          else if (starIndex !== -1)
            templateIndex = starIndex + 1, matchIndex++, searchIndex = matchIndex;
          else
            return !1;
        for (; templateIndex < template.length && template[templateIndex] === "*"; )
          templateIndex++;
        return templateIndex === template.length;
      }
      function disable() {
        let namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        return createDebug.enable(""), namespaces;
      }
      function enabled(name) {
        for (let skip of createDebug.skips)
          if (matchesTemplate(name, skip))
            return !1;
        for (let ns of createDebug.names)
          if (matchesTemplate(name, ns))
            return !0;
        return !1;
      }
      function coerce(val) {
        return val instanceof Error ? val.stack || val.message : val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      return createDebug.enable(createDebug.load()), createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = !1;
      return () => {
        warned || (warned = !0, console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."));
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window < "u" && window.process && (window.process.type === "renderer" || window.process.__nwjs))
        return !0;
      if (typeof navigator < "u" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/))
        return !1;
      let m;
      return typeof document < "u" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window < "u" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator < "u" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator < "u" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      if (args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff), !this.useColors)
        return;
      let c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      let index = 0, lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        match !== "%%" && (index++, match === "%c" && (lastC = index));
      }), args.splice(lastC, 0, c);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        namespaces ? exports.storage.setItem("debug", namespaces) : exports.storage.removeItem("debug");
      } catch {
      }
    }
    function load() {
      let r;
      try {
        r = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch {
      }
      return !r && typeof process < "u" && "env" in process && (r = process.env.DEBUG), r;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty"), util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      let supportsColor = __require("supports-color");
      supportsColor && (supportsColor.stderr || supportsColor).level >= 2 && (exports.colors = [
        20,
        21,
        26,
        27,
        32,
        33,
        38,
        39,
        40,
        41,
        42,
        43,
        44,
        45,
        56,
        57,
        62,
        63,
        68,
        69,
        74,
        75,
        76,
        77,
        78,
        79,
        80,
        81,
        92,
        93,
        98,
        99,
        112,
        113,
        128,
        129,
        134,
        135,
        148,
        149,
        160,
        161,
        162,
        163,
        164,
        165,
        166,
        167,
        168,
        169,
        170,
        171,
        172,
        173,
        178,
        179,
        184,
        185,
        196,
        197,
        198,
        199,
        200,
        201,
        202,
        203,
        204,
        205,
        206,
        207,
        208,
        209,
        214,
        215,
        220,
        221
      ]);
    } catch {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => /^debug_/i.test(key)).reduce((obj, key) => {
      let prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_, k) => k.toUpperCase()), val = process.env[key];
      return /^(yes|on|true|enabled)$/i.test(val) ? val = !0 : /^(no|off|false|disabled)$/i.test(val) ? val = !1 : val === "null" ? val = null : val = Number(val), obj[prop] = val, obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? !!exports.inspectOpts.colors : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      let { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        let c = this.color, colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c), prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split(`
`).join(`
` + prefix), args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else
        args[0] = getDate() + name + " " + args[0];
    }
    function getDate() {
      return exports.inspectOpts.hideDate ? "" : (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + `
`);
    }
    function save(namespaces) {
      namespaces ? process.env.DEBUG = namespaces : delete process.env.DEBUG;
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      let keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++)
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v) {
      return this.inspectOpts.colors = this.useColors, util.inspect(v, this.inspectOpts).split(`
`).map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v) {
      return this.inspectOpts.colors = this.useColors, util.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    typeof process > "u" || process.type === "renderer" || process.browser === !0 || process.__nwjs ? module.exports = require_browser() : module.exports = require_node();
  }
});

// node_modules/ioredis/built/utils/debug.js
var require_debug = __commonJS({
  "node_modules/ioredis/built/utils/debug.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.genRedactedString = exports.getStringValue = exports.MAX_ARGUMENT_LENGTH = void 0;
    var debug_1 = require_src(), MAX_ARGUMENT_LENGTH = 200;
    exports.MAX_ARGUMENT_LENGTH = MAX_ARGUMENT_LENGTH;
    var NAMESPACE_PREFIX = "ioredis";
    function getStringValue(v) {
      if (v !== null)
        switch (typeof v) {
          case "boolean":
            return;
          case "number":
            return;
          case "object":
            if (Buffer.isBuffer(v))
              return v.toString("hex");
            if (Array.isArray(v))
              return v.join(",");
            try {
              return JSON.stringify(v);
            } catch {
              return;
            }
          case "string":
            return v;
        }
    }
    exports.getStringValue = getStringValue;
    function genRedactedString(str, maxLen) {
      let { length } = str;
      return length <= maxLen ? str : str.slice(0, maxLen) + ' ... <REDACTED full-length="' + length + '">';
    }
    exports.genRedactedString = genRedactedString;
    function genDebugFunction(namespace) {
      let fn = (0, debug_1.default)(`${NAMESPACE_PREFIX}:${namespace}`);
      function wrappedDebug(...args) {
        if (fn.enabled) {
          for (let i = 1; i < args.length; i++) {
            let str = getStringValue(args[i]);
            typeof str == "string" && str.length > MAX_ARGUMENT_LENGTH && (args[i] = genRedactedString(str, MAX_ARGUMENT_LENGTH));
          }
          return fn.apply(null, args);
        }
      }
      return Object.defineProperties(wrappedDebug, {
        namespace: {
          get() {
            return fn.namespace;
          }
        },
        enabled: {
          get() {
            return fn.enabled;
          }
        },
        destroy: {
          get() {
            return fn.destroy;
          }
        },
        log: {
          get() {
            return fn.log;
          },
          set(l) {
            fn.log = l;
          }
        }
      }), wrappedDebug;
    }
    exports.default = genDebugFunction;
  }
});

// node_modules/ioredis/built/constants/TLSProfiles.js
var require_TLSProfiles = __commonJS({
  "node_modules/ioredis/built/constants/TLSProfiles.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var RedisCloudCA = `-----BEGIN CERTIFICATE-----
MIIDTzCCAjegAwIBAgIJAKSVpiDswLcwMA0GCSqGSIb3DQEBBQUAMD4xFjAUBgNV
BAoMDUdhcmFudGlhIERhdGExJDAiBgNVBAMMG1NTTCBDZXJ0aWZpY2F0aW9uIEF1
dGhvcml0eTAeFw0xMzEwMDExMjE0NTVaFw0yMzA5MjkxMjE0NTVaMD4xFjAUBgNV
BAoMDUdhcmFudGlhIERhdGExJDAiBgNVBAMMG1NTTCBDZXJ0aWZpY2F0aW9uIEF1
dGhvcml0eTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBALZqkh/DczWP
JnxnHLQ7QL0T4B4CDKWBKCcisriGbA6ZePWVNo4hfKQC6JrzfR+081NeD6VcWUiz
rmd+jtPhIY4c+WVQYm5PKaN6DT1imYdxQw7aqO5j2KUCEh/cznpLxeSHoTxlR34E
QwF28Wl3eg2vc5ct8LjU3eozWVk3gb7alx9mSA2SgmuX5lEQawl++rSjsBStemY2
BDwOpAMXIrdEyP/cVn8mkvi/BDs5M5G+09j0gfhyCzRWMQ7Hn71u1eolRxwVxgi3
TMn+/vTaFSqxKjgck6zuAYjBRPaHe7qLxHNr1So/Mc9nPy+3wHebFwbIcnUojwbp
4nctkWbjb2cCAwEAAaNQME4wHQYDVR0OBBYEFP1whtcrydmW3ZJeuSoKZIKjze3w
MB8GA1UdIwQYMBaAFP1whtcrydmW3ZJeuSoKZIKjze3wMAwGA1UdEwQFMAMBAf8w
DQYJKoZIhvcNAQEFBQADggEBAG2erXhwRAa7+ZOBs0B6X57Hwyd1R4kfmXcs0rta
lbPpvgULSiB+TCbf3EbhJnHGyvdCY1tvlffLjdA7HJ0PCOn+YYLBA0pTU/dyvrN6
Su8NuS5yubnt9mb13nDGYo1rnt0YRfxN+8DM3fXIVr038A30UlPX2Ou1ExFJT0MZ
uFKY6ZvLdI6/1cbgmguMlAhM+DhKyV6Sr5699LM3zqeI816pZmlREETYkGr91q7k
BpXJu/dtHaGxg1ZGu6w/PCsYGUcECWENYD4VQPd8N32JjOfu6vEgoEAwfPP+3oGp
Z4m3ewACcWOAenqflb+cQYC4PsF7qbXDmRaWrbKntOlZ3n0=
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
MIIGMTCCBBmgAwIBAgICEAAwDQYJKoZIhvcNAQELBQAwajELMAkGA1UEBhMCVVMx
CzAJBgNVBAgMAkNBMQswCQYDVQQHDAJDQTESMBAGA1UECgwJUmVkaXNMYWJzMS0w
KwYDVQQDDCRSZWRpc0xhYnMgUm9vdCBDZXJ0aWZpY2F0ZSBBdXRob3JpdHkwHhcN
MTgwMjI1MTUzNzM3WhcNMjgwMjIzMTUzNzM3WjBfMQswCQYDVQQGEwJVUzELMAkG
A1UECAwCQ0ExEjAQBgNVBAoMCVJlZGlzTGFiczEvMC0GA1UEAwwmUkNQIEludGVy
bWVkaWF0ZSBDZXJ0aWZpY2F0ZSBBdXRob3JpdHkwggIiMA0GCSqGSIb3DQEBAQUA
A4ICDwAwggIKAoICAQDf9dqbxc8Bq7Ctq9rWcxrGNKKHivqLAFpPq02yLPx6fsOv
Tq7GsDChAYBBc4v7Y2Ap9RD5Vs3dIhEANcnolf27QwrG9RMnnvzk8pCvp1o6zSU4
VuOE1W66/O1/7e2rVxyrnTcP7UgK43zNIXu7+tiAqWsO92uSnuMoGPGpeaUm1jym
hjWKtkAwDFSqvHY+XL5qDVBEjeUe+WHkYUg40cAXjusAqgm2hZt29c2wnVrxW25W
P0meNlzHGFdA2AC5z54iRiqj57dTfBTkHoBczQxcyw6hhzxZQ4e5I5zOKjXXEhZN
r0tA3YC14CTabKRus/JmZieyZzRgEy2oti64tmLYTqSlAD78pRL40VNoaSYetXLw
hhNsXCHgWaY6d5bLOc/aIQMAV5oLvZQKvuXAF1IDmhPA+bZbpWipp0zagf1P1H3s
UzsMdn2KM0ejzgotbtNlj5TcrVwpmvE3ktvUAuA+hi3FkVx1US+2Gsp5x4YOzJ7u
P1WPk6ShF0JgnJH2ILdj6kttTWwFzH17keSFICWDfH/+kM+k7Y1v3EXMQXE7y0T9
MjvJskz6d/nv+sQhY04xt64xFMGTnZjlJMzfQNi7zWFLTZnDD0lPowq7l3YiPoTT
t5Xky83lu0KZsZBo0WlWaDG00gLVdtRgVbcuSWxpi5BdLb1kRab66JptWjxwXQID
AQABo4HrMIHoMDoGA1UdHwQzMDEwL6AtoCuGKWh0dHBzOi8vcmwtY2Etc2VydmVy
LnJlZGlzbGFicy5jb20vdjEvY3JsMEYGCCsGAQUFBwEBBDowODA2BggrBgEFBQcw
AYYqaHR0cHM6Ly9ybC1jYS1zZXJ2ZXIucmVkaXNsYWJzLmNvbS92MS9vY3NwMB0G
A1UdDgQWBBQHar5OKvQUpP2qWt6mckzToeCOHDAfBgNVHSMEGDAWgBQi42wH6hM4
L2sujEvLM0/u8lRXTzASBgNVHRMBAf8ECDAGAQH/AgEAMA4GA1UdDwEB/wQEAwIB
hjANBgkqhkiG9w0BAQsFAAOCAgEAirEn/iTsAKyhd+pu2W3Z5NjCko4NPU0EYUbr
AP7+POK2rzjIrJO3nFYQ/LLuC7KCXG+2qwan2SAOGmqWst13Y+WHp44Kae0kaChW
vcYLXXSoGQGC8QuFSNUdaeg3RbMDYFT04dOkqufeWVccoHVxyTSg9eD8LZuHn5jw
7QDLiEECBmIJHk5Eeo2TAZrx4Yx6ufSUX5HeVjlAzqwtAqdt99uCJ/EL8bgpWbe+
XoSpvUv0SEC1I1dCAhCKAvRlIOA6VBcmzg5Am12KzkqTul12/VEFIgzqu0Zy2Jbc
AUPrYVu/+tOGXQaijy7YgwH8P8n3s7ZeUa1VABJHcxrxYduDDJBLZi+MjheUDaZ1
jQRHYevI2tlqeSBqdPKG4zBY5lS0GiAlmuze5oENt0P3XboHoZPHiqcK3VECgTVh
/BkJcuudETSJcZDmQ8YfoKfBzRQNg2sv/hwvUv73Ss51Sco8GEt2lD8uEdib1Q6z
zDT5lXJowSzOD5ZA9OGDjnSRL+2riNtKWKEqvtEG3VBJoBzu9GoxbAc7wIZLxmli
iF5a/Zf5X+UXD3s4TMmy6C4QZJpAA2egsSQCnraWO2ULhh7iXMysSkF/nzVfZn43
iqpaB8++9a37hWq14ZmOv0TJIDz//b2+KC4VFXWQ5W5QC6whsjT+OlG4p5ZYG0jo
616pxqo=
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
MIIFujCCA6KgAwIBAgIJAJ1aTT1lu2ScMA0GCSqGSIb3DQEBCwUAMGoxCzAJBgNV
BAYTAlVTMQswCQYDVQQIDAJDQTELMAkGA1UEBwwCQ0ExEjAQBgNVBAoMCVJlZGlz
TGFiczEtMCsGA1UEAwwkUmVkaXNMYWJzIFJvb3QgQ2VydGlmaWNhdGUgQXV0aG9y
aXR5MB4XDTE4MDIyNTE1MjA0MloXDTM4MDIyMDE1MjA0MlowajELMAkGA1UEBhMC
VVMxCzAJBgNVBAgMAkNBMQswCQYDVQQHDAJDQTESMBAGA1UECgwJUmVkaXNMYWJz
MS0wKwYDVQQDDCRSZWRpc0xhYnMgUm9vdCBDZXJ0aWZpY2F0ZSBBdXRob3JpdHkw
ggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQDLEjXy7YrbN5Waau5cd6g1
G5C2tMmeTpZ0duFAPxNU4oE3RHS5gGiok346fUXuUxbZ6QkuzeN2/2Z+RmRcJhQY
Dm0ZgdG4x59An1TJfnzKKoWj8ISmoHS/TGNBdFzXV7FYNLBuqZouqePI6ReC6Qhl
pp45huV32Q3a6IDrrvx7Wo5ZczEQeFNbCeCOQYNDdTmCyEkHqc2AGo8eoIlSTutT
ULOC7R5gzJVTS0e1hesQ7jmqHjbO+VQS1NAL4/5K6cuTEqUl+XhVhPdLWBXJQ5ag
54qhX4v+ojLzeU1R/Vc6NjMvVtptWY6JihpgplprN0Yh2556ewcXMeturcKgXfGJ
xeYzsjzXerEjrVocX5V8BNrg64NlifzTMKNOOv4fVZszq1SIHR8F9ROrqiOdh8iC
JpUbLpXH9hWCSEO6VRMB2xJoKu3cgl63kF30s77x7wLFMEHiwsQRKxooE1UhgS9K
2sO4TlQ1eWUvFvHSTVDQDlGQ6zu4qjbOpb3Q8bQwoK+ai2alkXVR4Ltxe9QlgYK3
StsnPhruzZGA0wbXdpw0bnM+YdlEm5ffSTpNIfgHeaa7Dtb801FtA71ZlH7A6TaI
SIQuUST9EKmv7xrJyx0W1pGoPOLw5T029aTjnICSLdtV9bLwysrLhIYG5bnPq78B
cS+jZHFGzD7PUVGQD01nOQIDAQABo2MwYTAdBgNVHQ4EFgQUIuNsB+oTOC9rLoxL
yzNP7vJUV08wHwYDVR0jBBgwFoAUIuNsB+oTOC9rLoxLyzNP7vJUV08wDwYDVR0T
AQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAYYwDQYJKoZIhvcNAQELBQADggIBAHfg
z5pMNUAKdMzK1aS1EDdK9yKz4qicILz5czSLj1mC7HKDRy8cVADUxEICis++CsCu
rYOvyCVergHQLREcxPq4rc5Nq1uj6J6649NEeh4WazOOjL4ZfQ1jVznMbGy+fJm3
3Hoelv6jWRG9iqeJZja7/1s6YC6bWymI/OY1e4wUKeNHAo+Vger7MlHV+RuabaX+
hSJ8bJAM59NCM7AgMTQpJCncrcdLeceYniGy5Q/qt2b5mJkQVkIdy4TPGGB+AXDJ
D0q3I/JDRkDUFNFdeW0js7fHdsvCR7O3tJy5zIgEV/o/BCkmJVtuwPYOrw/yOlKj
TY/U7ATAx9VFF6/vYEOMYSmrZlFX+98L6nJtwDqfLB5VTltqZ4H/KBxGE3IRSt9l
FXy40U+LnXzhhW+7VBAvyYX8GEXhHkKU8Gqk1xitrqfBXY74xKgyUSTolFSfFVgj
mcM/X4K45bka+qpkj7Kfv/8D4j6aZekwhN2ly6hhC1SmQ8qjMjpG/mrWOSSHZFmf
ybu9iD2AYHeIOkshIl6xYIa++Q/00/vs46IzAbQyriOi0XxlSMMVtPx0Q3isp+ji
n8Mq9eOuxYOEQ4of8twUkUDd528iwGtEdwf0Q01UyT84S62N8AySl1ZBKXJz6W4F
UhWfa/HQYOAPDdEjNgnVwLI23b8t0TozyCWw7q8h
-----END CERTIFICATE-----

-----BEGIN CERTIFICATE-----
MIIEjzCCA3egAwIBAgIQe55B/ALCKJDZtdNT8kD6hTANBgkqhkiG9w0BAQsFADBM
MSAwHgYDVQQLExdHbG9iYWxTaWduIFJvb3QgQ0EgLSBSMzETMBEGA1UEChMKR2xv
YmFsU2lnbjETMBEGA1UEAxMKR2xvYmFsU2lnbjAeFw0yMjAxMjYxMjAwMDBaFw0y
NTAxMjYwMDAwMDBaMFgxCzAJBgNVBAYTAkJFMRkwFwYDVQQKExBHbG9iYWxTaWdu
IG52LXNhMS4wLAYDVQQDEyVHbG9iYWxTaWduIEF0bGFzIFIzIE9WIFRMUyBDQSAy
MDIyIFEyMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmGmg1LW9b7Lf
8zDD83yBDTEkt+FOxKJZqF4veWc5KZsQj9HfnUS2e5nj/E+JImlGPsQuoiosLuXD
BVBNAMcUFa11buFMGMeEMwiTmCXoXRrXQmH0qjpOfKgYc5gHG3BsRGaRrf7VR4eg
ofNMG9wUBw4/g/TT7+bQJdA4NfE7Y4d5gEryZiBGB/swaX6Jp/8MF4TgUmOWmalK
dZCKyb4sPGQFRTtElk67F7vU+wdGcrcOx1tDcIB0ncjLPMnaFicagl+daWGsKqTh
counQb6QJtYHa91KvCfKWocMxQ7OIbB5UARLPmC4CJ1/f8YFm35ebfzAeULYdGXu
jE9CLor0OwIDAQABo4IBXzCCAVswDgYDVR0PAQH/BAQDAgGGMB0GA1UdJQQWMBQG
CCsGAQUFBwMBBggrBgEFBQcDAjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQW
BBSH5Zq7a7B/t95GfJWkDBpA8HHqdjAfBgNVHSMEGDAWgBSP8Et/qC5FJK5NUPpj
move4t0bvDB7BggrBgEFBQcBAQRvMG0wLgYIKwYBBQUHMAGGImh0dHA6Ly9vY3Nw
Mi5nbG9iYWxzaWduLmNvbS9yb290cjMwOwYIKwYBBQUHMAKGL2h0dHA6Ly9zZWN1
cmUuZ2xvYmFsc2lnbi5jb20vY2FjZXJ0L3Jvb3QtcjMuY3J0MDYGA1UdHwQvMC0w
K6ApoCeGJWh0dHA6Ly9jcmwuZ2xvYmFsc2lnbi5jb20vcm9vdC1yMy5jcmwwIQYD
VR0gBBowGDAIBgZngQwBAgIwDAYKKwYBBAGgMgoBAjANBgkqhkiG9w0BAQsFAAOC
AQEAKRic9/f+nmhQU/wz04APZLjgG5OgsuUOyUEZjKVhNGDwxGTvKhyXGGAMW2B/
3bRi+aElpXwoxu3pL6fkElbX3B0BeS5LoDtxkyiVEBMZ8m+sXbocwlPyxrPbX6mY
0rVIvnuUeBH8X0L5IwfpNVvKnBIilTbcebfHyXkPezGwz7E1yhUULjJFm2bt0SdX
y+4X/WeiiYIv+fTVgZZgl+/2MKIsu/qdBJc3f3TvJ8nz+Eax1zgZmww+RSQWeOj3
15Iw6Z5FX+NwzY/Ab+9PosR5UosSeq+9HhtaxZttXG1nVh+avYPGYddWmiMT90J5
ZgKnO/Fx2hBgTxhOTMYaD312kg==
-----END CERTIFICATE-----

-----BEGIN CERTIFICATE-----
MIIDXzCCAkegAwIBAgILBAAAAAABIVhTCKIwDQYJKoZIhvcNAQELBQAwTDEgMB4G
A1UECxMXR2xvYmFsU2lnbiBSb290IENBIC0gUjMxEzARBgNVBAoTCkdsb2JhbFNp
Z24xEzARBgNVBAMTCkdsb2JhbFNpZ24wHhcNMDkwMzE4MTAwMDAwWhcNMjkwMzE4
MTAwMDAwWjBMMSAwHgYDVQQLExdHbG9iYWxTaWduIFJvb3QgQ0EgLSBSMzETMBEG
A1UEChMKR2xvYmFsU2lnbjETMBEGA1UEAxMKR2xvYmFsU2lnbjCCASIwDQYJKoZI
hvcNAQEBBQADggEPADCCAQoCggEBAMwldpB5BngiFvXAg7aEyiie/QV2EcWtiHL8
RgJDx7KKnQRfJMsuS+FggkbhUqsMgUdwbN1k0ev1LKMPgj0MK66X17YUhhB5uzsT
gHeMCOFJ0mpiLx9e+pZo34knlTifBtc+ycsmWQ1z3rDI6SYOgxXG71uL0gRgykmm
KPZpO/bLyCiR5Z2KYVc3rHQU3HTgOu5yLy6c+9C7v/U9AOEGM+iCK65TpjoWc4zd
QQ4gOsC0p6Hpsk+QLjJg6VfLuQSSaGjlOCZgdbKfd/+RFO+uIEn8rUAVSNECMWEZ
XriX7613t2Saer9fwRPvm2L7DWzgVGkWqQPabumDk3F2xmmFghcCAwEAAaNCMEAw
DgYDVR0PAQH/BAQDAgEGMA8GA1UdEwEB/wQFMAMBAf8wHQYDVR0OBBYEFI/wS3+o
LkUkrk1Q+mOai97i3Ru8MA0GCSqGSIb3DQEBCwUAA4IBAQBLQNvAUKr+yAzv95ZU
RUm7lgAJQayzE4aGKAczymvmdLm6AC2upArT9fHxD4q/c2dKg8dEe3jgr25sbwMp
jjM5RcOO5LlXbKr8EpbsU8Yt5CRsuZRj+9xTaGdWPoO4zzUhw8lo/s7awlOqzJCK
6fBdRoyV3XpYKBovHd7NADdBj+1EbddTKJd+82cEHhXXipa0095MJ6RMG3NzdvQX
mcIfeg7jLQitChws/zyrVQ4PkX4268NXSb7hLi18YIvDQVETI53O9zJrlAGomecs
Mx86OyXShkDOOyyGeMlhLxS67ttVb9+E7gUJTb0o2HLO02JQZR7rkpeDMdmztcpH
WD9f
-----END CERTIFICATE-----`, TLSProfiles = {
      RedisCloudFixed: { ca: RedisCloudCA },
      RedisCloudFlexible: { ca: RedisCloudCA }
    };
    exports.default = TLSProfiles;
  }
});

// node_modules/ioredis/built/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/ioredis/built/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.noop = exports.isArguments = exports.defaults = exports.Debug = exports.getPackageMeta = exports.zipMap = exports.CONNECTION_CLOSED_ERROR_MSG = exports.shuffle = exports.sample = exports.resolveTLSProfile = exports.parseURL = exports.optimizeErrorStack = exports.toArg = exports.convertMapToArray = exports.convertObjectToArray = exports.timeout = exports.packObject = exports.isInt = exports.wrapMultiResult = exports.convertBufferToString = void 0;
    var fs_1 = __require("fs"), path_1 = __require("path"), lodash_1 = require_lodash();
    Object.defineProperty(exports, "defaults", { enumerable: !0, get: function() {
      return lodash_1.defaults;
    } });
    Object.defineProperty(exports, "isArguments", { enumerable: !0, get: function() {
      return lodash_1.isArguments;
    } });
    Object.defineProperty(exports, "noop", { enumerable: !0, get: function() {
      return lodash_1.noop;
    } });
    var debug_1 = require_debug();
    exports.Debug = debug_1.default;
    var TLSProfiles_1 = require_TLSProfiles();
    function convertBufferToString(value, encoding) {
      if (value instanceof Buffer)
        return value.toString(encoding);
      if (Array.isArray(value)) {
        let length = value.length, res = Array(length);
        for (let i = 0; i < length; ++i)
          res[i] = value[i] instanceof Buffer && encoding === "utf8" ? value[i].toString() : convertBufferToString(value[i], encoding);
        return res;
      }
      return value;
    }
    exports.convertBufferToString = convertBufferToString;
    function wrapMultiResult(arr) {
      if (!arr)
        return null;
      let result = [], length = arr.length;
      for (let i = 0; i < length; ++i) {
        let item = arr[i];
        item instanceof Error ? result.push([item]) : result.push([null, item]);
      }
      return result;
    }
    exports.wrapMultiResult = wrapMultiResult;
    function isInt(value) {
      let x = parseFloat(value);
      return !isNaN(value) && (x | 0) === x;
    }
    exports.isInt = isInt;
    function packObject(array) {
      let result = {}, length = array.length;
      for (let i = 1; i < length; i += 2)
        result[array[i - 1]] = array[i];
      return result;
    }
    exports.packObject = packObject;
    function timeout(callback, timeout2) {
      let timer = null, run2 = function() {
        timer && (clearTimeout(timer), timer = null, callback.apply(this, arguments));
      };
      return timer = setTimeout(run2, timeout2, new Error("timeout")), run2;
    }
    exports.timeout = timeout;
    function convertObjectToArray(obj) {
      let result = [], keys = Object.keys(obj);
      for (let i = 0, l = keys.length; i < l; i++)
        result.push(keys[i], obj[keys[i]]);
      return result;
    }
    exports.convertObjectToArray = convertObjectToArray;
    function convertMapToArray(map) {
      let result = [], pos = 0;
      return map.forEach(function(value, key) {
        result[pos] = key, result[pos + 1] = value, pos += 2;
      }), result;
    }
    exports.convertMapToArray = convertMapToArray;
    function toArg(arg) {
      return arg === null || typeof arg > "u" ? "" : String(arg);
    }
    exports.toArg = toArg;
    function optimizeErrorStack(error, friendlyStack, filterPath) {
      let stacks = friendlyStack.split(`
`), lines = "", i;
      for (i = 1; i < stacks.length && stacks[i].indexOf(filterPath) !== -1; ++i)
        ;
      for (let j = i; j < stacks.length; ++j)
        lines += `
` + stacks[j];
      if (error.stack) {
        let pos = error.stack.indexOf(`
`);
        error.stack = error.stack.slice(0, pos) + lines;
      }
      return error;
    }
    exports.optimizeErrorStack = optimizeErrorStack;
    function parseURL(url) {
      if (isInt(url))
        return { port: url };
      let rawUrl = url, hasProtocol = /^rediss?:\/\//i.test(rawUrl), isProtocolRelative = rawUrl.startsWith("//");
      if (rawUrl[0] === "/" && !isProtocolRelative) {
        let qIdx = rawUrl.indexOf("?"), result2 = {
          path: qIdx === -1 ? rawUrl : rawUrl.slice(0, qIdx)
        };
        if (qIdx !== -1) {
          let options2 = {};
          new URLSearchParams(rawUrl.slice(qIdx + 1)).forEach((value, key) => {
            options2[key] = parseURLQueryItem(key, value);
          }), (0, lodash_1.defaults)(result2, options2);
        }
        return result2;
      }
      let parsed;
      hasProtocol ? parsed = new URL(rawUrl) : isProtocolRelative ? parsed = new URL("redis:" + rawUrl) : parsed = new URL("redis://" + rawUrl);
      let options = {};
      parsed.searchParams.forEach((value, key) => {
        options[key] = parseURLQueryItem(key, value);
      });
      let result = {};
      return (parsed.username || parsed.password) && (result.username = decodeURIComponent(parsed.username), result.password = decodeURIComponent(parsed.password)), parsed.pathname && parsed.pathname !== "/" && (hasProtocol || isProtocolRelative ? parsed.pathname.length > 1 && (result.db = parsed.pathname.slice(1)) : result.path = parsed.pathname), parsed.hostname && (result.host = parsed.hostname.replace(/^\[|\]$/g, "")), parsed.port && (result.port = parsed.port), (0, lodash_1.defaults)(result, options), result;
    }
    exports.parseURL = parseURL;
    function parseURLQueryItem(key, value) {
      if (key === "family") {
        let intFamily = Number.parseInt(value, 10);
        if (!Number.isNaN(intFamily))
          return intFamily;
      }
      return value;
    }
    function resolveTLSProfile(options) {
      let tls = options?.tls;
      typeof tls == "string" && (tls = { profile: tls });
      let profile = TLSProfiles_1.default[tls?.profile];
      return profile && (tls = Object.assign({}, profile, tls), delete tls.profile, options = Object.assign({}, options, { tls })), options;
    }
    exports.resolveTLSProfile = resolveTLSProfile;
    function sample(array, from = 0) {
      let length = array.length;
      return from >= length ? null : array[from + Math.floor(Math.random() * (length - from))];
    }
    exports.sample = sample;
    function shuffle(array) {
      let counter = array.length;
      for (; counter > 0; ) {
        let index = Math.floor(Math.random() * counter);
        counter--, [array[counter], array[index]] = [array[index], array[counter]];
      }
      return array;
    }
    exports.shuffle = shuffle;
    exports.CONNECTION_CLOSED_ERROR_MSG = "Connection is closed.";
    function zipMap(keys, values) {
      let map = /* @__PURE__ */ new Map();
      return keys.forEach((key, index) => {
        map.set(key, values[index]);
      }), map;
    }
    exports.zipMap = zipMap;
    var cachedPackageMeta = null;
    async function getPackageMeta() {
      if (cachedPackageMeta)
        return cachedPackageMeta;
      try {
        let filePath = (0, path_1.resolve)(__dirname, "..", "..", "package.json"), data = await fs_1.promises.readFile(filePath, "utf8");
        return cachedPackageMeta = {
          version: JSON.parse(data).version
        }, cachedPackageMeta;
      } catch {
        return cachedPackageMeta = {
          version: "error-fetching-version"
        }, cachedPackageMeta;
      }
    }
    exports.getPackageMeta = getPackageMeta;
  }
});

// node_modules/ioredis/built/utils/argumentParsers.js
var require_argumentParsers = __commonJS({
  "node_modules/ioredis/built/utils/argumentParsers.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.parseBlockOption = exports.parseSecondsArgument = void 0;
    var parseNumberArgument = (arg) => {
      if (typeof arg == "number")
        return arg;
      if (Buffer.isBuffer(arg))
        return parseNumberArgument(arg.toString());
      if (typeof arg == "string") {
        let value = Number(arg);
        return Number.isFinite(value) ? value : void 0;
      }
    }, parseStringArgument = (arg) => {
      if (typeof arg == "string")
        return arg;
      if (Buffer.isBuffer(arg))
        return arg.toString();
    }, parseSecondsArgument = (arg) => {
      let value = parseNumberArgument(arg);
      if (value !== void 0)
        return value <= 0 ? 0 : value * 1e3;
    };
    exports.parseSecondsArgument = parseSecondsArgument;
    var parseBlockOption = (args) => {
      for (let i = 0; i < args.length; i++) {
        let token = parseStringArgument(args[i]);
        if (token && token.toLowerCase() === "block") {
          let duration = parseNumberArgument(args[i + 1]);
          return duration === void 0 ? void 0 : duration <= 0 ? 0 : duration;
        }
      }
      return null;
    };
    exports.parseBlockOption = parseBlockOption;
  }
});

// node_modules/ioredis/built/Command.js
var require_Command = __commonJS({
  "node_modules/ioredis/built/Command.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var commands_1 = require_built(), calculateSlot = require_lib(), standard_as_callback_1 = require_built2(), utils_1 = require_utils4(), argumentParsers_1 = require_argumentParsers(), Command = class _Command {
      /**
       * Creates an instance of Command.
       * @param name Command name
       * @param args An array of command arguments
       * @param options
       * @param callback The callback that handles the response.
       * If omit, the response will be handled via Promise
       */
      constructor(name, args = [], options = {}, callback) {
        if (this.name = name, this.inTransaction = !1, this.isTraced = !1, this.isResolved = !1, this.transformed = !1, this.replyEncoding = options.replyEncoding, this.errorStack = options.errorStack, this.args = args.flat(), this.callback = callback, this.initPromise(), options.keyPrefix) {
          let isBufferKeyPrefix = options.keyPrefix instanceof Buffer, keyPrefixBuffer = isBufferKeyPrefix ? options.keyPrefix : null;
          this._iterateKeys((key) => key instanceof Buffer ? (keyPrefixBuffer === null && (keyPrefixBuffer = Buffer.from(options.keyPrefix)), Buffer.concat([keyPrefixBuffer, key])) : isBufferKeyPrefix ? Buffer.concat([options.keyPrefix, Buffer.from(String(key))]) : options.keyPrefix + key);
        }
        options.readOnly && (this.isReadOnly = !0);
      }
      /**
       * Check whether the command has the flag
       */
      static checkFlag(flagName, commandName) {
        return commandName = commandName.toLowerCase(), !!this.getFlagMap()[flagName][commandName];
      }
      static setArgumentTransformer(name, func) {
        this._transformer.argument[name] = func;
      }
      static setReplyTransformer(name, func) {
        this._transformer.reply[name] = func;
      }
      static getFlagMap() {
        return this.flagMap || (this.flagMap = Object.keys(_Command.FLAGS).reduce((map, flagName) => (map[flagName] = {}, _Command.FLAGS[flagName].forEach((commandName) => {
          map[flagName][commandName] = !0;
        }), map), {})), this.flagMap;
      }
      getSlot() {
        if (typeof this.slot > "u") {
          let key = this.getKeys()[0];
          this.slot = key == null ? null : calculateSlot(key);
        }
        return this.slot;
      }
      getKeys() {
        return this._iterateKeys();
      }
      /**
       * Convert command to writable buffer or string
       */
      toWritable(_socket) {
        let result, commandStr = "*" + (this.args.length + 1) + `\r
$` + Buffer.byteLength(this.name) + `\r
` + this.name + `\r
`;
        if (this.bufferMode) {
          let buffers = new MixedBuffers();
          buffers.push(commandStr);
          for (let i = 0; i < this.args.length; ++i) {
            let arg = this.args[i];
            arg instanceof Buffer ? arg.length === 0 ? buffers.push(`$0\r
\r
`) : (buffers.push("$" + arg.length + `\r
`), buffers.push(arg), buffers.push(`\r
`)) : buffers.push("$" + Buffer.byteLength(arg) + `\r
` + arg + `\r
`);
          }
          result = buffers.toBuffer();
        } else {
          result = commandStr;
          for (let i = 0; i < this.args.length; ++i) {
            let arg = this.args[i];
            result += "$" + Buffer.byteLength(arg) + `\r
` + arg + `\r
`;
          }
        }
        return result;
      }
      stringifyArguments() {
        for (let i = 0; i < this.args.length; ++i) {
          let arg = this.args[i];
          typeof arg == "string" || (arg instanceof Buffer ? this.bufferMode = !0 : this.args[i] = (0, utils_1.toArg)(arg));
        }
      }
      /**
       * Convert buffer/buffer[] to string/string[],
       * and apply reply transformer.
       */
      transformReply(result) {
        this.replyEncoding && (result = (0, utils_1.convertBufferToString)(result, this.replyEncoding));
        let transformer = _Command._transformer.reply[this.name];
        return transformer && (result = transformer(result)), result;
      }
      /**
       * Set the wait time before terminating the attempt to execute a command
       * and generating an error.
       */
      setTimeout(ms) {
        this._commandTimeoutTimer || (this._commandTimeoutTimer = setTimeout(() => {
          this.isResolved || this.reject(new Error("Command timed out"));
        }, ms));
      }
      /**
       * Set a timeout for blocking commands.
       * When the timeout expires, the command resolves with null (matching Redis behavior).
       * This handles the case of undetectable network failures (e.g., docker network disconnect)
       * where the TCP connection becomes a zombie and no close event fires.
       */
      setBlockingTimeout(ms) {
        if (ms <= 0)
          return;
        this._blockingTimeoutTimer && (clearTimeout(this._blockingTimeoutTimer), this._blockingTimeoutTimer = void 0);
        let now = Date.now();
        this._blockingDeadline === void 0 && (this._blockingDeadline = now + ms);
        let remaining = this._blockingDeadline - now;
        if (remaining <= 0) {
          this.resolve(null);
          return;
        }
        this._blockingTimeoutTimer = setTimeout(() => {
          if (this.isResolved) {
            this._blockingTimeoutTimer = void 0;
            return;
          }
          this._blockingTimeoutTimer = void 0, this.resolve(null);
        }, remaining);
      }
      /**
       * Extract the blocking timeout from the command arguments.
       *
       * @returns The timeout in seconds, null for indefinite blocking (timeout of 0),
       *          or undefined if this is not a blocking command
       */
      extractBlockingTimeout() {
        let args = this.args;
        if (!args || args.length === 0)
          return;
        let name = this.name.toLowerCase();
        if (_Command.checkFlag("LAST_ARG_TIMEOUT_COMMANDS", name))
          return (0, argumentParsers_1.parseSecondsArgument)(args[args.length - 1]);
        if (_Command.checkFlag("FIRST_ARG_TIMEOUT_COMMANDS", name))
          return (0, argumentParsers_1.parseSecondsArgument)(args[0]);
        if (_Command.checkFlag("BLOCK_OPTION_COMMANDS", name))
          return (0, argumentParsers_1.parseBlockOption)(args);
      }
      /**
       * Clear the command and blocking timers
       */
      _clearTimers() {
        let existingTimer = this._commandTimeoutTimer;
        existingTimer && (clearTimeout(existingTimer), delete this._commandTimeoutTimer);
        let blockingTimer = this._blockingTimeoutTimer;
        blockingTimer && (clearTimeout(blockingTimer), delete this._blockingTimeoutTimer);
      }
      initPromise() {
        let promise = new Promise((resolve2, reject) => {
          if (!this.transformed) {
            this.transformed = !0;
            let transformer = _Command._transformer.argument[this.name];
            transformer && (this.args = transformer(this.args)), this.stringifyArguments();
          }
          this.resolve = this._convertValue(resolve2), this.reject = (err) => {
            this._clearTimers(), this.errorStack ? reject((0, utils_1.optimizeErrorStack)(err, this.errorStack.stack, __dirname)) : reject(err);
          };
        });
        this.promise = (0, standard_as_callback_1.default)(promise, this.callback);
      }
      /**
       * Iterate through the command arguments that are considered keys.
       */
      _iterateKeys(transform = (key) => key) {
        if (typeof this.keys > "u" && (this.keys = [], (0, commands_1.exists)(this.name, { caseInsensitive: !0 }))) {
          let keyIndexes = (0, commands_1.getKeyIndexes)(this.name, this.args, {
            nameCaseInsensitive: !0
          });
          for (let index of keyIndexes)
            this.args[index] = transform(this.args[index]), this.keys.push(this.args[index]);
        }
        return this.keys;
      }
      /**
       * Convert the value from buffer to the target encoding.
       */
      _convertValue(resolve2) {
        return (value) => {
          try {
            this._clearTimers(), resolve2(this.transformReply(value)), this.isResolved = !0;
          } catch (err) {
            this.reject(err);
          }
          return this.promise;
        };
      }
    };
    exports.default = Command;
    Command.FLAGS = {
      VALID_IN_SUBSCRIBER_MODE: [
        "subscribe",
        "psubscribe",
        "unsubscribe",
        "punsubscribe",
        "ssubscribe",
        "sunsubscribe",
        "ping",
        "quit"
      ],
      VALID_IN_MONITOR_MODE: ["monitor", "auth"],
      ENTER_SUBSCRIBER_MODE: ["subscribe", "psubscribe", "ssubscribe"],
      EXIT_SUBSCRIBER_MODE: ["unsubscribe", "punsubscribe", "sunsubscribe"],
      WILL_DISCONNECT: ["quit"],
      HANDSHAKE_COMMANDS: ["auth", "select", "client", "readonly", "info"],
      IGNORE_RECONNECT_ON_ERROR: ["client"],
      BLOCKING_COMMANDS: [
        "blpop",
        "brpop",
        "brpoplpush",
        "blmove",
        "bzpopmin",
        "bzpopmax",
        "bzmpop",
        "blmpop",
        "xread",
        "xreadgroup"
      ],
      LAST_ARG_TIMEOUT_COMMANDS: [
        "blpop",
        "brpop",
        "brpoplpush",
        "blmove",
        "bzpopmin",
        "bzpopmax"
      ],
      FIRST_ARG_TIMEOUT_COMMANDS: ["bzmpop", "blmpop"],
      BLOCK_OPTION_COMMANDS: ["xread", "xreadgroup"]
    };
    Command._transformer = {
      argument: {},
      reply: {}
    };
    var msetArgumentTransformer = function(args) {
      if (args.length === 1) {
        if (args[0] instanceof Map)
          return (0, utils_1.convertMapToArray)(args[0]);
        if (typeof args[0] == "object" && args[0] !== null)
          return (0, utils_1.convertObjectToArray)(args[0]);
      }
      return args;
    }, hsetArgumentTransformer = function(args) {
      if (args.length === 2) {
        if (args[1] instanceof Map)
          return [args[0]].concat((0, utils_1.convertMapToArray)(args[1]));
        if (typeof args[1] == "object" && args[1] !== null)
          return [args[0]].concat((0, utils_1.convertObjectToArray)(args[1]));
      }
      return args;
    };
    Command.setArgumentTransformer("mset", msetArgumentTransformer);
    Command.setArgumentTransformer("msetnx", msetArgumentTransformer);
    Command.setArgumentTransformer("hset", hsetArgumentTransformer);
    Command.setArgumentTransformer("hmset", hsetArgumentTransformer);
    Command.setReplyTransformer("hgetall", function(result) {
      if (Array.isArray(result)) {
        let obj = {};
        for (let i = 0; i < result.length; i += 2) {
          let key = result[i], value = result[i + 1];
          key in obj ? Object.defineProperty(obj, key, {
            value,
            configurable: !0,
            enumerable: !0,
            writable: !0
          }) : obj[key] = value;
        }
        return obj;
      }
      return result;
    });
    var MixedBuffers = class {
      constructor() {
        this.length = 0, this.items = [];
      }
      push(x) {
        this.length += Buffer.byteLength(x), this.items.push(x);
      }
      toBuffer() {
        let result = Buffer.allocUnsafe(this.length), offset = 0;
        for (let item of this.items) {
          let length = Buffer.byteLength(item);
          Buffer.isBuffer(item) ? item.copy(result, offset) : result.write(item, offset, length), offset += length;
        }
        return result;
      }
    };
  }
});

// node_modules/ioredis/built/errors/ClusterAllFailedError.js
var require_ClusterAllFailedError = __commonJS({
  "node_modules/ioredis/built/errors/ClusterAllFailedError.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var redis_errors_1 = require_redis_errors(), ClusterAllFailedError = class extends redis_errors_1.RedisError {
      constructor(message, lastNodeError) {
        super(message), this.lastNodeError = lastNodeError, Error.captureStackTrace(this, this.constructor);
      }
      get name() {
        return this.constructor.name;
      }
    };
    exports.default = ClusterAllFailedError;
    ClusterAllFailedError.defaultMessage = "Failed to refresh slots cache.";
  }
});

// node_modules/ioredis/built/ScanStream.js
var require_ScanStream = __commonJS({
  "node_modules/ioredis/built/ScanStream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var stream_1 = __require("stream"), ScanStream = class extends stream_1.Readable {
      constructor(opt) {
        super(opt), this.opt = opt, this._redisCursor = "0", this._redisDrained = !1;
      }
      _read() {
        if (this._redisDrained) {
          this.push(null);
          return;
        }
        let args = [this._redisCursor];
        this.opt.key && args.unshift(this.opt.key), this.opt.match && args.push("MATCH", this.opt.match), this.opt.type && args.push("TYPE", this.opt.type), this.opt.count && args.push("COUNT", String(this.opt.count)), this.opt.noValues && args.push("NOVALUES"), this.opt.redis[this.opt.command](args, (err, res) => {
          if (err) {
            this.emit("error", err);
            return;
          }
          this._redisCursor = res[0] instanceof Buffer ? res[0].toString() : res[0], this._redisCursor === "0" && (this._redisDrained = !0), this.push(res[1]);
        });
      }
      close() {
        this._redisDrained = !0;
      }
    };
    exports.default = ScanStream;
  }
});

// node_modules/ioredis/built/autoPipelining.js
var require_autoPipelining = __commonJS({
  "node_modules/ioredis/built/autoPipelining.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.executeWithAutoPipelining = exports.getFirstValueInFlattenedArray = exports.shouldUseAutoPipelining = exports.notAllowedAutoPipelineCommands = exports.kCallbacks = exports.kExec = void 0;
    var lodash_1 = require_lodash(), calculateSlot = require_lib(), standard_as_callback_1 = require_built2(), commands_1 = require_built();
    exports.kExec = /* @__PURE__ */ Symbol("exec");
    exports.kCallbacks = /* @__PURE__ */ Symbol("callbacks");
    exports.notAllowedAutoPipelineCommands = [
      "auth",
      "info",
      "script",
      "quit",
      "cluster",
      "pipeline",
      "multi",
      "subscribe",
      "psubscribe",
      "unsubscribe",
      "unpsubscribe",
      "select",
      "client"
    ];
    function executeAutoPipeline(client, slotKey) {
      if (client._runningAutoPipelines.has(slotKey) || !client._autoPipelines.has(slotKey))
        return;
      client._runningAutoPipelines.add(slotKey);
      let pipeline = client._autoPipelines.get(slotKey);
      client._autoPipelines.delete(slotKey);
      let callbacks = pipeline[exports.kCallbacks];
      pipeline[exports.kCallbacks] = null, pipeline.exec(function(err, results) {
        if (client._runningAutoPipelines.delete(slotKey), err)
          for (let i = 0; i < callbacks.length; i++)
            process.nextTick(callbacks[i], err);
        else
          for (let i = 0; i < callbacks.length; i++)
            process.nextTick(callbacks[i], ...results[i]);
        client._autoPipelines.has(slotKey) && executeAutoPipeline(client, slotKey);
      });
    }
    function shouldUseAutoPipelining(client, functionName, commandName) {
      return functionName && client.options.enableAutoPipelining && !client.isPipeline && !exports.notAllowedAutoPipelineCommands.includes(commandName) && !client.options.autoPipeliningIgnoredCommands.includes(commandName);
    }
    exports.shouldUseAutoPipelining = shouldUseAutoPipelining;
    function getFirstValueInFlattenedArray(args) {
      for (let i = 0; i < args.length; i++) {
        let arg = args[i];
        if (typeof arg == "string")
          return arg;
        if (Array.isArray(arg) || (0, lodash_1.isArguments)(arg)) {
          if (arg.length === 0)
            continue;
          return arg[0];
        }
        let flattened = [arg].flat();
        if (flattened.length > 0)
          return flattened[0];
      }
    }
    exports.getFirstValueInFlattenedArray = getFirstValueInFlattenedArray;
    function getFirstKeyForCommand(commandName, args) {
      if ((0, commands_1.exists)(commandName, { caseInsensitive: !0 })) {
        let flattenedArgs = args.flat(), keyIndexes = (0, commands_1.getKeyIndexes)(commandName, flattenedArgs, {
          nameCaseInsensitive: !0
        });
        if (keyIndexes.length)
          return flattenedArgs[keyIndexes[0]];
      }
      return getFirstValueInFlattenedArray(args);
    }
    function executeWithAutoPipelining(client, functionName, commandName, args, callback) {
      if (client.isCluster && !client.slots.length)
        return client.status === "wait" && client.connect().catch(lodash_1.noop), (0, standard_as_callback_1.default)(new Promise(function(resolve2, reject) {
          client.delayUntilReady((err) => {
            if (err) {
              reject(err);
              return;
            }
            executeWithAutoPipelining(client, functionName, commandName, args, null).then(resolve2, reject);
          });
        }), callback);
      let prefix = client.options.keyPrefix || "", slotKey = client.isCluster ? client.slots[calculateSlot(`${prefix}${getFirstKeyForCommand(commandName, args)}`)].join(",") : "main";
      if (client.isCluster && client.options.scaleReads !== "master") {
        let isReadOnly = (0, commands_1.exists)(commandName) && (0, commands_1.hasFlag)(commandName, "readonly");
        slotKey += isReadOnly ? ":read" : ":write";
      }
      if (!client._autoPipelines.has(slotKey)) {
        let pipeline2 = client.pipeline();
        pipeline2[exports.kExec] = !1, pipeline2[exports.kCallbacks] = [], client._autoPipelines.set(slotKey, pipeline2);
      }
      let pipeline = client._autoPipelines.get(slotKey);
      pipeline[exports.kExec] || (pipeline[exports.kExec] = !0, setImmediate(executeAutoPipeline, client, slotKey));
      let autoPipelinePromise = new Promise(function(resolve2, reject) {
        pipeline[exports.kCallbacks].push(function(err, value) {
          if (err) {
            reject(err);
            return;
          }
          resolve2(value);
        }), functionName === "call" && args.unshift(commandName), pipeline[functionName](...args);
      });
      return (0, standard_as_callback_1.default)(autoPipelinePromise, callback);
    }
    exports.executeWithAutoPipelining = executeWithAutoPipelining;
  }
});

// node_modules/ioredis/built/Script.js
var require_Script = __commonJS({
  "node_modules/ioredis/built/Script.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var crypto_1 = __require("crypto"), Command_1 = require_Command(), standard_as_callback_1 = require_built2(), Script = class {
      constructor(lua, numberOfKeys = null, keyPrefix = "", readOnly = !1) {
        this.lua = lua, this.numberOfKeys = numberOfKeys, this.keyPrefix = keyPrefix, this.readOnly = readOnly, this.sha = (0, crypto_1.createHash)("sha1").update(lua).digest("hex");
        let sha = this.sha, socketHasScriptLoaded = /* @__PURE__ */ new WeakSet();
        this.Command = class extends Command_1.default {
          toWritable(socket) {
            let origReject = this.reject;
            return this.reject = (err) => {
              err.message.indexOf("NOSCRIPT") !== -1 && socketHasScriptLoaded.delete(socket), origReject.call(this, err);
            }, socketHasScriptLoaded.has(socket) ? this.name === "eval" && (this.name = "evalsha", this.args[0] = sha) : (socketHasScriptLoaded.add(socket), this.name = "eval", this.args[0] = lua), super.toWritable(socket);
          }
        };
      }
      execute(container, args, options, callback) {
        typeof this.numberOfKeys == "number" && args.unshift(this.numberOfKeys), this.keyPrefix && (options.keyPrefix = this.keyPrefix), this.readOnly && (options.readOnly = !0);
        let evalsha = new this.Command("evalsha", [this.sha, ...args], options);
        return evalsha.promise = evalsha.promise.catch((err) => {
          if (err.message.indexOf("NOSCRIPT") === -1)
            throw err;
          let resend = new this.Command("evalsha", [this.sha, ...args], options);
          return (container.isPipeline ? container.redis : container).sendCommand(resend);
        }), (0, standard_as_callback_1.default)(evalsha.promise, callback), container.sendCommand(evalsha);
      }
    };
    exports.default = Script;
  }
});

// node_modules/ioredis/built/utils/Commander.js
var require_Commander = __commonJS({
  "node_modules/ioredis/built/utils/Commander.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var commands_1 = require_built(), autoPipelining_1 = require_autoPipelining(), Command_1 = require_Command(), Script_1 = require_Script(), Commander = class {
      constructor() {
        this.options = {}, this.scriptsSet = {}, this.addedBuiltinSet = /* @__PURE__ */ new Set();
      }
      /**
       * Return supported builtin commands
       */
      getBuiltinCommands() {
        return commands.slice(0);
      }
      /**
       * Create a builtin command
       */
      createBuiltinCommand(commandName) {
        return {
          string: generateFunction(null, commandName, "utf8"),
          buffer: generateFunction(null, commandName, null)
        };
      }
      /**
       * Create add builtin command
       */
      addBuiltinCommand(commandName) {
        this.addedBuiltinSet.add(commandName), this[commandName] = generateFunction(commandName, commandName, "utf8"), this[commandName + "Buffer"] = generateFunction(commandName + "Buffer", commandName, null);
      }
      /**
       * Define a custom command using lua script
       */
      defineCommand(name, definition) {
        let script = new Script_1.default(definition.lua, definition.numberOfKeys, this.options.keyPrefix, definition.readOnly);
        this.scriptsSet[name] = script, this[name] = generateScriptingFunction(name, name, script, "utf8"), this[name + "Buffer"] = generateScriptingFunction(name + "Buffer", name, script, null);
      }
      /**
       * @ignore
       */
      sendCommand(command, stream, node) {
        throw new Error('"sendCommand" is not implemented');
      }
    }, commands = commands_1.list.filter((command) => command !== "monitor");
    commands.push("sentinel");
    commands.forEach(function(commandName) {
      Commander.prototype[commandName] = generateFunction(commandName, commandName, "utf8"), Commander.prototype[commandName + "Buffer"] = generateFunction(commandName + "Buffer", commandName, null);
    });
    Commander.prototype.call = generateFunction("call", "utf8");
    Commander.prototype.callBuffer = generateFunction("callBuffer", null);
    Commander.prototype.send_command = Commander.prototype.call;
    function generateFunction(functionName, _commandName, _encoding) {
      return typeof _encoding > "u" && (_encoding = _commandName, _commandName = null), function(...args) {
        let commandName = _commandName || args.shift(), callback = args[args.length - 1];
        typeof callback == "function" ? args.pop() : callback = void 0;
        let options = {
          errorStack: this.options.showFriendlyErrorStack ? new Error() : void 0,
          keyPrefix: this.options.keyPrefix,
          replyEncoding: _encoding
        };
        return (0, autoPipelining_1.shouldUseAutoPipelining)(this, functionName, commandName) ? (0, autoPipelining_1.executeWithAutoPipelining)(
          this,
          functionName,
          commandName,
          // @ts-expect-error
          args,
          callback
        ) : this.sendCommand(
          // @ts-expect-error
          new Command_1.default(commandName, args, options, callback)
        );
      };
    }
    function generateScriptingFunction(functionName, commandName, script, encoding) {
      return function(...args) {
        let callback = typeof args[args.length - 1] == "function" ? args.pop() : void 0, options = {
          replyEncoding: encoding
        };
        return this.options.showFriendlyErrorStack && (options.errorStack = new Error()), (0, autoPipelining_1.shouldUseAutoPipelining)(this, functionName, commandName) ? (0, autoPipelining_1.executeWithAutoPipelining)(this, functionName, commandName, args, callback) : script.execute(this, args, options, callback);
      };
    }
    exports.default = Commander;
  }
});

// node_modules/ioredis/built/Pipeline.js
var require_Pipeline = __commonJS({
  "node_modules/ioredis/built/Pipeline.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var calculateSlot = require_lib(), commands_1 = require_built(), standard_as_callback_1 = require_built2(), util_1 = __require("util"), Command_1 = require_Command(), buffer_1 = __require("buffer"), utils_1 = require_utils4(), Commander_1 = require_Commander();
    function generateMultiWithNodes(redis, keys) {
      let slot = calculateSlot(keys[0]), target = redis._groupsBySlot[slot];
      for (let i = 1; i < keys.length; i++)
        if (redis._groupsBySlot[calculateSlot(keys[i])] !== target)
          return -1;
      return slot;
    }
    var Pipeline = class extends Commander_1.default {
      constructor(redis) {
        super(), this.redis = redis, this.isPipeline = !0, this.replyPending = 0, this._queue = [], this._result = [], this._transactions = 0, this._shaToScript = {}, this.isCluster = this.redis.constructor.name === "Cluster" || this.redis.isCluster, this.options = redis.options, Object.keys(redis.scriptsSet).forEach((name) => {
          let script = redis.scriptsSet[name];
          this._shaToScript[script.sha] = script, this[name] = redis[name], this[name + "Buffer"] = redis[name + "Buffer"];
        }), redis.addedBuiltinSet.forEach((name) => {
          this[name] = redis[name], this[name + "Buffer"] = redis[name + "Buffer"];
        }), this.promise = new Promise((resolve2, reject) => {
          this.resolve = resolve2, this.reject = reject;
        });
        let _this = this;
        Object.defineProperty(this, "length", {
          get: function() {
            return _this._queue.length;
          }
        });
      }
      fillResult(value, position) {
        if (this._queue[position].name === "exec" && Array.isArray(value[1])) {
          let execLength = value[1].length;
          for (let i = 0; i < execLength; i++) {
            if (value[1][i] instanceof Error)
              continue;
            let cmd = this._queue[position - (execLength - i)];
            try {
              value[1][i] = cmd.transformReply(value[1][i]);
            } catch (err) {
              value[1][i] = err;
            }
          }
        }
        if (this._result[position] = value, --this.replyPending)
          return;
        if (this.isCluster) {
          let retriable = !0, commonError;
          for (let i = 0; i < this._result.length; ++i) {
            let error = this._result[i][0], command = this._queue[i];
            if (error) {
              if (command.name === "exec" && error.message === "EXECABORT Transaction discarded because of previous errors.")
                continue;
              if (!commonError)
                commonError = {
                  name: error.name,
                  message: error.message
                };
              else if (commonError.name !== error.name || commonError.message !== error.message) {
                retriable = !1;
                break;
              }
            } else if (!command.inTransaction && !((0, commands_1.exists)(command.name, { caseInsensitive: !0 }) && (0, commands_1.hasFlag)(command.name, "readonly", { nameCaseInsensitive: !0 }))) {
              retriable = !1;
              break;
            }
          }
          if (commonError && retriable) {
            let _this = this, errv = commonError.message.split(" "), queue = this._queue, inTransaction = !1;
            this._queue = [];
            for (let i = 0; i < queue.length; ++i) {
              if (errv[0] === "ASK" && !inTransaction && queue[i].name !== "asking" && (!queue[i - 1] || queue[i - 1].name !== "asking")) {
                let asking = new Command_1.default("asking");
                asking.ignore = !0, this.sendCommand(asking);
              }
              queue[i].initPromise(), this.sendCommand(queue[i]), inTransaction = queue[i].inTransaction;
            }
            let matched = !0;
            typeof this.leftRedirections > "u" && (this.leftRedirections = {});
            let exec = function() {
              _this.exec();
            }, cluster = this.redis;
            if (cluster.handleError(commonError, this.leftRedirections, {
              moved: function(_slot, key) {
                _this.preferKey = key, cluster.slots[errv[1]] ? cluster.slots[errv[1]][0] !== key && (cluster.slots[errv[1]] = [key]) : cluster.slots[errv[1]] = [key], cluster._groupsBySlot[errv[1]] = cluster._groupsIds[cluster.slots[errv[1]].join(";")], cluster.refreshSlotsCache(), _this.exec();
              },
              ask: function(_slot, key) {
                _this.preferKey = key, _this.exec();
              },
              tryagain: exec,
              clusterDown: exec,
              connectionClosed: exec,
              maxRedirections: () => {
                matched = !1;
              },
              defaults: () => {
                matched = !1;
              }
            }), matched)
              return;
          }
        }
        let ignoredCount = 0;
        for (let i = 0; i < this._queue.length - ignoredCount; ++i)
          this._queue[i + ignoredCount].ignore && (ignoredCount += 1), this._result[i] = this._result[i + ignoredCount];
        this.resolve(this._result.slice(0, this._result.length - ignoredCount));
      }
      sendCommand(command) {
        this._transactions > 0 && (command.inTransaction = !0);
        let position = this._queue.length;
        return command.pipelineIndex = position, command.promise.then((result) => {
          this.fillResult([null, result], position);
        }).catch((error) => {
          this.fillResult([error], position);
        }), this._queue.push(command), this;
      }
      addBatch(commands) {
        let command, commandName, args;
        for (let i = 0; i < commands.length; ++i)
          command = commands[i], commandName = command[0], args = command.slice(1), this[commandName].apply(this, args);
        return this;
      }
    };
    exports.default = Pipeline;
    var multi = Pipeline.prototype.multi;
    Pipeline.prototype.multi = function() {
      return this._transactions += 1, multi.apply(this, arguments);
    };
    var execBuffer = Pipeline.prototype.execBuffer;
    Pipeline.prototype.execBuffer = (0, util_1.deprecate)(function() {
      return this._transactions > 0 && (this._transactions -= 1), execBuffer.apply(this, arguments);
    }, "Pipeline#execBuffer: Use Pipeline#exec instead");
    Pipeline.prototype.exec = function(callback) {
      if (this.isCluster && !this.redis.slots.length)
        return this.redis.status === "wait" && this.redis.connect().catch(utils_1.noop), callback && !this.nodeifiedPromise && (this.nodeifiedPromise = !0, (0, standard_as_callback_1.default)(this.promise, callback)), this.redis.delayUntilReady((err) => {
          if (err) {
            this.reject(err);
            return;
          }
          this.exec(callback);
        }), this.promise;
      if (this._transactions > 0)
        return this._transactions -= 1, execBuffer.apply(this, arguments);
      this.nodeifiedPromise || (this.nodeifiedPromise = !0, (0, standard_as_callback_1.default)(this.promise, callback)), this._queue.length || this.resolve([]);
      let pipelineSlot;
      if (this.isCluster) {
        let sampleKeys = [];
        for (let i = 0; i < this._queue.length; i++) {
          let keys = this._queue[i].getKeys();
          if (keys.length && sampleKeys.push(keys[0]), keys.length && calculateSlot.generateMulti(keys) < 0)
            return this.reject(new Error("All the keys in a pipeline command should belong to the same slot")), this.promise;
        }
        if (sampleKeys.length) {
          if (pipelineSlot = generateMultiWithNodes(this.redis, sampleKeys), pipelineSlot < 0)
            return this.reject(new Error("All keys in the pipeline should belong to the same slots allocation group")), this.promise;
        } else
          pipelineSlot = Math.random() * 16384 | 0;
      }
      let _this = this;
      return execPipeline(), this.promise;
      function execPipeline() {
        let writePending = _this.replyPending = _this._queue.length, node;
        _this.isCluster && (node = {
          slot: pipelineSlot,
          redis: _this.redis.connectionPool.nodes.all[_this.preferKey]
        });
        let data = "", buffers, stream = {
          isPipeline: !0,
          destination: _this.isCluster ? node : { redis: _this.redis },
          write(writable) {
            typeof writable != "string" ? (buffers || (buffers = []), data && (buffers.push(Buffer.from(data, "utf8")), data = ""), buffers.push(writable)) : (data.length + writable.length >= buffer_1.constants.MAX_STRING_LENGTH && (buffers || (buffers = []), data && (buffers.push(Buffer.from(data, "utf8")), data = "")), data += writable), --writePending || (buffers ? (data && buffers.push(Buffer.from(data, "utf8")), stream.destination.redis.stream.write(Buffer.concat(buffers))) : stream.destination.redis.stream.write(data), writePending = _this._queue.length, data = "", buffers = void 0);
          }
        };
        for (let i = 0; i < _this._queue.length; ++i)
          _this.redis.sendCommand(_this._queue[i], stream, node);
        return _this.promise;
      }
    };
  }
});

// node_modules/ioredis/built/tracing.js
var require_tracing = __commonJS({
  "node_modules/ioredis/built/tracing.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.traceConnect = exports.traceBatch = exports.traceCommand = exports.sanitizeArgs = void 0;
    var SERIALIZATION_SUBSETS = [
      { regex: /^ECHO/i, args: 0 },
      {
        regex: /^(LPUSH|MSET|PFA|PUBLISH|RPUSH|SADD|SET|SPUBLISH|XADD|ZADD)/i,
        args: 1
      },
      { regex: /^(HSET|HMSET|LSET|LINSERT)/i, args: 2 },
      {
        regex: /^(ACL|BIT|B[LRZ]|CLIENT|CLUSTER|CONFIG|COMMAND|DECR|DEL|EVAL|EX|FUNCTION|GEO|GET|HINCR|HMGET|HSCAN|INCR|L[TRLM]|MEMORY|P[EFISTU]|RPOP|S[CDIMORSU]|XACK|X[CDGILPRT]|Z[CDILMPRS])/i,
        args: -1
      }
    ];
    function sanitizeArgs(commandName, args) {
      let allowedArgCount = 0;
      for (let subset of SERIALIZATION_SUBSETS)
        if (subset.regex.test(commandName)) {
          allowedArgCount = subset.args;
          break;
        }
      if (allowedArgCount === -1)
        return args.map((a) => String(a));
      let result = [];
      for (let i = 0; i < args.length; i++)
        i < allowedArgCount ? result.push(String(args[i])) : result.push("?");
      return result;
    }
    exports.sanitizeArgs = sanitizeArgs;
    var dc = (() => {
      try {
        return "getBuiltinModule" in process ? process.getBuiltinModule("node:diagnostics_channel") : __require("node:diagnostics_channel");
      } catch {
        return;
      }
    })(), hasTracingChannel = dc && typeof dc.tracingChannel == "function", commandChannel = hasTracingChannel ? dc.tracingChannel("ioredis:command") : void 0, batchChannel = hasTracingChannel ? dc.tracingChannel("ioredis:batch") : void 0, connectChannel = hasTracingChannel ? dc.tracingChannel("ioredis:connect") : void 0;
    function shouldTrace(channel) {
      return !!channel && channel.hasSubscribers !== !1;
    }
    var noop = () => {
    };
    function traceCommand(fn, contextFactory) {
      if (!shouldTrace(commandChannel))
        return fn();
      let traced = commandChannel.tracePromise(fn, contextFactory());
      return traced.catch(noop), traced;
    }
    exports.traceCommand = traceCommand;
    function traceBatch(fn, contextFactory) {
      if (!shouldTrace(batchChannel))
        return fn();
      let traced = batchChannel.tracePromise(fn, contextFactory());
      return traced.catch(noop), traced;
    }
    exports.traceBatch = traceBatch;
    function traceConnect(fn, contextFactory) {
      return shouldTrace(connectChannel) ? connectChannel.tracePromise(fn, contextFactory()) : fn();
    }
    exports.traceConnect = traceConnect;
  }
});

// node_modules/ioredis/built/transaction.js
var require_transaction = __commonJS({
  "node_modules/ioredis/built/transaction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.addTransactionSupport = void 0;
    var utils_1 = require_utils4(), standard_as_callback_1 = require_built2(), Pipeline_1 = require_Pipeline(), tracing_1 = require_tracing();
    function addTransactionSupport(redis) {
      redis.pipeline = function(commands) {
        let pipeline = new Pipeline_1.default(this);
        return Array.isArray(commands) && pipeline.addBatch(commands), pipeline;
      };
      let { multi } = redis;
      redis.multi = function(commands, options) {
        if (typeof options > "u" && !Array.isArray(commands) && (options = commands, commands = null), options && options.pipeline === !1)
          return multi.call(this);
        let pipeline = new Pipeline_1.default(this);
        pipeline.multi(), Array.isArray(commands) && pipeline.addBatch(commands);
        let exec2 = pipeline.exec;
        pipeline.exec = function(callback) {
          if (this.isCluster && !this.redis.slots.length)
            return this.redis.status === "wait" && this.redis.connect().catch(utils_1.noop), (0, standard_as_callback_1.default)(new Promise((resolve2, reject) => {
              this.redis.delayUntilReady((err) => {
                if (err) {
                  reject(err);
                  return;
                }
                this.exec(pipeline).then(resolve2, reject);
              });
            }), callback);
          if (this._transactions > 0 && exec2.call(pipeline), this.nodeifiedPromise)
            return exec2.call(pipeline);
          let batchSize = Math.max(pipeline.length - 2, 0), execAndUnwrap = () => exec2.call(pipeline).then(function(result) {
            let execResult = result[result.length - 1];
            if (typeof execResult > "u")
              throw new Error("Pipeline cannot be used to send any commands when the `exec()` has been called on it.");
            if (execResult[0]) {
              execResult[0].previousErrors = [];
              for (let i = 0; i < result.length - 1; ++i)
                result[i][0] && execResult[0].previousErrors.push(result[i][0]);
              throw execResult[0];
            }
            return (0, utils_1.wrapMultiResult)(execResult[1]);
          }), promise = "_buildBatchContext" in this.redis ? (0, tracing_1.traceBatch)(execAndUnwrap, () => this.redis._buildBatchContext(batchSize)) : execAndUnwrap();
          return (0, standard_as_callback_1.default)(promise, callback);
        };
        let { execBuffer } = pipeline;
        return pipeline.execBuffer = function(callback) {
          return this._transactions > 0 && execBuffer.call(pipeline), pipeline.exec(callback);
        }, pipeline;
      };
      let { exec } = redis;
      redis.exec = function(callback) {
        return (0, standard_as_callback_1.default)(exec.call(this).then(function(results) {
          return Array.isArray(results) && (results = (0, utils_1.wrapMultiResult)(results)), results;
        }), callback);
      };
    }
    exports.addTransactionSupport = addTransactionSupport;
  }
});

// node_modules/ioredis/built/utils/applyMixin.js
var require_applyMixin = __commonJS({
  "node_modules/ioredis/built/utils/applyMixin.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function applyMixin(derivedConstructor, mixinConstructor) {
      Object.getOwnPropertyNames(mixinConstructor.prototype).forEach((name) => {
        Object.defineProperty(derivedConstructor.prototype, name, Object.getOwnPropertyDescriptor(mixinConstructor.prototype, name));
      });
    }
    exports.default = applyMixin;
  }
});

// node_modules/ioredis/built/cluster/ClusterOptions.js
var require_ClusterOptions = __commonJS({
  "node_modules/ioredis/built/cluster/ClusterOptions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DEFAULT_CLUSTER_OPTIONS = void 0;
    var dns_1 = __require("dns");
    exports.DEFAULT_CLUSTER_OPTIONS = {
      clusterRetryStrategy: (times) => Math.min(100 + times * 2, 2e3),
      clusterNodeRetryStrategy: null,
      enableOfflineQueue: !0,
      enableReadyCheck: !0,
      scaleReads: "master",
      maxRedirections: 16,
      retryDelayOnMoved: 0,
      retryDelayOnFailover: 100,
      retryDelayOnClusterDown: 100,
      retryDelayOnTryAgain: 100,
      slotsRefreshTimeout: 1e3,
      useSRVRecords: !1,
      resolveSrv: dns_1.resolveSrv,
      dnsLookup: dns_1.lookup,
      enableAutoPipelining: !1,
      autoPipeliningIgnoredCommands: [],
      shardedSubscribers: !1
    };
  }
});

// node_modules/ioredis/built/cluster/util.js
var require_util2 = __commonJS({
  "node_modules/ioredis/built/cluster/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getConnectionName = exports.weightSrvRecords = exports.groupSrvRecords = exports.getUniqueHostnamesFromOptions = exports.normalizeNodeOptions = exports.nodeKeyToRedisOptions = exports.getNodeKey = void 0;
    var utils_1 = require_utils4(), net_1 = __require("net");
    function getNodeKey(node) {
      return node.port = node.port || 6379, node.host = node.host || "127.0.0.1", node.host + ":" + node.port;
    }
    exports.getNodeKey = getNodeKey;
    function nodeKeyToRedisOptions(nodeKey) {
      let portIndex = nodeKey.lastIndexOf(":");
      if (portIndex === -1)
        throw new Error(`Invalid node key ${nodeKey}`);
      return {
        host: nodeKey.slice(0, portIndex),
        port: Number(nodeKey.slice(portIndex + 1))
      };
    }
    exports.nodeKeyToRedisOptions = nodeKeyToRedisOptions;
    function normalizeNodeOptions(nodes) {
      return nodes.map((node) => {
        let options = {};
        if (typeof node == "object")
          Object.assign(options, node);
        else if (typeof node == "string")
          Object.assign(options, (0, utils_1.parseURL)(node));
        else if (typeof node == "number")
          options.port = node;
        else
          throw new Error("Invalid argument " + node);
        return typeof options.port == "string" && (options.port = parseInt(options.port, 10)), delete options.db, options.port || (options.port = 6379), options.host || (options.host = "127.0.0.1"), (0, utils_1.resolveTLSProfile)(options);
      });
    }
    exports.normalizeNodeOptions = normalizeNodeOptions;
    function getUniqueHostnamesFromOptions(nodes) {
      let uniqueHostsMap = {};
      return nodes.forEach((node) => {
        uniqueHostsMap[node.host] = !0;
      }), Object.keys(uniqueHostsMap).filter((host) => !(0, net_1.isIP)(host));
    }
    exports.getUniqueHostnamesFromOptions = getUniqueHostnamesFromOptions;
    function groupSrvRecords(records) {
      let recordsByPriority = {};
      for (let record of records)
        recordsByPriority.hasOwnProperty(record.priority) ? (recordsByPriority[record.priority].totalWeight += record.weight, recordsByPriority[record.priority].records.push(record)) : recordsByPriority[record.priority] = {
          totalWeight: record.weight,
          records: [record]
        };
      return recordsByPriority;
    }
    exports.groupSrvRecords = groupSrvRecords;
    function weightSrvRecords(recordsGroup) {
      if (recordsGroup.records.length === 1)
        return recordsGroup.totalWeight = 0, recordsGroup.records.shift();
      let random = Math.floor(Math.random() * (recordsGroup.totalWeight + recordsGroup.records.length)), total = 0;
      for (let [i, record] of recordsGroup.records.entries())
        if (total += 1 + record.weight, total > random)
          return recordsGroup.totalWeight -= record.weight, recordsGroup.records.splice(i, 1), record;
    }
    exports.weightSrvRecords = weightSrvRecords;
    function getConnectionName(component, nodeConnectionName) {
      let prefix = `ioredis-cluster(${component})`;
      return nodeConnectionName ? `${prefix}:${nodeConnectionName}` : prefix;
    }
    exports.getConnectionName = getConnectionName;
  }
});

// node_modules/ioredis/built/cluster/ClusterSubscriber.js
var require_ClusterSubscriber = __commonJS({
  "node_modules/ioredis/built/cluster/ClusterSubscriber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var util_1 = require_util2(), utils_1 = require_utils4(), Redis_1 = require_Redis(), debug = (0, utils_1.Debug)("cluster:subscriber"), ClusterSubscriber = class {
      constructor(connectionPool, emitter, isSharded = !1) {
        this.connectionPool = connectionPool, this.emitter = emitter, this.isSharded = isSharded, this.started = !1, this.subscriber = null, this.slotRange = [], this.onSubscriberEnd = () => {
          if (!this.started) {
            debug("subscriber has disconnected, but ClusterSubscriber is not started, so not reconnecting.");
            return;
          }
          debug("subscriber has disconnected, selecting a new one..."), this.selectSubscriber();
        }, this.connectionPool.on("-node", (_, key) => {
          !this.started || !this.subscriber || (0, util_1.getNodeKey)(this.subscriber.options) === key && (debug("subscriber has left, selecting a new one..."), this.selectSubscriber());
        }), this.connectionPool.on("+node", () => {
          !this.started || this.subscriber || (debug("a new node is discovered and there is no subscriber, selecting a new one..."), this.selectSubscriber());
        });
      }
      getInstance() {
        return this.subscriber;
      }
      /**
       * Associate this subscriber to a specific slot range.
       *
       * Returns the range or an empty array if the slot range couldn't be associated.
       *
       * BTW: This is more for debugging and testing purposes.
       *
       * @param range
       */
      associateSlotRange(range) {
        return this.isSharded && (this.slotRange = range), this.slotRange;
      }
      start() {
        this.started = !0, this.selectSubscriber(), debug("started");
      }
      stop() {
        this.started = !1, this.subscriber && (this.subscriber.disconnect(), this.subscriber = null);
      }
      isStarted() {
        return this.started;
      }
      selectSubscriber() {
        let lastActiveSubscriber = this.lastActiveSubscriber;
        lastActiveSubscriber && (lastActiveSubscriber.off("end", this.onSubscriberEnd), lastActiveSubscriber.disconnect()), this.subscriber && (this.subscriber.off("end", this.onSubscriberEnd), this.subscriber.disconnect());
        let sampleNode = (0, utils_1.sample)(this.connectionPool.getNodes());
        if (!sampleNode) {
          debug("selecting subscriber failed since there is no node discovered in the cluster yet"), this.subscriber = null;
          return;
        }
        let { options } = sampleNode;
        debug("selected a subscriber %s:%s", options.host, options.port);
        let connectionPrefix = "subscriber";
        this.isSharded && (connectionPrefix = "ssubscriber"), this.subscriber = new Redis_1.default({
          port: options.port,
          host: options.host,
          username: options.username,
          password: options.password,
          enableReadyCheck: !0,
          connectionName: (0, util_1.getConnectionName)(connectionPrefix, options.connectionName),
          lazyConnect: !0,
          tls: options.tls,
          // Don't try to reconnect the subscriber connection. If the connection fails
          // we will get an end event (handled below), at which point we'll pick a new
          // node from the pool and try to connect to that as the subscriber connection.
          retryStrategy: null
        }), this.subscriber.on("error", utils_1.noop), this.subscriber.on("moved", () => {
          this.emitter.emit("forceRefresh");
        }), this.subscriber.once("end", this.onSubscriberEnd);
        let previousChannels = { subscribe: [], psubscribe: [], ssubscribe: [] };
        if (lastActiveSubscriber) {
          let condition = lastActiveSubscriber.condition || lastActiveSubscriber.prevCondition;
          condition && condition.subscriber && (previousChannels.subscribe = condition.subscriber.channels("subscribe"), previousChannels.psubscribe = condition.subscriber.channels("psubscribe"), previousChannels.ssubscribe = condition.subscriber.channels("ssubscribe"));
        }
        if (previousChannels.subscribe.length || previousChannels.psubscribe.length || previousChannels.ssubscribe.length) {
          let pending = 0;
          for (let type of ["subscribe", "psubscribe", "ssubscribe"]) {
            let channels = previousChannels[type];
            if (channels.length != 0)
              if (debug("%s %d channels", type, channels.length), type === "ssubscribe")
                for (let channel of channels)
                  pending += 1, this.subscriber[type](channel).then(() => {
                    --pending || (this.lastActiveSubscriber = this.subscriber);
                  }).catch(() => {
                    debug("failed to ssubscribe to channel: %s", channel);
                  });
              else
                pending += 1, this.subscriber[type](channels).then(() => {
                  --pending || (this.lastActiveSubscriber = this.subscriber);
                }).catch(() => {
                  debug("failed to %s %d channels", type, channels.length);
                });
          }
        } else
          this.lastActiveSubscriber = this.subscriber;
        for (let event of [
          "message",
          "messageBuffer"
        ])
          this.subscriber.on(event, (arg1, arg2) => {
            this.emitter.emit(event, arg1, arg2);
          });
        for (let event of ["pmessage", "pmessageBuffer"])
          this.subscriber.on(event, (arg1, arg2, arg3) => {
            this.emitter.emit(event, arg1, arg2, arg3);
          });
        if (this.isSharded == !0)
          for (let event of [
            "smessage",
            "smessageBuffer"
          ])
            this.subscriber.on(event, (arg1, arg2) => {
              this.emitter.emit(event, arg1, arg2);
            });
      }
    };
    exports.default = ClusterSubscriber;
  }
});

// node_modules/ioredis/built/cluster/ConnectionPool.js
var require_ConnectionPool = __commonJS({
  "node_modules/ioredis/built/cluster/ConnectionPool.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var events_1 = __require("events"), utils_1 = require_utils4(), util_1 = require_util2(), Redis_1 = require_Redis(), debug = (0, utils_1.Debug)("cluster:connectionPool"), ConnectionPool = class extends events_1.EventEmitter {
      constructor(redisOptions, clusterNodeRetryStrategy = null) {
        super(), this.redisOptions = redisOptions, this.clusterNodeRetryStrategy = clusterNodeRetryStrategy, this.nodes = {
          all: {},
          master: {},
          slave: {}
        }, this.specifiedOptions = {};
      }
      getNodes(role = "all") {
        let nodes = this.nodes[role];
        return Object.keys(nodes).map((key) => nodes[key]);
      }
      getInstanceByKey(key) {
        return this.nodes.all[key];
      }
      getSampleInstance(role) {
        let keys = Object.keys(this.nodes[role]), sampleKey = (0, utils_1.sample)(keys);
        return this.nodes[role][sampleKey];
      }
      /**
       * Add a master node to the pool
       * @param node
       */
      addMasterNode(node) {
        let key = (0, util_1.getNodeKey)(node.options), redis = this.createRedisFromOptions(node, node.options.readOnly);
        return node.options.readOnly ? !1 : (this.nodes.all[key] = redis, this.nodes.master[key] = redis, !0);
      }
      /**
       * Creates a Redis connection instance from the node options
       * @param node
       * @param readOnly
       */
      createRedisFromOptions(node, readOnly) {
        return new Redis_1.default((0, utils_1.defaults)({
          // By default, never try to reconnect when a node is lost,
          // instead, waiting for a `MOVED` error and fetching slots again.
          // When `clusterNodeRetryStrategy` is set, use it to allow
          // reconnection (e.g. for replica nodes that restart without
          // any slot changes).
          retryStrategy: typeof this.clusterNodeRetryStrategy == "function" ? this.clusterNodeRetryStrategy : null,
          // Offline queue should be enabled so that
          // we don't need to wait for the `ready` event
          // before sending commands to the node.
          enableOfflineQueue: !0,
          readOnly
        }, node, this.redisOptions, { lazyConnect: !0 }));
      }
      /**
       * Find or create a connection to the node
       */
      findOrCreate(node, readOnly = !1) {
        let key = (0, util_1.getNodeKey)(node);
        readOnly = !!readOnly, this.specifiedOptions[key] ? Object.assign(node, this.specifiedOptions[key]) : this.specifiedOptions[key] = node;
        let redis;
        return this.nodes.all[key] ? (redis = this.nodes.all[key], redis.options.readOnly !== readOnly && (redis.options.readOnly = readOnly, debug("Change role of %s to %s", key, readOnly ? "slave" : "master"), redis[readOnly ? "readonly" : "readwrite"]().catch(utils_1.noop), readOnly ? (delete this.nodes.master[key], this.nodes.slave[key] = redis) : (delete this.nodes.slave[key], this.nodes.master[key] = redis))) : (debug("Connecting to %s as %s", key, readOnly ? "slave" : "master"), redis = this.createRedisFromOptions(node, readOnly), this.nodes.all[key] = redis, this.nodes[readOnly ? "slave" : "master"][key] = redis, redis.once("end", () => {
          this.removeNode(key), this.emit("-node", redis, key), Object.keys(this.nodes.all).length || this.emit("drain");
        }), this.emit("+node", redis, key), redis.on("error", (error) => {
          this.emit("nodeError", error, key);
        })), redis;
      }
      /**
       * Reset the pool with a set of nodes.
       * The old node will be removed.
       */
      reset(nodes) {
        debug("Reset with %O", nodes);
        let newNodes = {};
        nodes.forEach((node) => {
          let key = (0, util_1.getNodeKey)(node);
          node.readOnly && newNodes[key] || (newNodes[key] = node);
        }), Object.keys(this.nodes.all).forEach((key) => {
          newNodes[key] || (debug("Disconnect %s because the node does not hold any slot", key), this.nodes.all[key].disconnect(), this.removeNode(key));
        }), Object.keys(newNodes).forEach((key) => {
          let node = newNodes[key];
          this.findOrCreate(node, node.readOnly);
        });
      }
      /**
       * Remove a node from the pool.
       */
      removeNode(key) {
        let { nodes } = this;
        nodes.all[key] && (debug("Remove %s from the pool", key), delete nodes.all[key]), delete nodes.master[key], delete nodes.slave[key];
      }
    };
    exports.default = ConnectionPool;
  }
});

// node_modules/denque/index.js
var require_denque = __commonJS({
  "node_modules/denque/index.js"(exports, module) {
    "use strict";
    function Denque(array, options) {
      var options = options || {};
      this._capacity = options.capacity, this._head = 0, this._tail = 0, Array.isArray(array) ? this._fromArray(array) : (this._capacityMask = 3, this._list = new Array(4));
    }
    Denque.prototype.peekAt = function(index) {
      var i = index;
      if (i === (i | 0)) {
        var len = this.size();
        if (!(i >= len || i < -len))
          return i < 0 && (i += len), i = this._head + i & this._capacityMask, this._list[i];
      }
    };
    Denque.prototype.get = function(i) {
      return this.peekAt(i);
    };
    Denque.prototype.peek = function() {
      if (this._head !== this._tail)
        return this._list[this._head];
    };
    Denque.prototype.peekFront = function() {
      return this.peek();
    };
    Denque.prototype.peekBack = function() {
      return this.peekAt(-1);
    };
    Object.defineProperty(Denque.prototype, "length", {
      get: function() {
        return this.size();
      }
    });
    Denque.prototype.size = function() {
      return this._head === this._tail ? 0 : this._head < this._tail ? this._tail - this._head : this._capacityMask + 1 - (this._head - this._tail);
    };
    Denque.prototype.unshift = function(item) {
      if (arguments.length === 0) return this.size();
      var len = this._list.length;
      return this._head = this._head - 1 + len & this._capacityMask, this._list[this._head] = item, this._tail === this._head && this._growArray(), this._capacity && this.size() > this._capacity && this.pop(), this._head < this._tail ? this._tail - this._head : this._capacityMask + 1 - (this._head - this._tail);
    };
    Denque.prototype.shift = function() {
      var head = this._head;
      if (head !== this._tail) {
        var item = this._list[head];
        return this._list[head] = void 0, this._head = head + 1 & this._capacityMask, head < 2 && this._tail > 1e4 && this._tail <= this._list.length >>> 2 && this._shrinkArray(), item;
      }
    };
    Denque.prototype.push = function(item) {
      if (arguments.length === 0) return this.size();
      var tail = this._tail;
      return this._list[tail] = item, this._tail = tail + 1 & this._capacityMask, this._tail === this._head && this._growArray(), this._capacity && this.size() > this._capacity && this.shift(), this._head < this._tail ? this._tail - this._head : this._capacityMask + 1 - (this._head - this._tail);
    };
    Denque.prototype.pop = function() {
      var tail = this._tail;
      if (tail !== this._head) {
        var len = this._list.length;
        this._tail = tail - 1 + len & this._capacityMask;
        var item = this._list[this._tail];
        return this._list[this._tail] = void 0, this._head < 2 && tail > 1e4 && tail <= len >>> 2 && this._shrinkArray(), item;
      }
    };
    Denque.prototype.removeOne = function(index) {
      var i = index;
      if (i === (i | 0) && this._head !== this._tail) {
        var size = this.size(), len = this._list.length;
        if (!(i >= size || i < -size)) {
          i < 0 && (i += size), i = this._head + i & this._capacityMask;
          var item = this._list[i], k;
          if (index < size / 2) {
            for (k = index; k > 0; k--)
              this._list[i] = this._list[i = i - 1 + len & this._capacityMask];
            this._list[i] = void 0, this._head = this._head + 1 + len & this._capacityMask;
          } else {
            for (k = size - 1 - index; k > 0; k--)
              this._list[i] = this._list[i = i + 1 + len & this._capacityMask];
            this._list[i] = void 0, this._tail = this._tail - 1 + len & this._capacityMask;
          }
          return item;
        }
      }
    };
    Denque.prototype.remove = function(index, count) {
      var i = index, removed, del_count = count;
      if (i === (i | 0) && this._head !== this._tail) {
        var size = this.size(), len = this._list.length;
        if (!(i >= size || i < -size || count < 1)) {
          if (i < 0 && (i += size), count === 1 || !count)
            return removed = new Array(1), removed[0] = this.removeOne(i), removed;
          if (i === 0 && i + count >= size)
            return removed = this.toArray(), this.clear(), removed;
          i + count > size && (count = size - i);
          var k;
          for (removed = new Array(count), k = 0; k < count; k++)
            removed[k] = this._list[this._head + i + k & this._capacityMask];
          if (i = this._head + i & this._capacityMask, index + count === size) {
            for (this._tail = this._tail - count + len & this._capacityMask, k = count; k > 0; k--)
              this._list[i = i + 1 + len & this._capacityMask] = void 0;
            return removed;
          }
          if (index === 0) {
            for (this._head = this._head + count + len & this._capacityMask, k = count - 1; k > 0; k--)
              this._list[i = i + 1 + len & this._capacityMask] = void 0;
            return removed;
          }
          if (i < size / 2) {
            for (this._head = this._head + index + count + len & this._capacityMask, k = index; k > 0; k--)
              this.unshift(this._list[i = i - 1 + len & this._capacityMask]);
            for (i = this._head - 1 + len & this._capacityMask; del_count > 0; )
              this._list[i = i - 1 + len & this._capacityMask] = void 0, del_count--;
            index < 0 && (this._tail = i);
          } else {
            for (this._tail = i, i = i + count + len & this._capacityMask, k = size - (count + index); k > 0; k--)
              this.push(this._list[i++]);
            for (i = this._tail; del_count > 0; )
              this._list[i = i + 1 + len & this._capacityMask] = void 0, del_count--;
          }
          return this._head < 2 && this._tail > 1e4 && this._tail <= len >>> 2 && this._shrinkArray(), removed;
        }
      }
    };
    Denque.prototype.splice = function(index, count) {
      var i = index;
      if (i === (i | 0)) {
        var size = this.size();
        if (i < 0 && (i += size), !(i > size))
          if (arguments.length > 2) {
            var k, temp, removed, arg_len = arguments.length, len = this._list.length, arguments_index = 2;
            if (!size || i < size / 2) {
              for (temp = new Array(i), k = 0; k < i; k++)
                temp[k] = this._list[this._head + k & this._capacityMask];
              for (count === 0 ? (removed = [], i > 0 && (this._head = this._head + i + len & this._capacityMask)) : (removed = this.remove(i, count), this._head = this._head + i + len & this._capacityMask); arg_len > arguments_index; )
                this.unshift(arguments[--arg_len]);
              for (k = i; k > 0; k--)
                this.unshift(temp[k - 1]);
            } else {
              temp = new Array(size - (i + count));
              var leng = temp.length;
              for (k = 0; k < leng; k++)
                temp[k] = this._list[this._head + i + count + k & this._capacityMask];
              for (count === 0 ? (removed = [], i != size && (this._tail = this._head + i + len & this._capacityMask)) : (removed = this.remove(i, count), this._tail = this._tail - leng + len & this._capacityMask); arguments_index < arg_len; )
                this.push(arguments[arguments_index++]);
              for (k = 0; k < leng; k++)
                this.push(temp[k]);
            }
            return removed;
          } else
            return this.remove(i, count);
      }
    };
    Denque.prototype.clear = function() {
      this._list = new Array(this._list.length), this._head = 0, this._tail = 0;
    };
    Denque.prototype.isEmpty = function() {
      return this._head === this._tail;
    };
    Denque.prototype.toArray = function() {
      return this._copyArray(!1);
    };
    Denque.prototype._fromArray = function(array) {
      var length = array.length, capacity = this._nextPowerOf2(length);
      this._list = new Array(capacity), this._capacityMask = capacity - 1, this._tail = length;
      for (var i = 0; i < length; i++) this._list[i] = array[i];
    };
    Denque.prototype._copyArray = function(fullCopy, size) {
      var src = this._list, capacity = src.length, length = this.length;
      if (size = size | length, size == length && this._head < this._tail)
        return this._list.slice(this._head, this._tail);
      var dest = new Array(size), k = 0, i;
      if (fullCopy || this._head > this._tail) {
        for (i = this._head; i < capacity; i++) dest[k++] = src[i];
        for (i = 0; i < this._tail; i++) dest[k++] = src[i];
      } else
        for (i = this._head; i < this._tail; i++) dest[k++] = src[i];
      return dest;
    };
    Denque.prototype._growArray = function() {
      if (this._head != 0) {
        var newList = this._copyArray(!0, this._list.length << 1);
        this._tail = this._list.length, this._head = 0, this._list = newList;
      } else
        this._tail = this._list.length, this._list.length <<= 1;
      this._capacityMask = this._capacityMask << 1 | 1;
    };
    Denque.prototype._shrinkArray = function() {
      this._list.length >>>= 1, this._capacityMask >>>= 1;
    };
    Denque.prototype._nextPowerOf2 = function(num) {
      var log2 = Math.log(num) / Math.log(2), nextPow2 = 1 << log2 + 1;
      return Math.max(nextPow2, 4);
    };
    module.exports = Denque;
  }
});

// node_modules/ioredis/built/cluster/DelayQueue.js
var require_DelayQueue = __commonJS({
  "node_modules/ioredis/built/cluster/DelayQueue.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var utils_1 = require_utils4(), Deque = require_denque(), debug = (0, utils_1.Debug)("delayqueue"), DelayQueue = class {
      constructor() {
        this.queues = {}, this.timeouts = {};
      }
      /**
       * Add a new item to the queue
       *
       * @param bucket bucket name
       * @param item function that will run later
       * @param options
       */
      push(bucket, item, options) {
        let callback = options.callback || process.nextTick;
        this.queues[bucket] || (this.queues[bucket] = new Deque()), this.queues[bucket].push(item), this.timeouts[bucket] || (this.timeouts[bucket] = setTimeout(() => {
          callback(() => {
            this.timeouts[bucket] = null, this.execute(bucket);
          });
        }, options.timeout));
      }
      execute(bucket) {
        let queue = this.queues[bucket];
        if (!queue)
          return;
        let { length } = queue;
        if (length)
          for (debug("send %d commands in %s queue", length, bucket), this.queues[bucket] = null; queue.length > 0; )
            queue.shift()();
      }
    };
    exports.default = DelayQueue;
  }
});

// node_modules/ioredis/built/cluster/ShardedSubscriber.js
var require_ShardedSubscriber = __commonJS({
  "node_modules/ioredis/built/cluster/ShardedSubscriber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var util_1 = require_util2(), utils_1 = require_utils4(), Redis_1 = require_Redis(), debug = (0, utils_1.Debug)("cluster:subscriberGroup:shardedSubscriber"), SubscriberStatus = {
      IDLE: "idle",
      STARTING: "starting",
      CONNECTED: "connected",
      STOPPING: "stopping",
      ENDED: "ended"
    }, ALLOWED_STATUS_UPDATES = {
      [SubscriberStatus.IDLE]: [
        SubscriberStatus.STARTING,
        SubscriberStatus.STOPPING,
        SubscriberStatus.ENDED
      ],
      [SubscriberStatus.STARTING]: [
        SubscriberStatus.CONNECTED,
        SubscriberStatus.STOPPING,
        SubscriberStatus.ENDED
      ],
      [SubscriberStatus.CONNECTED]: [
        SubscriberStatus.STOPPING,
        SubscriberStatus.ENDED
      ],
      [SubscriberStatus.STOPPING]: [SubscriberStatus.ENDED],
      [SubscriberStatus.ENDED]: []
    }, ShardedSubscriber = class {
      constructor(emitter, options, redisOptions) {
        var _a;
        this.emitter = emitter, this.status = SubscriberStatus.IDLE, this.instance = null, this.connectPromise = null, this.messageListeners = /* @__PURE__ */ new Map(), this.onEnd = () => {
          this.updateStatus(SubscriberStatus.ENDED), this.emitter.emit("-node", this.instance, this.nodeKey);
        }, this.onError = (error) => {
          this.emitter.emit("nodeError", error, this.nodeKey);
        }, this.onMoved = () => {
          this.emitter.emit("moved");
        }, this.instance = new Redis_1.default((0, utils_1.defaults)({
          enableReadyCheck: !1,
          enableOfflineQueue: !0,
          connectionName: (0, util_1.getConnectionName)("ssubscriber", options.connectionName),
          /**
           * Disable auto reconnection for subscribers.
           * The ClusterSubscriberGroup will handle the reconnection.
           */
          retryStrategy: null,
          lazyConnect: !0
        }, options, redisOptions)), this.lazyConnect = (_a = redisOptions?.lazyConnect) !== null && _a !== void 0 ? _a : !0, this.nodeKey = (0, util_1.getNodeKey)(options), this.instance.on("end", this.onEnd), this.instance.on("error", this.onError), this.instance.on("moved", this.onMoved);
        for (let event of ["smessage", "smessageBuffer"]) {
          let listener = (...args) => {
            this.emitter.emit(event, ...args);
          };
          this.messageListeners.set(event, listener), this.instance.on(event, listener);
        }
      }
      async start() {
        if (this.connectPromise)
          return this.connectPromise;
        if (!(this.status === SubscriberStatus.STARTING || this.status === SubscriberStatus.CONNECTED)) {
          if (this.status === SubscriberStatus.ENDED || !this.instance)
            throw new Error(`Sharded subscriber ${this.nodeKey} cannot be restarted once ended.`);
          this.updateStatus(SubscriberStatus.STARTING), this.connectPromise = this.instance.connect();
          try {
            await this.connectPromise, this.updateStatus(SubscriberStatus.CONNECTED);
          } catch (err) {
            throw this.updateStatus(SubscriberStatus.ENDED), err;
          } finally {
            this.connectPromise = null;
          }
        }
      }
      stop() {
        this.updateStatus(SubscriberStatus.STOPPING), this.instance && (this.instance.disconnect(), this.instance.removeAllListeners(), this.messageListeners.clear(), this.instance = null), this.updateStatus(SubscriberStatus.ENDED), debug("stopped %s", this.nodeKey);
      }
      isStarted() {
        return [
          SubscriberStatus.CONNECTED,
          SubscriberStatus.STARTING
        ].includes(this.status);
      }
      get subscriberStatus() {
        return this.status;
      }
      isHealthy() {
        return (this.status === SubscriberStatus.IDLE || this.status === SubscriberStatus.CONNECTED || this.status === SubscriberStatus.STARTING) && this.instance !== null;
      }
      getInstance() {
        return this.instance;
      }
      getNodeKey() {
        return this.nodeKey;
      }
      isLazyConnect() {
        return this.lazyConnect;
      }
      updateStatus(nextStatus) {
        if (this.status !== nextStatus) {
          if (!ALLOWED_STATUS_UPDATES[this.status].includes(nextStatus)) {
            debug("Invalid status transition for %s: %s -> %s", this.nodeKey, this.status, nextStatus);
            return;
          }
          this.status = nextStatus;
        }
      }
    };
    exports.default = ShardedSubscriber;
  }
});

// node_modules/ioredis/built/cluster/ClusterSubscriberGroup.js
var require_ClusterSubscriberGroup = __commonJS({
  "node_modules/ioredis/built/cluster/ClusterSubscriberGroup.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var utils_1 = require_utils4(), util_1 = require_util2(), calculateSlot = require_lib(), ShardedSubscriber_1 = require_ShardedSubscriber(), debug = (0, utils_1.Debug)("cluster:subscriberGroup"), ClusterSubscriberGroup = class _ClusterSubscriberGroup {
      /**
       * Register callbacks
       *
       * @param cluster
       */
      constructor(subscriberGroupEmitter, options) {
        this.subscriberGroupEmitter = subscriberGroupEmitter, this.options = options, this.shardedSubscribers = /* @__PURE__ */ new Map(), this.clusterSlots = [], this.subscriberToSlotsIndex = /* @__PURE__ */ new Map(), this.channels = /* @__PURE__ */ new Map(), this.failedAttemptsByNode = /* @__PURE__ */ new Map(), this.isResetting = !1, this.pendingReset = null, this.handleSubscriberConnectFailed = (error, nodeKey) => {
          let failedAttempts = (this.failedAttemptsByNode.get(nodeKey) || 0) + 1;
          this.failedAttemptsByNode.set(nodeKey, failedAttempts);
          let attempts = Math.min(failedAttempts, _ClusterSubscriberGroup.MAX_RETRY_ATTEMPTS), backoff = Math.min(_ClusterSubscriberGroup.BASE_BACKOFF_MS * 2 ** attempts, _ClusterSubscriberGroup.MAX_BACKOFF_MS), jitter = Math.floor((Math.random() - 0.5) * (backoff * 0.5)), delay = Math.max(0, backoff + jitter);
          debug("Failed to connect subscriber for %s. Refreshing slots in %dms", nodeKey, delay), this.subscriberGroupEmitter.emit("subscriberConnectFailed", {
            delay,
            error
          });
        }, this.handleSubscriberConnectSucceeded = (nodeKey) => {
          this.failedAttemptsByNode.delete(nodeKey);
        };
      }
      /**
       * Get the responsible subscriber.
       *
       * @param slot
       */
      getResponsibleSubscriber(slot) {
        let nodeKey = this.clusterSlots[slot][0], sub = this.shardedSubscribers.get(nodeKey);
        return sub && sub.subscriberStatus === "idle" && sub.start().then(() => {
          this.handleSubscriberConnectSucceeded(sub.getNodeKey());
        }).catch((err) => {
          this.handleSubscriberConnectFailed(err, sub.getNodeKey());
        }), sub;
      }
      /**
       * Adds a channel for which this subscriber group is responsible
       *
       * @param channels
       */
      addChannels(channels) {
        let slot = calculateSlot(channels[0]);
        for (let c of channels)
          if (calculateSlot(c) !== slot)
            return -1;
        let currChannels = this.channels.get(slot);
        return currChannels ? this.channels.set(slot, currChannels.concat(channels)) : this.channels.set(slot, channels), Array.from(this.channels.values()).reduce((sum, array) => sum + array.length, 0);
      }
      /**
       * Removes channels for which the subscriber group is responsible by optionally unsubscribing
       * @param channels
       */
      removeChannels(channels) {
        let slot = calculateSlot(channels[0]);
        for (let c of channels)
          if (calculateSlot(c) !== slot)
            return -1;
        let slotChannels = this.channels.get(slot);
        if (slotChannels) {
          let updatedChannels = slotChannels.filter((c) => !channels.includes(c));
          this.channels.set(slot, updatedChannels);
        }
        return Array.from(this.channels.values()).reduce((sum, array) => sum + array.length, 0);
      }
      /**
       * Disconnect all subscribers and clear some of the internal state.
       */
      stop() {
        for (let s of this.shardedSubscribers.values())
          s.stop();
        this.pendingReset = null, this.shardedSubscribers.clear(), this.subscriberToSlotsIndex.clear();
      }
      /**
       * Start all not yet started subscribers
       */
      start() {
        let startPromises = [];
        for (let s of this.shardedSubscribers.values())
          this.shouldStartSubscriber(s) && (startPromises.push(s.start().then(() => {
            this.handleSubscriberConnectSucceeded(s.getNodeKey());
          }).catch((err) => {
            this.handleSubscriberConnectFailed(err, s.getNodeKey());
          })), this.subscriberGroupEmitter.emit("+subscriber"));
        return Promise.all(startPromises);
      }
      /**
       * Resets the subscriber group by disconnecting all subscribers that are no longer needed and connecting new ones.
       */
      async reset(clusterSlots, clusterNodes) {
        if (this.isResetting) {
          this.pendingReset = { slots: clusterSlots, nodes: clusterNodes };
          return;
        }
        this.isResetting = !0;
        try {
          let hasTopologyChanged = this._refreshSlots(clusterSlots), hasFailedSubscribers = this.hasUnhealthySubscribers();
          if (!hasTopologyChanged && !hasFailedSubscribers) {
            debug("No topology change detected or failed subscribers. Skipping reset.");
            return;
          }
          for (let [nodeKey, shardedSubscriber] of this.shardedSubscribers) {
            if (
              // If the subscriber is still responsible for a slot range and is healthy then keep it
              this.subscriberToSlotsIndex.has(nodeKey) && shardedSubscriber.isHealthy()
            ) {
              debug("Skipping deleting subscriber for %s", nodeKey);
              continue;
            }
            debug("Removing subscriber for %s", nodeKey), shardedSubscriber.stop(), this.shardedSubscribers.delete(nodeKey), this.subscriberGroupEmitter.emit("-subscriber");
          }
          let startPromises = [];
          for (let [nodeKey, _] of this.subscriberToSlotsIndex) {
            let existingSubscriber = this.shardedSubscribers.get(nodeKey);
            if (existingSubscriber && existingSubscriber.isHealthy()) {
              debug("Skipping creating new subscriber for %s", nodeKey), !existingSubscriber.isStarted() && this.shouldStartSubscriber(existingSubscriber) && startPromises.push(existingSubscriber.start().then(() => {
                this.handleSubscriberConnectSucceeded(nodeKey);
              }).catch((error) => {
                this.handleSubscriberConnectFailed(error, nodeKey);
              }));
              continue;
            }
            existingSubscriber && !existingSubscriber.isHealthy() && (debug("Replacing subscriber for %s", nodeKey), existingSubscriber.stop(), this.shardedSubscribers.delete(nodeKey), this.subscriberGroupEmitter.emit("-subscriber")), debug("Creating new subscriber for %s", nodeKey);
            let redis = clusterNodes.find((node) => (0, util_1.getNodeKey)(node.options) === nodeKey);
            if (!redis) {
              debug("Failed to find node for key %s", nodeKey);
              continue;
            }
            let sub = new ShardedSubscriber_1.default(this.subscriberGroupEmitter, redis.options, this.options.redisOptions);
            this.shardedSubscribers.set(nodeKey, sub), this.shouldStartSubscriber(sub) && startPromises.push(sub.start().then(() => {
              this.handleSubscriberConnectSucceeded(nodeKey);
            }).catch((error) => {
              this.handleSubscriberConnectFailed(error, nodeKey);
            })), this.subscriberGroupEmitter.emit("+subscriber");
          }
          await Promise.all(startPromises), this._resubscribe(), this.subscriberGroupEmitter.emit("subscribersReady");
        } finally {
          if (this.isResetting = !1, this.pendingReset) {
            let { slots, nodes } = this.pendingReset;
            this.pendingReset = null, await this.reset(slots, nodes);
          }
        }
      }
      /**
       * Refreshes the subscriber-related slot ranges
       *
       * Returns false if no refresh was needed
       *
       * @param targetSlots
       */
      _refreshSlots(targetSlots) {
        if (this._slotsAreEqual(targetSlots) && this.subscriberToSlotsIndex.size > 0)
          return debug("Nothing to refresh because the new cluster map is equal to the previous one."), !1;
        debug("Refreshing the slots of the subscriber group."), this.subscriberToSlotsIndex = /* @__PURE__ */ new Map();
        for (let slot = 0; slot < targetSlots.length; slot++) {
          let node = targetSlots[slot][0];
          this.subscriberToSlotsIndex.has(node) || this.subscriberToSlotsIndex.set(node, []), this.subscriberToSlotsIndex.get(node).push(Number(slot));
        }
        return this.clusterSlots = JSON.parse(JSON.stringify(targetSlots)), !0;
      }
      /**
       * Resubscribes to the previous channels
       *
       * @private
       */
      _resubscribe() {
        this.shardedSubscribers && this.shardedSubscribers.forEach((s, nodeKey) => {
          let subscriberSlots = this.subscriberToSlotsIndex.get(nodeKey);
          subscriberSlots && subscriberSlots.forEach((ss) => {
            let redis = s.getInstance(), channels = this.channels.get(ss);
            if (channels && channels.length > 0) {
              if (!redis || redis.status === "end")
                return;
              redis.status === "ready" ? redis.ssubscribe(...channels).catch((err) => {
                debug("Failed to ssubscribe on node %s: %s", nodeKey, err);
              }) : redis.once("ready", () => {
                redis.ssubscribe(...channels).catch((err) => {
                  debug("Failed to ssubscribe on node %s: %s", nodeKey, err);
                });
              });
            }
          });
        });
      }
      /**
       * Deep equality of the cluster slots objects
       *
       * @param other
       * @private
       */
      _slotsAreEqual(other) {
        return this.clusterSlots === void 0 ? !1 : JSON.stringify(this.clusterSlots) === JSON.stringify(other);
      }
      /**
       * Checks if any subscribers are in an unhealthy state.
       *
       * A subscriber is considered unhealthy if:
       * - It exists but is not started (failed/disconnected)
       * - It's missing entirely for a node that should have one
       *
       * @returns true if any subscribers need to be recreated
       */
      hasUnhealthySubscribers() {
        let hasFailedSubscribers = Array.from(this.shardedSubscribers.values()).some((sub) => !sub.isHealthy()), hasMissingSubscribers = Array.from(this.subscriberToSlotsIndex.keys()).some((nodeKey) => !this.shardedSubscribers.has(nodeKey));
        return hasFailedSubscribers || hasMissingSubscribers;
      }
      shouldStartSubscriber(sub) {
        if (sub.isStarted())
          return !1;
        if (!sub.isLazyConnect())
          return !0;
        let subscriberSlots = this.subscriberToSlotsIndex.get(sub.getNodeKey());
        return subscriberSlots ? subscriberSlots.some((slot) => {
          let channels = this.channels.get(slot);
          return !!(channels && channels.length > 0);
        }) : !1;
      }
    };
    exports.default = ClusterSubscriberGroup;
    ClusterSubscriberGroup.MAX_RETRY_ATTEMPTS = 10;
    ClusterSubscriberGroup.MAX_BACKOFF_MS = 2e3;
    ClusterSubscriberGroup.BASE_BACKOFF_MS = 100;
  }
});

// node_modules/ioredis/built/cluster/index.js
var require_cluster2 = __commonJS({
  "node_modules/ioredis/built/cluster/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var commands_1 = require_built(), events_1 = __require("events"), redis_errors_1 = require_redis_errors(), standard_as_callback_1 = require_built2(), Command_1 = require_Command(), ClusterAllFailedError_1 = require_ClusterAllFailedError(), Redis_1 = require_Redis(), ScanStream_1 = require_ScanStream(), transaction_1 = require_transaction(), utils_1 = require_utils4(), applyMixin_1 = require_applyMixin(), Commander_1 = require_Commander(), ClusterOptions_1 = require_ClusterOptions(), ClusterSubscriber_1 = require_ClusterSubscriber(), ConnectionPool_1 = require_ConnectionPool(), DelayQueue_1 = require_DelayQueue(), util_1 = require_util2(), Deque = require_denque(), ClusterSubscriberGroup_1 = require_ClusterSubscriberGroup(), debug = (0, utils_1.Debug)("cluster"), REJECT_OVERWRITTEN_COMMANDS = /* @__PURE__ */ new WeakSet(), Cluster = class _Cluster extends Commander_1.default {
      /**
       * Creates an instance of Cluster.
       */
      //TODO: Add an option that enables or disables sharded PubSub
      constructor(startupNodes, options = {}) {
        var _a;
        if (super(), this.slots = [], this._groupsIds = {}, this._groupsBySlot = Array(16384), this.isCluster = !0, this.retryAttempts = 0, this.delayQueue = new DelayQueue_1.default(), this.offlineQueue = new Deque(), this.isRefreshing = !1, this._refreshSlotsCacheCallbacks = [], this._autoPipelines = /* @__PURE__ */ new Map(), this._runningAutoPipelines = /* @__PURE__ */ new Set(), this._readyDelayedCallbacks = [], this.connectionEpoch = 0, events_1.EventEmitter.call(this), this.startupNodes = startupNodes, this.options = (0, utils_1.defaults)({}, options, ClusterOptions_1.DEFAULT_CLUSTER_OPTIONS, this.options), this.options.shardedSubscribers && this.createShardedSubscriberGroup(), this.options.redisOptions && this.options.redisOptions.keyPrefix && !this.options.keyPrefix && (this.options.keyPrefix = this.options.redisOptions.keyPrefix), typeof this.options.scaleReads != "function" && ["all", "master", "slave"].indexOf(this.options.scaleReads) === -1)
          throw new Error('Invalid option scaleReads "' + this.options.scaleReads + '". Expected "all", "master", "slave" or a custom function');
        this.connectionPool = new ConnectionPool_1.default((_a = this.options.redisOptions) !== null && _a !== void 0 ? _a : {}, this.options.clusterNodeRetryStrategy), this.connectionPool.on("-node", (redis, key) => {
          this.emit("-node", redis);
        }), this.connectionPool.on("+node", (redis) => {
          this.emit("+node", redis);
        }), this.connectionPool.on("drain", () => {
          this.setStatus("close");
        }), this.connectionPool.on("nodeError", (error, key) => {
          this.emit("node error", error, key);
        }), this.subscriber = new ClusterSubscriber_1.default(this.connectionPool, this), this.options.scripts && Object.entries(this.options.scripts).forEach(([name, definition]) => {
          this.defineCommand(name, definition);
        }), this.options.lazyConnect ? this.setStatus("wait") : this.connect().catch((err) => {
          debug("connecting failed: %s", err);
        });
      }
      /**
       * Connect to a cluster
       */
      connect() {
        return new Promise((resolve2, reject) => {
          if (this.status === "connecting" || this.status === "connect" || this.status === "ready") {
            reject(new Error("Redis is already connecting/connected"));
            return;
          }
          let epoch = ++this.connectionEpoch;
          this.setStatus("connecting"), this.resolveStartupNodeHostnames().then((nodes) => {
            if (this.connectionEpoch !== epoch) {
              debug("discard connecting after resolving startup nodes because epoch not match: %d != %d", epoch, this.connectionEpoch), reject(new redis_errors_1.RedisError("Connection is discarded because a new connection is made"));
              return;
            }
            if (this.status !== "connecting") {
              debug("discard connecting after resolving startup nodes because the status changed to %s", this.status), reject(new redis_errors_1.RedisError("Connection is aborted"));
              return;
            }
            this.connectionPool.reset(nodes), this.options.shardedSubscribers && this.shardedSubscribers.reset(this.slots, this.connectionPool.getNodes("all")).catch((err) => {
              debug("Error while starting subscribers: %s", err);
            });
            let readyHandler = () => {
              this.setStatus("ready"), this.retryAttempts = 0, this.executeOfflineCommands(), this.resetNodesRefreshInterval(), resolve2();
            }, closeListener, refreshListener = () => {
              this.invokeReadyDelayedCallbacks(void 0), this.removeListener("close", closeListener), this.manuallyClosing = !1, this.setStatus("connect"), this.options.enableReadyCheck ? this.readyCheck((err, fail) => {
                err || fail ? (debug("Ready check failed (%s). Reconnecting...", err || fail), this.status === "connect" && this.disconnect(!0)) : readyHandler();
              }) : readyHandler();
            };
            closeListener = () => {
              let error = new Error("None of startup nodes is available");
              this.removeListener("refresh", refreshListener), this.invokeReadyDelayedCallbacks(error), reject(error);
            }, this.once("refresh", refreshListener), this.once("close", closeListener), this.once("close", this.handleCloseEvent.bind(this)), this.refreshSlotsCache((err) => {
              err && err.message === ClusterAllFailedError_1.default.defaultMessage && (Redis_1.default.prototype.silentEmit.call(this, "error", err), this.connectionPool.reset([]));
            }), this.subscriber.start(), this.options.shardedSubscribers && this.shardedSubscribers.start().catch((err) => {
              debug("Error while starting subscribers: %s", err);
            });
          }).catch((err) => {
            this.setStatus("close"), this.handleCloseEvent(err), this.invokeReadyDelayedCallbacks(err), reject(err);
          });
        });
      }
      /**
       * Disconnect from every node in the cluster.
       */
      disconnect(reconnect = !1) {
        let status = this.status;
        this.setStatus("disconnecting"), reconnect || (this.manuallyClosing = !0), this.reconnectTimeout && !reconnect && (clearTimeout(this.reconnectTimeout), this.reconnectTimeout = null, debug("Canceled reconnecting attempts")), this.clearNodesRefreshInterval(), this.subscriber.stop(), this.options.shardedSubscribers && this.shardedSubscribers.stop(), status === "wait" ? (this.setStatus("close"), this.handleCloseEvent()) : this.connectionPool.reset([]);
      }
      /**
       * Quit the cluster gracefully.
       */
      quit(callback) {
        let status = this.status;
        if (this.setStatus("disconnecting"), this.manuallyClosing = !0, this.reconnectTimeout && (clearTimeout(this.reconnectTimeout), this.reconnectTimeout = null), this.clearNodesRefreshInterval(), this.subscriber.stop(), this.options.shardedSubscribers && this.shardedSubscribers.stop(), status === "wait") {
          let ret2 = (0, standard_as_callback_1.default)(Promise.resolve("OK"), callback);
          return setImmediate(function() {
            this.setStatus("close"), this.handleCloseEvent();
          }.bind(this)), ret2;
        }
        return (0, standard_as_callback_1.default)(Promise.all(this.nodes().map((node) => node.quit().catch((err) => {
          if (err.message === utils_1.CONNECTION_CLOSED_ERROR_MSG)
            return "OK";
          throw err;
        }))).then(() => "OK"), callback);
      }
      /**
       * Create a new instance with the same startup nodes and options as the current one.
       *
       * @example
       * ```js
       * var cluster = new Redis.Cluster([{ host: "127.0.0.1", port: "30001" }]);
       * var anotherCluster = cluster.duplicate();
       * ```
       */
      duplicate(overrideStartupNodes = [], overrideOptions = {}) {
        let startupNodes = overrideStartupNodes.length > 0 ? overrideStartupNodes : this.startupNodes.slice(0), options = Object.assign({}, this.options, overrideOptions);
        return new _Cluster(startupNodes, options);
      }
      /**
       * Get nodes with the specified role
       */
      nodes(role = "all") {
        if (role !== "all" && role !== "master" && role !== "slave")
          throw new Error('Invalid role "' + role + '". Expected "all", "master" or "slave"');
        return this.connectionPool.getNodes(role);
      }
      /**
       * This is needed in order not to install a listener for each auto pipeline
       *
       * @ignore
       */
      delayUntilReady(callback) {
        this._readyDelayedCallbacks.push(callback);
      }
      /**
       * Get the number of commands queued in automatic pipelines.
       *
       * This is not available (and returns 0) until the cluster is connected and slots information have been received.
       */
      get autoPipelineQueueSize() {
        let queued = 0;
        for (let pipeline of this._autoPipelines.values())
          queued += pipeline.length;
        return queued;
      }
      /**
       * Refresh the slot cache
       *
       * @ignore
       */
      refreshSlotsCache(callback) {
        if (callback && this._refreshSlotsCacheCallbacks.push(callback), this.isRefreshing)
          return;
        this.isRefreshing = !0;
        let _this = this, wrapper = (error) => {
          this.isRefreshing = !1;
          for (let callback2 of this._refreshSlotsCacheCallbacks)
            callback2(error);
          this._refreshSlotsCacheCallbacks = [];
        }, nodes = (0, utils_1.shuffle)(this.connectionPool.getNodes()), lastNodeError = null;
        function tryNode(index) {
          if (index === nodes.length) {
            let error = new ClusterAllFailedError_1.default(ClusterAllFailedError_1.default.defaultMessage, lastNodeError);
            return wrapper(error);
          }
          let node = nodes[index], key = `${node.options.host}:${node.options.port}`;
          debug("getting slot cache from %s", key), _this.getInfoFromNode(node, function(err) {
            switch (_this.status) {
              case "close":
              case "end":
                return wrapper(new Error("Cluster is disconnected."));
              case "disconnecting":
                return wrapper(new Error("Cluster is disconnecting."));
            }
            err ? (_this.emit("node error", err, key), lastNodeError = err, tryNode(index + 1)) : (_this.emit("refresh"), wrapper());
          });
        }
        tryNode(0);
      }
      /**
       * @ignore
       */
      sendCommand(command, stream, node) {
        if (this.status === "wait" && this.connect().catch(utils_1.noop), this.status === "end")
          return command.reject(new Error(utils_1.CONNECTION_CLOSED_ERROR_MSG)), command.promise;
        let to = this.options.scaleReads;
        to !== "master" && (command.isReadOnly || (0, commands_1.exists)(command.name) && (0, commands_1.hasFlag)(command.name, "readonly") || (to = "master"));
        let targetSlot = node ? node.slot : command.getSlot(), ttl = {}, _this = this;
        if (!node && !REJECT_OVERWRITTEN_COMMANDS.has(command)) {
          REJECT_OVERWRITTEN_COMMANDS.add(command);
          let reject = command.reject;
          command.reject = function(err) {
            let partialTry = tryConnection.bind(null, !0);
            _this.handleError(err, ttl, {
              moved: function(slot, key) {
                debug("command %s is moved to %s", command.name, key), targetSlot = Number(slot), _this.slots[slot] ? _this.slots[slot][0] = key : _this.slots[slot] = [key], _this._groupsBySlot[slot] = _this._groupsIds[_this.slots[slot].join(";")], _this.connectionPool.findOrCreate(_this.natMapper(key)), tryConnection(), debug("refreshing slot caches... (triggered by MOVED error)"), _this.refreshSlotsCache();
              },
              ask: function(slot, key) {
                debug("command %s is required to ask %s:%s", command.name, key);
                let mapped = _this.natMapper(key);
                _this.connectionPool.findOrCreate(mapped), tryConnection(!1, `${mapped.host}:${mapped.port}`);
              },
              tryagain: partialTry,
              clusterDown: partialTry,
              connectionClosed: partialTry,
              maxRedirections: function(redirectionError) {
                reject.call(command, redirectionError);
              },
              defaults: function() {
                reject.call(command, err);
              }
            });
          };
        }
        tryConnection();
        function tryConnection(random, asking) {
          if (_this.status === "end") {
            command.reject(new redis_errors_1.AbortError("Cluster is ended."));
            return;
          }
          let redis;
          if (_this.status === "ready" || command.name === "cluster") {
            if (node && node.redis)
              redis = node.redis;
            else if (Command_1.default.checkFlag("ENTER_SUBSCRIBER_MODE", command.name) || Command_1.default.checkFlag("EXIT_SUBSCRIBER_MODE", command.name)) {
              if (_this.options.shardedSubscribers && (command.name == "ssubscribe" || command.name == "sunsubscribe")) {
                let sub = _this.shardedSubscribers.getResponsibleSubscriber(targetSlot);
                if (!sub) {
                  command.reject(new redis_errors_1.AbortError(`No sharded subscriber for slot: ${targetSlot}`));
                  return;
                }
                let status = -1;
                command.name == "ssubscribe" && (status = _this.shardedSubscribers.addChannels(command.getKeys())), command.name == "sunsubscribe" && (status = _this.shardedSubscribers.removeChannels(command.getKeys())), status !== -1 ? redis = sub.getInstance() : command.reject(new redis_errors_1.AbortError("Possible CROSSSLOT error: All channels must hash to the same slot"));
              } else
                redis = _this.subscriber.getInstance();
              if (!redis) {
                command.reject(new redis_errors_1.AbortError("No subscriber for the cluster"));
                return;
              }
            } else {
              if (!random) {
                if (typeof targetSlot == "number" && _this.slots[targetSlot]) {
                  let nodeKeys = _this.slots[targetSlot];
                  if (typeof to == "function") {
                    let nodes = nodeKeys.map(function(key) {
                      return _this.connectionPool.getInstanceByKey(key);
                    });
                    redis = to(nodes, command), Array.isArray(redis) && (redis = (0, utils_1.sample)(redis)), redis || (redis = nodes[0]);
                  } else {
                    let key;
                    to === "all" ? key = (0, utils_1.sample)(nodeKeys) : to === "slave" && nodeKeys.length > 1 ? key = (0, utils_1.sample)(nodeKeys, 1) : key = nodeKeys[0], redis = _this.connectionPool.getInstanceByKey(key);
                  }
                }
                asking && (redis = _this.connectionPool.getInstanceByKey(asking), redis.asking());
              }
              if (redis || (redis = (typeof to == "function" ? null : _this.connectionPool.getSampleInstance(to)) || _this.connectionPool.getSampleInstance("all")), redis && !_this.options.enableOfflineQueue && redis.status !== "ready" && redis.status !== "wait") {
                command.reject(new Error(utils_1.CONNECTION_CLOSED_ERROR_MSG));
                return;
              }
            }
            node && !node.redis && (node.redis = redis);
          }
          if (!redis && _this.options.enableOfflineQueue) {
            _this.offlineQueue.push({
              command,
              stream,
              node
            });
            return;
          }
          if (!redis) {
            command.reject(new Error("Cluster isn't ready and enableOfflineQueue options is false"));
            return;
          }
          redis.sendCommand(command, stream);
        }
        return command.promise;
      }
      sscanStream(key, options) {
        return this.createScanStream("sscan", { key, options });
      }
      sscanBufferStream(key, options) {
        return this.createScanStream("sscanBuffer", { key, options });
      }
      hscanStream(key, options) {
        return this.createScanStream("hscan", { key, options });
      }
      hscanBufferStream(key, options) {
        return this.createScanStream("hscanBuffer", { key, options });
      }
      zscanStream(key, options) {
        return this.createScanStream("zscan", { key, options });
      }
      zscanBufferStream(key, options) {
        return this.createScanStream("zscanBuffer", { key, options });
      }
      /**
       * @ignore
       */
      handleError(error, ttl, handlers) {
        if (typeof ttl.value > "u" ? ttl.value = this.options.maxRedirections : ttl.value -= 1, ttl.value <= 0) {
          handlers.maxRedirections(new Error("Too many Cluster redirections. Last error: " + error));
          return;
        }
        let errv = error.message.split(" ");
        if (errv[0] === "MOVED") {
          let timeout = this.options.retryDelayOnMoved;
          timeout && typeof timeout == "number" ? this.delayQueue.push("moved", handlers.moved.bind(null, errv[1], errv[2]), { timeout }) : handlers.moved(errv[1], errv[2]);
        } else errv[0] === "ASK" ? handlers.ask(errv[1], errv[2]) : errv[0] === "TRYAGAIN" ? this.delayQueue.push("tryagain", handlers.tryagain, {
          timeout: this.options.retryDelayOnTryAgain
        }) : errv[0] === "CLUSTERDOWN" && this.options.retryDelayOnClusterDown > 0 ? this.delayQueue.push("clusterdown", handlers.connectionClosed, {
          timeout: this.options.retryDelayOnClusterDown,
          callback: this.refreshSlotsCache.bind(this)
        }) : error.message === utils_1.CONNECTION_CLOSED_ERROR_MSG && this.options.retryDelayOnFailover > 0 && this.status === "ready" ? this.delayQueue.push("failover", handlers.connectionClosed, {
          timeout: this.options.retryDelayOnFailover,
          callback: this.refreshSlotsCache.bind(this)
        }) : handlers.defaults();
      }
      resetOfflineQueue() {
        this.offlineQueue = new Deque();
      }
      clearNodesRefreshInterval() {
        this.slotsTimer && (clearTimeout(this.slotsTimer), this.slotsTimer = null);
      }
      resetNodesRefreshInterval() {
        if (this.slotsTimer || !this.options.slotsRefreshInterval)
          return;
        let nextRound = () => {
          this.slotsTimer = setTimeout(() => {
            debug('refreshing slot caches... (triggered by "slotsRefreshInterval" option)'), this.refreshSlotsCache(() => {
              nextRound();
            });
          }, this.options.slotsRefreshInterval);
        };
        nextRound();
      }
      /**
       * Change cluster instance's status
       */
      setStatus(status) {
        debug("status: %s -> %s", this.status || "[empty]", status), this.status = status, process.nextTick(() => {
          this.emit(status);
        });
      }
      /**
       * Called when closed to check whether a reconnection should be made
       */
      handleCloseEvent(reason) {
        var _a;
        reason && debug("closed because %s", reason);
        let retryDelay;
        !this.manuallyClosing && typeof this.options.clusterRetryStrategy == "function" && (retryDelay = this.options.clusterRetryStrategy.call(this, ++this.retryAttempts, reason)), typeof retryDelay == "number" ? (this.setStatus("reconnecting"), this.reconnectTimeout = setTimeout(() => {
          this.reconnectTimeout = null, debug("Cluster is disconnected. Retrying after %dms", retryDelay), this.connect().catch(function(err) {
            debug("Got error %s when reconnecting. Ignoring...", err);
          });
        }, retryDelay)) : (this.options.shardedSubscribers && ((_a = this.subscriberGroupEmitter) === null || _a === void 0 || _a.removeAllListeners()), this.setStatus("end"), this.flushQueue(new Error("None of startup nodes is available")));
      }
      /**
       * Flush offline queue with error.
       */
      flushQueue(error) {
        let item;
        for (; item = this.offlineQueue.shift(); )
          item.command.reject(error);
      }
      executeOfflineCommands() {
        if (this.offlineQueue.length) {
          debug("send %d commands in offline queue", this.offlineQueue.length);
          let offlineQueue = this.offlineQueue;
          this.resetOfflineQueue();
          let item;
          for (; item = offlineQueue.shift(); )
            this.sendCommand(item.command, item.stream, item.node);
        }
      }
      natMapper(nodeKey) {
        let key = typeof nodeKey == "string" ? nodeKey : `${nodeKey.host}:${nodeKey.port}`, mapped = null;
        return this.options.natMap && typeof this.options.natMap == "function" ? mapped = this.options.natMap(key) : this.options.natMap && typeof this.options.natMap == "object" && (mapped = this.options.natMap[key]), mapped ? (debug("NAT mapping %s -> %O", key, mapped), Object.assign({}, mapped)) : typeof nodeKey == "string" ? (0, util_1.nodeKeyToRedisOptions)(nodeKey) : nodeKey;
      }
      getInfoFromNode(redis, callback) {
        if (!redis)
          return callback(new Error("Node is disconnected"));
        let duplicatedConnection = redis.duplicate({
          enableOfflineQueue: !0,
          enableReadyCheck: !1,
          retryStrategy: null,
          connectionName: (0, util_1.getConnectionName)("refresher", this.options.redisOptions && this.options.redisOptions.connectionName)
        });
        duplicatedConnection.on("error", utils_1.noop), duplicatedConnection.cluster("SLOTS", (0, utils_1.timeout)((err, result) => {
          if (duplicatedConnection.disconnect(), err)
            return debug("error encountered running CLUSTER.SLOTS: %s", err), callback(err);
          if (this.status === "disconnecting" || this.status === "close" || this.status === "end") {
            debug("ignore CLUSTER.SLOTS results (count: %d) since cluster status is %s", result.length, this.status), callback();
            return;
          }
          let nodes = [];
          debug("cluster slots result count: %d", result.length);
          for (let i = 0; i < result.length; ++i) {
            let items = result[i], slotRangeStart = items[0], slotRangeEnd = items[1], keys = [];
            for (let j2 = 2; j2 < items.length; j2++) {
              if (!items[j2][0])
                continue;
              let node = this.natMapper({
                host: items[j2][0],
                port: items[j2][1]
              });
              node.readOnly = j2 !== 2, nodes.push(node), keys.push(node.host + ":" + node.port);
            }
            debug("cluster slots result [%d]: slots %d~%d served by %s", i, slotRangeStart, slotRangeEnd, keys);
            for (let slot = slotRangeStart; slot <= slotRangeEnd; slot++)
              this.slots[slot] = keys;
          }
          this._groupsIds = /* @__PURE__ */ Object.create(null);
          let j = 0;
          for (let i = 0; i < 16384; i++) {
            let target = (this.slots[i] || []).join(";");
            if (!target.length) {
              this._groupsBySlot[i] = void 0;
              continue;
            }
            this._groupsIds[target] || (this._groupsIds[target] = ++j), this._groupsBySlot[i] = this._groupsIds[target];
          }
          this.connectionPool.reset(nodes), this.options.shardedSubscribers && this.shardedSubscribers.reset(this.slots, this.connectionPool.getNodes("all")).catch((err2) => {
            debug("Error while starting subscribers: %s", err2);
          }), callback();
        }, this.options.slotsRefreshTimeout));
      }
      invokeReadyDelayedCallbacks(err) {
        for (let c of this._readyDelayedCallbacks)
          process.nextTick(c, err);
        this._readyDelayedCallbacks = [];
      }
      /**
       * Check whether Cluster is able to process commands
       */
      readyCheck(callback) {
        this.cluster("INFO", (err, res) => {
          if (err)
            return callback(err);
          if (typeof res != "string")
            return callback();
          let state, lines = res.split(`\r
`);
          for (let i = 0; i < lines.length; ++i) {
            let parts = lines[i].split(":");
            if (parts[0] === "cluster_state") {
              state = parts[1];
              break;
            }
          }
          state === "fail" ? (debug("cluster state not ok (%s)", state), callback(null, state)) : callback();
        });
      }
      resolveSrv(hostname) {
        return new Promise((resolve2, reject) => {
          this.options.resolveSrv(hostname, (err, records) => {
            if (err)
              return reject(err);
            let self2 = this, groupedRecords = (0, util_1.groupSrvRecords)(records), sortedKeys = Object.keys(groupedRecords).sort((a, b) => parseInt(a) - parseInt(b));
            function tryFirstOne(err2) {
              if (!sortedKeys.length)
                return reject(err2);
              let key = sortedKeys[0], group = groupedRecords[key], record = (0, util_1.weightSrvRecords)(group);
              group.records.length || sortedKeys.shift(), self2.dnsLookup(record.name).then((host) => resolve2({
                host,
                port: record.port
              }), tryFirstOne);
            }
            tryFirstOne();
          });
        });
      }
      dnsLookup(hostname) {
        return new Promise((resolve2, reject) => {
          this.options.dnsLookup(hostname, (err, address) => {
            err ? (debug("failed to resolve hostname %s to IP: %s", hostname, err.message), reject(err)) : (debug("resolved hostname %s to IP %s", hostname, address), resolve2(address));
          });
        });
      }
      /**
       * Normalize startup nodes, and resolving hostnames to IPs.
       *
       * This process happens every time when #connect() is called since
       * #startupNodes and DNS records may chanage.
       */
      async resolveStartupNodeHostnames() {
        if (!Array.isArray(this.startupNodes) || this.startupNodes.length === 0)
          throw new Error("`startupNodes` should contain at least one node.");
        let startupNodes = (0, util_1.normalizeNodeOptions)(this.startupNodes), hostnames = (0, util_1.getUniqueHostnamesFromOptions)(startupNodes);
        if (hostnames.length === 0)
          return startupNodes;
        let configs = await Promise.all(hostnames.map((this.options.useSRVRecords ? this.resolveSrv : this.dnsLookup).bind(this))), hostnameToConfig = (0, utils_1.zipMap)(hostnames, configs);
        return startupNodes.map((node) => {
          let config = hostnameToConfig.get(node.host);
          return config ? this.options.useSRVRecords ? Object.assign({}, node, config) : Object.assign({}, node, { host: config }) : node;
        });
      }
      createScanStream(command, { key, options = {} }) {
        return new ScanStream_1.default({
          objectMode: !0,
          key,
          redis: this,
          command,
          ...options
        });
      }
      createShardedSubscriberGroup() {
        this.subscriberGroupEmitter = new events_1.EventEmitter(), this.shardedSubscribers = new ClusterSubscriberGroup_1.default(this.subscriberGroupEmitter, this.options);
        let refreshSlotsCacheCallback = (err) => {
          err instanceof ClusterAllFailedError_1.default && this.disconnect(!0);
        };
        this.subscriberGroupEmitter.on("-node", (redis, nodeKey) => {
          this.emit("-node", redis, nodeKey), this.refreshSlotsCache(refreshSlotsCacheCallback);
        }), this.subscriberGroupEmitter.on("subscriberConnectFailed", ({ delay, error }) => {
          this.emit("error", error), setTimeout(() => {
            this.refreshSlotsCache(refreshSlotsCacheCallback);
          }, delay);
        }), this.subscriberGroupEmitter.on("moved", () => {
          this.refreshSlotsCache(refreshSlotsCacheCallback);
        }), this.subscriberGroupEmitter.on("-subscriber", () => {
          this.emit("-subscriber");
        }), this.subscriberGroupEmitter.on("+subscriber", () => {
          this.emit("+subscriber");
        }), this.subscriberGroupEmitter.on("nodeError", (error, nodeKey) => {
          this.emit("nodeError", error, nodeKey);
        }), this.subscriberGroupEmitter.on("subscribersReady", () => {
          this.emit("subscribersReady");
        });
        for (let event of ["smessage", "smessageBuffer"])
          this.subscriberGroupEmitter.on(event, (arg1, arg2, arg3) => {
            this.emit(event, arg1, arg2, arg3);
          });
      }
    };
    (0, applyMixin_1.default)(Cluster, events_1.EventEmitter);
    (0, transaction_1.addTransactionSupport)(Cluster.prototype);
    exports.default = Cluster;
  }
});

// node_modules/ioredis/built/connectors/AbstractConnector.js
var require_AbstractConnector = __commonJS({
  "node_modules/ioredis/built/connectors/AbstractConnector.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var utils_1 = require_utils4(), debug = (0, utils_1.Debug)("AbstractConnector"), AbstractConnector = class {
      constructor(disconnectTimeout) {
        this.connecting = !1, this.disconnectTimeout = disconnectTimeout;
      }
      check(info) {
        return !0;
      }
      disconnect() {
        if (this.connecting = !1, this.stream) {
          let stream = this.stream, timeout = setTimeout(() => {
            debug("stream %s:%s still open, destroying it", stream.remoteAddress, stream.remotePort), stream.destroy();
          }, this.disconnectTimeout);
          stream.on("close", () => clearTimeout(timeout)), stream.end();
        }
      }
    };
    exports.default = AbstractConnector;
  }
});

// node_modules/ioredis/built/connectors/StandaloneConnector.js
var require_StandaloneConnector = __commonJS({
  "node_modules/ioredis/built/connectors/StandaloneConnector.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var net_1 = __require("net"), tls_1 = __require("tls"), utils_1 = require_utils4(), AbstractConnector_1 = require_AbstractConnector(), StandaloneConnector = class extends AbstractConnector_1.default {
      constructor(options) {
        super(options.disconnectTimeout), this.options = options;
      }
      connect(_) {
        let { options } = this;
        this.connecting = !0;
        let connectionOptions;
        return "path" in options && options.path ? connectionOptions = {
          path: options.path
        } : (connectionOptions = {}, "port" in options && options.port != null && (connectionOptions.port = options.port), "host" in options && options.host != null && (connectionOptions.host = options.host), "family" in options && options.family != null && (connectionOptions.family = options.family)), options.tls && Object.assign(connectionOptions, options.tls), new Promise((resolve2, reject) => {
          process.nextTick(() => {
            if (!this.connecting) {
              reject(new Error(utils_1.CONNECTION_CLOSED_ERROR_MSG));
              return;
            }
            try {
              options.tls ? this.stream = (0, tls_1.connect)(connectionOptions) : this.stream = (0, net_1.createConnection)(connectionOptions);
            } catch (err) {
              reject(err);
              return;
            }
            this.stream.once("error", (err) => {
              this.firstError = err;
            }), resolve2(this.stream);
          });
        });
      }
    };
    exports.default = StandaloneConnector;
  }
});

// node_modules/ioredis/built/connectors/SentinelConnector/SentinelIterator.js
var require_SentinelIterator = __commonJS({
  "node_modules/ioredis/built/connectors/SentinelConnector/SentinelIterator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function isSentinelEql(a, b) {
      return (a.host || "127.0.0.1") === (b.host || "127.0.0.1") && (a.port || 26379) === (b.port || 26379);
    }
    var SentinelIterator = class {
      constructor(sentinels) {
        this.cursor = 0, this.sentinels = sentinels.slice(0);
      }
      next() {
        let done = this.cursor >= this.sentinels.length;
        return { done, value: done ? void 0 : this.sentinels[this.cursor++] };
      }
      reset(moveCurrentEndpointToFirst) {
        moveCurrentEndpointToFirst && this.sentinels.length > 1 && this.cursor !== 1 && this.sentinels.unshift(...this.sentinels.splice(this.cursor - 1)), this.cursor = 0;
      }
      add(sentinel) {
        for (let i = 0; i < this.sentinels.length; i++)
          if (isSentinelEql(sentinel, this.sentinels[i]))
            return !1;
        return this.sentinels.push(sentinel), !0;
      }
      toString() {
        return `${JSON.stringify(this.sentinels)} @${this.cursor}`;
      }
    };
    exports.default = SentinelIterator;
  }
});

// node_modules/ioredis/built/connectors/SentinelConnector/FailoverDetector.js
var require_FailoverDetector = __commonJS({
  "node_modules/ioredis/built/connectors/SentinelConnector/FailoverDetector.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.FailoverDetector = void 0;
    var utils_1 = require_utils4(), debug = (0, utils_1.Debug)("FailoverDetector"), CHANNEL_NAME = "+switch-master", FailoverDetector = class {
      // sentinels can't be used for regular commands after this
      constructor(connector, sentinels) {
        this.isDisconnected = !1, this.connector = connector, this.sentinels = sentinels;
      }
      cleanup() {
        this.isDisconnected = !0;
        for (let sentinel of this.sentinels)
          sentinel.client.disconnect();
      }
      async subscribe() {
        debug("Starting FailoverDetector");
        let promises = [];
        for (let sentinel of this.sentinels) {
          let promise = sentinel.client.subscribe(CHANNEL_NAME).catch((err) => {
            debug("Failed to subscribe to failover messages on sentinel %s:%s (%s)", sentinel.address.host || "127.0.0.1", sentinel.address.port || 26739, err.message);
          });
          promises.push(promise), sentinel.client.on("message", (channel) => {
            !this.isDisconnected && channel === CHANNEL_NAME && this.disconnect();
          });
        }
        await Promise.all(promises);
      }
      disconnect() {
        this.isDisconnected = !0, debug("Failover detected, disconnecting"), this.connector.disconnect();
      }
    };
    exports.FailoverDetector = FailoverDetector;
  }
});

// node_modules/ioredis/built/connectors/SentinelConnector/index.js
var require_SentinelConnector = __commonJS({
  "node_modules/ioredis/built/connectors/SentinelConnector/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.SentinelIterator = void 0;
    var net_1 = __require("net"), utils_1 = require_utils4(), tls_1 = __require("tls"), SentinelIterator_1 = require_SentinelIterator();
    exports.SentinelIterator = SentinelIterator_1.default;
    var AbstractConnector_1 = require_AbstractConnector(), Redis_1 = require_Redis(), FailoverDetector_1 = require_FailoverDetector(), debug = (0, utils_1.Debug)("SentinelConnector"), SentinelConnector = class extends AbstractConnector_1.default {
      constructor(options) {
        if (super(options.disconnectTimeout), this.options = options, this.emitter = null, this.failoverDetector = null, !this.options.sentinels.length)
          throw new Error("Requires at least one sentinel to connect to.");
        if (!this.options.name)
          throw new Error("Requires the name of master.");
        this.sentinelIterator = new SentinelIterator_1.default(this.options.sentinels);
      }
      check(info) {
        let roleMatches = !info.role || this.options.role === info.role;
        return roleMatches || (debug("role invalid, expected %s, but got %s", this.options.role, info.role), this.sentinelIterator.next(), this.sentinelIterator.next(), this.sentinelIterator.reset(!0)), roleMatches;
      }
      disconnect() {
        super.disconnect(), this.failoverDetector && this.failoverDetector.cleanup();
      }
      connect(eventEmitter) {
        this.connecting = !0, this.retryAttempts = 0;
        let lastError, connectToNext = async () => {
          let endpoint = this.sentinelIterator.next();
          if (endpoint.done) {
            this.sentinelIterator.reset(!1);
            let retryDelay = typeof this.options.sentinelRetryStrategy == "function" ? this.options.sentinelRetryStrategy(++this.retryAttempts) : null, errorMsg = typeof retryDelay != "number" ? "All sentinels are unreachable and retry is disabled." : `All sentinels are unreachable. Retrying from scratch after ${retryDelay}ms.`;
            lastError && (errorMsg += ` Last error: ${lastError.message}`), debug(errorMsg);
            let error = new Error(errorMsg);
            if (typeof retryDelay == "number")
              return eventEmitter("error", error), await new Promise((resolve2) => setTimeout(resolve2, retryDelay)), connectToNext();
            throw error;
          }
          let resolved = null, err = null;
          try {
            resolved = await this.resolve(endpoint.value);
          } catch (error) {
            err = error;
          }
          if (!this.connecting)
            throw new Error(utils_1.CONNECTION_CLOSED_ERROR_MSG);
          let endpointAddress = endpoint.value.host + ":" + endpoint.value.port;
          if (resolved)
            return debug("resolved: %s:%s from sentinel %s", resolved.host, resolved.port, endpointAddress), this.options.enableTLSForSentinelMode && this.options.tls ? (Object.assign(resolved, this.options.tls), this.stream = (0, tls_1.connect)(resolved), this.stream.once("secureConnect", this.initFailoverDetector.bind(this))) : (this.stream = (0, net_1.createConnection)(resolved), this.stream.once("connect", this.initFailoverDetector.bind(this))), this.stream.once("error", (err2) => {
              this.firstError = err2;
            }), this.stream;
          {
            let errorMsg = err ? "failed to connect to sentinel " + endpointAddress + " because " + err.message : "connected to sentinel " + endpointAddress + " successfully, but got an invalid reply: " + resolved;
            return debug(errorMsg), eventEmitter("sentinelError", new Error(errorMsg)), err && (lastError = err), connectToNext();
          }
        };
        return connectToNext();
      }
      async updateSentinels(client) {
        if (!this.options.updateSentinels)
          return;
        let result = await client.sentinel("sentinels", this.options.name);
        Array.isArray(result) && (result.map(utils_1.packObject).forEach((sentinel) => {
          if ((sentinel.flags ? sentinel.flags.split(",") : []).indexOf("disconnected") === -1 && sentinel.ip && sentinel.port) {
            let endpoint = this.sentinelNatResolve(addressResponseToAddress(sentinel));
            this.sentinelIterator.add(endpoint) && debug("adding sentinel %s:%s", endpoint.host, endpoint.port);
          }
        }), debug("Updated internal sentinels: %s", this.sentinelIterator));
      }
      async resolveMaster(client) {
        let result = await client.sentinel("get-master-addr-by-name", this.options.name);
        return await this.updateSentinels(client), this.sentinelNatResolve(Array.isArray(result) ? { host: result[0], port: Number(result[1]) } : null);
      }
      async resolveSlave(client) {
        let result = await client.sentinel("slaves", this.options.name);
        if (!Array.isArray(result))
          return null;
        let availableSlaves = result.map(utils_1.packObject).filter((slave) => slave.flags && !slave.flags.match(/(disconnected|s_down|o_down)/));
        return this.sentinelNatResolve(selectPreferredSentinel(availableSlaves, this.options.preferredSlaves));
      }
      sentinelNatResolve(item) {
        if (!item || !this.options.natMap)
          return item;
        let key = `${item.host}:${item.port}`, result = item;
        return typeof this.options.natMap == "function" ? result = this.options.natMap(key) || item : typeof this.options.natMap == "object" && (result = this.options.natMap[key] || item), result;
      }
      connectToSentinel(endpoint, options) {
        return new Redis_1.default({
          port: endpoint.port || 26379,
          host: endpoint.host,
          username: this.options.sentinelUsername || null,
          password: this.options.sentinelPassword || null,
          family: endpoint.family || // @ts-expect-error
          ("path" in this.options && this.options.path ? void 0 : (
            // @ts-expect-error
            this.options.family
          )),
          tls: this.options.sentinelTLS,
          retryStrategy: null,
          enableReadyCheck: !1,
          connectTimeout: this.options.connectTimeout,
          commandTimeout: this.options.sentinelCommandTimeout,
          ...options
        });
      }
      async resolve(endpoint) {
        let client = this.connectToSentinel(endpoint);
        client.on("error", noop);
        try {
          return this.options.role === "slave" ? await this.resolveSlave(client) : await this.resolveMaster(client);
        } finally {
          client.disconnect();
        }
      }
      async initFailoverDetector() {
        var _a;
        if (!this.options.failoverDetector)
          return;
        this.sentinelIterator.reset(!0);
        let sentinels = [];
        for (; sentinels.length < this.options.sentinelMaxConnections; ) {
          let { done, value } = this.sentinelIterator.next();
          if (done)
            break;
          let client = this.connectToSentinel(value, {
            lazyConnect: !0,
            retryStrategy: this.options.sentinelReconnectStrategy
          });
          client.on("reconnecting", () => {
            var _a2;
            (_a2 = this.emitter) === null || _a2 === void 0 || _a2.emit("sentinelReconnecting");
          }), sentinels.push({ address: value, client });
        }
        this.sentinelIterator.reset(!1), this.failoverDetector && this.failoverDetector.cleanup(), this.failoverDetector = new FailoverDetector_1.FailoverDetector(this, sentinels), await this.failoverDetector.subscribe(), (_a = this.emitter) === null || _a === void 0 || _a.emit("failoverSubscribed");
      }
    };
    exports.default = SentinelConnector;
    function selectPreferredSentinel(availableSlaves, preferredSlaves) {
      if (availableSlaves.length === 0)
        return null;
      let selectedSlave;
      if (typeof preferredSlaves == "function")
        selectedSlave = preferredSlaves(availableSlaves);
      else if (preferredSlaves !== null && typeof preferredSlaves == "object") {
        let preferredSlavesArray = Array.isArray(preferredSlaves) ? preferredSlaves : [preferredSlaves];
        preferredSlavesArray.sort((a, b) => (a.prio || (a.prio = 1), b.prio || (b.prio = 1), a.prio < b.prio ? -1 : a.prio > b.prio ? 1 : 0));
        for (let p = 0; p < preferredSlavesArray.length; p++) {
          for (let a = 0; a < availableSlaves.length; a++) {
            let slave = availableSlaves[a];
            if (slave.ip === preferredSlavesArray[p].ip && slave.port === preferredSlavesArray[p].port) {
              selectedSlave = slave;
              break;
            }
          }
          if (selectedSlave)
            break;
        }
      }
      return selectedSlave || (selectedSlave = (0, utils_1.sample)(availableSlaves)), addressResponseToAddress(selectedSlave);
    }
    function addressResponseToAddress(input) {
      return { host: input.ip, port: Number(input.port) };
    }
    function noop() {
    }
  }
});

// node_modules/ioredis/built/connectors/index.js
var require_connectors = __commonJS({
  "node_modules/ioredis/built/connectors/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.SentinelConnector = exports.StandaloneConnector = void 0;
    var StandaloneConnector_1 = require_StandaloneConnector();
    exports.StandaloneConnector = StandaloneConnector_1.default;
    var SentinelConnector_1 = require_SentinelConnector();
    exports.SentinelConnector = SentinelConnector_1.default;
  }
});

// node_modules/ioredis/built/errors/MaxRetriesPerRequestError.js
var require_MaxRetriesPerRequestError = __commonJS({
  "node_modules/ioredis/built/errors/MaxRetriesPerRequestError.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var redis_errors_1 = require_redis_errors(), MaxRetriesPerRequestError = class extends redis_errors_1.AbortError {
      constructor(maxRetriesPerRequest) {
        let message = `Reached the max retries per request limit (which is ${maxRetriesPerRequest}). Refer to "maxRetriesPerRequest" option for details.`;
        super(message), Error.captureStackTrace(this, this.constructor);
      }
      get name() {
        return this.constructor.name;
      }
    };
    exports.default = MaxRetriesPerRequestError;
  }
});

// node_modules/ioredis/built/errors/index.js
var require_errors = __commonJS({
  "node_modules/ioredis/built/errors/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.MaxRetriesPerRequestError = void 0;
    var MaxRetriesPerRequestError_1 = require_MaxRetriesPerRequestError();
    exports.MaxRetriesPerRequestError = MaxRetriesPerRequestError_1.default;
  }
});

// node_modules/redis-parser/lib/parser.js
var require_parser = __commonJS({
  "node_modules/redis-parser/lib/parser.js"(exports, module) {
    "use strict";
    var Buffer2 = __require("buffer").Buffer, StringDecoder = __require("string_decoder").StringDecoder, decoder = new StringDecoder(), errors = require_redis_errors(), ReplyError = errors.ReplyError, ParserError = errors.ParserError, bufferPool = Buffer2.allocUnsafe(32 * 1024), bufferOffset = 0, interval = null, counter = 0, notDecreased = 0;
    function parseSimpleNumbers(parser) {
      let length = parser.buffer.length - 1;
      var offset = parser.offset, number = 0, sign = 1;
      for (parser.buffer[offset] === 45 && (sign = -1, offset++); offset < length; ) {
        let c1 = parser.buffer[offset++];
        if (c1 === 13)
          return parser.offset = offset + 1, sign * number;
        number = number * 10 + (c1 - 48);
      }
    }
    function parseStringNumbers(parser) {
      let length = parser.buffer.length - 1;
      var offset = parser.offset, number = 0, res = "";
      for (parser.buffer[offset] === 45 && (res += "-", offset++); offset < length; ) {
        var c1 = parser.buffer[offset++];
        if (c1 === 13)
          return parser.offset = offset + 1, number !== 0 && (res += number), res;
        number > 429496728 ? (res += number * 10 + (c1 - 48), number = 0) : c1 === 48 && number === 0 ? res += 0 : number = number * 10 + (c1 - 48);
      }
    }
    function parseSimpleString(parser) {
      let start = parser.offset, buffer = parser.buffer, length = buffer.length - 1;
      for (var offset = start; offset < length; )
        if (buffer[offset++] === 13)
          return parser.offset = offset + 1, parser.optionReturnBuffers === !0 ? parser.buffer.slice(start, offset - 1) : parser.buffer.toString("utf8", start, offset - 1);
    }
    function parseLength(parser) {
      let length = parser.buffer.length - 1;
      for (var offset = parser.offset, number = 0; offset < length; ) {
        let c1 = parser.buffer[offset++];
        if (c1 === 13)
          return parser.offset = offset + 1, number;
        number = number * 10 + (c1 - 48);
      }
    }
    function parseInteger(parser) {
      return parser.optionStringNumbers === !0 ? parseStringNumbers(parser) : parseSimpleNumbers(parser);
    }
    function parseBulkString(parser) {
      let length = parseLength(parser);
      if (length === void 0)
        return;
      if (length < 0)
        return null;
      let offset = parser.offset + length;
      if (offset + 2 > parser.buffer.length) {
        parser.bigStrSize = offset + 2, parser.totalChunkSize = parser.buffer.length, parser.bufferCache.push(parser.buffer);
        return;
      }
      let start = parser.offset;
      return parser.offset = offset + 2, parser.optionReturnBuffers === !0 ? parser.buffer.slice(start, offset) : parser.buffer.toString("utf8", start, offset);
    }
    function parseError(parser) {
      var string = parseSimpleString(parser);
      if (string !== void 0)
        return parser.optionReturnBuffers === !0 && (string = string.toString()), new ReplyError(string);
    }
    function handleError(parser, type) {
      let err = new ParserError(
        "Protocol error, got " + JSON.stringify(String.fromCharCode(type)) + " as reply type byte",
        JSON.stringify(parser.buffer),
        parser.offset
      );
      parser.buffer = null, parser.returnFatalError(err);
    }
    function parseArray(parser) {
      let length = parseLength(parser);
      if (length === void 0)
        return;
      if (length < 0)
        return null;
      let responses = new Array(length);
      return parseArrayElements(parser, responses, 0);
    }
    function pushArrayCache(parser, array, pos) {
      parser.arrayCache.push(array), parser.arrayPos.push(pos);
    }
    function parseArrayChunks(parser) {
      let tmp = parser.arrayCache.pop();
      var pos = parser.arrayPos.pop();
      if (parser.arrayCache.length) {
        let res = parseArrayChunks(parser);
        if (res === void 0) {
          pushArrayCache(parser, tmp, pos);
          return;
        }
        tmp[pos++] = res;
      }
      return parseArrayElements(parser, tmp, pos);
    }
    function parseArrayElements(parser, responses, i) {
      let bufferLength = parser.buffer.length;
      for (; i < responses.length; ) {
        let offset = parser.offset;
        if (parser.offset >= bufferLength) {
          pushArrayCache(parser, responses, i);
          return;
        }
        let response = parseType(parser, parser.buffer[parser.offset++]);
        if (response === void 0) {
          parser.arrayCache.length || parser.bufferCache.length || (parser.offset = offset), pushArrayCache(parser, responses, i);
          return;
        }
        responses[i] = response, i++;
      }
      return responses;
    }
    function parseType(parser, type) {
      switch (type) {
        case 36:
          return parseBulkString(parser);
        case 43:
          return parseSimpleString(parser);
        case 42:
          return parseArray(parser);
        case 58:
          return parseInteger(parser);
        case 45:
          return parseError(parser);
        default:
          return handleError(parser, type);
      }
    }
    function decreaseBufferPool() {
      if (bufferPool.length > 50 * 1024)
        if (counter === 1 || notDecreased > counter * 2) {
          let minSliceLen = Math.floor(bufferPool.length / 10), sliceLength = minSliceLen < bufferOffset ? bufferOffset : minSliceLen;
          bufferOffset = 0, bufferPool = bufferPool.slice(sliceLength, bufferPool.length);
        } else
          notDecreased++, counter--;
      else
        clearInterval(interval), counter = 0, notDecreased = 0, interval = null;
    }
    function resizeBuffer(length) {
      if (bufferPool.length < length + bufferOffset) {
        let multiplier = length > 78643200 ? 2 : 3;
        bufferOffset > 1024 * 1024 * 111 && (bufferOffset = 1024 * 1024 * 50), bufferPool = Buffer2.allocUnsafe(length * multiplier + bufferOffset), bufferOffset = 0, counter++, interval === null && (interval = setInterval(decreaseBufferPool, 50));
      }
    }
    function concatBulkString(parser) {
      let list = parser.bufferCache, oldOffset = parser.offset;
      var chunks = list.length, offset = parser.bigStrSize - parser.totalChunkSize;
      if (parser.offset = offset, offset <= 2) {
        if (chunks === 2)
          return list[0].toString("utf8", oldOffset, list[0].length + offset - 2);
        chunks--, offset = list[list.length - 2].length + offset;
      }
      for (var res = decoder.write(list[0].slice(oldOffset)), i = 1; i < chunks - 1; i++)
        res += decoder.write(list[i]);
      return res += decoder.end(list[i].slice(0, offset - 2)), res;
    }
    function concatBulkBuffer(parser) {
      let list = parser.bufferCache, oldOffset = parser.offset, length = parser.bigStrSize - oldOffset - 2;
      var chunks = list.length, offset = parser.bigStrSize - parser.totalChunkSize;
      if (parser.offset = offset, offset <= 2) {
        if (chunks === 2)
          return list[0].slice(oldOffset, list[0].length + offset - 2);
        chunks--, offset = list[list.length - 2].length + offset;
      }
      resizeBuffer(length);
      let start = bufferOffset;
      list[0].copy(bufferPool, start, oldOffset, list[0].length), bufferOffset += list[0].length - oldOffset;
      for (var i = 1; i < chunks - 1; i++)
        list[i].copy(bufferPool, bufferOffset), bufferOffset += list[i].length;
      return list[i].copy(bufferPool, bufferOffset, 0, offset - 2), bufferOffset += offset - 2, bufferPool.slice(start, bufferOffset);
    }
    var JavascriptRedisParser = class {
      /**
       * Javascript Redis Parser constructor
       * @param {{returnError: Function, returnReply: Function, returnFatalError?: Function, returnBuffers: boolean, stringNumbers: boolean }} options
       * @constructor
       */
      constructor(options) {
        if (!options)
          throw new TypeError("Options are mandatory.");
        if (typeof options.returnError != "function" || typeof options.returnReply != "function")
          throw new TypeError("The returnReply and returnError options have to be functions.");
        this.setReturnBuffers(!!options.returnBuffers), this.setStringNumbers(!!options.stringNumbers), this.returnError = options.returnError, this.returnFatalError = options.returnFatalError || options.returnError, this.returnReply = options.returnReply, this.reset();
      }
      /**
       * Reset the parser values to the initial state
       *
       * @returns {undefined}
       */
      reset() {
        this.offset = 0, this.buffer = null, this.bigStrSize = 0, this.totalChunkSize = 0, this.bufferCache = [], this.arrayCache = [], this.arrayPos = [];
      }
      /**
       * Set the returnBuffers option
       *
       * @param {boolean} returnBuffers
       * @returns {undefined}
       */
      setReturnBuffers(returnBuffers) {
        if (typeof returnBuffers != "boolean")
          throw new TypeError("The returnBuffers argument has to be a boolean");
        this.optionReturnBuffers = returnBuffers;
      }
      /**
       * Set the stringNumbers option
       *
       * @param {boolean} stringNumbers
       * @returns {undefined}
       */
      setStringNumbers(stringNumbers) {
        if (typeof stringNumbers != "boolean")
          throw new TypeError("The stringNumbers argument has to be a boolean");
        this.optionStringNumbers = stringNumbers;
      }
      /**
       * Parse the redis buffer
       * @param {Buffer} buffer
       * @returns {undefined}
       */
      execute(buffer) {
        if (this.buffer === null)
          this.buffer = buffer, this.offset = 0;
        else if (this.bigStrSize === 0) {
          let oldLength = this.buffer.length, remainingLength = oldLength - this.offset, newBuffer = Buffer2.allocUnsafe(remainingLength + buffer.length);
          if (this.buffer.copy(newBuffer, 0, this.offset, oldLength), buffer.copy(newBuffer, remainingLength, 0, buffer.length), this.buffer = newBuffer, this.offset = 0, this.arrayCache.length) {
            let arr = parseArrayChunks(this);
            if (arr === void 0)
              return;
            this.returnReply(arr);
          }
        } else if (this.totalChunkSize + buffer.length >= this.bigStrSize) {
          this.bufferCache.push(buffer);
          var tmp = this.optionReturnBuffers ? concatBulkBuffer(this) : concatBulkString(this);
          if (this.bigStrSize = 0, this.bufferCache = [], this.buffer = buffer, this.arrayCache.length && (this.arrayCache[0][this.arrayPos[0]++] = tmp, tmp = parseArrayChunks(this), tmp === void 0))
            return;
          this.returnReply(tmp);
        } else {
          this.bufferCache.push(buffer), this.totalChunkSize += buffer.length;
          return;
        }
        for (; this.offset < this.buffer.length; ) {
          let offset = this.offset, type = this.buffer[this.offset++], response = parseType(this, type);
          if (response === void 0) {
            this.arrayCache.length || this.bufferCache.length || (this.offset = offset);
            return;
          }
          type === 45 ? this.returnError(response) : this.returnReply(response);
        }
        this.buffer = null;
      }
    };
    module.exports = JavascriptRedisParser;
  }
});

// node_modules/redis-parser/index.js
var require_redis_parser = __commonJS({
  "node_modules/redis-parser/index.js"(exports, module) {
    "use strict";
    module.exports = require_parser();
  }
});

// node_modules/ioredis/built/SubscriptionSet.js
var require_SubscriptionSet = __commonJS({
  "node_modules/ioredis/built/SubscriptionSet.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var SubscriptionSet = class {
      constructor() {
        this.set = {
          subscribe: {},
          psubscribe: {},
          ssubscribe: {}
        };
      }
      add(set, channel) {
        this.set[mapSet(set)][channel] = !0;
      }
      del(set, channel) {
        delete this.set[mapSet(set)][channel];
      }
      channels(set) {
        return Object.keys(this.set[mapSet(set)]);
      }
      isEmpty() {
        return this.channels("subscribe").length === 0 && this.channels("psubscribe").length === 0 && this.channels("ssubscribe").length === 0;
      }
    };
    exports.default = SubscriptionSet;
    function mapSet(set) {
      return set === "unsubscribe" ? "subscribe" : set === "punsubscribe" ? "psubscribe" : set === "sunsubscribe" ? "ssubscribe" : set;
    }
  }
});

// node_modules/ioredis/built/DataHandler.js
var require_DataHandler = __commonJS({
  "node_modules/ioredis/built/DataHandler.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var Command_1 = require_Command(), utils_1 = require_utils4(), RedisParser = require_redis_parser(), SubscriptionSet_1 = require_SubscriptionSet(), debug = (0, utils_1.Debug)("dataHandler"), DataHandler = class {
      constructor(redis, parserOptions) {
        this.redis = redis;
        let parser = new RedisParser({
          stringNumbers: parserOptions.stringNumbers,
          returnBuffers: !0,
          returnError: (err) => {
            this.returnError(err);
          },
          returnFatalError: (err) => {
            this.returnFatalError(err);
          },
          returnReply: (reply) => {
            this.returnReply(reply);
          }
        });
        redis.stream.prependListener("data", (data) => {
          parser.execute(data);
        }), redis.stream.resume();
      }
      returnFatalError(err) {
        err.message += ". Please report this.", this.redis.recoverFromFatalError(err, err, { offlineQueue: !1 });
      }
      returnError(err) {
        let item = this.shiftCommand(err);
        if (item) {
          if (err.command = {
            name: item.command.name,
            args: item.command.args
          }, item.command.name == "ssubscribe" && err.message.includes("MOVED")) {
            this.redis.emit("moved");
            return;
          }
          this.redis.handleReconnection(err, item);
        }
      }
      returnReply(reply) {
        if (this.handleMonitorReply(reply) || this.handleSubscriberReply(reply))
          return;
        let item = this.shiftCommand(reply);
        item && (Command_1.default.checkFlag("ENTER_SUBSCRIBER_MODE", item.command.name) ? (this.redis.condition.subscriber = new SubscriptionSet_1.default(), this.redis.condition.subscriber.add(item.command.name, reply[1].toString()), fillSubCommand(item.command, reply[2]) || this.redis.commandQueue.unshift(item)) : Command_1.default.checkFlag("EXIT_SUBSCRIBER_MODE", item.command.name) ? fillUnsubCommand(item.command, reply[2]) || this.redis.commandQueue.unshift(item) : item.command.resolve(reply));
      }
      handleSubscriberReply(reply) {
        if (!this.redis.condition.subscriber)
          return !1;
        let replyType = Array.isArray(reply) ? reply[0].toString() : null;
        switch (debug('receive reply "%s" in subscriber mode', replyType), replyType) {
          case "message":
            this.redis.listeners("message").length > 0 && this.redis.emit("message", reply[1].toString(), reply[2] ? reply[2].toString() : ""), this.redis.emit("messageBuffer", reply[1], reply[2]);
            break;
          case "pmessage": {
            let pattern = reply[1].toString();
            this.redis.listeners("pmessage").length > 0 && this.redis.emit("pmessage", pattern, reply[2].toString(), reply[3].toString()), this.redis.emit("pmessageBuffer", pattern, reply[2], reply[3]);
            break;
          }
          case "smessage": {
            this.redis.listeners("smessage").length > 0 && this.redis.emit("smessage", reply[1].toString(), reply[2] ? reply[2].toString() : ""), this.redis.emit("smessageBuffer", reply[1], reply[2]);
            break;
          }
          case "ssubscribe":
          case "subscribe":
          case "psubscribe": {
            let channel = reply[1].toString();
            this.redis.condition.subscriber.add(replyType, channel);
            let item = this.shiftCommand(reply);
            if (!item)
              return;
            fillSubCommand(item.command, reply[2]) || this.redis.commandQueue.unshift(item);
            break;
          }
          case "sunsubscribe":
          case "unsubscribe":
          case "punsubscribe": {
            let channel = reply[1] ? reply[1].toString() : null;
            channel && this.redis.condition.subscriber.del(replyType, channel);
            let count = reply[2];
            Number(count) === 0 && (this.redis.condition.subscriber = !1);
            let item = this.shiftCommand(reply);
            if (!item)
              return;
            fillUnsubCommand(item.command, count) || this.redis.commandQueue.unshift(item);
            break;
          }
          default: {
            let item = this.shiftCommand(reply);
            if (!item)
              return;
            item.command.resolve(reply);
          }
        }
        return !0;
      }
      handleMonitorReply(reply) {
        if (this.redis.status !== "monitoring")
          return !1;
        let replyStr = reply.toString();
        if (replyStr === "OK")
          return !1;
        let len = replyStr.indexOf(" "), timestamp = replyStr.slice(0, len), argIndex = replyStr.indexOf('"'), args = replyStr.slice(argIndex + 1, -1).split('" "').map((elem) => elem.replace(/\\"/g, '"')), dbAndSource = replyStr.slice(len + 2, argIndex - 2).split(" ");
        return this.redis.emit("monitor", timestamp, args, dbAndSource[1], dbAndSource[0]), !0;
      }
      shiftCommand(reply) {
        let item = this.redis.commandQueue.shift();
        if (!item) {
          let message = "Command queue state error. If you can reproduce this, please report it.", error = new Error(message + (reply instanceof Error ? ` Last error: ${reply.message}` : ` Last reply: ${reply.toString()}`));
          return this.redis.emit("error", error), null;
        }
        return item;
      }
    };
    exports.default = DataHandler;
    var remainingRepliesMap = /* @__PURE__ */ new WeakMap();
    function fillSubCommand(command, count) {
      let remainingReplies = remainingRepliesMap.has(command) ? remainingRepliesMap.get(command) : command.args.length;
      return remainingReplies -= 1, remainingReplies <= 0 ? (command.resolve(count), remainingRepliesMap.delete(command), !0) : (remainingRepliesMap.set(command, remainingReplies), !1);
    }
    function fillUnsubCommand(command, count) {
      let remainingReplies = remainingRepliesMap.has(command) ? remainingRepliesMap.get(command) : command.args.length;
      return remainingReplies === 0 ? Number(count) === 0 ? (remainingRepliesMap.delete(command), command.resolve(count), !0) : !1 : (remainingReplies -= 1, remainingReplies <= 0 ? (command.resolve(count), !0) : (remainingRepliesMap.set(command, remainingReplies), !1));
    }
  }
});

// node_modules/ioredis/built/redis/event_handler.js
var require_event_handler = __commonJS({
  "node_modules/ioredis/built/redis/event_handler.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.readyHandler = exports.errorHandler = exports.closeHandler = exports.connectHandler = void 0;
    var redis_errors_1 = require_redis_errors(), Command_1 = require_Command(), errors_1 = require_errors(), utils_1 = require_utils4(), DataHandler_1 = require_DataHandler(), debug = (0, utils_1.Debug)("connection");
    function connectHandler(self2) {
      return function() {
        var _a;
        self2.setStatus("connect"), self2.resetCommandQueue();
        let flushed = !1, { connectionEpoch } = self2;
        self2.condition.auth && self2.auth(self2.condition.auth, function(err) {
          connectionEpoch === self2.connectionEpoch && err && (err.message.indexOf("no password is set") !== -1 ? console.warn("[WARN] Redis server does not require a password, but a password was supplied.") : err.message.indexOf("without any password configured for the default user") !== -1 ? console.warn("[WARN] This Redis server's `default` user does not require a password, but a password was supplied") : err.message.indexOf("wrong number of arguments for 'auth' command") !== -1 ? console.warn(`[ERROR] The server returned "wrong number of arguments for 'auth' command". You are probably passing both username and password to Redis version 5 or below. You should only pass the 'password' option for Redis version 5 and under.`) : (flushed = !0, self2.recoverFromFatalError(err, err)));
        }), self2.condition.select && self2.select(self2.condition.select).catch((err) => {
          self2.silentEmit("error", err);
        }), new DataHandler_1.default(self2, {
          stringNumbers: self2.options.stringNumbers
        });
        let clientCommandPromises = [];
        self2.options.connectionName && (debug("set the connection name [%s]", self2.options.connectionName), clientCommandPromises.push(self2.client("setname", self2.options.connectionName).catch(utils_1.noop))), self2.options.disableClientInfo || (debug("set the client info"), clientCommandPromises.push((0, utils_1.getPackageMeta)().then((packageMeta) => self2.client("SETINFO", "LIB-VER", packageMeta.version).catch(utils_1.noop)).catch(utils_1.noop)), clientCommandPromises.push(self2.client("SETINFO", "LIB-NAME", !((_a = self2.options) === null || _a === void 0) && _a.clientInfoTag ? `ioredis(${self2.options.clientInfoTag})` : "ioredis").catch(utils_1.noop))), Promise.all(clientCommandPromises).catch(utils_1.noop).finally(() => {
          self2.options.enableReadyCheck || exports.readyHandler(self2)(), self2.options.enableReadyCheck && self2._readyCheck(function(err, info) {
            connectionEpoch === self2.connectionEpoch && (err ? flushed || self2.recoverFromFatalError(new Error("Ready check failed: " + err.message), err) : self2.connector.check(info) ? exports.readyHandler(self2)() : self2.disconnect(!0));
          });
        });
      };
    }
    exports.connectHandler = connectHandler;
    function abortError(command) {
      let err = new redis_errors_1.AbortError("Command aborted due to connection close");
      return err.command = {
        name: command.name,
        args: command.args
      }, err;
    }
    function abortIncompletePipelines(commandQueue) {
      var _a;
      let expectedIndex = 0;
      for (let i = 0; i < commandQueue.length; ) {
        let command = (_a = commandQueue.peekAt(i)) === null || _a === void 0 ? void 0 : _a.command, pipelineIndex = command.pipelineIndex;
        if ((pipelineIndex === void 0 || pipelineIndex === 0) && (expectedIndex = 0), pipelineIndex !== void 0 && pipelineIndex !== expectedIndex++) {
          commandQueue.remove(i, 1), command.reject(abortError(command));
          continue;
        }
        i++;
      }
    }
    function abortTransactionFragments(commandQueue) {
      var _a;
      for (let i = 0; i < commandQueue.length; ) {
        let command = (_a = commandQueue.peekAt(i)) === null || _a === void 0 ? void 0 : _a.command;
        if (command.name === "multi")
          break;
        if (command.name === "exec") {
          commandQueue.remove(i, 1), command.reject(abortError(command));
          break;
        }
        command.inTransaction ? (commandQueue.remove(i, 1), command.reject(abortError(command))) : i++;
      }
    }
    function closeHandler(self2) {
      return function() {
        let prevStatus = self2.status;
        if (self2.setStatus("close"), self2.commandQueue.length && abortIncompletePipelines(self2.commandQueue), self2.offlineQueue.length && abortTransactionFragments(self2.offlineQueue), prevStatus === "ready" && (self2.prevCondition || (self2.prevCondition = self2.condition), self2.commandQueue.length && (self2.prevCommandQueue = self2.commandQueue)), self2.manuallyClosing)
          return self2.manuallyClosing = !1, debug("skip reconnecting since the connection is manually closed."), close();
        if (typeof self2.options.retryStrategy != "function")
          return debug("skip reconnecting because `retryStrategy` is not a function"), close();
        let retryDelay = self2.options.retryStrategy(++self2.retryAttempts);
        if (typeof retryDelay != "number")
          return debug("skip reconnecting because `retryStrategy` doesn't return a number"), close();
        debug("reconnect in %sms", retryDelay), self2.setStatus("reconnecting", retryDelay), self2.reconnectTimeout = setTimeout(function() {
          self2.reconnectTimeout = null, self2.connect().catch(utils_1.noop);
        }, retryDelay);
        let { maxRetriesPerRequest } = self2.options;
        typeof maxRetriesPerRequest == "number" && (maxRetriesPerRequest < 0 ? debug("maxRetriesPerRequest is negative, ignoring...") : self2.retryAttempts % (maxRetriesPerRequest + 1) === 0 && (debug("reach maxRetriesPerRequest limitation, flushing command queue..."), self2.flushQueue(new errors_1.MaxRetriesPerRequestError(maxRetriesPerRequest))));
      };
      function close() {
        self2.setStatus("end"), self2.flushQueue(new Error(utils_1.CONNECTION_CLOSED_ERROR_MSG));
      }
    }
    exports.closeHandler = closeHandler;
    function errorHandler(self2) {
      return function(error) {
        debug("error: %s", error), self2.silentEmit("error", error);
      };
    }
    exports.errorHandler = errorHandler;
    function readyHandler(self2) {
      return function() {
        if (self2.setStatus("ready"), self2.retryAttempts = 0, self2.options.monitor) {
          self2.call("monitor").then(() => self2.setStatus("monitoring"), (error) => self2.emit("error", error));
          let { sendCommand } = self2;
          self2.sendCommand = function(command) {
            return Command_1.default.checkFlag("VALID_IN_MONITOR_MODE", command.name) ? sendCommand.call(self2, command) : (command.reject(new Error("Connection is in monitoring mode, can't process commands.")), command.promise);
          }, self2.once("close", function() {
            delete self2.sendCommand;
          });
          return;
        }
        let finalSelect = self2.prevCondition ? self2.prevCondition.select : self2.condition.select;
        if (self2.options.readOnly && (debug("set the connection to readonly mode"), self2.readonly().catch(utils_1.noop)), self2.prevCondition) {
          let condition = self2.prevCondition;
          if (self2.prevCondition = null, condition.subscriber && self2.options.autoResubscribe) {
            self2.condition.select !== finalSelect && (debug("connect to db [%d]", finalSelect), self2.select(finalSelect));
            let subscribeChannels = condition.subscriber.channels("subscribe");
            subscribeChannels.length && (debug("subscribe %d channels", subscribeChannels.length), self2.subscribe(subscribeChannels));
            let psubscribeChannels = condition.subscriber.channels("psubscribe");
            psubscribeChannels.length && (debug("psubscribe %d channels", psubscribeChannels.length), self2.psubscribe(psubscribeChannels));
            let ssubscribeChannels = condition.subscriber.channels("ssubscribe");
            if (ssubscribeChannels.length) {
              debug("ssubscribe %s", ssubscribeChannels.length);
              for (let channel of ssubscribeChannels)
                self2.ssubscribe(channel);
            }
          }
        }
        if (self2.prevCommandQueue)
          if (self2.options.autoResendUnfulfilledCommands)
            for (debug("resend %d unfulfilled commands", self2.prevCommandQueue.length); self2.prevCommandQueue.length > 0; ) {
              let item = self2.prevCommandQueue.shift();
              item.select !== self2.condition.select && item.command.name !== "select" && self2.select(item.select), self2.sendCommand(item.command, item.stream);
            }
          else
            self2.prevCommandQueue = null;
        if (self2.offlineQueue.length) {
          debug("send %d commands in offline queue", self2.offlineQueue.length);
          let offlineQueue = self2.offlineQueue;
          for (self2.resetOfflineQueue(); offlineQueue.length > 0; ) {
            let item = offlineQueue.shift();
            item.select !== self2.condition.select && item.command.name !== "select" && self2.select(item.select), self2.sendCommand(item.command, item.stream);
          }
        }
        self2.condition.select !== finalSelect && (debug("connect to db [%d]", finalSelect), self2.select(finalSelect));
      };
    }
    exports.readyHandler = readyHandler;
  }
});

// node_modules/ioredis/built/redis/RedisOptions.js
var require_RedisOptions = __commonJS({
  "node_modules/ioredis/built/redis/RedisOptions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DEFAULT_REDIS_OPTIONS = void 0;
    exports.DEFAULT_REDIS_OPTIONS = {
      // Connection
      port: 6379,
      host: "localhost",
      family: 0,
      connectTimeout: 1e4,
      disconnectTimeout: 2e3,
      retryStrategy: function(times) {
        return Math.min(times * 50, 2e3);
      },
      keepAlive: 0,
      noDelay: !0,
      connectionName: null,
      disableClientInfo: !1,
      clientInfoTag: void 0,
      // Sentinel
      sentinels: null,
      name: null,
      role: "master",
      sentinelRetryStrategy: function(times) {
        return Math.min(times * 10, 1e3);
      },
      sentinelReconnectStrategy: function() {
        return 6e4;
      },
      natMap: null,
      enableTLSForSentinelMode: !1,
      updateSentinels: !0,
      failoverDetector: !1,
      // Status
      username: null,
      password: null,
      db: 0,
      // Others
      enableOfflineQueue: !0,
      enableReadyCheck: !0,
      autoResubscribe: !0,
      autoResendUnfulfilledCommands: !0,
      lazyConnect: !1,
      keyPrefix: "",
      reconnectOnError: null,
      readOnly: !1,
      stringNumbers: !1,
      maxRetriesPerRequest: 20,
      maxLoadingRetryTime: 1e4,
      enableAutoPipelining: !1,
      autoPipeliningIgnoredCommands: [],
      sentinelMaxConnections: 10,
      blockingTimeoutGrace: 100
    };
  }
});

// node_modules/ioredis/built/Redis.js
var require_Redis = __commonJS({
  "node_modules/ioredis/built/Redis.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var commands_1 = require_built(), events_1 = __require("events"), standard_as_callback_1 = require_built2(), cluster_1 = require_cluster2(), Command_1 = require_Command(), connectors_1 = require_connectors(), SentinelConnector_1 = require_SentinelConnector(), eventHandler = require_event_handler(), RedisOptions_1 = require_RedisOptions(), ScanStream_1 = require_ScanStream(), transaction_1 = require_transaction(), utils_1 = require_utils4(), tracing_1 = require_tracing(), applyMixin_1 = require_applyMixin(), Commander_1 = require_Commander(), lodash_1 = require_lodash(), Deque = require_denque(), debug = (0, utils_1.Debug)("redis"), Redis2 = class _Redis extends Commander_1.default {
      constructor(arg1, arg2, arg3) {
        if (super(), this.status = "wait", this.isCluster = !1, this.reconnectTimeout = null, this.connectionEpoch = 0, this.retryAttempts = 0, this.manuallyClosing = !1, this._autoPipelines = /* @__PURE__ */ new Map(), this._runningAutoPipelines = /* @__PURE__ */ new Set(), this.parseOptions(arg1, arg2, arg3), events_1.EventEmitter.call(this), this.resetCommandQueue(), this.resetOfflineQueue(), this.options.Connector)
          this.connector = new this.options.Connector(this.options);
        else if (this.options.sentinels) {
          let sentinelConnector = new SentinelConnector_1.default(this.options);
          sentinelConnector.emitter = this, this.connector = sentinelConnector;
        } else
          this.connector = new connectors_1.StandaloneConnector(this.options);
        this.options.scripts && Object.entries(this.options.scripts).forEach(([name, definition]) => {
          this.defineCommand(name, definition);
        }), this.options.lazyConnect ? this.setStatus("wait") : this.connect().catch(lodash_1.noop);
      }
      /**
       * Create a Redis instance.
       * This is the same as `new Redis()` but is included for compatibility with node-redis.
       */
      static createClient(...args) {
        return new _Redis(...args);
      }
      get autoPipelineQueueSize() {
        let queued = 0;
        for (let pipeline of this._autoPipelines.values())
          queued += pipeline.length;
        return queued;
      }
      /**
       * Create a connection to Redis.
       * This method will be invoked automatically when creating a new Redis instance
       * unless `lazyConnect: true` is passed.
       *
       * When calling this method manually, a Promise is returned, which will
       * be resolved when the connection status is ready. The promise can reject
       * if the connection fails, times out, or if Redis is already connecting/connected.
       */
      connect(callback) {
        let promise = (0, tracing_1.traceConnect)(() => this._connect(), () => {
          let { address, port } = this._getServerAddress();
          return {
            serverAddress: address,
            serverPort: port,
            connectionEpoch: this.connectionEpoch
          };
        });
        return (0, standard_as_callback_1.default)(promise, callback);
      }
      _connect() {
        return new Promise((resolve2, reject) => {
          if (this.status === "connecting" || this.status === "connect" || this.status === "ready") {
            reject(new Error("Redis is already connecting/connected"));
            return;
          }
          this.connectionEpoch += 1, this.setStatus("connecting");
          let { options } = this;
          this.condition = {
            select: options.db,
            auth: options.username ? [options.username, options.password] : options.password,
            subscriber: !1
          };
          let _this = this;
          (0, standard_as_callback_1.default)(this.connector.connect(function(type, err) {
            _this.silentEmit(type, err);
          }), function(err, stream) {
            if (err) {
              _this.flushQueue(err), _this.silentEmit("error", err), reject(err), _this.setStatus("end");
              return;
            }
            let CONNECT_EVENT = options.tls ? "secureConnect" : "connect";
            if ("sentinels" in options && options.sentinels && !options.enableTLSForSentinelMode && (CONNECT_EVENT = "connect"), _this.stream = stream, options.noDelay && stream.setNoDelay(!0), typeof options.keepAlive == "number" && (stream.connecting ? stream.once(CONNECT_EVENT, () => {
              stream.setKeepAlive(!0, options.keepAlive);
            }) : stream.setKeepAlive(!0, options.keepAlive)), stream.connecting) {
              if (stream.once(CONNECT_EVENT, eventHandler.connectHandler(_this)), options.connectTimeout) {
                let connectTimeoutCleared = !1;
                stream.setTimeout(options.connectTimeout, function() {
                  if (connectTimeoutCleared)
                    return;
                  stream.setTimeout(0), stream.destroy();
                  let err2 = new Error("connect ETIMEDOUT");
                  err2.errorno = "ETIMEDOUT", err2.code = "ETIMEDOUT", err2.syscall = "connect", eventHandler.errorHandler(_this)(err2);
                }), stream.once(CONNECT_EVENT, function() {
                  connectTimeoutCleared = !0, stream.setTimeout(0);
                });
              }
            } else if (stream.destroyed) {
              let firstError = _this.connector.firstError;
              firstError && process.nextTick(() => {
                eventHandler.errorHandler(_this)(firstError);
              }), process.nextTick(eventHandler.closeHandler(_this));
            } else
              process.nextTick(eventHandler.connectHandler(_this));
            stream.destroyed || (stream.once("error", eventHandler.errorHandler(_this)), stream.once("close", eventHandler.closeHandler(_this)));
            let connectionReadyHandler = function() {
              _this.removeListener("close", connectionCloseHandler), resolve2();
            };
            var connectionCloseHandler = function() {
              _this.removeListener("ready", connectionReadyHandler), reject(new Error(utils_1.CONNECTION_CLOSED_ERROR_MSG));
            };
            _this.once("ready", connectionReadyHandler), _this.once("close", connectionCloseHandler);
          });
        });
      }
      /**
       * Disconnect from Redis.
       *
       * This method closes the connection immediately,
       * and may lose some pending replies that haven't written to client.
       * If you want to wait for the pending replies, use Redis#quit instead.
       */
      disconnect(reconnect = !1) {
        reconnect || (this.manuallyClosing = !0), this.reconnectTimeout && !reconnect && (clearTimeout(this.reconnectTimeout), this.reconnectTimeout = null), this.status === "wait" ? eventHandler.closeHandler(this)() : this.connector.disconnect();
      }
      /**
       * Disconnect from Redis.
       *
       * @deprecated
       */
      end() {
        this.disconnect();
      }
      /**
       * Create a new instance with the same options as the current one.
       *
       * @example
       * ```js
       * var redis = new Redis(6380);
       * var anotherRedis = redis.duplicate();
       * ```
       */
      duplicate(override) {
        return new _Redis({ ...this.options, ...override });
      }
      /**
       * Mode of the connection.
       *
       * One of `"normal"`, `"subscriber"`, or `"monitor"`. When the connection is
       * not in `"normal"` mode, certain commands are not allowed.
       */
      get mode() {
        var _a;
        return this.options.monitor ? "monitor" : !((_a = this.condition) === null || _a === void 0) && _a.subscriber ? "subscriber" : "normal";
      }
      /**
       * Listen for all requests received by the server in real time.
       *
       * This command will create a new connection to Redis and send a
       * MONITOR command via the new connection in order to avoid disturbing
       * the current connection.
       *
       * @param callback The callback function. If omit, a promise will be returned.
       * @example
       * ```js
       * var redis = new Redis();
       * redis.monitor(function (err, monitor) {
       *   // Entering monitoring mode.
       *   monitor.on('monitor', function (time, args, source, database) {
       *     console.log(time + ": " + util.inspect(args));
       *   });
       * });
       *
       * // supports promise as well as other commands
       * redis.monitor().then(function (monitor) {
       *   monitor.on('monitor', function (time, args, source, database) {
       *     console.log(time + ": " + util.inspect(args));
       *   });
       * });
       * ```
       */
      monitor(callback) {
        let monitorInstance = this.duplicate({
          monitor: !0,
          lazyConnect: !1
        });
        return (0, standard_as_callback_1.default)(new Promise(function(resolve2, reject) {
          monitorInstance.once("error", reject), monitorInstance.once("monitoring", function() {
            resolve2(monitorInstance);
          });
        }), callback);
      }
      /**
       * Send a command to Redis
       *
       * This method is used internally and in most cases you should not
       * use it directly. If you need to send a command that is not supported
       * by the library, you can use the `call` method:
       *
       * ```js
       * const redis = new Redis();
       *
       * redis.call('set', 'foo', 'bar');
       * // or
       * redis.call(['set', 'foo', 'bar']);
       * ```
       *
       * @ignore
       */
      sendCommand(command, stream) {
        var _a, _b;
        if (this.status === "wait" && this.connect().catch(lodash_1.noop), this.status === "end")
          return command.reject(new Error(utils_1.CONNECTION_CLOSED_ERROR_MSG)), command.promise;
        if (!((_a = this.condition) === null || _a === void 0) && _a.subscriber && !Command_1.default.checkFlag("VALID_IN_SUBSCRIBER_MODE", command.name))
          return command.reject(new Error("Connection in subscriber mode, only subscriber commands may be used")), command.promise;
        typeof this.options.commandTimeout == "number" && command.setTimeout(this.options.commandTimeout);
        let blockingTimeout = this.getBlockingTimeoutInMs(command), writable = this.status === "ready" || !stream && this.status === "connect" && (0, commands_1.exists)(command.name, { caseInsensitive: !0 }) && ((0, commands_1.hasFlag)(command.name, "loading", { nameCaseInsensitive: !0 }) || Command_1.default.checkFlag("HANDSHAKE_COMMANDS", command.name));
        if (this.stream && this.stream.writable ? this.stream._writableState && this.stream._writableState.ended && (writable = !1) : writable = !1, writable)
          debug.enabled && debug("write command[%s]: %d -> %s(%o)", this._getDescription(), (_b = this.condition) === null || _b === void 0 ? void 0 : _b.select, command.name, command.args), stream ? "isPipeline" in stream && stream.isPipeline ? stream.write(command.toWritable(stream.destination.redis.stream)) : stream.write(command.toWritable(stream)) : this.stream.write(command.toWritable(this.stream)), this.commandQueue.push({
            command,
            stream,
            select: this.condition.select
          }), blockingTimeout !== void 0 && command.setBlockingTimeout(blockingTimeout), Command_1.default.checkFlag("WILL_DISCONNECT", command.name) && (this.manuallyClosing = !0), this.options.socketTimeout !== void 0 && this.socketTimeoutTimer === void 0 && this.setSocketTimeout();
        else {
          if (!this.options.enableOfflineQueue)
            return command.reject(new Error("Stream isn't writeable and enableOfflineQueue options is false")), command.promise;
          if (command.name === "quit" && this.offlineQueue.length === 0)
            return this.disconnect(), command.resolve(Buffer.from("OK")), command.promise;
          if (debug.enabled && debug("queue command[%s]: %d -> %s(%o)", this._getDescription(), this.condition.select, command.name, command.args), this.offlineQueue.push({
            command,
            stream,
            select: this.condition.select
          }), Command_1.default.checkFlag("BLOCKING_COMMANDS", command.name)) {
            let offlineTimeout = this.getConfiguredBlockingTimeout();
            offlineTimeout !== void 0 && command.setBlockingTimeout(offlineTimeout);
          }
        }
        if (command.name === "select" && (0, utils_1.isInt)(command.args[0])) {
          let db = parseInt(command.args[0], 10);
          this.condition.select !== db && (this.condition.select = db, this.emit("select", db), debug("switch to db [%d]", this.condition.select));
        }
        return !writable || command.isTraced ? command.promise : (command.isTraced = !0, (0, tracing_1.traceCommand)(() => command.promise, () => this._buildCommandContext(command)));
      }
      getBlockingTimeoutInMs(command) {
        var _a;
        if (!Command_1.default.checkFlag("BLOCKING_COMMANDS", command.name))
          return;
        let configuredTimeout = this.getConfiguredBlockingTimeout();
        if (configuredTimeout === void 0)
          return;
        let timeout = command.extractBlockingTimeout();
        if (typeof timeout == "number")
          return timeout > 0 ? timeout + ((_a = this.options.blockingTimeoutGrace) !== null && _a !== void 0 ? _a : RedisOptions_1.DEFAULT_REDIS_OPTIONS.blockingTimeoutGrace) : configuredTimeout;
        if (timeout === null)
          return configuredTimeout;
      }
      getConfiguredBlockingTimeout() {
        if (typeof this.options.blockingTimeout == "number" && this.options.blockingTimeout > 0)
          return this.options.blockingTimeout;
      }
      setSocketTimeout() {
        this.socketTimeoutTimer = setTimeout(() => {
          this.stream.destroy(new Error(`Socket timeout. Expecting data, but didn't receive any in ${this.options.socketTimeout}ms.`)), this.socketTimeoutTimer = void 0;
        }, this.options.socketTimeout), this.stream.once("data", () => {
          clearTimeout(this.socketTimeoutTimer), this.socketTimeoutTimer = void 0, this.commandQueue.length !== 0 && this.setSocketTimeout();
        });
      }
      scanStream(options) {
        return this.createScanStream("scan", { options });
      }
      scanBufferStream(options) {
        return this.createScanStream("scanBuffer", { options });
      }
      sscanStream(key, options) {
        return this.createScanStream("sscan", { key, options });
      }
      sscanBufferStream(key, options) {
        return this.createScanStream("sscanBuffer", { key, options });
      }
      hscanStream(key, options) {
        return this.createScanStream("hscan", { key, options });
      }
      hscanBufferStream(key, options) {
        return this.createScanStream("hscanBuffer", { key, options });
      }
      zscanStream(key, options) {
        return this.createScanStream("zscan", { key, options });
      }
      zscanBufferStream(key, options) {
        return this.createScanStream("zscanBuffer", { key, options });
      }
      /**
       * Emit only when there's at least one listener.
       *
       * @ignore
       */
      silentEmit(eventName, arg) {
        let error;
        if (!(eventName === "error" && (error = arg, this.status === "end" || this.manuallyClosing && error instanceof Error && (error.message === utils_1.CONNECTION_CLOSED_ERROR_MSG || // @ts-expect-error
        error.syscall === "connect" || // @ts-expect-error
        error.syscall === "read"))))
          return this.listeners(eventName).length > 0 ? this.emit.apply(this, arguments) : (error && error instanceof Error && console.error("[ioredis] Unhandled error event:", error.stack), !1);
      }
      /**
       * @ignore
       */
      recoverFromFatalError(_commandError, err, options) {
        this.flushQueue(err, options), this.silentEmit("error", err), this.disconnect(!0);
      }
      /**
       * @ignore
       */
      handleReconnection(err, item) {
        var _a;
        let needReconnect = !1;
        switch (this.options.reconnectOnError && !Command_1.default.checkFlag("IGNORE_RECONNECT_ON_ERROR", item.command.name) && (needReconnect = this.options.reconnectOnError(err)), needReconnect) {
          case 1:
          case !0:
            this.status !== "reconnecting" && this.disconnect(!0), item.command.reject(err);
            break;
          case 2:
            this.status !== "reconnecting" && this.disconnect(!0), ((_a = this.condition) === null || _a === void 0 ? void 0 : _a.select) !== item.select && item.command.name !== "select" && this.select(item.select), this.sendCommand(item.command);
            break;
          default:
            item.command.reject(err);
        }
      }
      /**
       * @ignore
       */
      _getServerAddress() {
        return "path" in this.options && this.options.path ? { address: this.options.path, port: void 0 } : {
          address: "host" in this.options && this.options.host || "localhost",
          port: "port" in this.options && this.options.port || 6379
        };
      }
      _buildCommandContext(command) {
        var _a, _b, _c;
        let { address, port } = this._getServerAddress();
        return {
          command: command.name,
          args: (0, tracing_1.sanitizeArgs)(command.name, command.args),
          database: (_c = (_b = (_a = this.condition) === null || _a === void 0 ? void 0 : _a.select) !== null && _b !== void 0 ? _b : this.options.db) !== null && _c !== void 0 ? _c : 0,
          serverAddress: address,
          serverPort: port
        };
      }
      _buildBatchContext(batchSize) {
        var _a, _b, _c;
        let { address, port } = this._getServerAddress();
        return {
          batchMode: "MULTI",
          batchSize,
          database: (_c = (_b = (_a = this.condition) === null || _a === void 0 ? void 0 : _a.select) !== null && _b !== void 0 ? _b : this.options.db) !== null && _c !== void 0 ? _c : 0,
          serverAddress: address,
          serverPort: port
        };
      }
      /**
       * Get description of the connection. Used for debugging.
       */
      _getDescription() {
        let description;
        return "path" in this.options && this.options.path ? description = this.options.path : this.stream && this.stream.remoteAddress && this.stream.remotePort ? description = this.stream.remoteAddress + ":" + this.stream.remotePort : "host" in this.options && this.options.host ? description = this.options.host + ":" + this.options.port : description = "", this.options.connectionName && (description += ` (${this.options.connectionName})`), description;
      }
      resetCommandQueue() {
        this.commandQueue = new Deque();
      }
      resetOfflineQueue() {
        this.offlineQueue = new Deque();
      }
      parseOptions(...args) {
        let options = {}, isTls = !1;
        for (let i = 0; i < args.length; ++i) {
          let arg = args[i];
          if (!(arg === null || typeof arg > "u"))
            if (typeof arg == "object")
              (0, lodash_1.defaults)(options, arg);
            else if (typeof arg == "string")
              (0, lodash_1.defaults)(options, (0, utils_1.parseURL)(arg)), arg.startsWith("rediss://") && (isTls = !0);
            else if (typeof arg == "number")
              options.port = arg;
            else
              throw new Error("Invalid argument " + arg);
        }
        isTls && (0, lodash_1.defaults)(options, { tls: !0 }), (0, lodash_1.defaults)(options, _Redis.defaultOptions), typeof options.port == "string" && (options.port = parseInt(options.port, 10)), typeof options.db == "string" && (options.db = parseInt(options.db, 10)), this.options = (0, utils_1.resolveTLSProfile)(options);
      }
      /**
       * Change instance's status
       */
      setStatus(status, arg) {
        debug.enabled && debug("status[%s]: %s -> %s", this._getDescription(), this.status || "[empty]", status), this.status = status, process.nextTick(this.emit.bind(this, status, arg));
      }
      createScanStream(command, { key, options = {} }) {
        return new ScanStream_1.default({
          objectMode: !0,
          key,
          redis: this,
          command,
          ...options
        });
      }
      /**
       * Flush offline queue and command queue with error.
       *
       * @param error The error object to send to the commands
       * @param options options
       */
      flushQueue(error, options) {
        options = (0, lodash_1.defaults)({}, options, {
          offlineQueue: !0,
          commandQueue: !0
        });
        let item;
        if (options.offlineQueue)
          for (; item = this.offlineQueue.shift(); )
            item.command.reject(error);
        if (options.commandQueue && this.commandQueue.length > 0)
          for (this.stream && this.stream.removeAllListeners("data"); item = this.commandQueue.shift(); )
            item.command.reject(error);
      }
      /**
       * Check whether Redis has finished loading the persistent data and is able to
       * process commands.
       */
      _readyCheck(callback) {
        let _this = this;
        this.info(function(err, res) {
          if (err)
            return err.message && err.message.includes("NOPERM") ? (console.warn(`Skipping the ready check because INFO command fails: "${err.message}". You can disable ready check with "enableReadyCheck". More: https://github.com/luin/ioredis/wiki/Disable-ready-check.`), callback(null, {})) : callback(err);
          if (typeof res != "string")
            return callback(null, res);
          let info = {}, lines = res.split(`\r
`);
          for (let i = 0; i < lines.length; ++i) {
            let [fieldName, ...fieldValueParts] = lines[i].split(":"), fieldValue = fieldValueParts.join(":");
            fieldValue && (info[fieldName] = fieldValue);
          }
          if (!info.loading || info.loading === "0")
            callback(null, info);
          else {
            let loadingEtaMs = (info.loading_eta_seconds || 1) * 1e3, retryTime = _this.options.maxLoadingRetryTime && _this.options.maxLoadingRetryTime < loadingEtaMs ? _this.options.maxLoadingRetryTime : loadingEtaMs;
            debug("Redis server still loading, trying again in " + retryTime + "ms"), setTimeout(function() {
              _this._readyCheck(callback);
            }, retryTime);
          }
        }).catch(lodash_1.noop);
      }
    };
    Redis2.Cluster = cluster_1.default;
    Redis2.Command = Command_1.default;
    Redis2.defaultOptions = RedisOptions_1.DEFAULT_REDIS_OPTIONS;
    (0, applyMixin_1.default)(Redis2, events_1.EventEmitter);
    (0, transaction_1.addTransactionSupport)(Redis2.prototype);
    exports.default = Redis2;
  }
});

// node_modules/ioredis/built/index.js
var require_built3 = __commonJS({
  "node_modules/ioredis/built/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.print = exports.ReplyError = exports.SentinelIterator = exports.SentinelConnector = exports.AbstractConnector = exports.Pipeline = exports.ScanStream = exports.Command = exports.Cluster = exports.Redis = exports.default = void 0;
    exports = module.exports = require_Redis().default;
    var Redis_1 = require_Redis();
    Object.defineProperty(exports, "default", { enumerable: !0, get: function() {
      return Redis_1.default;
    } });
    var Redis_2 = require_Redis();
    Object.defineProperty(exports, "Redis", { enumerable: !0, get: function() {
      return Redis_2.default;
    } });
    var cluster_1 = require_cluster2();
    Object.defineProperty(exports, "Cluster", { enumerable: !0, get: function() {
      return cluster_1.default;
    } });
    var Command_1 = require_Command();
    Object.defineProperty(exports, "Command", { enumerable: !0, get: function() {
      return Command_1.default;
    } });
    var ScanStream_1 = require_ScanStream();
    Object.defineProperty(exports, "ScanStream", { enumerable: !0, get: function() {
      return ScanStream_1.default;
    } });
    var Pipeline_1 = require_Pipeline();
    Object.defineProperty(exports, "Pipeline", { enumerable: !0, get: function() {
      return Pipeline_1.default;
    } });
    var AbstractConnector_1 = require_AbstractConnector();
    Object.defineProperty(exports, "AbstractConnector", { enumerable: !0, get: function() {
      return AbstractConnector_1.default;
    } });
    var SentinelConnector_1 = require_SentinelConnector();
    Object.defineProperty(exports, "SentinelConnector", { enumerable: !0, get: function() {
      return SentinelConnector_1.default;
    } });
    Object.defineProperty(exports, "SentinelIterator", { enumerable: !0, get: function() {
      return SentinelConnector_1.SentinelIterator;
    } });
    exports.ReplyError = require_redis_errors().ReplyError;
    Object.defineProperty(exports, "Promise", {
      get() {
        return console.warn("ioredis v5 does not support plugging third-party Promise library anymore. Native Promise will be used."), Promise;
      },
      set(_lib) {
        console.warn("ioredis v5 does not support plugging third-party Promise library anymore. Native Promise will be used.");
      }
    });
    function print(err, reply) {
      console.log(err ? "Error: " + err : "Reply: " + reply);
    }
    exports.print = print;
  }
});

// app/main.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseEnv } from "node:util";
import { run } from "probot";

// github/octokit.ts
import { ProbotOctokit } from "probot";
var responseListeners = /* @__PURE__ */ new Set();
function onGitHubResponse(listener) {
  return responseListeners.add(listener), () => responseListeners.delete(listener);
}
function notify(options, response) {
  if (responseListeners.size === 0) return;
  let remaining = Number(response?.headers?.["x-ratelimit-remaining"]), info = {
    method: String(options.method ?? "GET"),
    route: String(options.url ?? ""),
    status: response?.status ?? 0,
    rateLimitRemaining: Number.isFinite(remaining) && response?.headers?.["x-ratelimit-remaining"] !== void 0 ? remaining : void 0
  };
  for (let listener of responseListeners) listener(info);
}
function observeResponses(octokit) {
  octokit.hook.wrap("request", async (request, options) => {
    try {
      let response = await request(options);
      return notify(options, response), response;
    } catch (error) {
      throw notify(
        options,
        error.response ?? {
          status: error.status ?? 0,
          headers: {}
        }
      ), error;
    }
  });
}
var PilotGateOctokit = ProbotOctokit.plugin(
  observeResponses
).defaults((options) => ({
  ...options,
  request: { fetch: fetchWithTimeout(), ...options.request },
  retry: { retries: 3, ...options.retry },
  throttle: {
    ...options.throttle,
    onSecondaryRateLimit: retryOnSecondaryRateLimit,
    onRateLimit: retryOnRateLimit
  }
}));
async function signAppJwt(octokit) {
  let auth = await octokit.auth({ type: "app" });
  if (typeof auth.token != "string" || auth.token === "")
    throw new Error("signing an App JWT gave no token: check PRIVATE_KEY and APP_ID");
  return auth.token;
}

// app/metrics.ts
var import_prom_client = __toESM(require_prom_client(), 1);
var METRICS_PATH = "/metrics", registry = new import_prom_client.Registry();
(0, import_prom_client.collectDefaultMetrics)({ register: registry });
var webhookEvents = new import_prom_client.Counter({
  name: "pilot_gate_webhook_events_total",
  help: "Webhook events handled, by event (name.action) and outcome (handled, failed).",
  labelNames: ["event", "outcome"],
  registers: [registry]
}), verdicts = new import_prom_client.Counter({
  name: "pilot_gate_verdicts_total",
  help: "PR verdicts reached, by conclusion (pass, no_merge).",
  labelNames: ["conclusion"],
  registers: [registry]
}), githubRequests = new import_prom_client.Counter({
  name: "pilot_gate_github_requests_total",
  help: "Requests to GitHub, by method, route and HTTP status (0: no answer).",
  labelNames: ["method", "route", "status"],
  registers: [registry]
}), rateLimitRemaining = new import_prom_client.Gauge({
  name: "pilot_gate_github_rate_limit_remaining",
  help: "x-ratelimit-remaining on GitHub's latest answer to this process.",
  registers: [registry]
}), handlerDuration = new import_prom_client.Histogram({
  name: "pilot_gate_handler_duration_seconds",
  help: "Time from an event reaching the App to its handler finishing, by event.",
  labelNames: ["event"],
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry]
}), queueDepth = new import_prom_client.Gauge({
  name: "pilot_gate_queue_depth",
  help: "Tasks waiting or running in the per-PR queues of this process.",
  registers: [registry]
});
onGitHubResponse((info) => {
  githubRequests.inc({ method: info.method, route: info.route, status: String(info.status) }), info.rateLimitRemaining !== void 0 && rateLimitRemaining.set(info.rateLimitRemaining);
});
function countedQueue(queue) {
  return {
    async run(key, task) {
      queueDepth.inc();
      try {
        return await queue.run(key, task);
      } finally {
        queueDepth.dec();
      }
    }
  };
}
function metricsHandler() {
  return async (req, res) => {
    if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== METRICS_PATH) return !1;
    let body = await registry.metrics();
    return res.writeHead(200, { "content-type": registry.contentType }).end(body), !0;
  };
}

// app/redis.ts
var import_ioredis = __toESM(require_built3(), 1), clients = /* @__PURE__ */ new Map();
function redisClient(url, log) {
  let client = clients.get(url);
  return client || (client = new import_ioredis.Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 5e3 }), client.on(
    "error",
    (error) => log.error({ err: error, source: "redis" }, `Redis: ${error.message}`)
  ), clients.set(url, client)), client;
}
async function closeRedisClients() {
  let all = [...clients.values()];
  clients.clear(), await Promise.all(all.map((client) => client.quit().catch(() => client.disconnect())));
}
function redisProbe(client) {
  return {
    name: "redis",
    async check() {
      let answer = await client.ping();
      if (answer !== "PONG") throw new Error(`Redis answered PING with ${answer}`);
    }
  };
}

// app/health.ts
var HEALTH_PATH = "/healthz", READY_PATH = "/readyz", PROBE_TIMEOUT_MS = 2e3;
function appJwtProbe(probot) {
  return {
    name: "app_jwt",
    async check() {
      await signAppJwt(await probot.auth());
    }
  };
}
async function runProbe(probe, timeoutMs) {
  let timer, timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([probe.check(), timeout]), "ok";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}
function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(body));
}
function healthHandler(probes, timeoutMs = PROBE_TIMEOUT_MS) {
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return !1;
    let path = (req.url ?? "").split("?")[0];
    if (path === HEALTH_PATH)
      return sendJson(res, 200, { status: "alive" }), !0;
    if (path !== READY_PATH) return !1;
    let results = await Promise.all(probes.map((probe) => runProbe(probe, timeoutMs))), checks = Object.fromEntries(probes.map((probe, i) => [probe.name, results[i]])), ready = results.every((result) => result === "ok");
    return sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "not ready", checks }), !0;
  };
}
function withHealth(app, env = process.env) {
  return (probot, options) => {
    let probes = [appJwtProbe(probot)];
    return env.REDIS_URL && probes.push(redisProbe(redisClient(env.REDIS_URL, probot.log))), options.addHandler(healthHandler(probes)), options.addHandler(metricsHandler()), app(probot, options);
  };
}

// engine/protection/reconcile.ts
var realClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve2) => setTimeout(resolve2, ms))
}, GITHUB_WRITE_LIMITS = { perMinute: 80, perHour: 500 }, MINUTE = 6e4, HOUR = 60 * MINUTE;
function checkWriteLimits(limits) {
  if (limits.perMinute < 1 || limits.perHour < limits.perMinute)
    throw new Error(
      `write limits of ${limits.perMinute} a minute and ${limits.perHour} an hour cannot both hold: set a minute limit of at least 1 and an hour limit no lower (PILOT_GATE_WRITES_PER_MINUTE, PILOT_GATE_WRITES_PER_HOUR)`
    );
  return limits;
}
var LocalWriteBudget = class {
  limits;
  #clock;
  #spent = [];
  constructor(limits, clock) {
    this.limits = checkWriteLimits(limits), this.#clock = clock;
  }
  /** How long until `writes` more fit in both windows (0: now). */
  waitFor(writes) {
    let now = this.#clock.now();
    for (; this.#spent.length > 0 && (this.#spent[0] ?? now) <= now - HOUR; ) this.#spent.shift();
    let wait = (window2, limit) => {
      let inWindow = this.#spent.filter((at) => at > now - window2), over = inWindow.length + Math.min(writes, limit) - limit;
      return over <= 0 ? 0 : (inWindow[over - 1] ?? now) + window2 - now;
    };
    return Math.max(wait(MINUTE, this.limits.perMinute), wait(HOUR, this.limits.perHour));
  }
  async reserve(writes) {
    let waitMs = this.waitFor(writes);
    if (waitMs > 0) return { ok: !1, waitMs };
    let at = this.#clock.now();
    for (let i = 0; i < writes; i++) this.#spent.push(at);
    return { ok: !0, reservation: { at, writes } };
  }
  async settle(reservation, written) {
    for (let i = written; i < reservation.writes; i++) {
      let index = this.#spent.lastIndexOf(reservation.at);
      index >= 0 && this.#spent.splice(index, 1);
    }
    let now = this.#clock.now();
    for (let i = reservation.writes; i < written; i++) this.#spent.push(now);
  }
}, WriteBudgetUnavailableError = class extends Error {
  name = "WriteBudgetUnavailableError";
};
function emptyReport() {
  return {
    synced: 0,
    skipped: 0,
    failed: [],
    writes: 0,
    budgetWaitMs: 0,
    rateLimitWaitMs: 0,
    rateLimitWaits: 0
  };
}
async function reconcileRepositories(targets, options) {
  let { budget, clock, log } = options, report = emptyReport(), reserve = Math.min(options.writesPerRepo, budget.limits.perMinute);
  for (let start = 0; start < targets.length; start += options.batchSize) {
    let batch = targets.slice(start, start + options.batchSize);
    for (let [index, target] of batch.entries()) {
      let name = `${target.owner}/${target.repo}`, left = targets.length - start - index;
      for (let waits = 0; ; waits++)
        try {
          if (await options.isDone(target)) {
            report.skipped++;
            break;
          }
          let reservation = await reserveWrites(reserve, name, left, options, report), written = reserve;
          try {
            ({ writes: written } = await options.sync(target));
          } finally {
            await budget.settle(reservation, written).catch(
              (error) => log.warn({ err: error, repository: name }, "write budget: could not settle")
            );
          }
          report.writes += written, report.synced++;
          break;
        } catch (error) {
          if (error instanceof WriteBudgetUnavailableError) throw error;
          let wait = rateLimitWaitMs(error, clock.now());
          if (wait === void 0 || waits >= options.maxWaits) {
            report.failed.push(name), log.error({ err: error, repository: name }, `protection reconcile of ${name} failed`);
            break;
          }
          log.warn(
            { repository: name, waitMs: wait },
            `rate limited: waiting ${Math.ceil(wait / 1e3)} s before ${name} again`
          ), report.rateLimitWaits++, report.rateLimitWaitMs += wait, await clock.sleep(wait);
        }
      await options.finished?.(target).catch(
        (error) => (
          // Left among the pending: a restart does it again, which is harmless.
          log.warn({ err: error, repository: name }, `could not mark ${name} reconciled`)
        )
      );
    }
    log.info(
      {
        done: Math.min(start + batch.length, targets.length),
        of: targets.length,
        writes: report.writes
      },
      `protection reconcile: ${Math.min(start + batch.length, targets.length)} of ${targets.length} repositories`
    );
  }
  return report;
}
var BUDGET_RETRY_CAP_MS = 3e4;
async function reserveWrites(writes, name, left, { budget, clock, log, maxWaits }, report) {
  for (let failures = 0; ; ) {
    let reserved;
    try {
      reserved = await budget.reserve(writes);
    } catch (error) {
      let reason = error instanceof Error ? error.message : String(error);
      if (failures >= maxWaits)
        throw new WriteBudgetUnavailableError(
          `the write budget could not be read after ${failures + 1} tries (${reason}), so ${name} and the ${left - 1} repositories after it were not reconciled and nothing was written over GitHub's limits: once Redis answers again, a restart or the next scheduled reconcile does them`,
          { cause: error }
        );
      let wait = Math.min(1e3 * 2 ** failures, BUDGET_RETRY_CAP_MS);
      failures++, log.warn(
        { err: error, repository: name, waitMs: wait },
        `write budget unavailable (${reason}): waiting ${Math.ceil(wait / 1e3)} s before ${name}`
      ), await clock.sleep(wait);
      continue;
    }
    if (reserved.ok) return reserved.reservation;
    log.info(
      { repository: name, waitMs: reserved.waitMs },
      `write budget spent: waiting ${reserved.waitMs} ms`
    ), report.budgetWaitMs += reserved.waitMs, await clock.sleep(reserved.waitMs);
  }
}

// app/evaluation-pool.ts
import { Worker } from "node:worker_threads";
var MIN_WORKER_HEAP_MB = 8, EvaluationPool = class {
  #options;
  #slots = [];
  #queue = [];
  #nextId = 1;
  #closed = !1;
  constructor(options) {
    let merged = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64, ...options };
    merged.maxOldGenerationSizeMb = Math.max(merged.maxOldGenerationSizeMb, MIN_WORKER_HEAP_MB), this.#options = merged;
  }
  evaluate(snapshot, config, labelSets) {
    if (this.#closed) return Promise.reject(new Error("the evaluation pool is closed"));
    let task = {
      id: this.#nextId++,
      snapshot,
      config,
      labelSets: labelSets.map((labels) => [...labels])
    };
    return new Promise((resolve2) => {
      this.#queue.push({ task, resolve: resolve2 }), this.#dispatch();
    });
  }
  /** Stops every worker; pending evaluations are answered as unjudged. */
  async close() {
    this.#closed = !0;
    for (let pending of this.#queue.splice(0))
      pending.resolve(this.#unjudged(pending.task, "the App is shutting down"));
    await Promise.all(
      this.#slots.splice(0).map(async (slot) => {
        this.#finish(slot, "the App is shutting down"), await slot.worker.terminate();
      })
    );
  }
  #dispatch() {
    for (; this.#queue.length > 0; ) {
      let slot = this.#slots.find((candidate) => !candidate.busy) ?? this.#spawn();
      if (!slot) return;
      let pending = this.#queue.shift();
      slot.busy = pending, slot.worker.ref(), slot.ready && this.#startClock(slot), slot.worker.postMessage(pending.task);
    }
  }
  #startClock(slot) {
    slot.timer = setTimeout(() => {
      this.#replace(
        slot,
        `Judging this PR took longer than ${this.#options.budgetMs.toLocaleString("en-US")} ms`
      );
    }, this.#options.budgetMs);
  }
  /** A new worker while the pool has room, else `undefined`. */
  #spawn() {
    if (this.#slots.length >= this.#options.size) return;
    let [entry, how] = workerEntry(), worker = new Worker(entry, {
      ...how,
      resourceLimits: {
        maxOldGenerationSizeMb: this.#options.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: this.#options.maxYoungGenerationSizeMb
      }
    }), slot = { worker, ready: !1, busy: void 0, timer: void 0 };
    return worker.on("message", (message) => {
      if ("ready" in message) {
        slot.ready = !0, slot.busy && !slot.timer && this.#startClock(slot);
        return;
      }
      if (slot.busy?.task.id !== message.id) return;
      let { resolve: resolve2 } = slot.busy;
      this.#release(slot), resolve2(message.verdicts), this.#dispatch();
    }), worker.on("error", (error) => {
      let memory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      this.#replace(
        slot,
        memory ? `Judging this PR needed more than ${this.#options.maxOldGenerationSizeMb} MB` : `Judging this PR failed (${error.message})`
      );
    }), worker.on("exit", () => this.#replace(slot, "Judging this PR stopped its worker")), worker.unref(), this.#slots.push(slot), slot;
  }
  /** Answers the slot's task as unjudged for `why`, drops the worker and dispatches again. */
  #replace(slot, why) {
    let index = this.#slots.indexOf(slot);
    index !== -1 && (this.#slots.splice(index, 1), this.#finish(slot, why), slot.worker.removeAllListeners(), slot.worker.terminate(), this.#closed || this.#dispatch());
  }
  #finish(slot, why) {
    let pending = slot.busy;
    this.#release(slot), pending?.resolve(this.#unjudged(pending.task, why));
  }
  #release(slot) {
    slot.timer && clearTimeout(slot.timer), slot.timer = void 0, slot.busy = void 0, slot.worker.unref();
  }
  #unjudged(task, why) {
    return task.labelSets.map(() => unjudgedVerdict(why));
  }
};
function workerEntry() {
  let here = import.meta.url;
  if (!here.endsWith(".ts")) return [new URL("./evaluation-worker.js", here), {}];
  let source = new URL("./evaluation-worker.ts", here).href;
  return [
    `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`,
    { eval: !0 }
  ];
}

// app/observe.ts
import { AsyncLocalStorage } from "node:async_hooks";
var current = new AsyncLocalStorage(), inFlight = /* @__PURE__ */ new Map();
onGitHubResponse(() => {
  let record = current.getStore();
  record && (record.requests += 1);
});
function noteVerdict(conclusion) {
  let record = current.getStore();
  !record || conclusion === void 0 || (record.verdict = conclusion, verdicts.inc({ conclusion }));
}
function noteFailure() {
  let record = current.getStore();
  record && (record.failed = !0);
}
function subjectOf(payload) {
  let numbered = (value) => typeof value == "object" && value !== null && typeof value.number == "number" ? value.number : void 0, checkRun = payload.check_run;
  return numbered(payload.pull_request) ?? numbered(payload.issue) ?? numbered(checkRun?.pull_requests?.[0]);
}
function observed(handler) {
  return (context) => {
    let payload = context.payload, event = `${context.name}${typeof payload.action == "string" ? `.${payload.action}` : ""}`, record = { requests: 0, verdict: void 0, failed: !1 }, started = performance.now(), repository = payload.repository, pr = subjectOf(payload), run2 = current.run(record, async () => {
      let outcome = "failed";
      try {
        await handler(context), outcome = record.failed ? "failed" : "handled";
      } finally {
        let seconds = (performance.now() - started) / 1e3;
        webhookEvents.inc({ event, outcome }), handlerDuration.observe({ event }, seconds), context.log.info(
          {
            event,
            delivery: context.id,
            repo: repository?.full_name,
            pr,
            verdict: record.verdict,
            outcome,
            requests: record.requests,
            durationMs: Math.round(seconds * 1e3)
          },
          `${event} ${outcome}`
        );
      }
    }), subject = repository?.full_name ? `, ${repository.full_name}${pr === void 0 ? "" : `#${pr}`}` : "";
    return inFlight.set(run2, `${event} (delivery ${context.id}${subject})`), run2.then(
      () => inFlight.delete(run2),
      () => inFlight.delete(run2)
    ), run2;
  };
}
function handlersInFlight() {
  return inFlight.size;
}
function unfinishedHandlers() {
  return [...inFlight.values()];
}
async function drainHandlers(deadlineMs) {
  let deadline = Date.now() + deadlineMs;
  for (; inFlight.size > 0; ) {
    let left = deadline - Date.now();
    if (left <= 0) return !1;
    let timer;
    await Promise.race([
      Promise.allSettled([...inFlight.keys()]),
      new Promise((resolve2) => {
        timer = setTimeout(resolve2, left);
      })
    ]), clearTimeout(timer);
  }
  return !0;
}

// app/handlers/guard.ts
function pushRepository(repository) {
  return {
    name: repository.name,
    default_branch: repository.default_branch,
    owner: {
      login: repository.owner?.login ?? "",
      ...repository.owner?.type ? { type: repository.owner.type } : {}
    }
  };
}
function repoContextOf(payload) {
  let { repository } = payload;
  return {
    owner: repository.owner.login,
    repo: repository.name,
    defaultBranch: repository.default_branch,
    ownerIsOrg: repository.owner.type === "Organization"
  };
}
async function runGuarded(context, state, payload, handler) {
  let repo = repoContextOf(payload), deps = {
    gh: new GitHubClient(
      context.octokit,
      { owner: repo.owner, repo: repo.repo },
      void 0,
      state.conditional,
      state
    ),
    state,
    log: context.log,
    repo
  }, scope = {}, event = `${context.name}${"action" in context.payload ? `.${String(context.payload.action)}` : ""}`;
  try {
    await handler(deps, scope), noteVerdict(scope.judged?.verdict?.status);
  } catch (error) {
    let reason = failureReason(error);
    noteFailure(), deps.log.error({ err: error, event, checkSha: scope.checkSha }, `${event} failed: ${reason}`), await postEvaluationError(deps, scope, reason, event);
  }
}

// app/handlers/blocked.ts
var BLOCKED_ACTIONS = ["opened", "edited", "labeled", "unlabeled", "reopened"];
function isBlockedAction(action) {
  return BLOCKED_ACTIONS.includes(action);
}
async function onBlockedItem(context, state, delivery) {
  let payload = context.payload;
  if (context.name !== "issues" && context.name !== "pull_request" || !isBlockedAction(payload.action)) return;
  let raw = context.name === "issues" ? payload.issue : payload.pull_request;
  if (!raw || raw.state === "closed") return;
  let labels = labelNames(raw.labels);
  if (labels.length === 0) return;
  let changed = payload.label?.name, labelEvent = payload.action === "labeled" || payload.action === "unlabeled";
  if (labelEvent && !changed) return;
  let event = `${context.name}.${payload.action}`, number = raw.number, repo = repoContextOf(payload);
  await state.queue.run(
    blockedKey({ repo }, number),
    () => runGuarded(context, state, payload, async (deps) => {
      let loaded = delivery ? delivery.loaded : await loadRepoConfig(deps);
      if (!loaded) {
        deps.log.debug(
          `${event} on #${number}: the config could not be read for this event, blocked fields not checked`
        );
        return;
      }
      if (!loaded.ok) {
        deps.log.info(`${event} on #${number}: the config is invalid, blocked fields not checked`);
        return;
      }
      let { config } = loaded;
      if (!config.incidents.enabled) return;
      let { label: blockedLabel, needs_info_label: needsInfo } = config.incidents.blocked;
      if (labelEvent && changed) {
        if (!sameLabel(changed, blockedLabel) && !sameLabel(changed, needsInfo)) return;
        if (payload.sender?.type === "Bot" && await isOwnBot(deps, payload.sender.login)) {
          deps.log.debug(`${event} on #${number}: the App's own label change, nothing to check`);
          return;
        }
      }
      let dryRun = isDryRun(deps.state.options, config), item = {
        number,
        body: raw.body ?? "",
        labels,
        ...raw.created_at ? { created_at: raw.created_at } : {}
      }, check = await checkBlockedItem(deps, config, item, { dryRun }), escalation = check.blocked ? await escalateBlockedTooLong(deps, config, item, deps.state.options.now(), { dryRun }) : void 0;
      deps.log.info(
        {
          number,
          blocked: check.blocked,
          missing: check.missing,
          writes: check.writes.map((write) => write.kind),
          escalation: escalation?.status,
          dryRun
        },
        `${event} on #${number}: ${describe(check.blocked, check.missing, blockedLabel)}`
      );
    })
  );
}
async function afterEventHandler(context, state, handler) {
  let key = repoKey(repoContextOf(context.payload)), before = state.configs.get(key);
  try {
    await handler();
  } finally {
    let after = state.configs.get(key), young = after !== void 0 && state.options.now().getTime() - after.fetchedAt < state.options.configCacheSeconds * 1e3, loaded = after !== void 0 && (after !== before || young) ? after.loaded : void 0;
    await onBlockedItem(context, state, { loaded });
  }
}
function describe(blocked, missing, label) {
  return blocked ? missing.length > 0 ? `blocked, missing ${missing.join(", ")}` : "blocked, every field stated" : `not labeled ${label}`;
}

// engine/incidents/operator.ts
function withReceipt(lines, record) {
  let tail = `
Receipt ${codeSpan(record.receipt)}.

${operatorRecordMarker(record)}`;
  return fitCharsBefore(`${lines.join(`
`)}
`, tail, COMMENT_BODY_CHARS);
}
function helpReply(login, unknown) {
  let opener = unknown === void 0 ? `${mention(login)}, pilot-gate understands these commands on incidents and blocked items:` : `${mention(login)}, pilot-gate has no command ${codeSpan(unknown)}. It understands these on incidents and blocked items:`;
  return fitChars(
    [
      opener,
      "",
      operatorHelp(),
      "",
      "Each goes on a line of its own. Merges are frozen with `/pilot-gate freeze <reason>`, `/pilot-gate doctor` (on any issue) runs the preflight as the `pilot-gate/doctor` check, and a PR's rule is overridden with `/pilot-gate override <rule-id> reason: <why>`.",
      "A pilot review issue is decided with `/pilot-gate accept <reason>` or `/pilot-gate reject <reason>`."
    ].join(`
`),
    COMMENT_BODY_CHARS
  );
}
async function mayOperate(deps, config, login) {
  let permission = await deps.gh.getPermission(login);
  if (permissionAtLeast(permission, config.overrides.permission))
    return { allowed: !0, permission };
  if (config.overrides.roles.length === 0) return { allowed: !1, permission };
  let members = await expandRoles(deps, config, config.overrides.roles), wanted = login.toLowerCase();
  return { allowed: config.overrides.roles.some(
    (role) => (members[role] ?? []).some((member) => member.toLowerCase() === wanted)
  ), permission };
}
function refusalLines(config, login, permission, verb) {
  let roles = config.overrides.roles, who = [
    `**${config.overrides.permission}** permission or higher on this repository (\`overrides.permission\`)`,
    ...roles.length > 0 ? [`the ${roles.map((role) => codeSpan(role)).join(" or ")} role (\`overrides.roles\`)`] : []
  ].join(", or ");
  return [
    `${mention(login)}, operator commands here need ${who}, as overrides do; you have ${inertText(permission)}. Ask one of them to comment \`${OPERATOR_SYNTAX[verb]}\`.`
  ];
}
function logins(list) {
  return list.length > 0 ? list.map((login) => handle(login)).join(", ") : "nobody";
}
function levelWords(level, chain) {
  let entry = chain[level - 1];
  if (!entry) {
    let first = chain[0];
    return first ? `none yet (first level: ${inertText(first.name)})` : "none (no chain configured)";
  }
  return `level ${level} of ${chain.length}: **${inertText(entry.name)}**`;
}
function clockRow(clock) {
  let state = clock.state === "met" ? `met at ${clock.metAt}` : clock.state === "breached" ? clock.metAt ? `breached: met ${clock.overdueBy} min late` : `breached: ${clock.overdueBy} min overdue` : "running";
  return `| ${clock.clock} | ${clock.target} ${clock.business ? "business " : ""}min | ${clock.dueAt} | ${state} |`;
}
function inspectLines(config, item, clocks, linked) {
  let settings = config.incidents, severity = severityOf(item.labels, settings), blocked = labelOn(item.labels, settings.blocked.label) !== void 0, chain = escalationChain(settings, severity ?? BLOCKED_CHAIN), level = escalationLevelFromLabels(item.labels, severity ?? BLOCKED_CHAIN, settings), lines = [
    `### ${item.isPull ? "PR" : "Issue"} #${item.number}: ${inertText(item.title, 200)}`,
    "",
    "| | |",
    "|---|---|",
    `| State | ${item.state} |`,
    `| Severity | ${severity ?? "not an incident (no severity label)"} |`,
    `| Blocked | ${blocked ? `yes (${tableCell(settings.blocked.label)})` : "no"} |`,
    `| Escalation | ${severity ? levelWords(level, chain) : "not an incident"} |`,
    `| Assignees | ${markdownCell(logins(item.assignees))} |`,
    `| Opened | ${item.created_at} |`,
    ""
  ];
  return clocks.length > 0 ? lines.push(
    "| SLA clock | Target | Due | State |",
    "|---|---|---|---|",
    ...clocks.map(clockRow),
    ""
  ) : severity && lines.push("SLA clocks: none running (the incident is closed).", ""), lines.push(
    linked.length > 0 ? `Linked PRs: ${linked.map((pull) => `${issueRef(pull.number, pull.url)} "${inertText(pull.title, 120)}" (${pull.state})`).join(", ")}` : "Linked PRs: none reference this item yet."
  ), lines;
}
async function runOperatorCommand(deps, config, comment, command, dryRun) {
  let executed = [], write = async (...writes) => {
    let done = await executePlan(
      deps,
      writes.map((action) => ({ ...action, failure: "fails-event", what: describeWrite(action) })),
      { dryRun }
    );
    return executed.push(...done), done;
  }, replyWrite = (body) => ({
    kind: "create-comment",
    issue: comment.issue,
    body
  }), settings = config.incidents, item = await deps.gh.getIssue(comment.issue), severity = severityOf(item.labels, settings), chain = escalationChain(settings, severity ?? BLOCKED_CHAIN), blockedLabel = labelOn(item.labels, settings.blocked.label);
  if (!severity && !blockedLabel) {
    let severities = Object.values(settings.severity_labels).flat().map((label) => codeSpan(label)).join(", ");
    return await write(
      replyWrite(
        `${mention(comment.login)}, operator commands work on incidents (an issue with a severity label: ${severities}) and on items labeled ${codeSpan(settings.blocked.label)}; #${comment.issue} is neither. Add the label first, then ask again.`
      )
    ), { status: "not-applicable" };
  }
  let request = {
    command: command.kind,
    actor: comment.login,
    at: comment.at,
    issue: comment.issue,
    ..."reason" in command ? { reason: command.reason } : {},
    ..."assignee" in command ? { assignee: command.assignee } : {}
  }, receipt = operatorReceiptId(request), record = (outcome) => ({
    ...request,
    receipt,
    outcome
  });
  if ((await deps.gh.listComments(comment.issue)).some(
    (posted) => posted.author.type === "Bot" && readOperatorRecord(posted.body)?.receipt === receipt
  ))
    return deps.log.info(`operator command ${receipt} is already answered (redelivered comment)`), { status: "already-recorded", receipt };
  let { allowed, permission } = await mayOperate(deps, config, comment.login), finish = async (status, lines) => (await write(replyWrite(withReceipt(lines, record(status === "refused" ? "refused" : "done")))), { status, receipt, applied: appliedOf(executed) });
  return allowed ? act(
    deps,
    config,
    { comment, command, item, severity, chain, blockedLabel, record },
    {
      write,
      finish,
      dryRun
    }
  ) : finish("refused", refusalLines(config, comment.login, permission, command.kind));
}
async function act(deps, config, { comment, command, item, severity, chain, blockedLabel, record }, { write, finish, dryRun }) {
  let settings = config.incidents, who = mention(comment.login), ref = `#${item.number}`;
  switch (command.kind) {
    case "inspect": {
      let timeline = await deps.gh.listTimeline(item.number), clocks = severity && item.state === "open" ? await incidentClocks(deps, config, item, timeline, deps.state.options.now()) : [], linked = /* @__PURE__ */ new Map();
      for (let event of timeline)
        event.source?.isPull && linked.set(event.source.number, event.source);
      return finish("done", [
        `${who}, here is where ${ref} stands.`,
        "",
        ...inspectLines(config, item, clocks, [...linked.values()])
      ]);
    }
    case "owner": {
      let level = escalationLevelFromLabels(item.labels, severity ?? BLOCKED_CHAIN, settings), entry = chain[Math.max(level, 1) - 1], called = entry && entry.mention.length > 0 ? `${entry.mention.map((name) => inertText(name)).join(", ")} (${inertText(entry.name)})` : "nobody is listed";
      return finish("done", [
        `${who}, ${ref} is owned by ${logins(item.assignees)}${item.assignees.length === 0 ? `: assign someone with \`${OPERATOR_SYNTAX.assign}\`` : ""}.`,
        "",
        `Called at its escalation level: ${called}.`
      ]);
    }
    case "escalate": {
      let level = escalationLevelFromLabels(item.labels, severity ?? BLOCKED_CHAIN, settings), next = severity ? chain[level] : chain[0], label = severity && next ? escalationLabel(next) : settings.blocked.escalated_label;
      if (!next)
        return finish("nothing-to-do", [
          `${who}, ${ref} is already at the last level of its chain in \`incidents.escalation\` in ${codeSpan(CONFIG_PATH)} (${levelWords(level, chain)}); nothing was changed.`
        ]);
      if (!severity && labelOn(item.labels, label))
        return finish("nothing-to-do", [
          `${who}, blocked item ${ref} is already escalated (it carries ${codeSpan(label)}); nothing was changed.`
        ]);
      let where = severity ? ` (level ${level + 1} of ${chain.length})` : "", body = escalationBody(
        next,
        `${ref} escalated${where} by ${handle(comment.login)}: ${inertText(command.reason)}`,
        `pilot-gate adds the label ${codeSpan(label)} to record it.`,
        record("done")
      ), done = await executePlan(
        deps,
        escalationWrites(item.number, { body, label, mention: next.mention }),
        { dryRun }
      );
      return { status: "done", receipt: record("done").receipt, applied: appliedOf(done) };
    }
    case "assign":
    case "reassign": {
      let wanted = command.assignee.toLowerCase(), [added] = await write({
        kind: "add-assignees",
        issue: item.number,
        assignees: [command.assignee]
      });
      if (added?.made && !(added.assignees ?? []).some((login) => login.toLowerCase() === wanted))
        return finish("refused", [
          `${who}, GitHub did not assign ${handle(command.assignee)} to ${ref}: only people with access to this repository can be assigned. Nothing else was changed.`
        ]);
      let earlier = item.assignees.filter((login) => login.toLowerCase() !== wanted);
      command.kind === "reassign" && earlier.length > 0 && await write({ kind: "remove-assignees", issue: item.number, assignees: earlier });
      let change = command.kind === "reassign" && earlier.length > 0 ? `reassigned from ${logins(earlier)} to ${handle(command.assignee)}` : `assigned to ${handle(command.assignee)}`;
      return finish("done", [`${who}, ${ref} is ${change}: ${inertText(command.reason)}`]);
    }
    case "unblock": {
      if (!blockedLabel)
        return finish("nothing-to-do", [
          `${who}, ${ref} is not labeled ${codeSpan(settings.blocked.label)}; nothing was changed.`
        ]);
      let labels = [
        blockedLabel,
        settings.blocked.needs_info_label,
        settings.blocked.escalated_label
      ].map((label) => labelOn(item.labels, label)).filter((label) => label !== void 0);
      return await write(
        ...labels.map(
          (label) => ({ kind: "remove-label", issue: item.number, label })
        )
      ), finish("done", [
        `${who}, ${ref} is unblocked (${labels.map((label) => codeSpan(label)).join(", ")} taken off): ${inertText(command.reason)}`
      ]);
    }
    case "close": {
      if (item.state === "closed")
        return finish("nothing-to-do", [`${who}, ${ref} is already closed; nothing was changed.`]);
      let note = [
        "",
        "",
        "---",
        `Closed by ${handle(comment.login)} at ${inertText(comment.at)} with \`/pilot-gate close\`: ${inertText(command.reason)} (receipt ${codeSpan(record("done").receipt)}).`
      ].join(`
`), body = fitCharsBefore(item.body, note, ISSUE_BODY_CHARS);
      return await write({ kind: "update-issue", issue: item.number, body, close: !0 }), finish("done", [`${who}, ${ref} is closed: ${inertText(command.reason)}`]);
    }
  }
}
function escalationBody(level, headline, after, record) {
  let called = level.mention.length > 0 ? `${level.mention.join(" ")}: you are called.` : `Nobody is mentioned at this level: list people or teams under \`incidents.escalation\` in ${codeSpan(CONFIG_PATH)}.`;
  return withReceipt(
    [`### Escalated to ${inertText(level.name)}`, "", headline, "", called, "", after],
    record
  );
}

// engine/doctor-check.ts
var DOCTOR_INTERVAL_MS = 6e4;
function requestId(request) {
  return request.kind === "comment" ? `comment:${request.commentId}` : `rerun:${request.checkRunId}`;
}
async function requestDoctor(deps, request, repositoryUrl) {
  let loaded = await loadRepoConfig(deps, { revalidate: !0 }), dryRun = isDryRun(deps.state.options, loaded.ok ? loaded.config : void 0), id = requestId(request), asker = request.kind === "comment" ? mention(request.login) : "", reply = async (lines) => {
    if (request.kind !== "comment") return;
    let body2 = fitCharsBefore(
      `${lines.join(`
`)}
`,
      `
${hiddenDoctorRecord(id)}`,
      COMMENT_BODY_CHARS
    );
    await executePlan(
      deps,
      [
        {
          kind: "create-comment",
          issue: request.issue,
          body: body2,
          failure: "follow-up",
          what: `reply on #${request.issue}`
        }
      ],
      { dryRun }
    );
  };
  if (request.kind === "comment") {
    if ((await deps.gh.listComments(request.issue)).some(
      (comment) => comment.author.type === "Bot" && readDoctorRecord(comment.body)?.request === id
    ))
      return { status: "redelivered" };
    let rules = loaded.ok ? loaded.config : defaultConfig(), { allowed, permission } = await mayOperate(deps, rules, request.login);
    if (!allowed)
      return await reply([
        `${mention(request.login)}, ${codeSpan(DOCTOR_SYNTAX)} needs **${rules.overrides.permission}** permission or higher on this repository${rules.overrides.roles.length > 0 ? `, or the ${rules.overrides.roles.map((role) => codeSpan(role)).join(" or ")} role` : ""}, as overrides and operator commands do; you have ${inertText(permission)}. Ask one of them to comment it, or run \`pilot-gate doctor\` yourself with a token.`
      ]), { status: "refused", permission };
  }
  let branch = deps.repo.defaultBranch, sha = await deps.gh.getBranchHead(branch);
  if (sha === void 0)
    return await reply([
      `${asker}, ${codeSpan(branch)} has no commit yet, so the ${codeSpan(DOCTOR_CHECK_NAME)} check has nowhere to go. Push a first commit, then ask again.`
    ]), { status: "no-commit" };
  let now = deps.state.options.now(), target = { branch, sha, request: id, completedAt: now.toISOString() }, body;
  try {
    let appId = await deps.gh.appId(), latest = await deps.gh.findLatestCheckRun(sha, DOCTOR_CHECK_NAME, appId);
    if (latest && readDoctorRecord(latest.text ?? "")?.request === id)
      return { status: "redelivered" };
    let last = latest ? Date.parse(latest.completedAt ?? latest.startedAt ?? "") : Number.NaN;
    if (latest && now.getTime() - last < DOCTOR_INTERVAL_MS) {
      let where = latest.url ? `[the last one](${latest.url})` : "the last one, on this commit,";
      return await reply([
        `${asker}, the ${codeSpan(DOCTOR_CHECK_NAME)} check ran less than a minute ago: see ${where}. It runs at most once a minute per repository; ask again after that.`
      ]), { status: "throttled", url: latest.url };
    }
    let config = loaded.ok ? {
      config: loaded.config,
      description: loaded.fromFile ? loaded.files.join(" + ") : `defaults (no ${CONFIG_PATH})`
    } : { error: loaded.error }, files = repositoryFiles(deps.gh, sha), checks = await runDoctor({ files, config, gh: deps.gh, appId, runner: "app" });
    body = planDoctorCheck(checks, target);
  } catch (error) {
    deps.log.warn({ err: error }, `the doctor could not finish: ${failureReason(error)}`), body = planDoctorError(failureReason(error), target);
  }
  let runId;
  try {
    let [written] = await executePlan(
      deps,
      [
        {
          kind: "check-run",
          sha,
          body,
          failure: "fails-event",
          what: `the ${DOCTOR_CHECK_NAME} check`
        }
      ],
      { dryRun }
    );
    runId = written?.id;
  } catch (error) {
    throw await reply([
      `${asker}, the ${codeSpan(DOCTOR_CHECK_NAME)} check could not be posted: ${inertText(failureReason(error))}. Ask again in a minute.`
    ]), error;
  }
  return await reply([
    runId === void 0 ? `${asker}, dry run: the ${codeSpan(DOCTOR_CHECK_NAME)} check was not posted (${body.title}).` : `${asker}, the [${codeSpan(DOCTOR_CHECK_NAME)} check](${repositoryUrl}/runs/${runId}) on ${codeSpan(branch)} at ${sha.slice(0, 7)}: **${body.conclusion}**, ${inertText(body.title)}.`
  ]), { status: "posted", conclusion: body.conclusion, id: runId };
}

// app/handlers/doctor.ts
function doctorKey(repo) {
  return `${repo.owner}/${repo.repo} doctor`.toLowerCase();
}
async function onDoctorRequest(context, state, request, { ownRunOnly }) {
  let { payload } = context;
  await state.queue.run(
    doctorKey(repoContextOf(payload)),
    () => runGuarded(context, state, payload, async (deps) => {
      if (ownRunOnly && "check_run" in payload && payload.check_run.app?.id !== await deps.gh.appId())
        return;
      let outcome = await requestDoctor(deps, request, payload.repository.html_url);
      deps.log.info({ outcome }, `pilot-gate/doctor (${request.kind}): ${outcome.status}`);
    })
  );
}
async function onDoctorComment(context, state) {
  let { comment, issue, sender } = context.payload;
  await onDoctorRequest(
    context,
    state,
    {
      kind: "comment",
      issue: issue.number,
      login: comment.user?.login ?? sender.login,
      commentId: comment.id
    },
    { ownRunOnly: !1 }
  );
}
async function onDoctorRerun(context, state) {
  await onDoctorRequest(
    context,
    state,
    { kind: "rerun", checkRunId: context.payload.check_run.id },
    { ownRunOnly: !0 }
  );
}

// app/handlers/protection.ts
async function syncProtection(deps, scope, trigger, options = {}) {
  let { gh, state, log, repo } = deps;
  scope.checkName = PROTECTION_CHECK_NAME, scope.checkSha = options.headSha, repo.defaultBranch === "" && (repo.defaultBranch = await gh.getDefaultBranch());
  let loaded = await loadRepoConfig(deps), dryRun = scope.dryRun ?? isDryRun(state.options, loaded.ok ? loaded.config : void 0);
  if (scope.dryRun = dryRun, !loaded.ok) {
    let reason = `the config on ${repo.defaultBranch} is invalid (${loaded.error.message.split(`
`)[0]}); fix it and push`;
    return await postCheck(deps, protectionErrorCheckRun(reason, state.options.now()), {
      sha: options.headSha,
      dryRun
    }), log.warn({ dryRun }, `protection not checked: ${reason}`), { writes: 0, skipped: reason };
  }
  let { config } = loaded, policy = config.protection.drift, desired = desiredProtection(config.protection, config.check.name, await gh.appId()), plan = planProtection(desired, await gh.readProtection(desired)), apply = trigger.reason === "installed" || trigger.reason === "config" || policy === "enforce", manageIssue = policy === "report" || trigger.reason === "config", before = driftedBranches(plan), protectionWrites = apply && plan.writes.length > 0 ? [
    {
      kind: "protection",
      writes: plan.writes,
      failure: "fails-event",
      what: `apply protection to ${plan.writes.length} branch(es) or ruleset(s)`
    }
  ] : [], [applied] = await executePlan(deps, protectionWrites, { dryRun }), report = applied?.outcomes ? applyOutcomes(plan, desired, applied.outcomes) : plan, written = report.writes.filter((w) => w.outcome === "written"), rewritten = before.filter(
    (b) => written.some((w) => w.branches.includes(b.branch) && w.outcome === "written")
  ), record = {
    policy,
    trigger,
    rewritten,
    reported: !apply && before.length > 0
  }, issue;
  if (manageIssue) {
    let planned = await planDriftIssue(deps, report, trigger), [made] = await executePlan(deps, planned.write ? [planned.write] : [], { dryRun });
    issue = made?.made ? planned.change : void 0, record.issue = made?.id ?? planned.number;
  }
  let detailsUrl = sitePageUrl(config.site, SITE_PAGES.protection);
  return await postCheck(deps, protectionCheckRun(report, record, state.options.now(), detailsUrl), {
    sha: options.headSha,
    dryRun
  }), log.info(
    {
      status: report.status,
      writes: written.length,
      issue,
      receipt: rewritten.length > 0 ? { sender: trigger.sender, at: trigger.at } : void 0
    },
    `protection ${report.status} after ${trigger.event}`
  ), { report, writes: report.writes.filter((w) => w.outcome !== "planned").length, issue };
}
async function postCheck(deps, body, { sha, dryRun }) {
  let action = sha === void 0 ? { kind: "branch-check-run", branch: deps.repo.defaultBranch, body } : { kind: "check-run", sha, body };
  try {
    await executePlan(deps, [{ ...action, failure: "fails-event", what: describeWrite(action) }], {
      dryRun
    });
  } catch (error) {
    if (!(error instanceof NoCommitError)) throw error;
    deps.log.warn(error.reason);
  }
}
async function planDriftIssue(deps, report, trigger) {
  let open = await deps.gh.findOpenIssue(DRIFT_ISSUE_LABEL);
  if (driftedBranches(report).length > 0) {
    let body = driftIssueBody(report, trigger);
    return open ? open.body.trim() === body.trim() ? { change: void 0, number: open.number } : {
      write: {
        kind: "update-issue",
        issue: open.number,
        body,
        failure: "fails-event",
        what: `update the protection drift issue #${open.number}`
      },
      change: "updated",
      number: open.number
    } : {
      write: {
        kind: "create-issue",
        title: DRIFT_ISSUE_TITLE,
        body,
        labels: [DRIFT_ISSUE_LABEL],
        failure: "fails-event",
        what: "open the protection drift issue"
      },
      change: "opened",
      number: void 0
    };
  }
  return open && !hasUnknownBranches(report) ? {
    write: {
      kind: "update-issue",
      issue: open.number,
      body: resolvedIssueBody(open.body, trigger),
      close: !0,
      failure: "fails-event",
      what: `close the protection drift issue #${open.number}`
    },
    change: "closed",
    number: open.number
  } : { change: void 0, number: open?.number };
}
async function runSync(deps, scope, trigger, options = {}) {
  try {
    await syncProtection(deps, scope, trigger, options);
  } catch (error) {
    await reportSyncFailure(deps, scope, trigger, error);
  }
}
async function reportSyncFailure(deps, scope, trigger, error) {
  let reason = failureReason(error);
  if (deps.log.error({ err: error, event: trigger.event }, `protection sync failed: ${reason}`), !(scope.checkSha === void 0 && deps.repo.defaultBranch === ""))
    try {
      await postCheck(deps, protectionErrorCheckRun(reason, deps.state.options.now()), {
        sha: scope.checkSha,
        dryRun: scope.dryRun ?? deps.state.options.dryRun
      });
    } catch (second) {
      deps.log.error(
        { err: second, event: trigger.event },
        `could not post the failing ${PROTECTION_CHECK_NAME} check either`
      );
    }
}
function guardedSync(context, state, payload, trigger, options = {}) {
  let key = `${payload.repository.owner.login}/${payload.repository.name}#protection`.toLowerCase();
  return state.queue.run(
    key,
    () => runGuarded(context, state, payload, (deps) => runSync(deps, {}, trigger, options))
  );
}
async function onProtectionChange(context, state) {
  let { payload } = context, repository = "repository" in payload ? payload.repository : void 0;
  if (!repository) {
    context.log.debug(`${context.name}: not about a repository (an organisation ruleset), ignored`);
    return;
  }
  let sender = payload.sender;
  if (sender?.type === "Bot" && await isOwnBot2(context, state, repository, sender.login)) {
    context.log.debug(`${context.name}.${payload.action} by this App's own bot: ignored`);
    return;
  }
  let changed = payload, at = changed.rule?.updated_at ?? changed.ruleset?.updated_at;
  await guardedSync(
    context,
    state,
    { repository },
    {
      reason: "hand-edit",
      event: `${context.name}.${payload.action}`,
      sender: sender?.login,
      at: at ?? state.options.now().toISOString()
    }
  );
}
async function isOwnBot2(context, state, repository, login) {
  if (state.appSlug === void 0) {
    let gh = new GitHubClient(context.octokit, {
      owner: repository.owner.login,
      repo: repository.name
    });
    try {
      state.appSlug = await gh.appSlug();
    } catch (error) {
      return context.log.warn({ err: error }, "could not read the App's own name; syncing anyway"), !1;
    }
  }
  return login.toLowerCase() === `${state.appSlug}[bot]`.toLowerCase();
}
function syncAfterConfigPush(context, state, headSha) {
  let { payload } = context;
  return guardedSync(
    context,
    state,
    {
      repository: {
        name: payload.repository.name,
        default_branch: payload.repository.default_branch,
        owner: {
          login: payload.repository.owner?.login ?? "",
          ...payload.repository.owner?.type ? { type: payload.repository.owner.type } : {}
        }
      }
    },
    {
      reason: "config",
      event: "push",
      sender: payload.sender?.login ?? payload.pusher.name,
      at: payload.head_commit?.timestamp ?? state.options.now().toISOString()
    },
    { headSha }
  );
}
async function onProtectionRerun(context, state) {
  let { payload } = context;
  await guardedSync(context, state, payload, {
    reason: "rerun",
    event: `check_run.${payload.action}`,
    sender: payload.sender.login,
    at: state.options.now().toISOString()
  });
}

// app/handlers/check-run.ts
async function onCheckRun(context, state) {
  let { payload } = context, run2 = payload.check_run;
  if (!(payload.action === "requested_action" && (!("requested_action" in payload) || payload.requested_action?.identifier !== RERUN_ACTION.identifier))) {
    if (run2.name === DOCTOR_CHECK_NAME) {
      payload.action === "rerequested" && await onDoctorRerun(context, state);
      return;
    }
    if (run2.name === PROTECTION_CHECK_NAME && payload.action === "rerequested") {
      let appId = await new GitHubClient(context.octokit, {
        owner: payload.repository.owner.login,
        repo: payload.repository.name
      }).appId();
      run2.app?.id === appId && await onProtectionRerun(context, state);
      return;
    }
    await runGuarded(context, state, payload, async (deps, scope) => {
      if (run2.app?.id !== await deps.gh.appId()) return;
      scope.checkSha = run2.head_sha, scope.checkName = run2.name;
      let request = {
        checkSha: run2.head_sha,
        onlyForCheckName: run2.name,
        fresh: !0
      }, headBranch = run2.check_suite?.head_branch ?? "";
      if (isQueueRef(headBranch)) {
        let number = pullNumberFromQueueRef(headBranch);
        if (number === void 0) return;
        let pull = await deps.gh.getPull(number);
        await publishVerdict(deps, scope, { ...request, pull, manageLabels: !1 });
        return;
      }
      let numbers = run2.pull_requests.filter((pr) => pr.base.repo.id === payload.repository.id).map((pr) => pr.number);
      numbers.length === 0 && (numbers = await deps.gh.listOpenPullsForCommit(run2.head_sha));
      for (let number of numbers)
        await state.queue.run(`${payload.repository.full_name}#${number}`.toLowerCase(), async () => {
          let pull = await deps.gh.getPull(number);
          if (pull.headSha !== run2.head_sha) {
            deps.log.info(
              `#${number} has moved on from ${run2.head_sha.slice(0, 7)}; its new head is judged on push`
            );
            return;
          }
          await publishVerdict(deps, scope, { ...request, pull, manageLabels: !0 });
        });
    });
  }
}

// engine/verdict/ci-event.ts
async function judgeCiEvent(deps, scope, event) {
  let loaded = await loadRepoConfig(deps);
  if (!loaded.ok) return { ignored: "the config is invalid" };
  let { config } = loaded;
  if (config.check.require.length === 0) return { ignored: "check.require is empty" };
  let why = await irrelevance(deps, config, event);
  if (why) return { ignored: why };
  let pulls = await pullsOf(deps, event);
  if (pulls.length === 0) return { ignored: `no open PR has ${event.sha.slice(0, 7)} as its head` };
  let judged = [], headCi;
  for (let { number, queue } of pulls)
    await deps.state.queue.run(pullKey(deps.repo, number), async () => {
      let pull = queue ? await deps.gh.getPull(number) : await currentPull(deps, number);
      if (!queue && pull.headSha !== event.sha) {
        deps.log.info(
          `#${number} has moved on from ${event.sha.slice(0, 7)}; its new head is judged on push`
        );
        return;
      }
      headCi ??= await readHeadCi(deps, config, event.sha), (await publishVerdict(deps, scope, {
        pull,
        checkSha: event.sha,
        manageLabels: !queue,
        loaded,
        ...headCi ? { headCi } : {}
      })).status === "published" && judged.push(number);
    });
  return { judged };
}
async function irrelevance(deps, config, event) {
  let { finished } = event, items = config.check.require, seen = deps.state.ciSeen.get(ciSeenKey(deps, event.sha));
  if (finished.kind === "status")
    return finished.context === config.check.name ? "a status reusing this check's name" : !statusesNeeded(items) || !isRequiredCheck(items, finished.context, void 0) ? `status ${finished.context} is not required` : seen?.ends[finished.context] === finished.state ? `status ${finished.context} is unchanged` : void 0;
  if (finished.appId !== void 0 && finished.appId === await deps.gh.appId())
    return "the App's own check";
  if (finished.kind === "check-run")
    return finished.name === config.check.name ? "a check reusing this check's name" : isRequiredCheck(items, finished.name, finished.appId) ? seen?.ends[finished.name] === `${finished.conclusion}` ? `check ${finished.name} is unchanged` : seen ? stillWaiting(seen, items, finished) : void 0 : `check ${finished.name} is not required`;
  if (!items.some(
    (item) => typeof item == "string" || item.app_id === void 0 || item.app_id === finished.appId
  )) return "no required check can come from this app";
  let unseen = seen?.running.some(
    (run2) => run2.appId === finished.appId && isRequiredCheck(items, run2.name, run2.appId)
  );
  return seen?.apps.includes(finished.appId) && !unseen ? "every required run of this suite was seen finishing" : void 0;
}
function stillWaiting(seen, items, finished) {
  if (!isPassing(finished.conclusion)) return;
  let others = seen.running.filter(
    (run2) => run2.name !== finished.name && isRequiredCheck(items, run2.name, run2.appId)
  );
  if (others.length !== 0)
    return seen.ends[finished.name] = `${finished.conclusion}`, seen.running = seen.running.filter((run2) => run2.name !== finished.name), `${others.length} other required check${others.length === 1 ? " is" : "s are"} still running`;
}
async function pullsOf(deps, event) {
  let queueRef = event.branches.find(isQueueRef);
  if (queueRef !== void 0) {
    let number = pullNumberFromQueueRef(queueRef);
    return number === void 0 ? [] : [{ number, queue: !0 }];
  }
  let numbers = event.pulls ?? [];
  if (numbers.length === 0) {
    let prefix = `${repoKey(deps.repo)}#`, remembered = [...deps.state.pulls.entries()].filter(
      ([key, pull]) => key.startsWith(prefix) && pull.headSha === event.sha
    );
    numbers = remembered.length > 0 ? remembered.map(([, pull]) => pull.number) : (
      // GitHub lists no PRs in check events for commits pushed to forks, and none in statuses.
      await deps.gh.listOpenPullsForCommit(event.sha)
    );
  }
  return [...new Set(numbers)].map((number) => ({ number, queue: !1 }));
}
async function currentPull(deps, number) {
  let key = pullKey(deps.repo, number), remembered = deps.state.pulls.get(key);
  if (remembered && deps.state.options.freshPulls === "when-stale") {
    let newest = await deps.state.pullsSeen.newest(key).catch(() => {
    });
    if (newest !== void 0 && remembered.updatedAt === newest) return remembered;
  }
  return deps.gh.getPull(number);
}

// app/handlers/ci.ts
var CI_EVENTS = ["check_run.completed", "check_suite.completed", "status"];
async function onCiEvent(context, state) {
  let event = ciEventOf(context), { repository } = context.payload;
  await runGuarded(context, state, { repository }, async (deps, scope) => {
    let outcome = await judgeCiEvent(deps, scope, event);
    "ignored" in outcome && deps.log.debug(`${context.name}: not judged: ${outcome.ignored}`);
  });
}
function ciEventOf(context) {
  let { payload } = context, ours = (pulls) => pulls.filter((pr) => pr.base.repo.id === payload.repository.id).map((pr) => pr.number);
  if ("check_run" in payload) {
    let run2 = payload.check_run;
    return {
      sha: run2.head_sha,
      finished: {
        kind: "check-run",
        name: run2.name,
        appId: run2.app?.id,
        conclusion: run2.conclusion
      },
      pulls: ours(run2.pull_requests),
      branches: run2.check_suite?.head_branch ? [run2.check_suite.head_branch] : []
    };
  }
  if ("check_suite" in payload) {
    let suite = payload.check_suite;
    return {
      sha: suite.head_sha,
      finished: { kind: "check-suite", appId: suite.app?.id ?? void 0 },
      pulls: ours(suite.pull_requests),
      branches: suite.head_branch ? [suite.head_branch] : []
    };
  }
  return {
    sha: payload.sha,
    finished: { kind: "status", context: payload.context, state: payload.state },
    // A status names the commit and its branches, never a PR.
    pulls: void 0,
    branches: payload.branches.map((branch) => branch.name)
  };
}

// engine/verdict/rejudge.ts
async function rejudgeOpenPulls(deps, loaded, select, event) {
  let pulls = (await deps.gh.listOpenPulls()).filter(select), result = { judged: [], failed: [] };
  for (let pull of pulls)
    await deps.state.queue.run(pullKey(deps.repo, pull.number), async () => {
      let scope = {};
      try {
        await publishVerdict(deps, scope, {
          pull,
          checkSha: pull.headSha,
          manageLabels: !0,
          loaded
        }), result.judged.push(pull.number);
      } catch (error) {
        result.failed.push(pull.number);
        let reason = failureReason(error);
        deps.log.error(
          { err: error, event, pull: pull.number },
          `${event}: could not judge #${pull.number} again: ${reason}`
        ), await postEvaluationError(deps, scope, reason, event);
      }
    });
  return result;
}
function inWave(config, wave) {
  let wanted = wave.toLowerCase();
  return (pull) => waveOfPull(pull, config.incidents)?.toLowerCase() === wanted;
}

// app/handlers/incident.ts
var INCIDENT_ACTIONS = [
  "assigned",
  "opened",
  "edited",
  "closed",
  "reopened",
  "deleted",
  "labeled",
  "unlabeled"
];
function freezeRelevance(payload, config) {
  let settings = config.incidents, freezing = [...settings.severity_labels.critical, settings.freeze_label], labels = labelNames(payload.issue.labels), changed = "label" in payload ? payload.label?.name : void 0;
  if (hasAny(labels, freezing) || changed !== void 0 && hasAny([changed], freezing))
    switch (payload.action) {
      case "labeled":
      case "unlabeled":
        return changed === void 0 ? void 0 : hasAny([changed], freezing) ? `label ${changed} ${payload.action}` : isWaveLabel(changed, settings) ? `wave label ${changed} ${payload.action}` : hasAny(labels, settings.severity_labels.critical) && hasAny([changed], settings.escalation.critical.map(escalationLabel)) ? `escalation label ${changed} ${payload.action}` : void 0;
      case "edited":
        return "changes" in payload && payload.changes?.title ? "title edited" : void 0;
      case "assigned":
        return;
      default:
        return payload.action;
    }
}
function storyRelevance(payload, config) {
  let settings = config.incidents, storyLabels = [...settings.severity_labels.high, ...settings.severity_labels.medium], labels = labelNames(payload.issue.labels), changed = "label" in payload ? payload.label?.name : void 0;
  if (!hasAny(labels, storyLabels) && !(changed !== void 0 && hasAny([changed], storyLabels)))
    return;
  let edits = payload.action === "edited" && "changes" in payload ? payload.changes : void 0, bodies = [payload.issue.body ?? "", edits?.body?.from ?? ""], stories = [...new Set(bodies.flatMap((body) => incidentStories(body, config.ids.pattern)))];
  if (stories.length === 0) return;
  let why;
  switch (payload.action) {
    case "labeled":
    case "unlabeled":
      changed !== void 0 && hasAny([changed], [...storyLabels, ...settings.recovered_labels]) && (why = `label ${changed} ${payload.action}`);
      break;
    case "edited":
      edits?.body ? why = "stories or body edited" : edits?.title && (why = "title edited");
      break;
    default:
      why = payload.action;
  }
  return why === void 0 ? void 0 : { why, stories };
}
function namesAnyStory(stories) {
  let wanted = stories.map((id) => id.toUpperCase());
  return (pull) => {
    let text = `${pull.headRef}
${pull.title}
${pull.body}`.toUpperCase();
    return wanted.some((id) => text.includes(id));
  };
}
async function escalateOnEvent(deps, config, raw) {
  let item = issueItemOf(raw);
  if (item.isPull || item.state !== "open" || !severityOf(item.labels, config.incidents)) return;
  let dryRun = isDryRun(deps.state.options, config), result = await escalateIncident(deps, config, item, deps.state.options.now(), { dryRun });
  result.escalation && deps.log.info(`#${item.number}: escalated to ${result.escalation.name} on this event`);
}
function opensCriticalIncident(payload, config) {
  let critical = config.incidents.severity_labels.critical;
  if (payload.action === "opened" || payload.action === "reopened")
    return hasAny(labelNames(payload.issue.labels), critical);
  let changed = "label" in payload ? payload.label?.name : void 0;
  return payload.action === "labeled" && changed !== void 0 && hasAny([changed], critical);
}
function marksReplay(payload, config) {
  let replay = config.incidents.triggers.replay.label;
  if (payload.action === "opened") return hasAny(labelNames(payload.issue.labels), [replay]);
  let changed = "label" in payload ? payload.label?.name : void 0;
  return payload.action === "labeled" && changed !== void 0 && hasAny([changed], [replay]);
}
async function onIncidentIssue(context, state) {
  let { payload } = context;
  if (payload.issue.pull_request) return;
  let event = `issues.${payload.action}`, key = issueKey(repoContextOf(payload), payload.issue.number);
  await state.queue.run(
    key,
    () => runGuarded(context, state, payload, async (deps) => {
      let loaded = await loadRepoConfig(deps);
      if (!loaded.ok) {
        deps.log.info(`${event} on #${payload.issue.number}: the config is invalid, not judged`);
        return;
      }
      let { config } = loaded;
      if (!config.incidents.enabled) return;
      payload.action !== "deleted" && await escalateOnEvent(deps, config, payload.issue);
      let why = freezeRelevance(payload, config);
      if (marksReplay(payload, config)) {
        let dryRun = isDryRun(deps.state.options, config), replay = await checkReplayTrigger(deps, config, deps.state.options.now(), dryRun);
        deps.log.info({ replay }, `critical replay trigger: ${replay.status}`), replay.status === "tripped" && (why ??= "critical replay trigger tripped");
      }
      let story = storyRelevance(payload, config);
      if (!why && !story) return;
      if (why && opensCriticalIncident(payload, config)) {
        let dryRun = isDryRun(deps.state.options, config), trigger = await checkP0Trigger(deps, config, deps.state.options.now(), dryRun);
        deps.log.info({ trigger }, `trigger ${config.incidents.p0_trigger.id}: ${trigger.status}`);
      }
      let frozen = why ? intoFrozenBranch(config) : () => !1, named = story ? namesAnyStory(story.stories) : () => !1, { judged, failed } = await rejudgeOpenPulls(
        deps,
        loaded,
        (pull) => frozen(pull) || named(pull),
        event
      ), reasons = [
        ...why ? [`${why}: open PR(s) into frozen branches`] : [],
        ...story ? [`${story.why}: open PR(s) of ${story.stories.join(", ")}`] : []
      ];
      deps.log.info(
        { judged, failed },
        `#${payload.issue.number} ${reasons.join("; ")}: judged ${judged.length} PR(s) again`
      );
    })
  );
}

// app/handlers/merge-group.ts
async function onMergeGroup(context, state) {
  let { payload } = context, { repository } = payload, group = payload.merge_group;
  repository && await state.queue.run(
    `${repository.full_name}@${group.head_sha}`.toLowerCase(),
    () => runGuarded(context, state, { repository }, async (deps, scope) => {
      let outcome = await judgeMergeGroup(deps, scope, group);
      outcome.status === "ignored" && deps.log.info(`merge group not judged: ${outcome.why}`);
    })
  );
}

// app/handlers/reply.ts
async function replyOn(deps, issue, body, dryRun) {
  await executePlan(deps, [{ ...{ kind: "create-comment", issue, body }, failure: "follow-up", what: `reply on #${issue}` }], {
    dryRun
  });
}

// app/handlers/incident-command.ts
async function onIncidentCommand(context, state, command, runner) {
  let { payload } = context, { issue, comment } = payload, login = comment.user?.login ?? payload.sender.login, key = issueKey(repoContextOf(payload), issue.number);
  await state.queue.run(
    key,
    () => runGuarded(context, state, payload, async (deps) => {
      let loaded = await loadRepoConfig(deps, { revalidate: !0 }), dryRun = isDryRun(deps.state.options, loaded.ok ? loaded.config : void 0), reply = (body) => replyOn(deps, issue.number, body, dryRun);
      if (typeof command == "object" && command !== null && "error" in command) {
        await reply(`${mention(login)}, pilot-gate could not read that command: ${command.error}`);
        return;
      }
      let parsed = command, first = runner.answerFirst?.(parsed, login);
      if (first !== void 0) {
        await reply(first);
        return;
      }
      if (!loaded.ok) {
        await reply(
          `${mention(login)}, ${runner.blockedBy} while ${codeSpan(loaded.error.file)} on the default branch is invalid: ${inertText(loaded.error.message.split(`
`)[0] ?? "")} Fix the config, then ask again.`
        );
        return;
      }
      if (!loaded.config.incidents.enabled) {
        await reply(
          `${mention(login)}, the incident protocol is off in this repository, ${runner.whenOff}. Set \`incidents.enabled: true\` in \`${CONFIG_PATH}\` on the default branch, then ask again.`
        );
        return;
      }
      await runner.run(
        deps,
        loaded.config,
        { issue: issue.number, login, at: comment.created_at },
        parsed,
        dryRun
      );
    })
  );
}

// app/handlers/freeze.ts
async function onFreezeComment(context, state, command) {
  await onIncidentCommand(context, state, command, {
    blockedBy: "freezes cannot be changed",
    whenOff: "so nothing would enforce a freeze",
    run: async (deps, config, comment, freeze, dryRun) => {
      let outcome = await runFreezeCommand(deps, config, comment, freeze, dryRun);
      deps.log.info(
        { outcome },
        `/pilot-gate ${freeze.kind} on #${comment.issue}: ${outcome.status}`
      );
    }
  });
}

// app/handlers/operator.ts
async function onOperatorComment(context, state, command) {
  await onIncidentCommand(context, state, command, {
    blockedBy: "operator commands cannot run",
    whenOff: "so there are no incidents or blocked items to operate on",
    answerFirst: (parsed, login) => parsed.kind === "help" ? helpReply(login, parsed.unknown) : void 0,
    run: async (deps, config, comment, parsed, dryRun) => {
      if (parsed.kind === "help") return;
      let outcome = await runOperatorCommand(deps, config, comment, parsed, dryRun);
      deps.log.info(
        { outcome },
        `/pilot-gate ${parsed.kind} on #${comment.issue}: ${outcome.status}`
      );
    }
  });
}

// engine/pilot/review-resolution.ts
async function mayResolve(deps, config, login, reviewer) {
  let wanted = login.toLowerCase();
  if (reviewer?.kind === "user" && reviewer.login.toLowerCase() === wanted)
    return { allowed: !0 };
  let unread = [];
  if (reviewer?.kind === "team") {
    let [org = "", team = ""] = reviewer.slug.split("/");
    try {
      if ((await deps.gh.listTeamMembers(org, team)).some((member) => member.toLowerCase() === wanted)) return { allowed: !0 };
    } catch (error) {
      unread.push(
        `the members of ${codeSpan(reviewer.slug)} could not be read (${inertText(error instanceof Error ? error.message : String(error), 200)})`
      );
    }
  }
  let role = config.pilot.review.role;
  if (role)
    try {
      if (((await expandRoles(deps, config, [role]))[role] ?? []).some((member) => member.toLowerCase() === wanted))
        return { allowed: !0 };
    } catch (error) {
      unread.push(
        `the ${codeSpan(role)} role's teams could not be read (${inertText(error instanceof Error ? error.message : String(error), 200)})`
      );
    }
  return await deps.gh.getPermission(login) === "admin" ? { allowed: !0 } : { allowed: !1, ...unread.length > 0 ? { unread: unread.join("; ") } : {} };
}
async function resolveReviewIssue(deps, config, request, dryRun) {
  let reviewLabel = config.pilot.review.label, labels = resolutionLabels(reviewLabel), item = await deps.gh.getIssue(request.issue), marker = readPilotIssueMarker("pilot-review", item.body), who = mention(request.login), run2 = async (...writes) => executePlan(
    deps,
    writes.map((action) => ({ ...action, failure: "fails-event", what: describeWrite(action) })),
    { dryRun }
  ), reply = (body) => ({
    kind: "create-comment",
    issue: item.number,
    body,
    about: `the review receipt on #${item.number}`
  });
  if (!marker || !labelOn(item.labels, reviewLabel) || item.isPull)
    return request.via === "comment" && await run2(
      reply(
        `${who}, \`/pilot-gate ${request.decision}\` decides a pilot review issue: one labelled ${codeSpan(reviewLabel)} that \`pilot-gate pilot review\` opened. #${item.number} is not one, so nothing was recorded.`
      )
    ), { status: "not-a-review-issue" };
  let receipt = reviewReceiptId({ issue: item.number, via: request.via, event: request.event }), records = (await deps.gh.listComments(item.number)).flatMap((comment) => {
    let record2 = comment.author.type === "Bot" ? readReviewRecord(comment.body) : void 0;
    return record2 ? [record2] : [];
  }), answered = records.find((record2) => record2.receipt === receipt);
  if (answered)
    return deps.log.info(`review decision ${receipt} on #${item.number} is already answered (redelivery)`), await run2(...labelAndClose(item, answered, labels[answered.decision])), { status: "already-recorded", receipt };
  let from = reviewClassOf(item.body), record = (outcome) => ({
    receipt,
    outcome,
    pilot: marker.pilot,
    client: marker.client,
    issue: item.number,
    decision: request.decision,
    reason: request.reason,
    actor: request.login,
    at: request.at,
    via: request.via,
    ...from ? { from } : {},
    ...outcome === "done" ? { to: classAfter(request.decision) } : {}
  }), withRecord = (lines2, outcome) => fitCharsBefore(
    `${lines2.join(`
`)}
`,
    `
Receipt ${codeSpan(receipt)}.

${reviewRecordMarker(record(outcome))}`,
    COMMENT_BODY_CHARS
  ), undoClose = () => request.via === "close" ? [
    ...Object.values(labels).flatMap((label) => {
      let on = labelOn(item.labels, label);
      return on ? [{ kind: "remove-label", issue: item.number, label: on }] : [];
    }),
    ...item.state === "closed" ? [{ kind: "update-issue", issue: item.number, body: item.body, reopen: !0 }] : []
  ] : [], refuse = async (lines2) => {
    let done2 = await run2(reply(withRecord(lines2, "refused")), ...undoClose());
    return { status: "refused", receipt, applied: appliedOf(done2) };
  }, decided = records.find((earlier) => earlier.outcome === "done");
  if (decided) {
    let done2 = await run2(
      reply(
        withRecord(
          [
            `${who}, #${item.number} is already decided: **${decided.decision}** by ${mention(decided.actor)} at ${codeSpan(decided.at)} (receipt ${codeSpan(decided.receipt)}). A review issue takes one decision; to change it, edit the roster in a PR.`
          ],
          "refused"
        )
      )
    );
    return { status: "already-decided", receipt, applied: appliedOf(done2) };
  }
  let reviewer = readReviewer(item.body), { allowed, unread } = await mayResolve(deps, config, request.login, reviewer), undone = request.via === "close" ? " The issue is reopened and its decision label taken off, so the review stays pending." : "";
  if (!allowed)
    return refuse([
      `${who}, you may not decide this review${unread ? `: ${unread}` : ""}. Who may: ${resolversText(reviewer, config.pilot.review.role)}. One of them can comment \`${REVIEW_SYNTAX.accept}\` or \`${REVIEW_SYNTAX.reject}\`, or close the issue with ${codeSpan(labels.accept)} or ${codeSpan(labels.reject)}. Nothing was recorded.${undone}`
    ]);
  if (request.decision === "accept" && from === "REVISAR_CONTATO")
    return refuse([
      `${who}, ${codeSpan(marker.client)} is REVISAR_CONTATO: accepting it needs its missing contact, which a comment cannot carry. Accept it from the CLI with \`pilot-gate pilot review resolve --client <id> --decision accept --business-contact "<name and email>" --by <login> --reason "<why>"\`, or reject it here. Nothing was recorded.${undone}`
    ]);
  let lines = [
    `${who}, your decision on ${codeSpan(marker.client)} is recorded; \`pilot-gate pilot review resolve --from-issues\` applies it to the roster.`,
    "",
    ...receiptLines(record("done"))
  ], done = await run2(
    reply(withRecord(lines, "done")),
    ...labelAndClose(item, record("done"), labels[request.decision])
  );
  return { status: "done", receipt, applied: appliedOf(done) };
}
function labelAndClose(item, record, label) {
  return record.via !== "comment" || record.outcome !== "done" ? [] : [
    ...labelOn(item.labels, label) ? [] : [{ kind: "add-labels", issue: item.number, labels: [label] }],
    ...item.state === "open" ? [{ kind: "update-issue", issue: item.number, body: item.body, close: !0 }] : []
  ];
}

// app/handlers/pilot-review.ts
var REVIEW_MARKER_START = pilotIssueMarker("pilot-review", "", "").split(" pilot=")[0];
async function decide(deps, issue, request, login, revalidate) {
  let loaded = await loadRepoConfig(deps, { revalidate }), dryRun = isDryRun(deps.state.options, loaded.ok ? loaded.config : void 0);
  if (!loaded.ok) {
    await replyOn(
      deps,
      issue,
      `${mention(login)}, review decisions cannot be recorded while ${codeSpan(loaded.error.file)} on the default branch is invalid: ${inertText(loaded.error.message.split(`
`)[0] ?? "")} Fix the config, then decide again. Nothing was recorded.`,
      dryRun
    );
    return;
  }
  let asked = request(loaded.config.pilot.review.label);
  if (asked === void 0) return;
  if ("error" in asked) {
    await replyOn(
      deps,
      issue,
      `${mention(login)}, pilot-gate could not read that decision: ${asked.error} Nothing was recorded.`,
      dryRun
    );
    return;
  }
  let outcome = await resolveReviewIssue(deps, loaded.config, asked, dryRun);
  deps.log.info({ outcome }, `review decision on #${issue}: ${outcome.status}`);
}
async function onReviewComment(context, state, command) {
  let { payload } = context, { issue, comment } = payload, login = comment.user?.login ?? payload.sender.login;
  await state.queue.run(
    issueKey(repoContextOf(payload), issue.number),
    () => runGuarded(
      context,
      state,
      payload,
      (deps) => decide(
        deps,
        issue.number,
        () => "error" in command ? command : {
          issue: issue.number,
          login,
          at: comment.created_at,
          decision: command.decision,
          reason: command.reason,
          via: "comment",
          event: String(comment.id)
        },
        login,
        // A command is judged under the config as it is now, as operator commands are.
        !0
      )
    )
  );
}
async function onReviewClosed(context, state) {
  let { payload } = context, { issue, sender } = payload;
  if (sender.type === "Bot" || !(issue.body ?? "").includes(REVIEW_MARKER_START)) return;
  let labels = (issue.labels ?? []).map((label) => label.name);
  await state.queue.run(
    issueKey(repoContextOf(payload), issue.number),
    () => runGuarded(
      context,
      state,
      payload,
      (deps) => decide(
        deps,
        issue.number,
        (reviewLabel) => {
          let decision = decisionOfLabels(labels, reviewLabel);
          if (decision === void 0 || typeof decision == "object") return decision;
          let at = issue.closed_at ?? issue.updated_at;
          return {
            issue: issue.number,
            login: sender.login,
            at,
            decision,
            reason: `closed with the ${resolutionLabels(reviewLabel)[decision]} label`,
            via: "close",
            event: `${at} ${sender.login}`
          };
        },
        sender.login,
        // The incident handler has just read the config for this very event.
        !1
      )
    )
  );
}

// app/handlers/override.ts
async function onIssueComment(context, state) {
  let { payload } = context, { issue, comment } = payload;
  if (comment.user?.type === "Bot") return;
  let freeze = parseFreezeCommand(comment.body ?? "");
  if (freeze !== void 0) {
    await onFreezeComment(context, state, freeze);
    return;
  }
  let review = parseReviewCommand(comment.body ?? "");
  if (review !== void 0) {
    await onReviewComment(context, state, review);
    return;
  }
  if (isDoctorCommand(comment.body ?? "")) {
    await onDoctorComment(context, state);
    return;
  }
  let operator = parseOperatorCommand(comment.body ?? "");
  if (operator !== void 0) {
    await onOperatorComment(context, state, operator);
    return;
  }
  if (!issue.pull_request) {
    await onIssueCommentOnIssue(context, state);
    return;
  }
  let command = parseOverrideCommand(comment.body ?? "");
  if (command === void 0) return;
  let login = comment.user?.login ?? payload.sender.login;
  await state.queue.run(
    pullKey(repoContextOf(payload), issue.number),
    () => runGuarded(context, state, payload, async (deps, scope) => {
      let loaded = await loadRepoConfig(deps), dryRun = isDryRun(deps.state.options, loaded.ok ? loaded.config : void 0), reply = (body) => replyOn(deps, issue.number, body, dryRun);
      if ("error" in command) {
        await reply(`${mention(login)}, pilot-gate could not read that override: ${command.error}`);
        return;
      }
      let pull = await deps.gh.getPull(issue.number);
      if (scope.checkSha = pull.headSha, !loaded.ok) {
        await publishVerdict(deps, scope, {
          pull,
          checkSha: pull.headSha,
          manageLabels: !0,
          loaded
        }), await reply(
          `${mention(login)}, overrides cannot be judged while ${codeSpan(loaded.error.file)} on the default branch is invalid; the ${codeSpan(loaded.checkName)} check lists its problems. Fix the config, then ask again.`
        );
        return;
      }
      let { config } = loaded;
      scope.checkName = config.check.name, scope.dryRun = dryRun;
      let permission = await deps.gh.getPermission(login), roleMembers = !permissionAtLeast(permission, config.overrides.permission) && config.overrides.roles.length > 0 ? await expandRoles(deps, config, config.overrides.roles) : {}, existing = await findKnownCheckRun(deps, pull.headSha, config.check.name, {
        fresh: !0
      }), at = comment.created_at;
      if (existing?.receipts.some((r) => sameRequest(r, command, login, pull.headSha, at))) {
        deps.log.info("this override is already recorded (redelivered comment): nothing to do");
        return;
      }
      let outcome = await publishVerdict(deps, scope, {
        pull,
        checkSha: pull.headSha,
        manageLabels: !0,
        override: { command, requester: { login, permission, roleMembers }, at },
        loaded,
        existing: existing ?? null
      });
      if (outcome.status !== "published") {
        deps.log.info(`override not recorded: ${"why" in outcome ? outcome.why : outcome.status}`);
        return;
      }
      outcome.decided?.kind === "refusal" && await reply(refusalText(outcome.decided, config));
    })
  );
}
function sameRequest(receipt, command, login, sha, at) {
  return receipt.ruleId === command.ruleId && receipt.actor === login && receipt.reason === command.reason && receipt.sha === sha && receipt.at === at;
}
async function onIssueCommentOnIssue(context, state) {
  let { payload } = context, { issue } = payload;
  if (issue.state !== "open" || (issue.labels ?? []).length === 0) return;
  let key = issueKey(repoContextOf(payload), issue.number);
  await state.queue.run(
    key,
    () => runGuarded(context, state, payload, async (deps) => {
      let loaded = await loadRepoConfig(deps);
      !loaded.ok || !loaded.config.incidents.enabled || await escalateOnEvent(deps, loaded.config, issue);
    })
  );
}
function refusalText(receipt, config) {
  let roles = config.overrides.roles, who = [
    `people with **${config.overrides.permission}** permission or higher on this repository`,
    ...roles.length > 0 ? [`holders of the ${roles.map((role) => codeSpan(role)).join(" or ")} role`] : []
  ].join(", and ");
  return fitChars(
    [
      `${mention(receipt.actor)}, thanks for asking, but this override of ${codeSpan(receipt.ruleId)} was not accepted: ${inertText(receipt.detail ?? "it is not allowed here.")}`,
      "",
      `Who may override here: ${who}. One of them can comment \`${OVERRIDE_SYNTAX}\`, or the finding can be fixed instead.`,
      "",
      `The refusal is recorded in the ${codeSpan(config.check.name)} check on ${receipt.sha.slice(0, 7)} (receipt ${codeSpan(receipt.id)}).`
    ].join(`
`),
    COMMENT_BODY_CHARS
  );
}

// app/handlers/pull-request.ts
async function onPullRequest(context, state) {
  let payload = context.payload, repo = repoContextOf(payload), key = pullKey(repo, payload.pull_request.number), { labelEvent } = labelEventOf(payload);
  if (labelEvent && isOwnLabelEcho(state, repo, payload.pull_request.number, labelEvent)) {
    context.log.debug(`${context.name}.${payload.action}: the echo of the App's own label change`);
    return;
  }
  let changedLabel = labelEvent?.label;
  changedLabel !== void 0 && state.appLabels.delete(appLabelKey(repo, payload.pull_request.number, changedLabel));
  let loaded;
  await state.queue.run(
    key,
    () => runGuarded(context, state, payload, async (deps, scope) => {
      payload.pull_request.state === "open" && (scope.checkSha = payload.pull_request.head.sha, loaded = await loadRepoConfig(deps));
      let outcome = await judgePullRequest(deps, scope, payload, loaded);
      outcome.status === "ignored" && deps.log.debug(`nothing to do: ${outcome.why}`);
    })
  );
  let entersWave = payload.action === "reopened" || payload.action === "ready_for_review" || changedLabel !== void 0;
  context.name === "pull_request" && entersWave && loaded?.ok && loaded.config.incidents.enabled && await onWaveChange(context, state, { changedLabel, loaded });
}
var WAVE_LEAVE_ACTIONS = ["closed", "converted_to_draft"];
async function onWaveChange(context, state, options = {}) {
  let { payload } = context, pull = toPullInfo(payload.pull_request), event = `pull_request.${payload.action}`;
  await runGuarded(context, state, payload, async (deps) => {
    let loaded = options.loaded ?? await loadRepoConfig(deps);
    if (!loaded.ok || !loaded.config.incidents.enabled) return;
    let wave = options.changedLabel === void 0 ? waveOfPull(pull, loaded.config.incidents) : waveFromLabels([options.changedLabel], loaded.config.incidents);
    if (!wave) return;
    let self2 = payload.action === "converted_to_draft", member = inWave(loaded.config, wave), { judged } = await rejudgeOpenPulls(
      deps,
      loaded,
      (open) => member(open) && (open.number > pull.number || self2 && open.number === pull.number),
      event
    );
    deps.log.info(
      { judged },
      `#${pull.number} ${payload.action}: judged ${judged.length} PR(s) of wave ${wave} again`
    );
  });
}
function isOwnLabelEcho(state, repo, number, labelEvent) {
  if (labelEvent.senderType !== "Bot") return !1;
  let key = labelWriteKey(repo, number, labelEvent.action, labelEvent.label);
  return state.labelWrites.get(key) ? (state.labelWrites.delete(key), !0) : !1;
}

// engine/cycles/check.ts
var CYCLE_CHECK_NAME = "pilot-gate/cycle";
function cycleCheckRun(report) {
  return {
    name: CYCLE_CHECK_NAME,
    conclusion: report.met ? "success" : "failure",
    completedAt: report.at,
    title: cyclesTitle(report),
    summary: renderCyclesMarkdown(report, CHECK_RUN_TEXT_BYTES),
    annotations: [],
    actions: []
  };
}
async function postCycleCheck(deps, scope, sha) {
  let before = deps.gh.requests, loaded = await loadRepoConfig(deps);
  if (!loaded.ok)
    return { skipped: "the config does not parse", requests: deps.gh.requests - before };
  let { config } = loaded;
  if (Object.keys(config.cycles).length === 0)
    return { skipped: "no cycles: in the config", requests: deps.gh.requests - before };
  let dryRun = isDryRun(deps.state.options, config);
  scope.dryRun = dryRun, scope.checkName = CYCLE_CHECK_NAME, sha !== void 0 && (scope.checkSha = sha);
  let now = deps.state.options.now(), appId = config.protection.app_id ?? await deps.gh.appId(), inputs = await gatherCycleInputs(deps.gh, config, {
    now,
    appId,
    defaultBranch: deps.repo.defaultBranch
  }), report = evaluateCycles(config, inputs), body = cycleCheckRun(report), action = sha === void 0 ? { kind: "branch-check-run", branch: deps.repo.defaultBranch, body } : { kind: "check-run", sha, body }, write = { ...action, failure: "fails-event", what: describeWrite(action) }, [executed] = await executePlan(deps, [write], { dryRun });
  return deps.log.info(
    {
      met: report.met,
      cycles: report.cycles.map((c) => ({ id: c.id, phase: c.phase, met: c.met }))
    },
    `${CYCLE_CHECK_NAME}: ${body.title}`
  ), { report, posted: executed?.made === !0, requests: deps.gh.requests - before };
}

// app/handlers/cycle.ts
async function onCyclePush(context, state) {
  let { payload } = context, defaultBranch = payload.repository.default_branch, branch = payload.ref.startsWith("refs/heads/") ? payload.ref.slice(11) : "";
  if (payload.deleted || branch !== defaultBranch && branch !== DEFAULT_EVIDENCE_BRANCH) return;
  let repository = pushRepository(payload.repository), key = `${repository.owner.login}/${repository.name}#cycle`.toLowerCase();
  await state.queue.run(
    key,
    () => runGuarded(context, state, { repository }, async (deps, scope) => {
      let outcome = await postCycleCheck(
        deps,
        scope,
        branch === defaultBranch ? payload.after : void 0
      );
      outcome.skipped && deps.log.debug(`cycle: ${outcome.skipped}`);
    })
  );
}

// core/protected-commit.ts
var BYPASS_LABEL = "pilot-gate:bypass", LISTED_COMMITS = 20;
function bypassMarker(sha) {
  return `<!-- pilot-gate:bypass ${sha} -->`;
}
function planProtectedCommit(commit) {
  let { pull } = commit, sha7 = commit.sha.slice(0, 7), branch = codeSpan(commit.branch), base = {
    name: commit.checkName,
    headSha: commit.sha,
    annotations: [],
    actions: [{ ...RERUN_ACTION }]
  };
  if (pull?.headCheck?.conclusion === "success")
    return {
      checkRun: {
        ...base,
        conclusion: "success",
        title: titleText(`Merged from #${pull.number}: ${pull.headCheck.title}`, 199),
        summary: fitBytes(
          [
            `## ✅ Merged from ${issueRef(pull.number, pull.url)}, whose ${codeSpan(commit.checkName)} passed`,
            "",
            `${codeSpan(sha7)} reached ${branch} as the merge of ${issueRef(pull.number, pull.url)} (${inertText(pull.title)}), whose ${codeSpan(commit.checkName)} check passed on its last head, ${codeSpan(pull.headSha.slice(0, 7))}. Its overrides and receipts are carried here.`,
            ""
          ].join(`
`),
          CHECK_RUN_TEXT_BYTES
        )
      }
    };
  let how = pull ? `the merge of ${issueRef(pull.number, pull.url)} (${inertText(pull.title)}) while its ${codeSpan(commit.checkName)} check ${pull.headCheck ? `was ${inertText(pull.headCheck.conclusion ?? "not finished")} ("${inertText(pull.headCheck.title)}")` : "was missing"} on its last head, ${codeSpan(pull.headSha.slice(0, 7))}` : `a direct push by ${handle(commit.pushedBy)}, not through a PR`, title = pull ? `Bypass: #${pull.number} merged without a passing ${commit.checkName}` : `Bypass: pushed to ${commit.branch} without a PR`, listed = commit.commits.slice(-LISTED_COMMITS), unlisted = Math.max(0, commit.commitCount - listed.length), commits = [
    ...listed.map(
      (c) => `- ${codeSpan(c.sha.slice(0, 7))} ${inertText(c.message.split(`
`)[0] ?? "", 200)} (${handle(c.author)})`
    ),
    ...unlisted > 0 ? [`- …and ${unlisted} more`] : []
  ], marker = bypassMarker(commit.sha);
  return {
    checkRun: {
      ...base,
      conclusion: "failure",
      title: titleText(title, 199),
      summary: fitBytes(
        [
          `## ❌ ${codeSpan(sha7)} reached ${branch} without a passing ${codeSpan(commit.checkName)}`,
          "",
          `It came as ${how}. Every commit on a protected branch carries the verdict of the PR it came from; this one has none to carry, so it fails, and readiness will not call it GO. An audit issue labelled ${codeSpan(BYPASS_LABEL)} records it.`,
          "",
          "To clear it, land the change through a PR whose check passes (a revert and a new PR), and close the audit issue with what happened.",
          ""
        ].join(`
`),
        CHECK_RUN_TEXT_BYTES
      )
    },
    audit: {
      title: titleText(
        `pilot-gate: ${sha7} reached ${commit.branch} without a passing check`,
        ISSUE_TITLE_CHARS
      ),
      marker,
      // The marker is how the issue is found again, so the cut is made before it.
      body: fitCharsBefore(
        [
          `${codeSpan(commit.sha)} reached ${branch} as ${how}.`,
          "",
          `Pushed by ${handle(commit.pushedBy)}. Commits:`,
          "",
          ...commits,
          "",
          `The commit's ${codeSpan(commit.checkName)} check fails, so readiness will not call it GO. Close this issue with what happened and how it was made good.`,
          ""
        ].join(`
`),
        `
${marker}
`,
        ISSUE_BODY_CHARS
      )
    }
  };
}

// app/handlers/protected-push.ts
async function onProtectedPush(context, state) {
  let { payload } = context;
  if (payload.deleted || !payload.ref.startsWith("refs/heads/")) return;
  let branch = payload.ref.slice(11), repository = pushRepository(payload.repository), key = `${repository.owner.login}/${repository.name}@${payload.after}`.toLowerCase();
  await state.queue.run(
    key,
    () => runGuarded(context, state, { repository }, async (deps, scope) => {
      let loaded = await loadRepoConfig(deps);
      if (!loaded.ok || !loaded.config.protection.branches.includes(branch)) return;
      let { config } = loaded, checkName = config.check.name;
      scope.checkSha = payload.after, scope.checkName = checkName;
      let dryRun = isDryRun(deps.state.options, config);
      scope.dryRun = dryRun;
      let existing = await findKnownCheckRun(deps, payload.after, checkName, { fresh: !0 });
      if (existing?.shows?.conclusion === "success") {
        deps.log.debug(`${payload.after.slice(0, 7)} on ${branch} already passes (a merge queue)`);
        return;
      }
      let { commit, receipts } = await describeCommit(deps, payload, branch, checkName), plan = planProtectedCommit(commit), target = { checkSha: payload.after, pullNumber: void 0, existing, receipts };
      await applyPlan(deps, { checkRun: plan.checkRun, labels: { add: [], remove: [] } }, target, {
        dryRun
      });
      let { audit } = plan;
      if (audit) {
        let what = `open the audit issue for ${payload.after.slice(0, 7)}`, open;
        if (await followUp(deps, what, async () => {
          open = await deps.gh.listOpenIssues(BYPASS_LABEL);
        }), open && !open.some((issue) => issue.body.includes(audit.marker))) {
          let issue = { title: audit.title, body: audit.body, labels: [BYPASS_LABEL] };
          await executePlan(
            deps,
            [{ kind: "create-issue", ...issue, failure: "follow-up", what }],
            {
              dryRun
            }
          );
        }
      }
      deps.log.info(
        { conclusion: plan.checkRun.conclusion, pull: commit.pull?.number },
        `${checkName} on ${payload.after.slice(0, 7)} (${branch}): ${plan.checkRun.title}`
      );
    })
  );
}
async function describeCommit(deps, payload, branch, checkName) {
  let commit = {
    sha: payload.after,
    branch,
    checkName,
    pushedBy: payload.sender?.login ?? payload.pusher.name,
    commits: payload.commits.map((c) => ({
      sha: c.id,
      message: c.message,
      author: c.author.username ?? c.author.name
    })),
    commitCount: payload.commits.length
  }, pull = await deps.gh.findMergedPull(payload.after, branch);
  if (!pull) return { commit, receipts: [] };
  let head = await findKnownCheckRun(deps, pull.headSha, checkName, { fresh: !0 });
  return { commit: {
    ...commit,
    pull: {
      ...pull,
      // Looked up fresh, so a run found says what GitHub shows of it.
      headCheck: head?.shows ? { conclusion: head.shows.conclusion, title: head.shows.title } : void 0
    }
  }, receipts: head?.receipts ?? [] };
}

// app/readiness-evidence.ts
var MAX_PACK_FILES = 100, MAX_FILE_BYTES = 10 * 1024 * 1024, MAX_TOTAL_BYTES = 50 * 1024 * 1024, MAX_DEPTH = 16, SYMLINK_MODE = "120000", EvidenceReadError = class extends Error {
  name = "EvidenceReadError";
}, CommitFiles = class {
  #gh;
  commit;
  #whole;
  #folders = /* @__PURE__ */ new Map();
  #blobs = /* @__PURE__ */ new Map();
  /** Bytes read so far, against MAX_TOTAL_BYTES. */
  bytesRead = 0;
  constructor(gh, commit) {
    this.#gh = gh, this.commit = commit;
  }
  /** Every entry under `folder` ("" for the whole commit), by path relative to it; empty when there is no such folder. */
  folder(folder) {
    let listing = this.#folders.get(folder);
    return listing || (listing = this.#listFolder(folder), this.#folders.set(folder, listing)), listing;
  }
  async #listFolder(folder) {
    this.#whole ??= this.#gh.getTree(this.commit, { recursive: !0 });
    let whole = await this.#whole;
    if (!whole.truncated) {
      let prefix = folder === "" ? "" : `${folder}/`;
      return new Map(
        whole.entries.filter((entry) => entry.path.startsWith(prefix)).map((entry) => [entry.path.slice(prefix.length), entry])
      );
    }
    let segments = folder === "" ? [] : folder.split("/");
    if (segments.length > MAX_DEPTH)
      throw new EvidenceReadError(
        `${folder} is ${segments.length} folders deep and the branch is too big to list at once; keep packs at most ${MAX_DEPTH} folders deep (evidence/<scope>/<id>)`
      );
    let sha = this.commit, at = "";
    for (let segment of segments) {
      let listing2 = await this.#gh.getTree(sha), next = listing2.entries.find((entry) => entry.path === segment && entry.type === "tree");
      if (at = at === "" ? segment : `${at}/${segment}`, !next) {
        if (listing2.truncated)
          throw new EvidenceReadError(
            `GitHub truncated the listing of the folder holding ${at}, so it cannot be found; move old packs off the evidence branch`
          );
        return /* @__PURE__ */ new Map();
      }
      sha = next.sha;
    }
    let listing = await this.#gh.getTree(sha, { recursive: !0 });
    if (listing.truncated)
      throw new EvidenceReadError(
        `GitHub truncated the listing of ${folder || "the commit"}, so not every file of it can be checked; keep evidence packs small (at most ${MAX_PACK_FILES} files)`
      );
    return new Map(listing.entries.map((entry) => [entry.path, entry]));
  }
  /**
   * The blob at `path`, looked up in the listing of `within` (a folder above
   * it, so the pack's one listing serves its reports too); undefined when
   * there is none (a folder, a submodule, a symbolic link, nothing).
   */
  async file(path, within2) {
    let entry = (await this.folder(within2)).get(
      within2 === "" ? path : path.slice(within2.length + 1)
    );
    if (!(entry?.type !== "blob" || entry.mode === SYMLINK_MODE))
      return this.blob(entry, path);
  }
  /** A blob's bytes within the bounds; `path` names it in errors. */
  async blob(entry, path) {
    let known = this.#blobs.get(entry.sha);
    if (known) return known;
    let size = entry.size ?? 0;
    if (size > MAX_FILE_BYTES)
      throw new EvidenceReadError(
        `${path} is ${size} bytes; the App reads files of at most ${MAX_FILE_BYTES} bytes (verify it with pilot-gate evidence verify instead)`
      );
    if (this.bytesRead + size > MAX_TOTAL_BYTES)
      throw new EvidenceReadError(
        `reading ${path} would take the push past the ${MAX_TOTAL_BYTES} bytes the App reads at most; push one evidence pack at a time and keep it small`
      );
    let bytes = await this.#gh.getBlob(entry.sha);
    if (this.bytesRead += bytes.length, bytes.length > MAX_FILE_BYTES || this.bytesRead > MAX_TOTAL_BYTES)
      throw new EvidenceReadError(
        `${path} is ${bytes.length} bytes, past what the App reads (${MAX_FILE_BYTES} bytes a file, ${MAX_TOTAL_BYTES} a push); verify it with pilot-gate evidence verify instead`
      );
    if (entry.size !== void 0 && bytes.length !== entry.size)
      throw new EvidenceReadError(
        `GitHub answered ${bytes.length} bytes for ${path}, which the tree lists as ${entry.size}; re-run`
      );
    return this.#blobs.set(entry.sha, bytes), bytes;
  }
};
function pathInPack(pack, path) {
  return pack === "" ? path : path.slice(pack.length + 1);
}
async function verifyReportEvidence(deps, files, config, entry, pack) {
  let fail = (...reasons2) => ({ verified: !1, pack, reasons: reasons2 });
  if (!config.ok)
    return fail(
      `the config on ${deps.repo.defaultBranch} does not parse, so there are no trusted keys (${config.error.message.split(`
`)[0]}); fix .github/pilot-gate.yml`
    );
  let paths = config.config.readiness.evidence_keys;
  if (paths.length === 0)
    return fail(
      `no trusted key is configured: list the public key(s) the packs are signed with under readiness.evidence_keys in .github/pilot-gate.yml on ${deps.repo.defaultBranch}`
    );
  let keys = await readTrustedKeys(deps, paths);
  if ("reasons" in keys) return fail(...keys.reasons);
  let contents;
  try {
    contents = await readPack(files, pack);
  } catch (error) {
    if (error instanceof EvidenceReadError) return fail(error.message);
    throw error;
  }
  let result = verifyPack(contents, { keys: keys.keys, requireSignature: !0 }), reasons = result.findings.filter((finding) => finding.severity === "error").map((finding) => finding.message), manifest = result.manifest;
  if (manifest) {
    let own = pathInPack(pack, entry.path);
    manifest.files.some((file) => file.path === own) || reasons.push(
      `${own} is not one of the files ${MANIFEST_FILE} lists, so the signature does not cover it; pack the report with --report`
    ), manifest.commit !== entry.report.sha && reasons.push(
      `the pack is evidence about commit ${manifest.commit}, but the report judged ${entry.report.sha}; pack it with --commit ${COMMIT_PATTERN.test(entry.report.sha) ? entry.report.sha : "<the full commit id the report judged>"}`
    );
  }
  return reasons.length > 0 || !manifest || !result.manifestDigest ? fail(...reasons) : {
    verified: !0,
    pack,
    manifestDigest: result.manifestDigest,
    keyids: result.verifiedKeyids,
    files: manifest.files.length
  };
}
async function readPack(files, pack) {
  let entries = [...await files.folder(pack)].filter(([, entry]) => entry.type !== "tree"), label = pack || "/";
  if (entries.length > MAX_PACK_FILES + PACK_META_FILES.length)
    throw new EvidenceReadError(
      `${label} holds ${entries.length} files; the App verifies packs of at most ${MAX_PACK_FILES} files (verify bigger ones with pilot-gate evidence verify)`
    );
  let total = entries.reduce((sum, [, entry]) => sum + (entry.size ?? 0), 0);
  if (total > MAX_TOTAL_BYTES)
    throw new EvidenceReadError(
      `${label} holds ${total} bytes; the App verifies packs of at most ${MAX_TOTAL_BYTES} bytes (verify bigger ones with pilot-gate evidence verify)`
    );
  let full = (path) => pack === "" ? path : `${pack}/${path}`, regular = (entry) => entry.type === "blob" && entry.mode !== SYMLINK_MODE, meta = /* @__PURE__ */ new Map();
  for (let name of PACK_META_FILES) {
    let entry = entries.find(([path]) => path === name)?.[1];
    entry && regular(entry) && meta.set(name, await files.blob(entry, full(name)));
  }
  let listed = listedPaths(meta.get(MANIFEST_FILE)), digests = /* @__PURE__ */ new Map();
  for (let [path, entry] of entries)
    if (!meta.has(path))
      if (!regular(entry))
        digests.set(path, { sha256: "not-a-regular-file", size: 0 });
      else if (listed.has(path)) {
        let bytes = await files.blob(entry, full(path));
        digests.set(path, { sha256: sha256Hex(bytes), size: bytes.length });
      } else
        digests.set(path, { sha256: "not-read", size: entry.size ?? 0 });
  return {
    label,
    folder: pack,
    manifest: meta.get(MANIFEST_FILE),
    statement: meta.get(STATEMENT_FILE),
    envelope: meta.get(ENVELOPE_FILE),
    files: digests
  };
}
function listedPaths(bytes) {
  if (bytes === void 0) return /* @__PURE__ */ new Set();
  try {
    let parsed = manifestSchema.safeParse(JSON.parse(bytes.toString("utf8")));
    return new Set(parsed.success ? parsed.data.files.map((file) => file.path) : []);
  } catch {
    return /* @__PURE__ */ new Set();
  }
}

// app/handlers/readiness.ts
var READINESS_CHECK_NAME = "pilot-gate/readiness", EVIDENCE_BRANCH = DEFAULT_EVIDENCE_BRANCH, REPORT_PATH = /^(?:(.+)\/)?reports\/[^/]+\.json$/, MAX_REPORTS = 20;
function reportCandidates(commits) {
  let paths = /* @__PURE__ */ new Set();
  for (let commit of commits) {
    for (let path of [...commit.added ?? [], ...commit.modified ?? []])
      REPORT_PATH.test(path) && paths.add(path);
    for (let path of commit.removed ?? []) paths.delete(path);
  }
  return [...paths];
}
function packOf(path) {
  return REPORT_PATH.exec(path)?.[1] ?? "";
}
function classifyReport(path, text, now) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { reason: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof data != "object" || data === null || data.kind !== "readiness")
    return;
  let regenerate = `regenerate it with pilot-gate readiness --report ${path.split("/").pop()}`, parsed = readinessReportSchema.safeParse(data);
  if (!parsed.success) {
    let issue = parsed.error.issues[0];
    return {
      reason: `not a valid readiness report (${issue && issue.path.length > 0 ? `at ${issue.path.join(".")}: ` : ""}${issue?.message ?? "invalid"}); ${regenerate}`
    };
  }
  let problems = readinessReportProblems(parsed.data, now);
  return problems.length > 0 ? { reason: `${problems.join("; ")}; ${regenerate}` } : { report: parsed.data };
}
function newestReport(reports) {
  let time = (r) => {
    let t = Date.parse(r.evaluated_at);
    return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
  }, newest;
  for (let entry of reports)
    (!newest || time(entry.report) > time(newest.report)) && (newest = entry);
  return newest;
}
function bounded(summary) {
  return fitBytes(summary, CHECK_RUN_TEXT_BYTES);
}
var MAX_REASONS = 50;
function readinessCheckRun(entry, packUrl, now, evidence) {
  let { report, path } = entry, go = report.verdict === "GO", blockers = go ? "" : ` (${report.blockers.length} blocker(s))`, keys = evidence.keyids.map((id) => codeSpan(id.slice(0, 16))).join(", ");
  return {
    name: READINESS_CHECK_NAME,
    conclusion: go ? "success" : "failure",
    completedAt: now.toISOString(),
    title: titleText(`${report.verdict} for ${report.sha.slice(0, 12)}${blockers}`, 200),
    summary: bounded(
      [
        renderReadinessMarkdown(report),
        `From the evidence pack ${link(evidence.pack || "/", packUrl, { code: !0 })} (${codeSpan(path)}), verified: signed by ${keys}, its ${evidence.files} file(s) match its manifest (${codeSpan(evidence.manifestDigest)}), and this report is one of them.`,
        ""
      ].join(`
`)
    ),
    annotations: [],
    actions: []
  };
}
function unverifiedCheckRun(entry, evidence, packUrl, now) {
  let { report, path } = entry, first = evidence.reasons[0] ?? "unknown", shown = evidence.reasons.slice(0, MAX_REASONS), more = evidence.reasons.length - shown.length, pack = evidence.pack || ".";
  return {
    name: READINESS_CHECK_NAME,
    conclusion: "failure",
    completedAt: now.toISOString(),
    title: `Not verified: ${titleText(first, 160)}`,
    summary: bounded(
      [
        `## ❌ Readiness not verified: ${codeSpan(path)}`,
        "",
        `The report says ${codeSpan(report.verdict)} for ${codeSpan(report.sha)}, but pilot-gate posts a readiness verdict only from an evidence pack signed by a key listed under ${codeSpan("readiness.evidence_keys")}, whose files all match its signed manifest, with the report among them. The pack ${link(evidence.pack || "/", packUrl, { code: !0 })} was not verified:`,
        "",
        ...shown.map((reason) => `- ${inertText(reason)}`),
        ...more > 0 ? [`- …and ${more} more`] : [],
        "",
        `Check it with ${codeSpan(`pilot-gate evidence verify ${pack} --key pub.pem --require-signature`)}, fix it and push a new pack; the check follows the next push.`,
        ""
      ].join(`
`)
    ),
    annotations: [],
    actions: []
  };
}
function unreadableCheckRun(problems, branch, now) {
  let first = problems[0];
  return {
    name: READINESS_CHECK_NAME,
    conclusion: "failure",
    completedAt: now.toISOString(),
    title: titleText(
      `Unreadable readiness report: ${first?.path ?? "?"}${problems.length > 1 ? ` and ${problems.length - 1} more` : ""}`,
      200
    ),
    summary: bounded(
      [
        `## ❌ Readiness unknown: a report on ${codeSpan(branch)} cannot be read`,
        "",
        "pilot-gate fails closed: no verdict is posted from a report it cannot read.",
        "",
        ...problems.map((p) => `- ${codeSpan(p.path)}: ${inertText(p.reason)}`),
        "",
        "Fix the report and commit a new evidence pack; the check follows the next push.",
        ""
      ].join(`
`)
    ),
    annotations: [],
    actions: []
  };
}
function errorCheckRun(reason, now) {
  return {
    name: READINESS_CHECK_NAME,
    conclusion: "failure",
    completedAt: now.toISOString(),
    title: "Could not read the readiness reports",
    summary: bounded(`pilot-gate could not read the readiness reports: ${inertText(reason)}
`),
    annotations: [],
    actions: []
  };
}
async function postReadinessFromPush(deps, push) {
  let { gh, state, log, repo } = deps, loaded = await loadRepoConfig(deps), dryRun = isDryRun(state.options, loaded.ok ? loaded.config : void 0), now = state.options.now(), files = new CommitFiles(gh, push.sha), target, postingOnTarget = !1, post = async (sha, body) => {
    postingOnTarget = sha !== void 0 && sha === target;
    let detailsUrl = loaded.ok ? sitePageUrl(loaded.config.site, SITE_PAGES.overview) : void 0;
    detailsUrl !== void 0 && (body = { ...body, detailsUrl });
    let action = sha === void 0 ? { kind: "branch-check-run", branch: repo.defaultBranch, body } : { kind: "check-run", sha, body }, write = { ...action, failure: "fails-event", what: describeWrite(action) };
    try {
      let [executed] = await executePlan(deps, [write], { dryRun });
      return executed?.made ? "posted" : "planned";
    } catch (error) {
      if (!(error instanceof NoCommitError)) throw error;
      return log.warn(error.reason), "nowhere";
    }
  }, nowhere = { skipped: `${repo.defaultBranch} has no commit yet` };
  try {
    let read = { reports: [], problems: [] }, candidates = push.candidates.slice(0, MAX_REPORTS);
    push.candidates.length > candidates.length && log.warn(
      `${push.candidates.length} report files in one push; only the first ${MAX_REPORTS} are read`
    );
    for (let path of candidates) {
      let bytes;
      try {
        bytes = await files.file(path, packOf(path));
      } catch (error) {
        if (!(error instanceof EvidenceReadError)) throw error;
        read.problems.push({ path, reason: error.message });
        continue;
      }
      if (bytes === void 0) continue;
      let sorted = classifyReport(path, bytes.toString("utf8"), now);
      sorted && ("report" in sorted ? read.reports.push({ path, report: sorted.report }) : read.problems.push({ path, reason: sorted.reason }));
    }
    if (read.problems.length > 0) {
      log.warn(
        { problems: read.problems },
        `readiness report(s) on ${push.branch} do not parse; the failing ${READINESS_CHECK_NAME} check goes on ${repo.defaultBranch}`
      );
      let posted2 = await post(void 0, unreadableCheckRun(read.problems, push.branch, now));
      return posted2 === "posted" ? { posted: "unreadable" } : posted2 === "nowhere" ? nowhere : {};
    }
    let newest = newestReport(read.reports);
    if (!newest)
      return { skipped: "no readiness report among the pushed reports" };
    let { report } = newest;
    COMMIT_PATTERN.test(report.sha) && (target = report.sha);
    let pack = packOf(newest.path), packUrl = `https://github.com/${repo.owner}/${repo.repo}/tree/${push.sha}/${pack}`, evidence = await verifyReportEvidence(deps, files, loaded, newest, pack), write = evidence.verified ? readinessCheckRun(newest, packUrl, now, evidence) : unverifiedCheckRun(newest, evidence, packUrl, now);
    log.info(
      {
        verdict: report.verdict,
        sha: report.sha,
        blockers: report.blockers,
        report: newest.path,
        verified: evidence.verified,
        ...evidence.verified ? { keyids: evidence.keyids } : { reasons: evidence.reasons }
      },
      `readiness ${report.verdict} from ${newest.path}, ${evidence.verified ? "verified" : `not verified (${evidence.reasons[0]})`}; ${READINESS_CHECK_NAME} goes on ${target ?? repo.defaultBranch}`
    );
    let posted = await post(target, write);
    return posted === "nowhere" ? nowhere : posted === "posted" ? { posted: evidence.verified ? "verdict" : "unverified" } : {};
  } catch (error) {
    let reason = failureReason(error);
    log.error({ err: error }, `readiness check failed: ${reason}`);
    try {
      await post(postingOnTarget ? void 0 : target, errorCheckRun(reason, now));
    } catch (second) {
      log.error({ err: second }, `could not post the failing ${READINESS_CHECK_NAME} check either`);
    }
    return { skipped: reason };
  }
}
async function onReadinessPush(context, state) {
  let { payload } = context;
  if (payload.deleted || payload.ref !== `refs/heads/${EVIDENCE_BRANCH}`) return;
  let candidates = reportCandidates(payload.commits);
  if (candidates.length === 0) return;
  let repository = pushRepository(payload.repository), key = `${repository.owner.login}/${repository.name}#readiness`.toLowerCase();
  await state.queue.run(
    key,
    () => runGuarded(context, state, { repository }, async (deps) => {
      let outcome = await postReadinessFromPush(deps, {
        branch: payload.ref.slice(11),
        sha: payload.after,
        candidates
      });
      outcome.skipped && deps.log.debug(`readiness: ${outcome.skipped}`);
    })
  );
}

// app/handlers/push.ts
var PUSH_COMMIT_LIMIT = 2048;
async function onPush(context, state) {
  await onReadinessPush(context, state), await onConfigPush(context, state), await onProtectedPush(context, state), await onCyclePush(context, state);
}
async function onConfigPush(context, state) {
  let { payload } = context;
  if (payload.ref !== `refs/heads/${payload.repository.default_branch}` || payload.deleted) return;
  let paths = new Set(
    payload.commits.flatMap((commit) => [
      ...commit.added ?? [],
      ...commit.modified ?? [],
      ...commit.removed ?? []
    ])
  ), unknown = payload.forced || payload.commits.length >= PUSH_COMMIT_LIMIT, repo = repoContextOf({ repository: pushRepository(payload.repository) });
  (unknown || [...paths].some(isPrTemplatePath)) && state.templates.delete(repoKey(repo)), (forgetConfigsReading({ state, repo }, unknown ? void 0 : paths) || unknown || paths.has(CONFIG_PATH)) && (forgetRepoConfig({ state, repo }), context.log.info(
    `${CONFIG_PATH} may have changed on ${repo.defaultBranch}: cached config dropped`
  ), await syncAfterConfigPush(context, state, payload.after));
}

// app/handlers/security-alert.ts
var SECURITY_ALERT_EVENTS = ["code_scanning_alert", "dependabot_alert"], OPEN = /* @__PURE__ */ new Set(["open"]);
function securitySeverity(rule) {
  let level = "security_severity_level" in rule ? rule.security_severity_level : void 0;
  return typeof level == "string" ? level.toLowerCase() : void 0;
}
function securityAlertOf(context) {
  let { payload } = context;
  if (context.name === "code_scanning_alert") {
    let scanning = payload, defaultRef = `refs/heads/${scanning.repository.default_branch}`;
    if (scanning.ref && scanning.ref !== defaultRef) return;
    let { alert: alert2 } = scanning;
    return {
      source: "code-scanning",
      number: alert2.number,
      // Only a security query's rule has a security severity; a lint-like rule never freezes.
      severity: securitySeverity(alert2.rule),
      open: OPEN.has(alert2.state ?? ""),
      url: alert2.html_url,
      summary: alert2.rule.description ?? alert2.rule.id,
      createdAt: alert2.created_at ?? ""
    };
  }
  let { alert } = payload;
  return {
    source: "dependabot",
    number: alert.number,
    severity: alert.security_advisory.severity?.toLowerCase(),
    open: OPEN.has(alert.state),
    url: alert.html_url,
    summary: alert.security_advisory.summary,
    createdAt: alert.created_at
  };
}
async function onSecurityAlertEvent(context, state) {
  let { payload } = context, alert = securityAlertOf(context);
  if (!alert) return;
  let key = `security:${repoKey(repoContextOf(payload))}`;
  await state.queue.run(
    key,
    () => runGuarded(context, state, payload, async (deps) => {
      let loaded = await loadRepoConfig(deps);
      if (!loaded.ok || !loaded.config.incidents.enabled) return;
      let { config } = loaded, dryRun = isDryRun(deps.state.options, config), outcome = await onSecurityAlert(deps, config, alert, deps.state.options.now(), dryRun);
      deps.log.info(
        { outcome },
        `${alert.source} alert #${alert.number}: trigger ${config.incidents.triggers.security.id} ${outcome.status}`
      ), !(outcome.status !== "tripped" && outcome.status !== "cleared") && await rejudgeOpenPulls(
        deps,
        loaded,
        intoFrozenBranch(config),
        `${context.name}.${payload.action}`
      );
    })
  );
}

// app/reconcile.ts
var BATCH_SIZE = 25, WRITES_PER_REPO = 5, MAX_WAITS = 5, LocalReconcileStore = class {
  #budgets = /* @__PURE__ */ new Map();
  #pending = /* @__PURE__ */ new Map();
  #working = /* @__PURE__ */ new Set();
  #limits;
  #clock;
  constructor(limits, clock) {
    this.#limits = limits, this.#clock = clock;
  }
  budget(installationId) {
    let budget = this.#budgets.get(installationId);
    return budget || (budget = new LocalWriteBudget(this.#limits, this.#clock), this.#budgets.set(installationId, budget)), budget;
  }
  async add(installationId, targets) {
    let pending = this.#pending.get(installationId) ?? /* @__PURE__ */ new Map();
    for (let target of targets) pending.set(`${target.owner}/${target.repo}`, target);
    this.#pending.set(installationId, pending);
  }
  async list(installationId) {
    return [...this.#pending.get(installationId)?.values() ?? []];
  }
  async done(installationId, target) {
    let pending = this.#pending.get(installationId);
    pending?.delete(`${target.owner}/${target.repo}`), pending?.size === 0 && this.#pending.delete(installationId);
  }
  async forget(installationId) {
    this.#pending.delete(installationId);
  }
  async installations() {
    return [...this.#pending.keys()];
  }
  async exclusive(installationId, task) {
    if (this.#working.has(installationId)) return !1;
    this.#working.add(installationId);
    try {
      return await task(), !0;
    } finally {
      this.#working.delete(installationId);
    }
  }
  async claimPass() {
    return 0;
  }
}, Reconciler = class {
  store;
  clock;
  #tail = Promise.resolve();
  constructor(store, clock) {
    this.store = store, this.clock = clock;
  }
  run(job) {
    let next = this.#tail.then(job, job);
    return this.#tail = next.catch(() => {
    }), next;
  }
}, reconcilers = /* @__PURE__ */ new WeakMap();
function useReconcileStore(state, store) {
  let clock = state.options.reconcileClock ?? realClock;
  reconcilers.set(
    state,
    new Reconciler(
      store ?? new LocalReconcileStore(state.options.writeLimits ?? GITHUB_WRITE_LIMITS, clock),
      clock
    )
  );
}
function reconcilerOf(state) {
  return reconcilers.has(state) || useReconcileStore(state), reconcilers.get(state);
}
function reconcileTargets(octokit, state, log, installationId, targets, trigger, since, finished) {
  let reconciler = reconcilerOf(state), depsOf = (target) => ({
    gh: new GitHubClient(
      octokit,
      { owner: target.owner, repo: target.repo },
      void 0,
      state.conditional,
      state
    ),
    state,
    log,
    repo: {
      owner: target.owner,
      repo: target.repo,
      defaultBranch: target.defaultBranch,
      ownerIsOrg: target.ownerIsOrg
    }
  });
  return reconciler.run(
    () => reconcileRepositories(targets, {
      budget: reconciler.store.budget(installationId),
      clock: reconciler.clock,
      log,
      batchSize: BATCH_SIZE,
      writesPerRepo: WRITES_PER_REPO,
      maxWaits: MAX_WAITS,
      async isDone(target) {
        if (since === void 0) return !1;
        let { gh } = depsOf(target);
        if (target.defaultBranch === "" && (target.defaultBranch = await gh.getDefaultBranch()), target.headSha = await gh.getBranchHead(target.defaultBranch), !target.headSha) return !1;
        let check = await gh.findLatestCheckRun(
          target.headSha,
          PROTECTION_CHECK_NAME,
          await gh.appId()
        );
        return check?.status !== "completed" || !check.completedAt ? !1 : since === null || Date.parse(check.completedAt) >= since.getTime();
      },
      async sync(target) {
        let deps = depsOf(target), scope = {};
        try {
          await syncProtection(deps, scope, trigger, { headSha: target.headSha });
        } catch (error) {
          if (rateLimitWaitMs(error, reconciler.clock.now()) !== void 0) throw error;
          await reportSyncFailure(deps, scope, trigger, error);
        }
        return trigger.reason === "scheduled" && await refreshCycles(deps, target.headSha), { writes: deps.gh.writes };
      },
      ...finished ? { finished } : {}
    })
  );
}
async function drainPending(octokit, state, log, installationId, trigger) {
  let { store } = reconcilerOf(state), tried = /* @__PURE__ */ new Set(), reports = [];
  for (; ; ) {
    if (!await store.exclusive(installationId, async () => {
      for (; ; ) {
        let targets = (await store.list(installationId)).filter(
          (target) => !tried.has(`${target.owner}/${target.repo}`)
        );
        if (targets.length === 0) return;
        for (let target of targets) tried.add(`${target.owner}/${target.repo}`);
        reports.push(
          await reconcileTargets(
            octokit,
            state,
            log,
            installationId,
            targets,
            trigger,
            void 0,
            (target) => store.done(installationId, target)
          )
        );
      }
    }))
      return log.info(
        { installation: installationId },
        `installation ${installationId}: its repositories are already being synced (here or by another replica), and these are taken too`
      ), reports;
    if ((await store.list(installationId)).every((target) => tried.has(`${target.owner}/${target.repo}`))) return reports;
  }
}
function sumReports(reports) {
  return reports.reduce(
    (sum, report) => ({
      synced: sum.synced + report.synced,
      skipped: sum.skipped + report.skipped,
      failed: [...sum.failed, ...report.failed],
      writes: sum.writes + report.writes,
      budgetWaitMs: sum.budgetWaitMs + report.budgetWaitMs,
      rateLimitWaitMs: sum.rateLimitWaitMs + report.rateLimitWaitMs,
      rateLimitWaits: sum.rateLimitWaits + report.rateLimitWaits
    }),
    emptyReport()
  );
}
async function refreshCycles(deps, headSha) {
  let scope = {};
  try {
    await postCycleCheck(deps, scope, headSha);
  } catch (error) {
    let reason = failureReason(error);
    deps.log.warn({ err: error }, `${CYCLE_CHECK_NAME} not refreshed: ${reason}`), await postEvaluationError(deps, scope, reason, "scheduled cycle check");
  }
}
async function onInstallation(context, state) {
  let { payload } = context, repositories = ("repositories_added" in payload ? payload.repositories_added : payload.repositories) ?? [], account = payload.installation.account, login = account && "login" in account ? account.login : "", ownerIsOrg = account && "type" in account ? account.type === "Organization" : !1, targets = repositories.map((repository) => {
    let [owner = login, repo = repository.name] = repository.full_name.split("/");
    return { owner, repo, ownerIsOrg, defaultBranch: "" };
  }), installationId = payload.installation.id;
  await reconcilerOf(state).store.add(installationId, targets);
  let reports = await drainPending(context.octokit, state, context.log, installationId, {
    reason: "installed",
    event: `${context.name}.${payload.action}`,
    sender: payload.sender.login,
    at: state.options.now().toISOString()
  });
  context.log.info({ ...sumReports(reports) }, `${context.name}.${payload.action} handled`);
}
async function resumePendingInstallations(app, state) {
  let { store } = reconcilerOf(state), reports = [];
  for (let installationId of await store.installations()) {
    let octokit;
    try {
      octokit = await app.auth(installationId);
    } catch (error) {
      if (error.status !== 404) throw error;
      app.log.warn(
        { installation: installationId },
        `installation ${installationId} is gone: its pending protection sync is dropped`
      ), await store.forget(installationId);
      continue;
    }
    let resumed = await drainPending(octokit, state, app.log, installationId, {
      reason: "installed",
      event: "installation sync resumed after a restart",
      sender: void 0,
      at: state.options.now().toISOString()
    }), report = sumReports(resumed);
    app.log.info(
      { installation: installationId, ...report },
      `installation ${installationId}: resumed its protection sync (${report.synced} synced)`
    ), reports.push(report);
  }
  return reports;
}
async function reconcileAllInstallations(app, state, since) {
  let installations = await listInstallations(await app.auth()), reports = [];
  for (let installation of installations) {
    let octokit = await app.auth(installation), targets = (await listInstallationRepositories(octokit)).filter((repository) => !repository.archived);
    reports.push(
      await reconcileTargets(
        octokit,
        state,
        app.log,
        installation,
        targets,
        {
          reason: "scheduled",
          event: "scheduled reconcile",
          sender: void 0,
          at: state.options.now().toISOString()
        },
        since
      )
    );
  }
  return reports;
}
function scheduleReconcile(app, state) {
  let seconds = state.options.reconcileIntervalSeconds ?? 0, { store } = reconcilerOf(state), timer, stopped = !1, later = (ms, next) => {
    stopped || (timer = setTimeout(() => {
      next();
    }, ms), timer.unref());
  }, pass = async (since) => {
    let wait = seconds * 1e3;
    try {
      let claim = await store.claimPass(seconds * 1e3);
      claim > 0 ? wait = claim : await reconcileAllInstallations(app, state, since);
    } catch (error) {
      app.log.error({ err: error }, "scheduled protection reconcile failed; the next one retries");
    }
    later(wait, () => pass(state.options.now()));
  };
  return (async () => {
    try {
      await resumePendingInstallations(app, state);
    } catch (error) {
      app.log.error(
        { err: error },
        "resuming the installations' protection sync failed; a restart or the scheduled reconcile retries"
      );
    }
    seconds > 0 && await pass(null);
  })(), () => {
    stopped = !0, clearTimeout(timer);
  };
}

// app/redis-lock.ts
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
var LOCK_TTL_MS = 3e4, LOCK_WAIT_MS = 6e4, LOCK_PREFIX = "pilot-gate:lock:", RELEASE = 'if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end', RENEW = 'if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end', LockTimeoutError = class extends Error {
  name = "LockTimeoutError";
}, RedisLock = class {
  #redis;
  #ttlMs;
  #waitMs;
  #prefix;
  #onLost;
  constructor(redis, options = {}) {
    this.#redis = redis, this.#ttlMs = options.ttlMs ?? LOCK_TTL_MS, this.#waitMs = options.waitMs ?? LOCK_WAIT_MS, this.#prefix = options.prefix ?? LOCK_PREFIX, this.#onLost = options.onLost ?? (() => {
    });
  }
  /**
   * Takes the lock on `key`, waiting (with backoff) at most the configured
   * wait; resolves to the token that releases it.
   */
  async acquire(key) {
    let token = randomUUID(), deadline = Date.now() + this.#waitMs, delay = 20;
    for (; ; ) {
      if (await this.#redis.set(this.#prefix + key, token, "PX", this.#ttlMs, "NX") === "OK") return token;
      let left = deadline - Date.now();
      if (left <= 0)
        throw new LockTimeoutError(
          `another replica has been handling ${key} for over ${this.#waitMs >= 1e3 ? `${Math.round(this.#waitMs / 1e3)} s` : `${this.#waitMs} ms`}, so this event was not handled: re-run the check (or push again) once it finishes.`
        );
      await sleep(Math.min(left, delay + Math.random() * delay)), delay = Math.min(delay * 2, 500);
    }
  }
  /** Gives the lock back, unless it expired and someone else holds it now. */
  async release(key, token) {
    return await this.#redis.eval(RELEASE, 1, this.#prefix + key, token) === 1;
  }
  /** Runs `task` holding the lock on `key`, renewing it until the task settles. */
  async withLock(key, task) {
    let token = await this.acquire(key), renew = setInterval(
      () => {
        this.#redis.eval(RENEW, 1, this.#prefix + key, token, String(this.#ttlMs)).then(
          (renewed) => {
            renewed !== 1 && this.#onLost(key, "it expired before it was renewed");
          },
          (error) => this.#onLost(key, error instanceof Error ? error.message : String(error))
        );
      },
      Math.max(1, Math.floor(this.#ttlMs / 3))
    );
    try {
      return await task();
    } finally {
      clearInterval(renew), await this.release(key, token).catch(
        (error) => this.#onLost(key, error instanceof Error ? error.message : String(error))
      );
    }
  }
}, LockedQueue = class {
  #local = new KeyedQueue();
  #lock;
  constructor(lock) {
    this.#lock = lock;
  }
  run(key, task) {
    return this.#local.run(key, () => this.#lock.withLock(key, task));
  }
};

// app/redis-pulls.ts
var PULLS_PREFIX = "pilot-gate:pull:";
var KEEP_NEWEST = `
local seen = tonumber(redis.call("GET", KEYS[1]))
if seen == nil or tonumber(ARGV[1]) > seen then
  redis.call("SET", KEYS[1], ARGV[1], "PX", ARGV[2])
else
  redis.call("PEXPIRE", KEYS[1], ARGV[2])
end
return 0
`, RedisPullMemory = class {
  #redis;
  #ttlMs;
  constructor(redis, ttlMs = 6048e5) {
    "pilotGateKeepNewest" in redis || redis.defineCommand("pilotGateKeepNewest", { numberOfKeys: 1, lua: KEEP_NEWEST }), this.#redis = redis, this.#ttlMs = ttlMs;
  }
  async newest(key) {
    let at = Number(await this.#redis.get(PULLS_PREFIX + key));
    return at > 0 ? new Date(at).toISOString() : void 0;
  }
  async remember(key, updatedAt) {
    let at = Date.parse(updatedAt);
    Number.isFinite(at) && await this.#redis.pilotGateKeepNewest(PULLS_PREFIX + key, at, this.#ttlMs);
  }
};

// app/redis-budget.ts
import { randomUUID as randomUUID2 } from "node:crypto";
var BUDGET_PREFIX = "pilot-gate:writes:", RESERVE = `
local t = redis.call("TIME")
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local writes = tonumber(ARGV[1])
redis.call("ZREMRANGEBYSCORE", KEYS[1], "-inf", now - 3600000)
local function wait(window, limit)
  local since = "(" .. (now - window)
  local over = redis.call("ZCOUNT", KEYS[1], since, "+inf") + math.min(writes, limit) - limit
  if over <= 0 then return 0 end
  local oldest = redis.call("ZRANGEBYSCORE", KEYS[1], since, "+inf", "WITHSCORES", "LIMIT", over - 1, 1)
  return tonumber(oldest[2]) + window - now
end
local waitMs = math.max(wait(60000, tonumber(ARGV[2])), wait(3600000, tonumber(ARGV[3])))
if waitMs > 0 then return waitMs end
for i = 0, writes - 1 do redis.call("ZADD", KEYS[1], now, ARGV[4] .. ":" .. i) end
redis.call("PEXPIRE", KEYS[1], 3600000)
return 0
`, SETTLE = `
local reserved = tonumber(ARGV[2])
local written = tonumber(ARGV[3])
for i = written, reserved - 1 do redis.call("ZREM", KEYS[1], ARGV[1] .. ":" .. i) end
if written > reserved then
  local t = redis.call("TIME")
  local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
  for i = reserved, written - 1 do redis.call("ZADD", KEYS[1], now, ARGV[1] .. ":" .. i) end
  redis.call("PEXPIRE", KEYS[1], 3600000)
end
return 0
`;
function withScripts(redis) {
  return "pilotGateReserveWrites" in redis || (redis.defineCommand("pilotGateReserveWrites", { numberOfKeys: 1, lua: RESERVE }), redis.defineCommand("pilotGateSettleWrites", { numberOfKeys: 1, lua: SETTLE })), redis;
}
var RedisWriteBudget = class {
  limits;
  #redis;
  #key;
  constructor(redis, installationId, limits) {
    this.limits = checkWriteLimits(limits), this.#redis = withScripts(redis), this.#key = `${BUDGET_PREFIX}${installationId}`;
  }
  async reserve(writes) {
    let id = randomUUID2(), waitMs = Number(
      await this.#redis.pilotGateReserveWrites(
        this.#key,
        writes,
        this.limits.perMinute,
        this.limits.perHour,
        id
      )
    );
    return waitMs > 0 ? { ok: !1, waitMs } : { ok: !0, reservation: { id, writes } };
  }
  async settle(reservation, written) {
    written !== reservation.writes && await this.#redis.pilotGateSettleWrites(this.#key, reservation.id, reservation.writes, written);
  }
};

// app/redis-reconcile.ts
var PENDING_PREFIX = "pilot-gate:pending:", RECONCILE_LOCK_PREFIX = "pilot-gate:reconcile:", RECONCILE_LOCK_TTL_MS = 1e4, PASS_KEY = "pilot-gate:scheduled-reconcile", RedisReconcileStore = class {
  #redis;
  #lock;
  #limits;
  #budgets = /* @__PURE__ */ new Map();
  constructor(redis, limits) {
    this.#redis = redis, this.#limits = limits, this.#lock = new RedisLock(redis, {
      ttlMs: RECONCILE_LOCK_TTL_MS,
      waitMs: RECONCILE_LOCK_TTL_MS + 5e3,
      prefix: RECONCILE_LOCK_PREFIX
    });
  }
  budget(installationId) {
    let budget = this.#budgets.get(installationId);
    return budget || (budget = new RedisWriteBudget(this.#redis, installationId, this.#limits), this.#budgets.set(installationId, budget)), budget;
  }
  async claimPass(intervalMs) {
    return await this.#redis.set(PASS_KEY, String(Date.now()), "PX", intervalMs, "NX") === "OK" ? 0 : Math.max(1, await this.#redis.pttl(PASS_KEY));
  }
  async add(installationId, targets) {
    targets.length !== 0 && await this.#redis.hset(
      PENDING_PREFIX + installationId,
      Object.fromEntries(targets.map((target) => [nameOf(target), JSON.stringify(target)]))
    );
  }
  async list(installationId) {
    return (await this.#redis.hvals(PENDING_PREFIX + installationId)).flatMap((entry) => {
      let target = parseTarget(entry);
      return target ? [target] : [];
    });
  }
  async done(installationId, target) {
    await this.#redis.hdel(PENDING_PREFIX + installationId, nameOf(target));
  }
  async forget(installationId) {
    await this.#redis.del(PENDING_PREFIX + installationId);
  }
  async installations() {
    let ids = [], stream = this.#redis.scanStream({ match: `${PENDING_PREFIX}*`, count: 100 });
    for await (let keys of stream)
      for (let key of keys) {
        let id = Number(key.slice(PENDING_PREFIX.length));
        Number.isSafeInteger(id) && id > 0 && ids.push(id);
      }
    return ids;
  }
  async exclusive(installationId, task) {
    let started = !1;
    try {
      return await this.#lock.withLock(String(installationId), () => (started = !0, task())), !0;
    } catch (error) {
      if (!started && error instanceof LockTimeoutError) return !1;
      throw error;
    }
  }
};
function nameOf(target) {
  return `${target.owner}/${target.repo}`;
}
function parseTarget(entry) {
  try {
    let value = JSON.parse(entry);
    if (typeof value.owner == "string" && typeof value.repo == "string" && typeof value.ownerIsOrg == "boolean" && typeof value.defaultBranch == "string")
      return {
        owner: value.owner,
        repo: value.repo,
        ownerIsOrg: value.ownerIsOrg,
        defaultBranch: value.defaultBranch
      };
  } catch {
  }
}

// app/index.ts
var PULL_REQUEST_EVENTS = [
  "pull_request.opened",
  "pull_request.edited",
  "pull_request.synchronize",
  "pull_request.reopened",
  "pull_request.ready_for_review",
  "pull_request.labeled",
  "pull_request.unlabeled",
  "pull_request_review.submitted",
  "pull_request_review.dismissed"
], WAVE_LEAVE_EVENTS = WAVE_LEAVE_ACTIONS.map((action) => `pull_request.${action}`), INCIDENT_EVENTS = INCIDENT_ACTIONS.map((action) => `issues.${action}`), BLOCKED_EVENTS = BLOCKED_ACTIONS.flatMap((action) => [
  `issues.${action}`,
  `pull_request.${action}`
]), CHECK_RUN_EVENTS = ["check_run.rerequested", "check_run.requested_action"], INSTALLATION_EVENTS = ["installation.created", "installation_repositories.added"], PROTECTION_CHANGE_EVENTS = [
  "branch_protection_rule.created",
  "branch_protection_rule.edited",
  "branch_protection_rule.deleted",
  "repository_ruleset.created",
  "repository_ruleset.edited",
  "repository_ruleset.deleted"
], HANDLED_EVENTS = [
  .../* @__PURE__ */ new Set([
    ...PULL_REQUEST_EVENTS,
    ...WAVE_LEAVE_EVENTS,
    ...INCIDENT_EVENTS,
    ...BLOCKED_EVENTS,
    ...CHECK_RUN_EVENTS,
    ...CI_EVENTS,
    "merge_group.checks_requested",
    "issue_comment.created",
    "push",
    ...SECURITY_ALERT_EVENTS,
    ...INSTALLATION_EVENTS,
    ...PROTECTION_CHANGE_EVENTS
  ])
];
function sharedState(app, env, options) {
  if (!env.REDIS_URL) return;
  let redis = redisClient(env.REDIS_URL, app.log);
  return {
    queue: new LockedQueue(
      new RedisLock(redis, {
        onLost: (key, reason) => app.log.warn({ key }, `lost the Redis lock on ${key} while handling it: ${reason}`)
      })
    ),
    pulls: new RedisPullMemory(redis),
    reconcile: new RedisReconcileStore(redis, options.writeLimits ?? GITHUB_WRITE_LIMITS)
  };
}
function createApp(options, env = process.env, shutdown) {
  return (app) => {
    let resolved = options ?? readAppOptions(), workers = resolved.evaluationWorkers ?? 0, pool = workers > 0 ? new EvaluationPool({ size: workers, budgetMs: resolved.evaluationBudgetMs ?? 2e3 }) : void 0, shared = sharedState(app, env, resolved), state = createState(
      resolved,
      pool,
      countedQueue(shared?.queue ?? new KeyedQueue()),
      shared?.pulls
    );
    useReconcileStore(state, shared?.reconcile), app.on(
      [...PULL_REQUEST_EVENTS],
      observed(
        (context) => afterEventHandler(context, state, () => onPullRequest(context, state))
      )
    ), app.on(
      [...WAVE_LEAVE_EVENTS],
      observed((context) => onWaveChange(context, state))
    ), app.on(
      [...INCIDENT_EVENTS],
      observed(
        (context) => afterEventHandler(context, state, async () => {
          await onIncidentIssue(context, state), context.payload.action === "closed" && await onReviewClosed(context, state);
        })
      )
    ), app.on(
      [...SECURITY_ALERT_EVENTS],
      observed((context) => onSecurityAlertEvent(context, state))
    ), app.on(
      [...CHECK_RUN_EVENTS],
      observed((context) => onCheckRun(context, state))
    ), app.on(
      [...CI_EVENTS],
      observed((context) => onCiEvent(context, state))
    ), app.on(
      "merge_group.checks_requested",
      observed((context) => onMergeGroup(context, state))
    ), app.on(
      "issue_comment.created",
      observed((context) => onIssueComment(context, state))
    ), app.on(
      "push",
      observed(async (context) => onPush(context, state))
    ), app.on(
      [...INSTALLATION_EVENTS],
      observed((context) => onInstallation(context, state))
    ), app.on(
      [...PROTECTION_CHANGE_EVENTS],
      observed((context) => onProtectionChange(context, state))
    );
    let stopReconcile = scheduleReconcile(app, state);
    shutdown?.stopAtSignal(stopReconcile), pool && shutdown?.closeAfterHandlers("the evaluation workers", () => pool.close()), shutdown?.closeAfterHandlers("Redis", closeRedisClients);
  };
}
var pilotGate = createApp(), app_default = pilotGate;

// node_modules/@probot/get-private-key/dist-bundle/index.js
import { resolve } from "node:path";
import { existsSync, readdirSync, readFileSync } from "node:fs";
var VERSION = "0.0.0-development", pkcs1Begin = "-----BEGIN RSA PRIVATE KEY-----", pkcs1End = "-----END RSA PRIVATE KEY-----", pkcs8Begin = "-----BEGIN PRIVATE KEY-----", pkcs8End = "-----END PRIVATE KEY-----";
function isPKCS1(privateKey) {
  return privateKey.includes(pkcs1Begin) && privateKey.includes(pkcs1End);
}
function isPKCS8(privateKey) {
  return privateKey.includes(pkcs8Begin) && privateKey.includes(pkcs8End);
}
function getPrivateKey(options = {}) {
  let env = options.env || process.env, cwd = options.cwd || process.cwd();
  if (options.filepath)
    return readFileSync(resolve(cwd, options.filepath), "utf-8");
  if (env.PRIVATE_KEY) {
    let privateKey = env.PRIVATE_KEY;
    if (isBase64(privateKey) && (privateKey = Buffer.from(privateKey, "base64").toString()), privateKey.indexOf("\\n") !== -1 && (privateKey = privateKey.replace(/\\n/g, `
`)), isPKCS1(privateKey))
      return privateKey.indexOf(`
`) === -1 && (privateKey = addNewlines({
        privateKey,
        begin: pkcs1Begin,
        end: pkcs1End
      })), privateKey;
    if (isPKCS8(privateKey))
      return privateKey.indexOf(`
`) === -1 && (privateKey = addNewlines({
        privateKey,
        begin: pkcs8Begin,
        end: pkcs8End
      })), privateKey;
    throw new Error(
      '[@probot/get-private-key] The contents of "env.PRIVATE_KEY" could not be validated. Please check to ensure you have copied the contents of the .pem file correctly.'
    );
  }
  if (env.PRIVATE_KEY_PATH) {
    let filepath = resolve(cwd, env.PRIVATE_KEY_PATH);
    if (existsSync(filepath))
      return readFileSync(filepath, "utf-8");
    throw new Error(
      `[@probot/get-private-key] Private key does not exists at path: "${env.PRIVATE_KEY_PATH}". Please check to ensure that "env.PRIVATE_KEY_PATH" is correct.`
    );
  }
  let pemFiles = readdirSync(cwd).filter((path) => path.endsWith(".pem"));
  if (pemFiles.length > 1) {
    let paths = pemFiles.join(", ");
    throw new Error(
      `[@probot/get-private-key] More than one file found: "${paths}". Set { filepath } option or set one of the environment variables: PRIVATE_KEY, PRIVATE_KEY_PATH`
    );
  } else if (pemFiles[0])
    return getPrivateKey({ filepath: pemFiles[0], cwd });
  return null;
}
function isBase64(str) {
  return Buffer.from(str, "base64").toString("base64") === str;
}
function addNewlines({
  privateKey,
  begin,
  end
}) {
  let middleLength = privateKey.length - begin.length - end.length - 2, middle = privateKey.substr(begin.length + 1, middleLength);
  return `${begin}
${middle.trim().replace(/\s+/g, `
`)}
${end}`;
}
getPrivateKey.VERSION = VERSION;

// app/server-env.ts
var StartupError = class extends Error {
  name = "StartupError";
};
function checkServerEnv(env = process.env, cwd = process.cwd()) {
  let missing = [];
  env.WEBHOOK_SECRET || missing.push("WEBHOOK_SECRET (the webhook secret in the App's settings)");
  let appId = env.APP_ID?.trim() ?? "";
  appId === "" ? missing.push("APP_ID (the App ID in the App's settings)") : /^[1-9][0-9]*$/.test(appId) || missing.push(`APP_ID (a number: "${env.APP_ID}" is not one)`);
  let key = readPrivateKey(env, cwd);
  if (key !== "ok" && missing.push(`PRIVATE_KEY or PRIVATE_KEY_PATH (${key})`), env.REDIS_URL && !isRedisUrl(env.REDIS_URL))
    throw new StartupError(
      `REDIS_URL must be a redis:// or rediss:// URL (e.g. redis://redis:6379), not "${env.REDIS_URL}": fix it, or unset it to run a single replica.`
    );
  if (env.NODE_ENV === "production") {
    if (missing.length > 0)
      throw new StartupError(
        `pilot-gate will not start with NODE_ENV=production without ${missing.join(", ")}. Set them (see .env.example); to register a new App through the manifest flow, run it once without NODE_ENV=production.`
      );
    return [];
  }
  return appId !== "" && key === "ok" ? env.WEBHOOK_SECRET ? [] : [
    "WEBHOOK_SECRET is not set: webhooks are verified against Probot's development secret, which anyone can sign with. Set it to the App's webhook secret (with NODE_ENV=production the App refuses to start without it)."
  ] : env.WEBHOOK_PROXY_URL ? [] : [
    `Setup mode without WEBHOOK_PROXY_URL: the App registered from the setup page gets a smee.io channel as its webhook URL if smee.io answers, otherwise this server's address plus "/", where no webhooks are served. Set WEBHOOK_PROXY_URL to a channel of your own first, or after registering set the webhook URL in the App's settings to https://<your host>/api/github/webhooks.`
  ];
}
function isRedisUrl(value) {
  try {
    let url = new URL(value);
    return ["redis:", "rediss:"].includes(url.protocol) && url.hostname !== "";
  } catch {
    return !1;
  }
}
function readPrivateKey(env, cwd) {
  try {
    return getPrivateKey({ env, cwd }) ? "ok" : "the App's private key, PEM text or a file path";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// app/shutdown.ts
var CLOSE_TIMEOUT_MS = 2e3, SHUTDOWN_SIGNALS = ["SIGTERM", "SIGINT"], ShutdownHooks = class {
  #atSignal = [];
  #closers = [];
  /** `stop` runs as soon as the signal arrives: no new work (a scheduled pass) starts. */
  stopAtSignal(stop) {
    this.#atSignal.push(stop);
  }
  /** `close` runs once the handlers are done or cut off, in the order added. */
  closeAfterHandlers(name, close) {
    this.#closers.push({ name, close });
  }
  stopAll() {
    for (let stop of this.#atSignal.splice(0)) stop();
  }
  /** Runs every closer, each within `timeoutMs`; one that fails or hangs is logged, not fatal. */
  async closeAll(log, timeoutMs = CLOSE_TIMEOUT_MS) {
    for (let { name, close } of this.#closers.splice(0)) {
      let outcome = await within(Promise.resolve().then(close), timeoutMs);
      outcome === "timeout" ? log.warn({ closer: name }, `shutdown: ${name} did not close within ${timeoutMs} ms`) : outcome instanceof Error && log.error({ err: outcome, closer: name }, `shutdown: closing ${name} failed`);
    }
  }
};
async function within(promise, ms) {
  let timer;
  try {
    return await Promise.race([
      promise.then(
        () => "done",
        (error) => error instanceof Error ? error : new Error(String(error))
      ),
      new Promise((resolve2) => {
        timer = setTimeout(() => resolve2("timeout"), ms);
      })
    ]);
  } finally {
    clearTimeout(timer);
  }
}
function handleShutdown(options, probotListeners = []) {
  let exit = options.exit ?? ((code) => process.exit(code));
  for (let listener of probotListeners) process.off("SIGINT", listener);
  let stopping = !1, shutdown = async (signal, log) => {
    log.info(
      { signal, inFlight: handlersInFlight(), deadlineMs: options.deadlineMs },
      `${signal}: no longer accepting connections; waiting up to ${options.deadlineMs} ms for ${handlersInFlight()} handler(s) in flight`
    );
    let started = Date.now(), stopped = within(options.server.stop(), options.deadlineMs);
    options.hooks.stopAll();
    let drained = await drainHandlers(options.deadlineMs);
    if (!drained) {
      let unfinished = unfinishedHandlers();
      log.warn(
        { unfinished },
        `shutdown deadline of ${options.deadlineMs} ms passed; cut off ${unfinished.length} unfinished handler(s): ${unfinished.join("; ")}. Each is judged again on its PR's next event or re-run.`
      );
    }
    await within(stopped, Math.max(0, options.deadlineMs - (Date.now() - started))), await options.hooks.closeAll(log), log.info({ signal, drained }, "shutdown complete"), exit(0);
  }, onSignal = (signal) => {
    let log = options.log();
    if (stopping) {
      log.warn({ signal }, `${signal} again: exiting now without waiting`), exit(1);
      return;
    }
    stopping = !0, shutdown(signal, log).catch((error) => {
      log.error({ err: error }, "shutdown failed"), exit(1);
    });
  };
  for (let signal of SHUTDOWN_SIGNALS) process.on(signal, onSignal);
}

// app/main.ts
var main_default = app_default;
function environmentWithDotEnv() {
  let text;
  try {
    text = readFileSync2(".env", "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return process.env;
    throw error;
  }
  return { ...process.env, ...parseEnv(text) };
}
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  let env = environmentWithDotEnv(), options;
  try {
    for (let warning of checkServerEnv(env)) console.warn(warning);
    options = readAppOptions(env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error)), process.exit(1);
  }
  let hooks = new ShutdownHooks(), log, probotSigint = process.listeners("SIGINT"), server = await run(
    withHealth((probot, probotOptions) => (log = probot.log, createApp(options, process.env, hooks)(probot, probotOptions))),
    { Octokit: PilotGateOctokit }
  );
  handleShutdown(
    {
      server,
      hooks,
      deadlineMs: options.shutdownMs ?? 25e3,
      log: () => log ?? console
    },
    process.listeners("SIGINT").filter((listener) => !probotSigint.includes(listener))
  );
}
export {
  PilotGateOctokit,
  main_default as default
};
