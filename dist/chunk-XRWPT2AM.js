import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import {
  ConfigError,
  FileIssuesError,
  UsageError,
  formatConfigIssues,
  unlistedLine
} from "./chunk-E3QZQHHB.js";
import {
  CHECK_RUN_ANNOTATIONS_PER_REQUEST,
  CHECK_RUN_TEXT_BYTES,
  CHECK_RUN_TITLE_CHARS,
  DEFAULT_ID_PATTERN,
  JOB_SUMMARY_BYTES,
  LABEL_NAME_CHARS,
  MAX_BODY_CHARS,
  MarkdownTooDeepError,
  PhraseLexicon,
  RELEASE_BODY_CHARS,
  RULES,
  boundBody,
  branchName,
  codeBlock,
  codeSpan,
  external_exports,
  findColumns,
  fitBytes,
  fitChars,
  foldWords,
  governanceFiles,
  handle,
  incidentFreeze,
  incidentStory,
  incidentsConfigSchema,
  inertText,
  isBlankCell,
  isFresh,
  isId,
  labelOn,
  latestReviews,
  link,
  markdownCell,
  noMergeLabel,
  normalizeHeading,
  ownNodes,
  parseBody,
  prChecklist,
  proseText,
  regexSource,
  requiredCheckItem,
  requiredChecks,
  residualRisks,
  roleName,
  rolesSchema,
  sectionsSchema,
  tableCell,
  tableText,
  taskItems,
  toString,
  truncateMarkdown,
  wipLimit
} from "./chunk-VUTGOOYN.js";
import {
  CONFIG_LIMIT,
  ENVIRONMENT_LIMIT,
  JUNIT_LIMIT,
  JUNIT_MAX_TESTCASES,
  MAX_FILE_ISSUES,
  MAX_REQUIRED_CHECKS,
  MILESTONE_LIMIT,
  PILOT_MANIFEST_LIMIT,
  RECORDS_LIMIT,
  RECORD_ERROR_LIMIT,
  RESTORE_REPORT_LIMIT,
  sizeOverLimit,
  tooLargeIssue,
  tooLargeMessage,
  tooManyTestcasesMessage,
  utf8Length
} from "./chunk-MSUCSWVI.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-TXBVCHSZ.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return !0;
        }
      return !1;
    }
    function isNode(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return !0;
        }
      return !1;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap2;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar2;
    exports2.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity(), BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit4(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
    }
    visit4.BREAK = BREAK;
    visit4.SKIP = SKIP;
    visit4.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      let ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path, ctrl), visit_(key, ctrl, visitor, path);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          let ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      let ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path, ctrl), visitAsync_(key, ctrl, visitor, path);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
        Alias: visitor.Node,
        Map: visitor.Node,
        Scalar: visitor.Node,
        Seq: visitor.Node
      }, visitor.Value && {
        Map: visitor.Value,
        Scalar: visitor.Value,
        Seq: visitor.Value
      }, visitor.Collection && {
        Map: visitor.Collection,
        Seq: visitor.Collection
      }, visitor) : visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor == "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    }
    function replaceNode(key, path, node) {
      let parent = path[path.length - 1];
      if (identity.isCollection(parent))
        parent.items[key] = node;
      else if (identity.isPair(parent))
        key === "key" ? parent.key = node : parent.value = node;
      else if (identity.isDocument(parent))
        parent.contents = node;
      else {
        let pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit4;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity(), visit4 = require_visit(), escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    }, escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null, this.docEnd = !1, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml), this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        let copy = new _Directives(this.yaml, this.tags);
        return copy.docStart = this.docStart, copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        let res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = !0;
            break;
          case "1.2":
            this.atNextDocument = !1, this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            }, this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = !1);
        let parts = line.trim().split(/[ \t]+/), name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
              return !1;
            let [handle2, prefix] = parts;
            return this.tags[handle2] = prefix, !0;
          }
          case "%YAML": {
            if (this.yaml.explicit = !0, parts.length !== 1)
              return onError(0, "%YAML directive should contain exactly one part"), !1;
            let [version] = parts;
            if (version === "1.1" || version === "1.2")
              return this.yaml.version = version, !0;
            {
              let isValid = /^\d+\.\d+$/.test(version);
              return onError(6, `Unsupported YAML version ${version}`, isValid), !1;
            }
          }
          default:
            return onError(0, `Unknown directive ${name}`, !0), !1;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!")
          return onError(`Not a valid tag: ${source}`), null;
        if (source[1] === "<") {
          let verbatim = source.slice(2, -1);
          return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source} is invalid.`), null) : (source[source.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
        }
        let [, handle2, suffix] = source.match(/^(.*!)([^!]*)$/s);
        suffix || onError(`The ${source} tag has no suffix`);
        let prefix = this.tags[handle2];
        if (prefix)
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            return onError(String(error)), null;
          }
        return handle2 === "!" ? source : (onError(`Could not resolve tag: ${source}`), null);
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (let [handle2, prefix] of Object.entries(this.tags))
          if (tag.startsWith(prefix))
            return handle2 + escapeTagName(tag.substring(prefix.length));
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        let lines2 = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          let tags = {};
          visit4.visit(doc.contents, (_key, node) => {
            identity.isNode(node) && node.tag && (tags[node.tag] = !0);
          }), tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (let [handle2, prefix] of tagEntries)
          handle2 === "!!" && prefix === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix))) && lines2.push(`%TAG ${handle2} ${prefix}`);
        return lines2.join(`
`);
      }
    };
    Directives.defaultYaml = { explicit: !1, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity(), visit4 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
        throw new Error(msg);
      }
      return !0;
    }
    function anchorNames(root) {
      let anchors = /* @__PURE__ */ new Set();
      return visit4.visit(root, {
        Value(_key, node) {
          node.anchor && anchors.add(node.anchor);
        }
      }), anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; ; ++i) {
        let name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source), prevAnchors ?? (prevAnchors = anchorNames(doc));
          let anchor = findNewAnchor(prefix, prevAnchors);
          return prevAnchors.add(anchor), anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (let source of aliasObjects) {
            let ref = sourceObjects.get(source);
            if (typeof ref == "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node)))
              ref.node.anchor = ref.anchor;
            else {
              let error = new Error("Failed to resolve repeated object (this should not happen)");
              throw error.source = source, error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k of Array.from(val.keys())) {
            let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
          }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        let data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
          data.res = res2, delete ctx.onCreate;
        };
        let res = value.toJSON(arg, ctx);
        return ctx.onCreate && ctx.onCreate(res), res;
      }
      return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver(), identity = require_identity(), toJS = require_toJS(), NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return this.range && (copy.range = this.range.slice()), copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: !0,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor == "function")
          for (let { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors(), visit4 = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS), this.source = source, Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit4.visit(doc, {
          Node: (_key, node) => {
            (identity.isAlias(node) || identity.hasAnchor(node)) && nodes.push(node);
          }
        }), ctx && (ctx.aliasResolveCache = nodes));
        let found;
        for (let node of nodes) {
          if (node === this)
            break;
          node.anchor === this.source && (found = node);
        }
        if (found && ctx) {
          let { anchors: anchors2, doc: doc2, maxAliasCount } = ctx, data = anchors2.get(found);
          if (data || (toJS.toJS(found, null, ctx), data = anchors2.get(found)), data?.res === void 0) {
            let msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors2)), data.count * data.aliasCount > maxAliasCount)) {
            let msg = "Excessive alias count indicates a resource exhaustion attack";
            throw new ReferenceError(msg);
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        let source = this.resolve(ctx.doc, ctx);
        if (!source) {
          let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        let src = `*${this.source}`;
        if (ctx) {
          if (anchors.anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        let source = node.resolve(doc), anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (let item of node.items) {
          let c = getAliasCount(doc, item, anchors2);
          c > count2 && (count2 = c);
        }
        return count2;
      } else if (identity.isPair(node)) {
        let kc = getAliasCount(doc, node.key, anchors2), vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity(), Node = require_Node(), toJS = require_toJS(), isScalarValue = (value) => !value || typeof value != "function" && typeof value != "object", Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), Scalar = require_Scalar(), defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        let match = tags.filter((t) => t.tag === tagName), tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value) && (value = value.contents), identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        let map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        return map.items.push(value), map;
      }
      (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
      let { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx, ref;
      if (aliasDuplicateObjects && value && typeof value == "object") {
        if (ref = sourceObjects.get(value), ref)
          return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias.Alias(ref.anchor);
        ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
      }
      tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
          let node2 = new Scalar.Scalar(value);
          return ref && (ref.node = node2), node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      return tagName ? node.tag = tagName : tagObj.default || (node.tag = tagObj.tag), ref && (ref.node = node), node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode(), identity = require_identity(), Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        let k = path[i];
        if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else
          v = /* @__PURE__ */ new Map([[k, v]]);
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: !1,
        keepUndefined: !1,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path == "object" && !!path[Symbol.iterator]().next().done, Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type), Object.defineProperty(this, "schema", {
          value: schema,
          configurable: !0,
          enumerable: !1,
          writable: !0
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return schema && (copy.schema = schema), copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          let [key, ...rest] = path, node = this.get(key, !0);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        let node = this.get(key, !0);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        let [key, ...rest] = path, node = this.get(key, !0);
        return rest.length === 0 ? !keepScalar && identity.isScalar(node) ? node.value : node : identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return !1;
          let n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        let node = this.get(key, !0);
        return identity.isCollection(node) ? node.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          this.set(key, value);
        else {
          let node = this.get(key, !0);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      return /^\n+$/.test(comment) ? comment.substring(1) : indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith(`
`) ? indentComment(comment, indent) : comment.includes(`
`) ? `
` + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text2, i, indent.length), i !== -1 && (end = i + endStep));
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === `
`)
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text2, i, indent.length)), end = i + indent.length + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text2[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text2[i += 1], overflow = !0;
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text2;
      onFold && onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold = folds[i2], end2 = folds[i2 + 1] || text2.length;
        fold === 0 ? res = `
${indent}${text2.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text2[fold]}\\`), res += `
${indent}${text2.slice(fold + 1, end2)}`);
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i, start = i + 1, ch = text2[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent)
          ch = text2[++i];
        else {
          do
            ch = text2[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text2[start];
        }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), foldFlowLines = require_foldFlowLines(), getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return !1;
      let limit = lineWidth - indentLength, strLen = str.length;
      if (strLen <= limit)
        return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str[i] === `
`) {
          if (i - start > limit)
            return !0;
          if (start = i + 1, strLen - start <= limit)
            return !1;
        }
      return !0;
    }
    function doubleQuotedString(value, ctx) {
      let json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str = "", start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i])
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n" && (str += json.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                let code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    code2.substr(0, 2) === "00" ? str += "\\x" + code2.substr(2) : str += json.substr(i, 6);
                }
                i += 5, start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength)
                i += 1;
              else {
                for (str += json.slice(start, i) + `

`; json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"'; )
                  str += `
`, i += 2;
                str += indent, json[i + 2] === " " && (str += "\\"), i += 1, start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      return str = start ? str + json.slice(start) : json, implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, !1));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === !1 || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function quotedString(value, ctx) {
      let { singleQuote: singleQuote2 } = ctx.options, qs;
      if (singleQuote2 === !1)
        qs = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote2 ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      let { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value))
        return quotedString(value, ctx);
      let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal = blockQuote === "literal" ? !0 : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? !1 : type === Scalar.Scalar.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? `|
` : `>
`;
      let chomp, endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        let ch = value[endStart - 1];
        if (ch !== `
` && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
      endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent}`));
      let startWithSpace = !1, startEnd, startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        let ch = value[startEnd];
        if (ch === " ")
          startWithSpace = !0;
        else if (ch === `
`)
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent}`));
      let header2 = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
      if (comment && (header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal) {
        let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`), literalFallback = !1, foldOptions = getFoldOptions(ctx, !0);
        blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
          literalFallback = !0;
        });
        let body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header2}
${indent}${body}`;
      }
      return value = value.replace(/\n+/g, `$&${indent}`), `|${header2}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      let { type, value } = item, { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
        return quotedString(value, ctx);
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes(`
`))
        return blockString(item, ctx, onComment, onChompKeep);
      if (containsDocumentMarker(value)) {
        if (indent === "")
          return ctx.forceBlockIndent = !0, blockString(item, ctx, onComment, onChompKeep);
        if (implicitKey && indent === indentStep)
          return quotedString(value, ctx);
      }
      let str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      let { implicitKey, inFlow } = ctx, ss = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type } = item;
      type !== Scalar.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type = Scalar.Scalar.QUOTE_DOUBLE);
      let _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, res = _stringify(type);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t), res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors(), identity = require_identity(), stringifyComment = require_stringifyComment(), stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      let opt = Object.assign({
        blockQuote: !0,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: "true",
        verifyAliasOrder: !0
      }, doc.schema.toStringOptions, options), inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = !1;
          break;
        case "flow":
          inFlow = !0;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        let match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          let testMatch = match.filter((t) => t.test);
          testMatch.length > 0 && (match = testMatch);
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else
        obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      if (!tagObj) {
        let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      let props = [], anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      anchor && anchors.anchorIsValid(anchor) && (anchors$1.add(anchor), props.push(`&${anchor}`));
      let tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      return tag && props.push(doc.directives.tagString(tag)), props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
      }
      let tagObj, node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      let props = stringifyProps(node, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
      let str = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}` : str;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), stringify2 = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: !1,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = !1, chompKeep = !1, str = stringify2.stringify(key, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = !0;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str === "" ? "?" : explicitKey ? `? ${str}` : str;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str = `? ${str}`, keyComment && !keyCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))), str = `? ${str}
${indent}:`) : (str = `${str}:`, keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = !1, valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
      if (keyComment || vsb || vcb) {
        if (ws = vsb ? `
` : "", vcb) {
          let cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
${ctx.indent}`;
      } else if (!explicitKey && identity.isCollection(value)) {
        let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = !1;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = !0);
          }
          hasPropsLine || (ws = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
      return str += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      logLevel === "debug" && console.log(...messages);
    }
    function warn(logLevel, warning) {
      (logLevel === "debug" || logLevel === "warn") && (typeof node_process.emitWarning == "function" ? node_process.emitWarning(warning) : console.warn(warning));
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), MERGE_KEY = "<<", merge = {
      identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    }, isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (let it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (let it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source.toJSON(null, ctx, Map);
      for (let [key, value2] of srcMap)
        map instanceof Map ? map.has(key) || map.set(key, value2) : map instanceof Set ? map.add(key) : Object.prototype.hasOwnProperty.call(map, key) || Object.defineProperty(map, key, {
          value: value2,
          writable: !0,
          enumerable: !0,
          configurable: !0
        });
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log(), merge = require_merge(), stringify2 = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        let jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map)
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map instanceof Set)
          map.add(jsKey);
        else {
          let stringKey = stringifyKey(key, jsKey, ctx), jsValue = toJS.toJS(value, stringKey, ctx);
          stringKey in map ? Object.defineProperty(map, stringKey, {
            value: jsValue,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }) : map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        let strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode(), stringifyPair = require_stringifyPair(), addPairToJSMap = require_addPairToJSMap(), identity = require_identity();
    function createPair(key, value, ctx) {
      let k = createNode.createNode(key, void 0, ctx), v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key, this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        return identity.isNode(key) && (key = key.clone(schema)), identity.isNode(value) && (value = value.clone(schema)), new _Pair(key, value);
      }
      toJSON(_, ctx) {
        let pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity(), stringify2 = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      let { indent, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = !1, lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment2 = null;
        if (identity.isNode(item))
          !chompKeep && item.spaceBefore && lines2.push(""), addCommentBefore(ctx, lines2, item.commentBefore, chompKeep), item.comment && (comment2 = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (!chompKeep && ik.spaceBefore && lines2.push(""), addCommentBefore(ctx, lines2, ik.commentBefore, chompKeep));
        }
        chompKeep = !1;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = !0);
        comment2 && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = !1), lines2.push(blockItemPrefix + str2);
      }
      let str;
      if (lines2.length === 0)
        str = flowChars.start + flowChars.end;
      else {
        str = lines2[0];
        for (let i = 1; i < lines2.length; ++i) {
          let line = lines2[i];
          str += line ? `
${indent}${line}` : `
`;
        }
      }
      return comment ? (str += `
` + stringifyComment.indentComment(commentString(comment), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      let { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      let itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: !0,
        type: null
      }), reqNewline = !1, linesAtValue = 0, lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment = null;
        if (identity.isNode(item))
          item.spaceBefore && lines2.push(""), addCommentBefore(ctx, lines2, item.commentBefore, !1), item.comment && (comment = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (ik.spaceBefore && lines2.push(""), addCommentBefore(ctx, lines2, ik.commentBefore, !1), ik.comment && (reqNewline = !0));
          let iv = identity.isNode(item.value) ? item.value : null;
          iv ? (iv.comment && (comment = iv.comment), iv.commentBefore && (reqNewline = !0)) : item.value == null && ik?.comment && (comment = ik.comment);
        }
        comment && (reqNewline = !0);
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines2.length > linesAtValue || str.includes(`
`)), i < items.length - 1 ? str += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines2.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth)), reqNewline && (str += ",")), comment && (str += stringifyComment.lineComment(str, itemIndent, commentString(comment))), lines2.push(str), linesAtValue = lines2.length;
      }
      let { start, end } = flowChars;
      if (lines2.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines2.reduce((sum, line) => sum + line.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str = start;
        for (let line of lines2)
          str += line ? `
${indentStep}${indent}${line}` : `
`;
        return `${str}
${indent}${end}`;
      } else
        return `${start}${fcPadding}${lines2.join(" ")}${fcPadding}${end}`;
    }
    function addCommentBefore({ indent, options: { commentString } }, lines2, comment, chompKeep) {
      if (comment && chompKeep && (comment = comment.replace(/^\n+/, "")), comment) {
        let ic = stringifyComment.indentComment(commentString(comment), indent);
        lines2.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection(), addPairToJSMap = require_addPairToJSMap(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar();
    function findPair(items, key) {
      let k = identity.isScalar(key) ? key.value : key;
      for (let it of items)
        if (identity.isPair(it) && (it.key === key || it.key === k || identity.isScalar(it.key) && it.key.value === k))
          return it;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema), this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        let { keepUndefined, replacer } = ctx, map = new this(schema), add = (key, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          (value !== void 0 || keepUndefined) && map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map)
          for (let [key, value] of obj)
            add(key, value);
        else if (obj && typeof obj == "object")
          for (let key of Object.keys(obj))
            add(key, obj[key]);
        return typeof schema.sortMapEntries == "function" && map.items.sort(schema.sortMapEntries), map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        identity.isPair(pair) ? _pair = pair : !pair || typeof pair != "object" || !("key" in pair) ? _pair = new Pair.Pair(pair, pair?.value) : _pair = new Pair.Pair(pair.key, pair.value);
        let prev = findPair(this.items, _pair.key), sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
        } else if (sortEntries) {
          let i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
        } else
          this.items.push(_pair);
      }
      delete(key) {
        let it = findPair(this.items, key);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
      }
      get(key, keepScalar) {
        let node = findPair(this.items, key)?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), !0);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        let map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx?.onCreate && ctx.onCreate(map);
        for (let item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (let item of this.items)
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        return !ctx.allNullValues && this.hasAllNullValues(!1) && (ctx = Object.assign({}, ctx, { allNullValues: !0 })), stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity(), YAMLMap = require_YAMLMap(), map = {
      collection: "map",
      default: !0,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        return identity.isMap(map2) || onError("Expected a mapping for this tag"), map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode(), stringifyCollection = require_stringifyCollection(), Collection = require_Collection(), identity = require_identity(), Scalar = require_Scalar(), toJS = require_toJS(), YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema), this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        let idx = asItemIndex(key);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key, keepScalar) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          return;
        let it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        let idx = asItemIndex(key);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_, ctx) {
        let seq = [];
        ctx?.onCreate && ctx.onCreate(seq);
        let i = 0;
        for (let item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        }) : JSON.stringify(this);
      }
      static from(schema, obj, ctx) {
        let { replacer } = ctx, seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer == "function") {
              let key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity(), YAMLSeq = require_YAMLSeq(), seq = {
      collection: "seq",
      default: !0,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        return identity.isSeq(seq2) || onError("Expected a sequence for this tag"), seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString(), string = {
      identify: (value) => typeof value == "string",
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({ actualString: !0 }, ctx), stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source == "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), boolTag = {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          let sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num = typeof value == "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; )
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str)), dot = str.indexOf(".");
        return dot !== -1 && str[str.length - 1] === "0" && (node.minFractionDigits = str.length - dot - 1), node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      let { value } = node;
      return intIdentify(value) && value >= 0 ? prefix + value.toString(radix) : stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), map = require_map(), seq = require_seq();
    function intIdentify(value) {
      return typeof value == "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value), jsonScalars = [
      {
        identify: (value) => typeof value == "string",
        default: !0,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: !0,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value == "boolean",
        default: !0,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: !0,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value == "number",
        default: !0,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ], jsonError = {
      default: !0,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str)}`), str;
      }
    }, schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = __require("buffer"), Scalar = require_Scalar(), stringifyString = require_stringifyString(), binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: !1,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer == "function")
          return node_buffer.Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str;
        if (typeof node_buffer.Buffer == "function")
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type ?? (type = Scalar.Scalar.BLOCK_LITERAL), type !== Scalar.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str.length / lineWidth), lines2 = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines2[i] = str.substr(o, lineWidth);
          str = lines2.join(type === Scalar.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq))
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (!identity.isPair(item)) {
            if (identity.isMap(item)) {
              item.items.length > 1 && onError("Each pair must have its own sequence indicator");
              let pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore && (pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore), item.comment) {
                let cn = pair.value ?? pair.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        }
      else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      let { replacer } = ctx, pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
          let key, value;
          if (Array.isArray(it))
            if (it.length === 2)
              key = it[0], value = it[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          else if (it && it instanceof Object) {
            let keys = Object.keys(it);
            if (keys.length === 1)
              key = keys[0], value = it[key];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key = it;
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: !1,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity(), toJS = require_toJS(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), pairs = require_pairs(), YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super(), this.add = YAMLMap.YAMLMap.prototype.add.bind(this), this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this), this.get = YAMLMap.YAMLMap.prototype.get.bind(this), this.has = YAMLMap.YAMLMap.prototype.has.bind(this), this.set = YAMLMap.YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        let map = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map);
        for (let pair of this.items) {
          let key, value;
          if (identity.isPair(pair) ? (key = toJS.toJS(pair.key, "", ctx), value = toJS.toJS(pair.value, key, ctx)) : key = toJS.toJS(pair, "", ctx), map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        let pairs$1 = pairs.createPairs(schema, iterable, ctx), omap2 = new this();
        return omap2.items = pairs$1.items, omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: !1,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        let pairs$1 = pairs.resolvePairs(seq, onError), seenKeys = [];
        for (let { key } of pairs$1.items)
          identity.isScalar(key) && (seenKeys.includes(key.value) ? onError(`Ordered maps must not include duplicate keys: ${key.value}`) : seenKeys.push(key.value));
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      return source && (value ? trueTag : falseTag).test.test(source) ? source : value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === !0,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(!0),
      stringify: boolStringify
    }, falseTag = {
      identify: (value) => value === !1,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(!1),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str.replace(/_/g, ""))), dot = str.indexOf(".");
        if (dot !== -1) {
          let f = str.substring(dot + 1).replace(/_/g, "");
          f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      let sign2 = str[0];
      if ((sign2 === "-" || sign2 === "+") && (offset += 1), str = str.substring(offset).replace(/_/g, ""), intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        let n2 = BigInt(str);
        return sign2 === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str, radix);
      return sign2 === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      let { value } = node;
      if (intIdentify(value)) {
        let str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    }, intOct = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema), this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        identity.isPair(key) ? pair = key : key && typeof key == "object" && "key" in key && "value" in key && key.value === null ? pair = new Pair.Pair(key.key, null) : pair = new Pair.Pair(key, null), YAMLMap.findPair(this.items, pair.key) || this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        let pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap.findPair(this.items, key);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(!0))
          return super.toString(Object.assign({}, ctx, { allNullValues: !0 }), onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        let { replacer } = ctx, set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable)
            typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set2.items.push(Pair.createPair(value, null, ctx));
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: !1,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(!0))
            return Object.assign(new YAMLSet(), map);
          onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      let sign2 = str[0], parts = sign2 === "-" || sign2 === "+" ? str.substring(1) : str, num = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign2 === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node, num = (n) => n;
      if (typeof value == "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign2 = "";
      value < 0 && (sign2 = "-", value *= num(-1));
      let _60 = num(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign2 + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value == "bigint" || Number.isInteger(value),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, !1),
      stringify: stringifySexagesimal
    }, timestamp = {
      identify: (value) => value instanceof Date,
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        let match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        let [, year, month, day, hour, minute, second] = match.map(Number), millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0, date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec), tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, !1);
          Math.abs(d) < 30 && (d *= 60), date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), binary = require_binary(), bool = require_bool2(), float = require_float2(), int = require_int2(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), set = require_set(), timestamp = require_timestamp(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = require_schema(), schema$1 = require_schema2(), binary = require_binary(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), schema$2 = require_schema3(), set = require_set(), timestamp = require_timestamp(), schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]), tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      let tags = schemaTags;
      if (!tags)
        if (Array.isArray(customTags))
          tags = [];
        else {
          let keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity(), map = require_map(), seq = require_seq(), string = require_string(), tags = require_tags(), sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema == "string" && schema || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map.map }), Object.defineProperty(this, identity.SCALAR, { value: string.string }), Object.defineProperty(this, identity.SEQ, { value: seq.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
      }
      clone() {
        let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        return copy.tags = this.tags.slice(), copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity(), stringify2 = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      let lines2 = [], hasDirectives = options.directives === !0;
      if (options.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines2.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines2.push("---");
      let ctx = stringify2.createStringifyContext(doc, options), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines2.length !== 1 && lines2.unshift("");
        let cs = commentString(doc.commentBefore);
        lines2.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = !1, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines2.push(""), doc.contents.commentBefore) {
            let cs = commentString(doc.contents.commentBefore);
            lines2.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines2[lines2.length - 1] === "---" ? lines2[lines2.length - 1] = `--- ${body}` : lines2.push(body);
      } else
        lines2.push(stringify2.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs = commentString(doc.comment);
          cs.includes(`
`) ? (lines2.push("..."), lines2.push(stringifyComment.indentComment(cs, ""))) : lines2.push(`... ${cs}`);
        } else
          lines2.push("...");
      else {
        let dc = doc.comment;
        dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines2[lines2.length - 1] !== "" && lines2.push(""), lines2.push(stringifyComment.indentComment(commentString(dc), "")));
      }
      return lines2.join(`
`) + `
`;
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), toJS = require_toJS(), Schema = require_Schema(), stringifyDocument = require_stringifyDocument(), anchors = require_anchors(), applyReviver = require_applyReviver(), createNode = require_createNode(), directives = require_directives(), Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer, replacer = void 0);
        let opt = Object.assign({
          intAsBigInt: !1,
          keepSourceTokens: !1,
          logLevel: "warn",
          prettyErrors: !0,
          strict: !0,
          stringKeys: !1,
          uniqueKeys: !0,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        options?._directives ? (this.directives = options._directives.atDocument(), this.directives.yaml.explicit && (version = this.directives.yaml.version)) : this.directives = new directives.Directives({ version }), this.setSchema(version, options), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        let copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
      }
      /** Adds a value to the document. */
      add(value) {
        assertCollection(this.contents) && this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        assertCollection(this.contents) && this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          let prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer;
        if (typeof replacer == "function")
          value = replacer.call({ "": value }, "", value), _replacer = replacer;
        else if (Array.isArray(replacer)) {
          let keyToStr = (v) => typeof v == "number" || v instanceof String || v instanceof Number, asStr = replacer.filter(keyToStr).map(String);
          asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
        } else options === void 0 && replacer && (options = replacer, replacer = void 0);
        let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {}, { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        ), ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? !0,
          keepUndefined: keepUndefined ?? !1,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        }, node = createNode.createNode(value, tag, ctx);
        return flow && identity.isCollection(node) && (node.flow = !0), setAnchors(), node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        let k = this.createNode(key, null, options), v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : !1;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        return Collection.isEmptyPath(path) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path) : !1;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        return Collection.isEmptyPath(path) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : !1;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        return Collection.isEmptyPath(path) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path) : !1;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, [key], value) : assertCollection(this.contents) && this.contents.set(key, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        Collection.isEmptyPath(path) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value) : assertCollection(this.contents) && this.contents.setIn(path, value);
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        typeof version == "number" && (version = String(version));
        let opt;
        switch (version) {
          case "1.1":
            this.directives ? this.directives.yaml.version = "1.1" : this.directives = new directives.Directives({ version: "1.1" }), opt = { resolveKnownTags: !1, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            this.directives ? this.directives.yaml.version = version : this.directives = new directives.Directives({ version }), opt = { resolveKnownTags: !0, schema: "core" };
            break;
          case null:
            this.directives && delete this.directives, opt = null;
            break;
          default: {
            let sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error("With a null YAML version, the { schema: Schema } option is required");
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor == "function")
          for (let { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: !0, jsonArg, mapAsMap: !1, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          let s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return !0;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super(), this.name = name, this.code = code2, this.message = message, this.pos = pos;
      }
    }, YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    }, YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    }, prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      let { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1, lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        let trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart), ci -= trimStart - 1;
      }
      if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "…"), line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        prev.length > 80 && (prev = prev.substring(0, 79) + `…
`), lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1, end = error.linePos[1];
        end?.line === line && end.col > col && (count2 = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = !1, atNewline = startOnNewline, hasSpace = startOnNewline, comment = "", commentSep = "", hasNewline = !1, reqSpace = !1, tab = null, anchor = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
      for (let token of tokens)
        switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = !1), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
          case "space":
            !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = !0;
            break;
          case "comment": {
            hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            let cb = token.source.substring(1) || " ";
            comment ? comment += commentSep + cb : comment = cb, commentSep = "", atNewline = !1;
            break;
          }
          case "newline":
            atNewline ? comment ? comment += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = !0) : commentSep += token.source, atNewline = !0, hasNewline = !0, (anchor || tag) && (newlineAfterProp = token), hasSpace = !0;
            break;
          case "anchor":
            anchor && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", !0), anchor = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          case "tag": {
            tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          }
          case indicator:
            (anchor || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = !1;
            break;
          case "comma":
            if (flow) {
              comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = !1, hasSpace = !1;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = !1, hasSpace = !1;
        }
      let last = tokens[tokens.length - 1], end = last ? last.offset + last.source.length : offset;
      return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes(`
`))
            return !0;
          if (key.end) {
            for (let st of key.end)
              if (st.type === "newline")
                return !0;
          }
          return !1;
        case "flow-collection":
          for (let it of key.items) {
            for (let st of it.start)
              if (st.type === "newline")
                return !0;
            if (it.sep) {
              for (let st of it.sep)
                if (st.type === "newline")
                  return !0;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return !0;
          }
          return !1;
        default:
          return !0;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        let end = fc.end[0];
        end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", !0);
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      let { uniqueKeys } = ctx.options;
      if (uniqueKeys === !1)
        return !1;
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair(), YAMLMap = require_YAMLMap(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilFlowIndentCheck = require_util_flow_indent_check(), utilMapIncludes = require_util_map_includes(), startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap, map = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1);
      let offset = bm.offset, commentEnd = null;
      for (let collItem of bm.items) {
        let { start, key, sep: sep2, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: !0
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key && (key.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key && key.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end, keyProps.comment && (map.comment ? map.comment += `
` + keyProps.comment : map.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) && onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = !0;
        let keyStart = keyProps.end, keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError), ctx.atKey = !1, utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        if (offset = valueProps.end, valueProps.found) {
          implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
          let pair = new Pair.Pair(keyNode, valueNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        } else {
          implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        }
      }
      return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map.range = [bm.offset, offset, commentEnd ?? offset], map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq(), resolveProps = require_resolve_props(), utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq, seq = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = bs.offset, commentEnd = null;
      for (let { start, value } of bs.items) {
        let props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: !0
        });
        if (!props.found)
          if (props.anchor || props.tag || value)
            value?.type === "block-seq" ? onError(props.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          else {
            commentEnd = props.end, props.comment && (seq.comment = props.comment);
            continue;
          }
        let node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError), offset = node.range[2], seq.items.push(node);
      }
      return seq.range = [bs.offset, offset, commentEnd ?? offset], seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = !1, sep2 = "";
        for (let token of end) {
          let { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = !0;
              break;
            case "comment": {
              reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              let cb = source.substring(1) || " ";
              comment ? comment += sep2 + cb : comment = cb, sep2 = "";
              break;
            }
            case "newline":
              comment && (sep2 += source), hasSpace = !0;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilMapIncludes = require_util_map_includes(), blockMsg = "Block collections are not allowed within flow collections", isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      let isMap2 = fc.start.source === "{", fcName = isMap2 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = !0;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key, sep: sep2, value } = collItem, props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: !1
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            i === 0 && props.comma ? onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props.comment && (coll.comment ? coll.comment += `
` + props.comment : coll.comment = props.comment), offset = props.end;
            continue;
          }
          !isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key) && onError(
            key,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
          let prevItemComment = "";
          loop: for (let st of start)
            switch (st.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st.source.substring(1);
                break loop;
              default:
                break loop;
            }
          if (prevItemComment) {
            let prev = coll.items[coll.items.length - 1];
            identity.isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props.comment = props.comment.substring(prevItemComment.length + 1);
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          let valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = !0;
          let keyStart = props.end, keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          isBlock(key) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
          let valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: !1
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (let st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              props.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens && (pair.srcToken = collItem), isMap2) {
            let map = coll;
            utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map.items.push(pair);
          } else {
            let map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = !0, map.items.push(pair);
            let endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      let expectedEnd = isMap2 ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
      }
      if (ee.length > 0) {
        let end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
      } else
        coll.range = [fc.offset, cePos, cePos];
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveBlockMap = require_resolve_block_map(), resolveBlockSeq = require_resolve_block_seq(), resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      let coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag), Coll = coll.constructor;
      return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
    }
    function composeCollection(CN, ctx, token, props, onError) {
      let tagToken = props.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      if (token.type === "block-seq") {
        let { anchor, newlineAfterProp: nl } = props, lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
      }
      let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq")
        return resolveCollection(CN, ctx, token, onError, tagName);
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        let kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt, { default: !1 })), tag = kt;
        else
          return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN, ctx, token, onError, tagName);
      }
      let coll = resolveCollection(CN, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      return node.range = coll.range, node.tag = tagName, tag?.format && (node.format = tag.format), node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      let start = scalar.offset, header2 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      let type = header2.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL, lines2 = scalar.source ? splitLines(scalar.source) : [], chompStart = lines2.length;
      for (let i = lines2.length - 1; i >= 0; --i) {
        let content = lines2[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        let value2 = header2.chomp === "+" && lines2.length > 0 ? `
`.repeat(Math.max(1, lines2.length - 1)) : "", end2 = start + header2.length;
        return scalar.source && (end2 += scalar.source.length), { value: value2, type, comment: header2.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header2.indent, offset = scalar.offset + header2.length, contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        let [indent, content] = lines2[i];
        if (content === "" || content === "\r")
          header2.indent === 0 && indent.length > trimIndent && (trimIndent = indent.length);
        else {
          indent.length < trimIndent && onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header2.indent === 0 && (trimIndent = indent.length), contentStart = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines2.length - 1; i >= chompStart; --i)
        lines2[i][0].length > trimIndent && (chompStart = i + 1);
      let value = "", sep2 = "", prevMoreIndented = !1;
      for (let i = 0; i < contentStart; ++i)
        value += lines2[i][0].slice(trimIndent) + `
`;
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines2[i];
        offset += indent.length + content.length + 1;
        let crlf = content[content.length - 1] === "\r";
        if (crlf && (content = content.slice(0, -1)), content && indent.length < trimIndent) {
          let message = `Block scalar lines must not be less indented than their ${header2.indent ? "explicit indentation indicator" : "first line"}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message), indent = "";
        }
        type === Scalar.Scalar.BLOCK_LITERAL ? (value += sep2 + indent.slice(trimIndent) + content, sep2 = `
`) : indent.length > trimIndent || content[0] === "	" ? (sep2 === " " ? sep2 = `
` : !prevMoreIndented && sep2 === `
` && (sep2 = `

`), value += sep2 + indent.slice(trimIndent) + content, sep2 = `
`, prevMoreIndented = !0) : content === "" ? sep2 === `
` ? value += `
` : sep2 = `
` : (value += sep2 + content, sep2 = " ", prevMoreIndented = !1);
      }
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines2.length; ++i)
            value += `
` + lines2[i][0].slice(trimIndent);
          value[value.length - 1] !== `
` && (value += `
`);
          break;
        default:
          value += `
`;
      }
      let end = start + header2.length + scalar.source.length;
      return { value, type, comment: header2.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header")
        return onError(props[0], "IMPOSSIBLE", "Block scalar header not found"), null;
      let { source } = props[0], mode = source[0], indent = 0, chomp = "", error = -1;
      for (let i = 1; i < source.length; ++i) {
        let ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          let n = Number(ch);
          !indent && n ? indent = n : error === -1 && (error = offset + i);
        }
      }
      error !== -1 && onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = !1, comment = "", length = source.length;
      for (let i = 1; i < props.length; ++i) {
        let token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = !0;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            strict && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            let message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            let ts = token.source;
            ts && typeof ts == "string" && (length += ts.length);
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      let split = source.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines2 = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
      for (let i = 1; i < split.length; i += 2)
        lines2.push([split[i], split[i + 1]]);
      return lines2;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      let { offset, type, source, end } = scalar, _type, value, _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN, value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE, value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`), {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      return (source[source.length - 1] !== "'" || source.length === 1) && onError(source.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      let line = /(.*?)\r?\n/sy, match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, ""), sep2 = " ", pos = line.lastIndex;
      for (; match = line.exec(source); ) {
        let lm = match[1].replace(trimBoth, "");
        lm === "" ? sep2 === `
` ? res += sep2 : sep2 = `
` : (res += sep2 + lm, sep2 = " "), pos = line.lastIndex;
      }
      let last = /[ \t]*(.*)/sy;
      return last.lastIndex = pos, match = last.exec(source), res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        let ch = source[i];
        if (!(ch === "\r" && source[i + 1] === `
`))
          if (ch === `
`) {
            let { fold, offset } = foldNewline(source, i);
            res += fold, i = offset;
          } else if (ch === "\\") {
            let next = source[++i], cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === `
`)
              for (next = source[i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "\r" && source[i + 1] === `
`)
              for (next = source[++i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "x" || next === "u" || next === "U") {
              let length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError), i += length;
            } else {
              let raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
            }
          } else if (ch === " " || ch === "	") {
            let wsStart = i, next = source[i + 1];
            for (; next === " " || next === "	"; )
              next = source[++i + 1];
            next !== `
` && !(next === "\r" && source[i + 2] === `
`) && (res += i > wsStart ? source.slice(wsStart, i + 1) : ch);
          } else
            res += ch;
      }
      return (source[source.length - 1] !== '"' || source.length === 1) && onError(source.length, "MISSING_CHAR", 'Missing closing "quote'), res;
    }
    function foldNewline(source, offset) {
      let fold = "", ch = source[offset + 1];
      for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source[offset + 2] !== `
`); )
        ch === `
` && (fold += `
`), offset += 1, ch = source[offset + 1];
      return fold || (fold = " "), { fold, offset };
    }
    var escapeCodes = {
      0: "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: `
`,
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      let cc = source.substr(offset, length), code2 = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        let raw = source.substr(offset - 2, length + 2);
        return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      let { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
      ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[identity.SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        let msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar.Scalar(value);
      }
      return scalar.range = range, scalar.source = value, type && (scalar.type = type), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment && (scalar.comment = comment), scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      let matchWithTest = [];
      for (let tag of schema.tags)
        if (!tag.collection && tag.tag === tagName)
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
      for (let tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      let kt = schema.knownTags[tagName];
      return kt && !kt.collection ? (schema.tags.push(Object.assign({}, kt, { default: !1, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema[identity.SCALAR]);
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      let tag = schema.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        let compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, !0);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          for (st = before[++i]; st?.type === "space"; )
            offset += st.source.length, st = before[++i];
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), composeCollection = require_compose_collection(), composeScalar = require_compose_scalar(), resolveEnd = require_resolve_end(), utilEmptyScalarPosition = require_util_empty_scalar_position(), CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      let atKey = ctx.atKey, { spaceBefore, comment, anchor, tag } = props, node, isSrcToken = !0;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError), (anchor || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError), anchor && (node.anchor = anchor.source.substring(1));
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError), anchor && (node.anchor = anchor.source.substring(1));
          } catch (error) {
            let message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          let message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message), isSrcToken = !1;
        }
      }
      return node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError)), anchor && node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value != "string" || node.tag && node.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node.spaceBefore = !0), comment && (token.type === "scalar" && token.source === "" ? node.comment = comment : node.commentBefore = comment), ctx.options.keepSourceTokens && isSrcToken && (node.srcToken = token), node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      let token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      }, node = composeScalar.composeScalar(ctx, token, tag, onError);
      return anchor && (node.anchor = anchor.source.substring(1), node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node.spaceBefore = !0), comment && (node.comment = comment, node.range[2] = end), node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      let alias = new Alias.Alias(source.substring(1));
      alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", !0);
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      return alias.range = [offset, valueEnd, re.offset], re.comment && (alias.comment = re.comment), alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document(), composeNode = require_compose_node(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      let opts = Object.assign({ _directives: directives }, options), doc = new Document.Document(void 0, opts), ctx = {
        atKey: !1,
        atRoot: !0,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      }, props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: !0
      });
      props.found && (doc.directives.docStart = !0, value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline && onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      let contentEnd = doc.contents.range[2], re = resolveEnd.resolveEnd(end, contentEnd, !1, onError);
      return re.comment && (doc.comment = re.comment), doc.range = [offset, contentEnd, re.offset], doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = __require("process"), directives = require_directives(), Document = require_Document(), errors = require_errors(), identity = require_identity(), composeDoc = require_compose_doc(), resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src == "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      let { offset, source } = src;
      return [offset, offset + (typeof source == "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "", atComment = !1, afterEmptyLine = !1;
      for (let i = 0; i < prelude.length; ++i) {
        let source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? `

` : `
`) + (source.substring(1) || " "), atComment = !0, afterEmptyLine = !1;
            break;
          case "%":
            prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = !1;
            break;
          default:
            atComment || (afterEmptyLine = !0), atComment = !1;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null, this.atDirectives = !1, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source, code2, message, warning) => {
          let pos = getErrorPos(source);
          warning ? this.warnings.push(new errors.YAMLWarning(pos, code2, message)) : this.errors.push(new errors.YAMLParseError(pos, code2, message));
        }, this.directives = new directives.Directives({ version: options.version || "1.2" }), this.options = options;
      }
      decorate(doc, afterDoc) {
        let { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          let dc = doc.contents;
          if (afterDoc)
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          else if (afterEmptyLine || doc.directives.docStart || !dc)
            doc.commentBefore = comment;
          else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            identity.isPair(it) && (it = it.key);
            let cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            let cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else
          doc.errors = this.errors, doc.warnings = this.warnings;
        this.prelude = [], this.errors = [], this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = !1, endOffset = -1) {
        for (let token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (node_process.env.LOG_STREAM && console.dir(token, { depth: null }), token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              let pos = getErrorPos(token);
              pos[0] += offset, this.onError(pos, "BAD_DIRECTIVE", message, warning);
            }), this.prelude.push(token.source), this.atDirectives = !0;
            break;
          case "document": {
            let doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, !1), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = !1;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            this.atDirectives || !this.doc ? this.errors.push(error) : this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              let msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = !0;
            let end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            if (this.decorate(this.doc, !0), end.comment) {
              let dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = !1, endOffset = -1) {
        if (this.doc)
          this.decorate(this.doc, !0), yield this.doc, this.doc = null;
        else if (forceDoc) {
          let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document.Document(void 0, opts);
          this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, !1), yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar(), errors = require_errors(), stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = !0, onError) {
      if (token) {
        let _onError = (pos, code2, message) => {
          let offset = typeof pos == "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      let { implicitKey = !1, indent, inFlow = !1, offset = -1, type = "PLAIN" } = context, source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      }), end = context.end ?? [
        { type: "newline", offset: -1, indent, source: `
` }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`, props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          return addEndtoBlockProps(props, end) || props.push({ type: "newline", offset: -1, indent, source: `
` }), { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = !1, implicitKey = !1, inFlow = !1, type } = context, indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent == "number" && (indent += 2), !type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            let header2 = token.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      let source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`;
      if (token.type === "block-scalar") {
        let header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head, token.source = body;
      } else {
        let { offset } = token, indent = "indent" in token ? token.indent : -1, props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        addEndtoBlockProps(props, "end" in token ? token.end : void 0) || props.push({ type: "newline", offset: -1, indent, source: `
` });
        for (let key of Object.keys(token))
          key !== "type" && key !== "offset" && delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (let st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              return props.push(st), !0;
          }
      return !1;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type, token.source = source;
          break;
        case "block-scalar": {
          let end = token.props.slice(1), oa = source.length;
          token.props[0].type === "block-scalar-header" && (oa -= token.props[0].source.length);
          for (let tok of end)
            tok.offset += oa;
          delete token.props, Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          let nl = { type: "newline", offset: token.offset + source.length, indent: token.indent, source: `
` };
          delete token.items, Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          let indent = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (let key of Object.keys(token))
            key !== "type" && key !== "offset" && delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (let tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (let item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (let item of token.items)
            res += stringifyItem(item);
          for (let st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (let st of start)
        res += st.source;
      if (key && (res += stringifyToken(key)), sep2)
        for (let st of sep2)
          res += st.source;
      return value && (res += stringifyToken(value)), res;
    }
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit4(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    visit4.BREAK = BREAK;
    visit4.SKIP = SKIP;
    visit4.REMOVE = REMOVE;
    visit4.itemAtPath = (cst, path) => {
      let item = cst;
      for (let [field, index] of path) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit4.parentCollection = (cst, path) => {
      let parent = visit4.itemAtPath(cst, path.slice(0, -1)), field = path[path.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path) : ctrl;
    }
    exports2.visit = visit4;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection = (token) => !!token && "items" in token, isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case `
`:
        case `\r
`:
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar2;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case `
`:
        case "\r":
        case "	":
          return !0;
        default:
          return !1;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch), Lexer = class {
      constructor() {
        this.atEnd = !1, this.blockScalarIndent = -1, this.blockScalarKeep = !1, this.buffer = "", this.flowKey = !1, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = !1) {
        if (source) {
          if (typeof source != "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source, this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        for (; next && (incomplete || this.hasChars(1)); )
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos, ch = this.buffer[i];
        for (; ch === " " || ch === "	"; )
          ch = this.buffer[++i];
        return !ch || ch === "#" || ch === `
` ? !0 : ch === "\r" ? this.buffer[i + 1] === `
` : !1;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          for (; ch === " "; )
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            let next = this.buffer[indent + offset + 1];
            if (next === `
` || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === `
` || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          let dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM && (yield* this.pushCount(1), line = line.substring(1)), line[0] === "%") {
          let dirEnd = line.length, cs = line.indexOf("#");
          for (; cs !== -1; ) {
            let ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else
              cs = line.indexOf("#", cs + 1);
          }
          for (; ; ) {
            let ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(!0));
          return yield* this.pushCount(line.length - n), this.pushNewline(), "stream";
        }
        if (this.atLineEnd()) {
          let sp = yield* this.pushSpaces(!0);
          return yield* this.pushCount(line.length - sp), yield* this.pushNewline(), "stream";
        }
        return yield cst.DOCUMENT, yield* this.parseLineStart();
      }
      *parseLineStart() {
        let ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          let s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
            return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
        }
        return this.indentValue = yield* this.pushSpaces(!1), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        let [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
          return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(!0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            return yield* this.pushNewline(), yield* this.parseLineStart();
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel = 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(!0), yield* this.pushCount(line.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp, indent = -1;
        do
          nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(!1), this.indentValue = indent = sp) : sp = 0, sp += yield* this.pushSpaces(!0);
        while (nl + sp > 0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if ((indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}")))
          return this.flowLevel = 0, yield cst.FLOW_END, yield* this.parseLineStart();
        let n = 0;
        for (; line[n] === ","; )
          n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0), this.flowKey = !1;
        switch (n += yield* this.pushIndicators(), line[n]) {
          case void 0:
            return "flow";
          case "#":
            return yield* this.pushCount(line.length - n), "flow";
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel += 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), this.flowKey = !0, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "flow";
          case '"':
          case "'":
            return this.flowKey = !0, yield* this.parseQuotedScalar();
          case ":": {
            let next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",")
              return this.flowKey = !1, yield* this.pushCount(1), yield* this.pushSpaces(!0), "flow";
          }
          // fallthrough
          default:
            return this.flowKey = !1, yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'")
          for (; end !== -1 && this.buffer[end + 1] === "'"; )
            end = this.buffer.indexOf("'", end + 2);
        else
          for (; end !== -1; ) {
            let n = 0;
            for (; this.buffer[end - 1 - n] === "\\"; )
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
        if (nl !== -1) {
          for (; nl !== -1; ) {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf(`
`, cs);
          }
          nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        return yield* this.pushToIndex(end + 1, !1), this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1, this.blockScalarKeep = !1;
        let i = this.pos;
        for (; ; ) {
          let ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = !0;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1, indent = 0, ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case `
`:
              nl = i2, indent = 0;
              break;
            case "\r": {
              let next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === `
`)
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          this.blockScalarIndent === -1 ? this.indentNext = indent : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          do {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        for (ch = this.buffer[i]; ch === " "; )
          ch = this.buffer[++i];
        if (ch === "	") {
          for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep)
          do {
            let i2 = nl - 1, ch2 = this.buffer[i2];
            ch2 === "\r" && (ch2 = this.buffer[--i2]);
            let lastChar = i2;
            for (; ch2 === " "; )
              ch2 = this.buffer[--i2];
            if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (!0);
        return yield cst.SCALAR, yield* this.pushToIndex(nl + 1, !0), yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
        for (; ch = this.buffer[++i]; )
          if (ch === ":") {
            let next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === `
`) {
              let cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield cst.SCALAR, yield* this.pushToIndex(end + 1, !0), inFlow ? "flow" : "doc");
      }
      *pushCount(n) {
        return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
      }
      *pushToIndex(i, allowEmpty) {
        let s = this.buffer.slice(this.pos, i);
        return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
      }
      *pushIndicators() {
        let n = 0;
        loop: for (; ; ) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag(), n += yield* this.pushSpaces(!0);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(!0);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                inFlow ? this.flowKey && (this.flowKey = !1) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2, ch = this.buffer[i];
          for (; !isEmpty(ch) && ch !== ">"; )
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, !1);
        } else {
          let i = this.pos + 1, ch = this.buffer[i];
          for (; ch; )
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
              ch = this.buffer[i += 3];
            else
              break;
          return yield* this.pushToIndex(i, !1);
        }
      }
      *pushNewline() {
        let ch = this.buffer[this.pos];
        return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1, ch;
        do
          ch = this.buffer[++i];
        while (ch === " " || allowTabs && ch === "	");
        let n = i - this.pos;
        return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
      }
      *pushUntil(test) {
        let i = this.pos, ch = this.buffer[i];
        for (; !test(ch); )
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, !1);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
          let low = 0, high = this.lineStarts.length;
          for (; low < high; ) {
            let mid = low + high >> 1;
            this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          let start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = __require("process"), cst = require_cst(), lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return !0;
      return !1;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i)
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return !0;
        default:
          return !1;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          let it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: for (; --i >= 0; )
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      for (; prev[++i]?.type === "space"; )
        ;
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start")
        for (let it of fc.items)
          it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = !0, this.atScalar = !1, this.indent = 0, this.offset = 0, this.onKeyLine = !1, this.stack = [], this.source = "", this.type = "", this.lexer = new lexer.Lexer(), this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = !1) {
        this.onNewLine && this.offset === 0 && this.onNewLine(0);
        for (let lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        incomplete || (yield* this.end());
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        if (this.source = source, node_process.env.LOG_TOKENS && console.log("|", cst.prettyToken(source)), this.atScalar) {
          this.atScalar = !1, yield* this.step(), this.offset += source.length;
          return;
        }
        let type = cst.tokenType(source);
        if (type)
          if (type === "scalar")
            this.atNewLine = !1, this.atScalar = !0, this.type = "scalar";
          else {
            switch (this.type = type, yield* this.step(), type) {
              case "newline":
                this.atNewLine = !0, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source.length);
                break;
              case "space":
                this.atNewLine && source[0] === " " && (this.indent += source.length);
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                this.atNewLine && (this.indent += source.length);
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = !1;
            }
            this.offset += source.length;
          }
        else {
          let message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source }), this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        for (; this.stack.length > 0; )
          yield* this.pop();
      }
      get sourceToken() {
        return {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      *step() {
        let top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          for (; this.stack.length > 0; )
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        let token = error ?? this.stack.pop();
        if (!token)
          yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
        else if (this.stack.length === 0)
          yield token;
        else {
          let top = this.peek(1);
          switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              let it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
                return;
              } else if (it.sep)
                it.value = token;
              else {
                Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it = top.items[top.items.length - 1];
              it.value ? top.items.push({ start: [], value: token }) : it.value = token;
              break;
            }
            case "flow-collection": {
              let it = top.items[top.items.length - 1];
              !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            let doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        let bv = this.startBlockValue(doc);
        bv ? this.stack.push(bv) : yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source
        };
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep2;
          scalar.end ? (sep2 = scalar.end, sep2.push(this.sourceToken), delete scalar.end) : sep2 = [this.sourceToken];
          let map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            if (scalar.source = this.source, this.atNewLine = !0, this.indent = 0, this.onNewLine) {
              let nl = this.source.indexOf(`
`) + 1;
              for (; nl !== 0; )
                this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop(), yield* this.step();
        }
      }
      *blockMap(map) {
        let it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = !1, it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map.items.push({ start: [this.sourceToken] });
            } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              map.items.push({ start: [this.sourceToken] });
            else if (it.sep)
              it.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it.start, map.indent)) {
                let end = map.items[map.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it.sep && !it.value) {
            let nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              let st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st.indent > map.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start }), this.onKeyLine = !0) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = !0) : atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start, explicitKey: !0 })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: !0 }]
              }), this.onKeyLine = !0;
              return;
            case "map-value-ind":
              if (it.explicitKey)
                if (it.sep)
                  if (it.value)
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it.start), key = it.key, sep2 = it.sep;
                    sep2.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep: sep2 }]
                    });
                  } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
                else if (includesToken(it.start, "newline"))
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it.sep ? it.value || atNextItem ? map.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = !0;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              atNextItem || it.value ? (map.items.push({ start, key: fs, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs) : (Object.assign(it, { key: fs, sep: [] }), this.onKeyLine = !0);
              return;
            }
            default: {
              let bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else atMapIndent && map.items.push({ start });
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *blockSequence(seq) {
        let it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                let end = seq.items[seq.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            it.value || includesToken(it.start, "seq-item-ind") ? seq.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          let bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *flowCollection(fc) {
        let it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs, sep: [] }) : it.sep ? this.stack.push(fs) : Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          let bv = this.startBlockValue(fc);
          bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
        } else {
          let parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
            yield* this.pop(), yield* this.step();
          else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            let sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            let map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(fc);
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return start.push(this.sourceToken), {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: !0 }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        return this.type !== "comment" || this.indent <= indent ? !1 : start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop(), yield* this.step();
            break;
          case "newline":
            this.onKeyLine = !1;
          default:
            token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), errors = require_errors(), log = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser2 = require_parser();
    function parseOptions(options) {
      let prettyErrors = options.prettyErrors !== !1;
      return { lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser2.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (let doc of docs)
          doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      return docs.length > 0 ? docs : Object.assign([], { empty: !0 }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser2.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), doc = null;
      for (let _doc of composer$1.compose(parser$1.parse(source), !0, source.length))
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      return prettyErrors && lineCounter2 && (doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2))), doc;
    }
    function parse2(src, reviver, options) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options === void 0 && reviver && typeof reviver == "object" && (options = reviver);
      let doc = parseDocument2(src, options);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer), typeof options == "string" && (options = options.length), typeof options == "number") {
        let indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        let { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return;
      }
      return identity.isDocument(value) && !_replacer ? value.toString(options) : new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse2;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), Schema = require_Schema(), errors = require_errors(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser2 = require_parser(), publicApi = require_public_api(), visit4 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser2.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit4.visit;
    exports2.visitAsync = visit4.visitAsync;
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports2, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0", MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991, MAX_SAFE_COMPONENT_LENGTH = 16, MAX_SAFE_BUILD_LENGTH = 250, WHITESPACE_CHARACTERS = [
      "	",
      `
`,
      "\v",
      "\f",
      "\r",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      "\u2028",
      "\u2029",
      " ",
      " ",
      "　",
      "\uFEFF"
    ], RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH: 256,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports2, module) {
    "use strict";
    var debug = typeof process == "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports2, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants(), debug = require_debug();
    exports2 = module.exports = {};
    var re = exports2.re = [], safeRe = exports2.safeRe = [], src = exports2.src = [], safeSrc = exports2.safeSrc = [], t = exports2.t = {}, R = 0, LETTERDASHNUMBER = "[a-zA-Z0-9-]", safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ], makeSafeRegex = (value) => {
      for (let [token, max] of safeRegexReplacements)
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      return value;
    }, createToken = (name, value, isGlobal) => {
      let safe2 = makeSafeRegex(value), index = R++;
      debug(name, index, value), t[name] = index, src[index] = value, safeSrc[index] = safe2, re[index] = new RegExp(value, isGlobal ? "g" : void 0), safeRe[index] = new RegExp(safe2, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `(^|[^\\d])(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], !0);
    createToken("COERCERTLFULL", src[t.COERCEFULL], !0);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, !0);
    exports2.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, !0);
    exports2.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, !0);
    exports2.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports2, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: !0 }), emptyOpts = Object.freeze({}), parseOptions = (options) => options ? typeof options != "object" ? looseOption : options : emptyOpts;
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports2, module) {
    "use strict";
    var numeric = /^[0-9]+$/, compareIdentifiers = (a, b) => {
      if (typeof a == "number" && typeof b == "number")
        return a === b ? 0 : a < b ? -1 : 1;
      let anum = numeric.test(a), bnum = numeric.test(b);
      return anum && bnum && (a = +a, b = +b), a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    }, rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports2, module) {
    "use strict";
    var debug = require_debug(), { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants(), { safeRe: re, t } = require_re(), parseOptions = require_parse_options(), { compareIdentifiers } = require_identifiers(), isPrereleaseIdentifier = (prerelease, identifier) => {
      let identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length)
        return !1;
      for (let i = 0; i < identifiers.length; i++)
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0)
          return !1;
      return !0;
    }, SemVer = class _SemVer {
      constructor(version, options) {
        if (options = parseOptions(options), version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease)
            return version;
          version = version.version;
        } else if (typeof version != "string")
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        if (version.length > MAX_LENGTH)
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        debug("SemVer", version, options), this.options = options, this.loose = !!options.loose, this.includePrerelease = !!options.includePrerelease;
        let m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m)
          throw new TypeError(`Invalid Version: ${version}`);
        if (this.raw = version, this.major = +m[1], this.minor = +m[2], this.patch = +m[3], this.major > MAX_SAFE_INTEGER || this.major < 0)
          throw new TypeError("Invalid major version");
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0)
          throw new TypeError("Invalid minor version");
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0)
          throw new TypeError("Invalid patch version");
        m[4] ? this.prerelease = m[4].split(".").map((id) => {
          if (/^[0-9]+$/.test(id)) {
            let num = +id;
            if (num >= 0 && num < MAX_SAFE_INTEGER)
              return num;
          }
          return id;
        }) : this.prerelease = [], this.build = m[5] ? m[5].split(".") : [], this.format();
      }
      format() {
        return this.version = `${this.major}.${this.minor}.${this.patch}`, this.prerelease.length && (this.version += `-${this.prerelease.join(".")}`), this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        if (debug("SemVer.compare", this.version, this.options, other), !(other instanceof _SemVer)) {
          if (typeof other == "string" && other === this.version)
            return 0;
          other = new _SemVer(other, this.options);
        }
        return other.version === this.version ? 0 : this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        return other instanceof _SemVer || (other = new _SemVer(other, this.options)), this.major < other.major ? -1 : this.major > other.major ? 1 : this.minor < other.minor ? -1 : this.minor > other.minor ? 1 : this.patch < other.patch ? -1 : this.patch > other.patch ? 1 : 0;
      }
      comparePre(other) {
        if (other instanceof _SemVer || (other = new _SemVer(other, this.options)), this.prerelease.length && !other.prerelease.length)
          return -1;
        if (!this.prerelease.length && other.prerelease.length)
          return 1;
        if (!this.prerelease.length && !other.prerelease.length)
          return 0;
        let i = 0;
        do {
          let a = this.prerelease[i], b = other.prerelease[i];
          if (debug("prerelease compare", i, a, b), a === void 0 && b === void 0)
            return 0;
          if (b === void 0)
            return 1;
          if (a === void 0)
            return -1;
          if (a === b)
            continue;
          return compareIdentifiers(a, b);
        } while (++i);
      }
      compareBuild(other) {
        other instanceof _SemVer || (other = new _SemVer(other, this.options));
        let i = 0;
        do {
          let a = this.build[i], b = other.build[i];
          if (debug("build compare", i, a, b), a === void 0 && b === void 0)
            return 0;
          if (b === void 0)
            return 1;
          if (a === void 0)
            return -1;
          if (a === b)
            continue;
          return compareIdentifiers(a, b);
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === !1)
            throw new Error("invalid increment argument: identifier is empty");
          if (identifier) {
            let match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier)
              throw new Error(`invalid identifier: ${identifier}`);
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0, this.patch = 0, this.minor = 0, this.major++, this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0, this.patch = 0, this.minor++, this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0, this.inc("patch", identifier, identifierBase), this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            this.prerelease.length === 0 && this.inc("patch", identifier, identifierBase), this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0)
              throw new Error(`version ${this.raw} is not a prerelease`);
            this.prerelease.length = 0;
            break;
          case "major":
            (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) && this.major++, this.minor = 0, this.patch = 0, this.prerelease = [];
            break;
          case "minor":
            (this.patch !== 0 || this.prerelease.length === 0) && this.minor++, this.patch = 0, this.prerelease = [];
            break;
          case "patch":
            this.prerelease.length === 0 && this.patch++, this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            let base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0)
              this.prerelease = [base];
            else {
              let i = this.prerelease.length;
              for (; --i >= 0; )
                typeof this.prerelease[i] == "number" && (this.prerelease[i]++, i = -2);
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === !1)
                  throw new Error("invalid increment argument: identifier already exists");
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === !1 && (prerelease = [identifier]), isPrereleaseIdentifier(this.prerelease, identifier)) {
                let prereleaseBase = this.prerelease[identifier.split(".").length];
                isNaN(prereleaseBase) && (this.prerelease = prerelease);
              } else
                this.prerelease = prerelease;
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        return this.raw = this.format(), this.build.length && (this.raw += `+${this.build.join(".")}`), this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), parse2 = (version, options, throwErrors = !1) => {
      if (version instanceof SemVer)
        return version;
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors)
          return null;
        throw er;
      }
    };
    module.exports = parse2;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports2, module) {
    "use strict";
    var parse2 = require_parse(), valid = (version, options) => {
      let v = parse2(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports2, module) {
    "use strict";
    var parse2 = require_parse(), clean = (version, options) => {
      let s = parse2(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), inc2 = (version, release, options, identifier, identifierBase) => {
      typeof options == "string" && (identifierBase = identifier, identifier = options, options = void 0);
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch {
        return null;
      }
    };
    module.exports = inc2;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports2, module) {
    "use strict";
    var parse2 = require_parse(), diff = (version1, version2) => {
      let v1 = parse2(version1, null, !0), v2 = parse2(version2, null, !0), comparison = v1.compare(v2);
      if (comparison === 0)
        return null;
      let v1Higher = comparison > 0, highVersion = v1Higher ? v1 : v2, lowVersion = v1Higher ? v2 : v1, highHasPre = !!highVersion.prerelease.length;
      if (!!lowVersion.prerelease.length && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor)
          return "major";
        if (lowVersion.compareMain(highVersion) === 0)
          return lowVersion.minor && !lowVersion.patch ? "minor" : "patch";
      }
      let prefix = highHasPre ? "pre" : "";
      return v1.major !== v2.major ? prefix + "major" : v1.minor !== v2.minor ? prefix + "minor" : v1.patch !== v2.patch ? prefix + "patch" : "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports2, module) {
    "use strict";
    var parse2 = require_parse(), prerelease = (version, options) => {
      let parsed = parse2(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), compare2 = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare2;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports2, module) {
    "use strict";
    var compare2 = require_compare(), rcompare = (a, b, loose) => compare2(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports2, module) {
    "use strict";
    var compare2 = require_compare(), compareLoose = (a, b) => compare2(a, b, !0);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), compareBuild = (a, b, loose) => {
      let versionA = new SemVer(a, loose), versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports2, module) {
    "use strict";
    var compareBuild = require_compare_build(), sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports2, module) {
    "use strict";
    var compareBuild = require_compare_build(), rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports2, module) {
    "use strict";
    var compare2 = require_compare(), gt = (a, b, loose) => compare2(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports2, module) {
    "use strict";
    var compare2 = require_compare(), lt = (a, b, loose) => compare2(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports2, module) {
    "use strict";
    var compare2 = require_compare(), eq = (a, b, loose) => compare2(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports2, module) {
    "use strict";
    var compare2 = require_compare(), neq = (a, b, loose) => compare2(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports2, module) {
    "use strict";
    var compare2 = require_compare(), gte = (a, b, loose) => compare2(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports2, module) {
    "use strict";
    var compare2 = require_compare(), lte = (a, b, loose) => compare2(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports2, module) {
    "use strict";
    var eq = require_eq(), neq = require_neq(), gt = require_gt(), gte = require_gte(), lt = require_lt(), lte = require_lte(), cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          return typeof a == "object" && (a = a.version), typeof b == "object" && (b = b.version), a === b;
        case "!==":
          return typeof a == "object" && (a = a.version), typeof b == "object" && (b = b.version), a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), parse2 = require_parse(), { safeRe: re, t } = require_re(), coerce = (version, options) => {
      if (version instanceof SemVer)
        return version;
      if (typeof version == "number" && (version = String(version)), typeof version != "string")
        return null;
      options = options || {};
      let match = null;
      if (!options.rtl)
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      else {
        let coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL], next;
        for (; (next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length); )
          (!match || next.index + next[0].length !== match.index + match[0].length) && (match = next), coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null)
        return null;
      let major = match[2], minor = match[3] || "0", patch = match[4] || "0", prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "", build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse2(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports2, module) {
    "use strict";
    var parse2 = require_parse(), constants = require_constants(), SemVer = require_semver(), truncate2 = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation))
        return null;
      let clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    }, cloneInputVersion = (version, options) => {
      let versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse2(versionStringToParse, options);
    }, doTruncation = (version, truncation) => {
      if (isPrerelease(truncation))
        return version.version;
      switch (version.prerelease = [], truncation) {
        case "major":
          version.minor = 0, version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    }, isPrerelease = (type) => type.startsWith("pre");
    module.exports = truncate2;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports2, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3, this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        let value = this.map.get(key);
        if (value !== void 0)
          return this.map.delete(key), this.map.set(key, value), value;
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        if (!this.delete(key) && value !== void 0) {
          if (this.map.size >= this.max) {
            let firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports2, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants(), whitespace = new Uint8Array(65536);
    for (let char of WHITESPACE_CHARACTERS)
      whitespace[char.charCodeAt(0)] = 1;
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1, isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char), isDigit2 = (char) => char !== void 0 && char >= "0" && char <= "9", isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z"), isIdentifierCharacter = (char) => isDigit2(char) || isLetter(char) || char === "-", isVersionStart = (char) => isDigit2(char) || char === "x" || char === "X" || char === "*", findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit2(range[start]))
        return start;
      if (start >= digitRuns.start && start < digitRuns.end)
        return Math.min(start + limit, digitRuns.end);
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd)
        return Math.min(start + limit, digitRuns.previousEnd);
      let end = start + 1;
      for (; isDigit2(range[end]); )
        end++;
      return digitRuns.previousStart = digitRuns.start, digitRuns.previousEnd = digitRuns.end, digitRuns.start = start, digitRuns.end = end, Math.min(start + limit, end);
    }, findVersionNumberEndIndex = (range, start, loose, digitRuns) => !loose && range[start] === "0" ? start + 1 : findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns), findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      let digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1, limit = end + MAX_SAFE_BUILD_LENGTH;
        for (; end < limit && isIdentifierCharacter(range[end]); )
          end++;
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    }, findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      let hyphen = range[start] === "-";
      if (!loose && !hyphen)
        return start;
      let identifierStart = start + (hyphen ? 1 : 0), end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen)
          return start;
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      for (; range[end] === "."; ) {
        let next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1)
          break;
        end = next;
      }
      return end;
    }, findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      for (; end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end]); )
        end++;
      return end;
    }, findBuildEndIndex = (range, start) => {
      if (range[start] !== "+")
        return start;
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1)
        return start;
      for (; range[end] === "."; ) {
        let next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1)
          break;
        end = next;
      }
      return end;
    }, findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        let next = findVersionNumberEndIndex(range, end, !0, digitRuns);
        if (next === end)
          return start;
        if (end = next, component < 2) {
          if (range[end] !== ".")
            return start;
          end++;
        }
      }
      let prereleaseEnd = findPrereleaseEndIndex(range, end, !0, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    }, findPartialVersionComponentEndIndex = (range, start, digitRuns) => isDigit2(range[start]) ? findVersionNumberEndIndex(range, start, !1, digitRuns) : isVersionStart(range[start]) ? start + 1 : start, findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".")
          return end;
        let next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1)
          return end;
        end = next;
      }
      let prereleaseEnd = findPrereleaseEndIndex(range, end, !1, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    }, findVersionEndIndex = (range, start, digitRuns) => {
      let fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    }, findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      return isWhitespace(range[position]) && position++, (range[position] === "<" || range[position] === ">") && position++, range[position] === "=" && position++, isWhitespace(range[position]) ? position : -1;
    }, trimComparatorWhitespace = (range) => {
      let result = "", copyFrom = 0, cursor = 0, digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      for (; cursor < range.length; ) {
        let matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">")
          cursor++;
        else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        for (; cursor < range.length && isVersionPrefix(range[cursor]); )
          cursor++;
        if (!isVersionStart(range[cursor]))
          continue;
        let whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        whitespacePosition !== -1 && (result += range.slice(copyFrom, whitespacePosition), copyFrom = whitespacePosition + 1), cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports2, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g, Range = class _Range {
      constructor(range, options) {
        if (options = parseOptions(options), range instanceof _Range)
          return range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease ? range : new _Range(range.raw, options);
        if (range instanceof Comparator)
          return this.raw = range.value, this.set = [[range]], this.formatted = void 0, this;
        if (this.options = options, this.loose = !!options.loose, this.includePrerelease = !!options.includePrerelease, this.raw = range.trim().replace(SPACE_CHARACTERS, " "), this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length), !this.set.length)
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        if (this.set.length > 1) {
          let first = this.set[0];
          if (this.set = this.set.filter((c) => !isNullSet(c[0])), this.set.length === 0)
            this.set = [first];
          else if (this.set.length > 1) {
            for (let c of this.set)
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            i > 0 && (this.formatted += "||");
            let comps = this.set[i];
            for (let k = 0; k < comps.length; k++)
              k > 0 && (this.formatted += " "), this.formatted += comps[k].toString().trim();
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        let memoKey = ((this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE)) + ":" + range, cached = cache.get(memoKey);
        if (cached)
          return cached;
        let loose = this.options.loose, hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease)), debug("hyphen replace", range), range = trimComparatorWhitespace(range), debug("comparator trim", range), range = range.replace(re[t.TILDETRIM], tildeTrimReplace), debug("tilde trim", range), range = range.replace(re[t.CARETTRIM], caretTrimReplace), debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        loose && (rangeList = rangeList.filter((comp) => (debug("loose invalid filter", comp, this.options), !!comp.match(re[t.COMPARATORLOOSE])))), debug("range list", rangeList);
        let rangeMap = /* @__PURE__ */ new Map(), comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (let comp of comparators) {
          if (isNullSet(comp))
            return [comp];
          rangeMap.set(comp.value, comp);
        }
        rangeMap.size > 1 && rangeMap.has("") && rangeMap.delete("");
        let result = [...rangeMap.values()];
        return cache.set(memoKey, result), result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range))
          throw new TypeError("a Range is required");
        return this.set.some((thisComparators) => isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => rangeComparators.every((rangeComparator) => thisComparator.intersects(rangeComparator, options)))));
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version)
          return !1;
        if (typeof version == "string")
          try {
            version = new SemVer(version, this.options);
          } catch {
            return !1;
          }
        for (let i = 0; i < this.set.length; i++)
          if (testSet(this.set[i], version, this.options))
            return !0;
        return !1;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache(), cache = new LRU(), parseOptions = require_parse_options(), Comparator = require_comparator(), debug = require_debug(), SemVer = require_semver(), trimComparatorWhitespace = require_trim_comparator_whitespace(), {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re(), { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants(), BUILDSTRIPRE = new RegExp(src[t.BUILD], "g"), isNullSet = (c) => c.value === "<0.0.0-0", isAny = (c) => c.value === "", isSatisfiable = (comparators, options) => {
      let result = !0, remainingComparators = comparators.slice(), testComparator = remainingComparators.pop();
      for (; result && remainingComparators.length; )
        result = remainingComparators.every((otherComparator) => testComparator.intersects(otherComparator, options)), testComparator = remainingComparators.pop();
      return result;
    }, parseComparator = (comp, options) => (comp = comp.replace(re[t.BUILD], ""), debug("comp", comp, options), comp = replaceCarets(comp, options), debug("caret", comp), comp = replaceTildes(comp, options), debug("tildes", comp), comp = replaceXRanges(comp, options), debug("xrange", comp), comp = replaceStars(comp, options), debug("stars", comp), comp), isX = (id) => !id || id.toLowerCase() === "x" || id === "*", invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p), replaceTildes = (comp, options) => comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" "), replaceTilde = (comp, options) => {
      let r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE], z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        return isX(M) ? ret = "" : isX(m) ? ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0` : isX(p) ? ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0` : pr ? (debug("replaceTilde pr", pr), ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`) : ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`, debug("tilde return", ret), ret;
      });
    }, replaceCarets = (comp, options) => comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" "), replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      let r = options.loose ? re[t.CARETLOOSE] : re[t.CARET], z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        return isX(M) ? ret = "" : isX(m) ? ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0` : isX(p) ? M === "0" ? ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0` : ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0` : pr ? (debug("replaceCaret pr", pr), M === "0" ? m === "0" ? ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0` : ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0` : ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`) : (debug("no pr"), M === "0" ? m === "0" ? ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0` : ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0` : ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`), debug("caret return", ret), ret;
      });
    }, replaceXRanges = (comp, options) => (debug("replaceXRanges", comp, options), comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ")), replaceXRange = (comp, options) => {
      comp = comp.trim();
      let r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        if (debug("xRange", comp, ret, gtlt, M, m, p, pr), invalidXRangeOrder(M, m, p))
          return comp;
        let xM = isX(M), xm = xM || isX(m), xp = xm || isX(p), anyX = xp;
        return gtlt === "=" && anyX && (gtlt = ""), pr = options.includePrerelease ? "-0" : "", xM ? gtlt === ">" || gtlt === "<" ? ret = "<0.0.0-0" : ret = "*" : gtlt && anyX ? (xm && (m = 0), p = 0, gtlt === ">" ? (gtlt = ">=", xm ? (M = +M + 1, m = 0, p = 0) : (m = +m + 1, p = 0)) : gtlt === "<=" && (gtlt = "<", xm ? M = +M + 1 : m = +m + 1), gtlt === "<" && (pr = "-0"), ret = `${gtlt + M}.${m}.${p}${pr}`) : xm ? ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0` : xp && (ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`), debug("xRange return", ret), ret;
      });
    }, replaceStars = (comp, options) => (debug("replaceStars", comp, options), comp.trim().replace(re[t.STAR], "")), replaceGTE0 = (comp, options) => (debug("replaceGTE0", comp, options), comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "")), hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => (isX(fM) ? from = "" : isX(fm) ? from = `>=${fM}.0.0${incPr ? "-0" : ""}` : isX(fp) ? from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}` : fpr ? from = `>=${from}` : from = `>=${from}${incPr ? "-0" : ""}`, isX(tM) ? to = "" : isX(tm) ? to = `<${+tM + 1}.0.0-0` : isX(tp) ? to = `<${tM}.${+tm + 1}.0-0` : tpr ? to = `<=${tM}.${tm}.${tp}-${tpr}` : incPr ? to = `<${tM}.${tm}.${+tp + 1}-0` : to = `<=${to}`, `${from} ${to}`.trim()), testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++)
        if (!set[i].test(version))
          return !1;
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++)
          if (debug(set[i].semver), set[i].semver !== Comparator.ANY && set[i].semver.prerelease.length > 0) {
            let allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch)
              return !0;
          }
        return !1;
      }
      return !0;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports2, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY"), Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        if (options = parseOptions(options), comp instanceof _Comparator) {
          if (comp.loose === !!options.loose)
            return comp;
          comp = comp.value;
        }
        comp = comp.trim().split(/\s+/).join(" "), debug("comparator", comp, options), this.options = options, this.loose = !!options.loose, this.parse(comp), this.semver === ANY ? this.value = "" : this.value = this.operator + this.semver.version, debug("comp", this);
      }
      parse(comp) {
        let r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR], m = comp.match(r);
        if (!m)
          throw new TypeError(`Invalid comparator: ${comp}`);
        this.operator = m[1] !== void 0 ? m[1] : "", this.operator === "=" && (this.operator = ""), m[2] ? this.semver = new SemVer(m[2], this.options.loose) : this.semver = ANY;
      }
      toString() {
        return this.value;
      }
      test(version) {
        if (debug("Comparator.test", version, this.options.loose), this.semver === ANY || version === ANY)
          return !0;
        if (typeof version == "string")
          try {
            version = new SemVer(version, this.options);
          } catch {
            return !1;
          }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator))
          throw new TypeError("a Comparator is required");
        return this.operator === "" ? this.value === "" ? !0 : new Range(comp.value, options).test(this.value) : comp.operator === "" ? comp.value === "" ? !0 : new Range(this.value, options).test(comp.semver) : (options = parseOptions(options), options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0") || !options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0")) ? !1 : !!(this.operator.startsWith(">") && comp.operator.startsWith(">") || this.operator.startsWith("<") && comp.operator.startsWith("<") || this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=") || cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<") || cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")));
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options(), { safeRe: re, t } = require_re(), cmp = require_cmp(), debug = require_debug(), SemVer = require_semver(), Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports2, module) {
    "use strict";
    var Range = require_range(), satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch {
        return !1;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports2, module) {
    "use strict";
    var Range = require_range(), toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), Range = require_range(), maxSatisfying = (versions, range, options) => {
      let max = null, maxSV = null, rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch {
        return null;
      }
      return versions.forEach((v) => {
        rangeObj.test(v) && (!max || maxSV.compare(v) === -1) && (max = v, maxSV = new SemVer(max, options));
      }), max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), Range = require_range(), minSatisfying = (versions, range, options) => {
      let min = null, minSV = null, rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch {
        return null;
      }
      return versions.forEach((v) => {
        rangeObj.test(v) && (!min || minSV.compare(v) === 1) && (min = v, minSV = new SemVer(min, options));
      }), min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), Range = require_range(), gt = require_gt(), minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver) || (minver = new SemVer("0.0.0-0"), range.test(minver)))
        return minver;
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        let comparators = range.set[i], setMin = null;
        comparators.forEach((comparator) => {
          let compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              compver.prerelease.length === 0 ? compver.patch++ : compver.prerelease.push(0), compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              (!setMin || gt(compver, setMin)) && (setMin = compver);
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        }), setMin && (!minver || gt(minver, setMin)) && (minver = setMin);
      }
      return minver && range.test(minver) ? minver : null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports2, module) {
    "use strict";
    var Range = require_range(), validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports2, module) {
    "use strict";
    var SemVer = require_semver(), Comparator = require_comparator(), { ANY } = Comparator, Range = require_range(), satisfies = require_satisfies(), gt = require_gt(), lt = require_lt(), lte = require_lte(), gte = require_gte(), outside = (version, range, hilo, options) => {
      version = new SemVer(version, options), range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt, ltefn = lte, ltfn = lt, comp = ">", ecomp = ">=";
          break;
        case "<":
          gtfn = lt, ltefn = gte, ltfn = gt, comp = "<", ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options))
        return !1;
      for (let i = 0; i < range.set.length; ++i) {
        let comparators = range.set[i], high = null, low = null;
        if (comparators.forEach((comparator) => {
          comparator.semver === ANY && (comparator = new Comparator(">=0.0.0")), high = high || comparator, low = low || comparator, gtfn(comparator.semver, high.semver, options) ? high = comparator : ltfn(comparator.semver, low.semver, options) && (low = comparator);
        }), high.operator === comp || high.operator === ecomp || (!low.operator || low.operator === comp) && ltefn(version, low.semver))
          return !1;
        if (low.operator === ecomp && ltfn(version, low.semver))
          return !1;
      }
      return !0;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports2, module) {
    "use strict";
    var outside = require_outside(), gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports2, module) {
    "use strict";
    var outside = require_outside(), ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports2, module) {
    "use strict";
    var Range = require_range(), intersects = (r1, r2, options) => (r1 = new Range(r1, options), r2 = new Range(r2, options), r1.intersects(r2, options));
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports2, module) {
    "use strict";
    var satisfies = require_satisfies(), compare2 = require_compare();
    module.exports = (versions, range, options) => {
      let set = [], first = null, prev = null, v = versions.sort((a, b) => compare2(a, b, options));
      for (let version of v)
        satisfies(version, range, options) ? (prev = version, first || (first = version)) : (prev && set.push([first, prev]), prev = null, first = null);
      first && set.push([first, null]);
      let ranges = [];
      for (let [min, max] of set)
        min === max ? ranges.push(min) : !max && min === v[0] ? ranges.push("*") : max ? min === v[0] ? ranges.push(`<=${max}`) : ranges.push(`${min} - ${max}`) : ranges.push(`>=${min}`);
      let simplified = ranges.join(" || "), original = typeof range.raw == "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports2, module) {
    "use strict";
    var Range = require_range(), Comparator = require_comparator(), { ANY } = Comparator, satisfies = require_satisfies(), compare2 = require_compare(), subset = (sub, dom, options = {}) => {
      if (sub === dom)
        return !0;
      sub = new Range(sub, options), dom = new Range(dom, options);
      let sawNonNull = !1;
      OUTER: for (let simpleSub of sub.set) {
        for (let simpleDom of dom.set) {
          let isSub = simpleSubset(simpleSub, simpleDom, options);
          if (sawNonNull = sawNonNull || isSub !== null, isSub)
            continue OUTER;
        }
        if (sawNonNull)
          return !1;
      }
      return !0;
    }, minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")], minimumVersion = [new Comparator(">=0.0.0")], simpleSubset = (sub, dom, options) => {
      if (sub === dom)
        return !0;
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY)
          return !0;
        options.includePrerelease ? sub = minimumVersionWithPreRelease : sub = minimumVersion;
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease)
          return !0;
        dom = minimumVersion;
      }
      let eqSet = /* @__PURE__ */ new Set(), gt, lt;
      for (let c of sub)
        c.operator === ">" || c.operator === ">=" ? gt = higherGT(gt, c, options) : c.operator === "<" || c.operator === "<=" ? lt = lowerLT(lt, c, options) : eqSet.add(c.semver);
      if (eqSet.size > 1)
        return null;
      let gtltComp;
      if (gt && lt) {
        if (gtltComp = compare2(gt.semver, lt.semver, options), gtltComp > 0)
          return null;
        if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<="))
          return null;
      }
      for (let eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options) || lt && !satisfies(eq, String(lt), options))
          return null;
        for (let c of dom)
          if (!satisfies(eq, String(c), options))
            return !1;
        return !0;
      }
      let higher, lower, hasDomLT, hasDomGT, needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : !1, needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : !1;
      needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0 && (needDomLTPre = !1);
      for (let c of dom) {
        if (hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=", hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=", gt) {
          if (needDomGTPre && c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch && (needDomGTPre = !1), c.operator === ">" || c.operator === ">=") {
            if (higher = higherGT(gt, c, options), higher === c && higher !== gt)
              return !1;
          } else if (gt.operator === ">=" && !c.test(gt.semver))
            return !1;
        }
        if (lt) {
          if (needDomLTPre && c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch && (needDomLTPre = !1), c.operator === "<" || c.operator === "<=") {
            if (lower = lowerLT(lt, c, options), lower === c && lower !== lt)
              return !1;
          } else if (lt.operator === "<=" && !c.test(lt.semver))
            return !1;
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0)
          return !1;
      }
      return !(gt && hasDomLT && !lt && gtltComp !== 0 || lt && hasDomGT && !gt && gtltComp !== 0 || needDomGTPre || needDomLTPre);
    }, higherGT = (a, b, options) => {
      if (!a)
        return b;
      let comp = compare2(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 || b.operator === ">" && a.operator === ">=" ? b : a;
    }, lowerLT = (a, b, options) => {
      if (!a)
        return b;
      let comp = compare2(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 || b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports2, module) {
    "use strict";
    var internalRe = require_re(), constants = require_constants(), SemVer = require_semver(), identifiers = require_identifiers(), parse2 = require_parse(), valid = require_valid(), clean = require_clean(), inc2 = require_inc(), diff = require_diff(), major = require_major(), minor = require_minor(), patch = require_patch(), prerelease = require_prerelease(), compare2 = require_compare(), rcompare = require_rcompare(), compareLoose = require_compare_loose(), compareBuild = require_compare_build(), sort = require_sort(), rsort = require_rsort(), gt = require_gt(), lt = require_lt(), eq = require_eq(), neq = require_neq(), gte = require_gte(), lte = require_lte(), cmp = require_cmp(), coerce = require_coerce(), truncate2 = require_truncate(), Comparator = require_comparator(), Range = require_range(), satisfies = require_satisfies(), toComparators = require_to_comparators(), maxSatisfying = require_max_satisfying(), minSatisfying = require_min_satisfying(), minVersion = require_min_version(), validRange = require_valid2(), outside = require_outside(), gtr = require_gtr(), ltr = require_ltr(), intersects = require_intersects(), simplifyRange = require_simplify(), subset = require_subset();
    module.exports = {
      parse: parse2,
      valid,
      clean,
      inc: inc2,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare: compare2,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate: truncate2,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// core/gates/parity/config.ts
var FACETS = ["feature_flags", "policy_bundle", "openapi", "values"], DEFAULT_FACETS = ["feature_flags", "policy_bundle", "openapi"], ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isIsoDate(text2) {
  let match = ISO_DATE.exec(text2);
  if (!match) return !1;
  let [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])], date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
var isoDate = external_exports.string().refine(isIsoDate, { message: "expected a date written YYYY-MM-DD, e.g. 2026-06-30" }), envName = external_exports.string().min(1).describe("An environment's `name`, e.g. production."), keyPath = external_exports.string().regex(/^[^.\s]+(\.[^.\s]+)*$/, {
  message: "expected a dotted key path such as db.pool_size (no spaces, no empty parts)"
}), oneWayRuleSchema = external_exports.strictObject({
  flag: external_exports.string().min(1).describe("Feature flag name."),
  when: envName.describe("When the flag is on (true) in this environment..."),
  requires: envName.describe("...it must be on in this one too. Off in `when` is always fine.")
}).describe("A one-way rule replacing the equality check of one flag between two environments."), expectedDifferenceSchema = external_exports.strictObject({
  facet: external_exports.enum(FACETS).describe("Facet the difference is in."),
  key: external_exports.string().min(1).optional().describe(
    "Flag name, `revision`/`version`/`digest`, or a `parity.keys` path; omitted: the whole facet."
  ),
  environment: envName.optional().describe("Only between the reference and this environment; omitted: any environment."),
  owner: external_exports.string().min(1).describe("Who answers for the difference, e.g. @alice or a team."),
  reason: external_exports.string().min(1).describe("Why the environments differ."),
  expires: isoDate.describe(
    "Last day (YYYY-MM-DD) the difference is accepted; from the next day it is drift again."
  )
}).describe("A declared, owned, dated difference that does not count as drift until it expires."), parityConfigSchema = external_exports.strictObject({
  environments: external_exports.array(external_exports.string().min(1)).default([]).describe(
    "Environment description files (YAML or JSON), relative to the repository root, in order: the first is the reference (e.g. production), each other one is compared with it. Used when the parity Action's `environments` input or `pilot-gate parity`'s file arguments are not given; given ones win. List at least two, or none."
  ),
  facets: external_exports.array(external_exports.enum(FACETS)).default([...DEFAULT_FACETS]).describe("Facets to compare. `values` is added whenever `keys` lists a path."),
  keys: external_exports.array(keyPath).default([]).describe("Extra dotted key paths to compare under each environment's `values`."),
  one_way: external_exports.array(oneWayRuleSchema).default([]).describe("Flags that only have to be on downstream when they are on upstream."),
  expected: external_exports.array(expectedDifferenceSchema).default([]).describe("Declared differences, each with an owner, a reason and an expiry date.")
}).describe(
  "Environment parity (pilot-gate parity): the environment files to compare, facets, extra keys, one-way rules, expected differences."
);
function parityEnvironments(given, config, wording) {
  let fix = `give at least two environment files, the reference (e.g. production) first, ${wording.example}; or list them once under parity.environments in .github/pilot-gate.yml`;
  if (given.length >= 2) return { files: [...given], source: "input" };
  if (given.length === 1)
    throw new UsageError(`${wording.input} lists one file: ${fix}.`);
  let listed = config.environments;
  if (listed.length >= 2) return { files: [...listed], source: "config" };
  throw new UsageError(
    `${wording.input} lists no file and parity.environments in ${wording.config} lists ${listed.length === 0 ? "none" : "one"}: ${fix}.`
  );
}

// core/gates/smoke/config.ts
var smokeConfigSchema = external_exports.strictObject({
  commands: external_exports.array(external_exports.string().min(1)).default([]).describe(
    "Smoke commands, run in order through the shell in the repository root before the reports are read (every one runs, even after one fails), e.g. `npm run smoke`. In a workflow they run with the job's token: the pilot cycle and release workflows run from the default branch, so the commands are the default branch's."
  ),
  junit: external_exports.array(external_exports.string().min(1)).default([]).describe(
    "Globs of the JUnit XML files the smoke run writes, relative to the repository root, e.g. `reports/**/*.xml`; each must match a file. Used when the smoke Action's `junit` input or `pilot-gate smoke --junit` is not given; a given one wins, with its own commands and suites."
  ),
  suites: external_exports.array(external_exports.string().min(1)).default([]).describe(
    "Suites that must each have executed scenarios, e.g. `core`, `ui`. Empty: no suite is required."
  )
}).describe(
  "The smoke gate's inputs for the smoke Action and `pilot-gate smoke` when they are given no JUnit globs: the commands to run, the reports to judge, the suites that must have run."
);
function smokeSettings(given, config, wording) {
  if (given.junit.length > 0) return { ...given, source: "input" };
  if (config.junit.length === 0)
    throw new UsageError(
      `${wording.input} is empty and smoke.junit in ${wording.config} lists no glob either: ${wording.example}, or list the globs once under smoke.junit in .github/pilot-gate.yml (e.g. junit: [reports/**/*.xml]).`
    );
  return {
    commands: given.commands.length > 0 ? given.commands : [...config.commands],
    junit: [...config.junit],
    suites: given.suites.length > 0 ? given.suites : [...config.suites],
    source: "config"
  };
}

// core/release/publish.ts
var ReleaseError = class extends Error {
  name = "ReleaseError";
  status;
  refused;
  constructor(message, options) {
    super(message, { cause: options.cause }), this.status = options.status, this.refused = options.refused ?? !1;
  }
}, SHA_PATTERN = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/, TAG_PATTERN = /^(?!.*\.\.)(?!.*\/\/)(?!.*@\{)(?![./-])[A-Za-z0-9._/+-]+(?<![./]|\.lock)$/;
function truncateReleaseBody(body) {
  if (body.length <= RELEASE_BODY_CHARS) return { body, truncated: !1 };
  let note = `

---
_These notes were ${body.length.toLocaleString("en-US")} characters, over GitHub's ${RELEASE_BODY_CHARS.toLocaleString("en-US")}-character limit, and were truncated here; the full readiness report is in the evidence pack._
`;
  return { body: fitChars(body, RELEASE_BODY_CHARS, note), truncated: !0 };
}
function planRelease(options) {
  let { tag, sha } = options;
  if (!TAG_PATTERN.test(tag))
    throw new ReleaseError(`"${tag}" is not a valid tag name; nothing was created`, {});
  if (!SHA_PATTERN.test(sha))
    throw new ReleaseError(
      `"${sha}" is not a full commit id; resolve the ref first (git rev-parse); nothing was created`,
      {}
    );
  if (options.message.trim() === "")
    throw new ReleaseError("the tag message is empty; nothing was created", {});
  let { body, truncated } = truncateReleaseBody(options.body);
  return {
    kind: "release",
    tag,
    sha,
    message: options.message,
    name: options.name,
    body,
    truncated,
    prerelease: options.prerelease,
    ...options.tagger ? { tagger: options.tagger } : {}
  };
}

// core/cycles/config.ts
var MAX_CYCLES = 20, MAX_CYCLE_STORIES = 50;
var instant = external_exports.string().regex(
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/,
  "expected a date such as 2026-01-05 or a date-time such as 2026-01-05T09:00:00Z"
).refine((text2) => !Number.isNaN(Date.parse(text2)), "is not a real date"), reportName = external_exports.string().regex(
  /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/,
  "a report name is a file name without .json: letters, digits, . _ - (e.g. restore-drill)"
), criterion = external_exports.union([
  external_exports.enum(["stories_merged_green", "evidence_published", "no_open_critical"]).describe(
    "`stories_merged_green`: every story's PR merged with `required-check` green. `evidence_published`: an evidence pack per story (`evidence/story/<id>/` on the evidence branch), whose statement is signed by one of `readiness.evidence_keys` when that lists any. `no_open_critical`: no open critical incident."
  ),
  external_exports.strictObject({
    report_passed: reportName.describe(
      "A named report passed: the newest `reports/<name>.json` in an evidence pack on the evidence branch says `verdict: PASS` (or GO), evaluated within the cycle's window; with `readiness.evidence_keys`, only a report whose pack's signed statement lists it with its digest counts."
    )
  }).describe("`report_passed: <name>`, e.g. `report_passed: restore-drill`.")
]), cycleSchema = external_exports.strictObject({
  window: external_exports.strictObject({
    start: instant.describe("When the cycle starts: a date or an ISO 8601 date-time."),
    end: instant.describe("When the cycle is due to exit: a date or an ISO 8601 date-time.")
  }).refine((window2) => Date.parse(window2.start) <= Date.parse(window2.end), {
    message: "window.end is before window.start; swap them"
  }).describe("When the cycle runs. Cycles not started yet are listed but not judged."),
  stories: external_exports.array(external_exports.string().min(1).max(100)).max(MAX_CYCLE_STORIES, `at most ${MAX_CYCLE_STORIES} stories per cycle; split the cycle`).optional().describe(
    "The story ids the cycle delivers. A PR carries a story when its branch (through `rules.branch-name.patterns`) or its title names the id."
  ),
  wave: external_exports.string().min(1).max(100).optional().describe(
    "Instead of `stories`: the cycle delivers the stories of the PRs in this wave (`wave:<name>` label, or `incidents.wave_from_story`)."
  ),
  exit: external_exports.array(criterion).min(1, "name at least one exit criterion").max(10).default(["stories_merged_green", "evidence_published", "no_open_critical"]).describe(
    "The exit criteria, all of which must hold for the cycle to exit, from a fixed vocabulary: `stories_merged_green`, `evidence_published`, `no_open_critical`, and `report_passed: <name>`."
  )
}).superRefine((cycle, ctx) => {
  cycle.stories === void 0 == (cycle.wave === void 0) && ctx.addIssue({
    code: "custom",
    message: "a cycle names its work with either `stories` (a list of ids) or `wave` (a wave name), exactly one of them"
  }), cycle.stories?.length === 0 && ctx.addIssue({
    code: "custom",
    path: ["stories"],
    message: "an empty story list would make every criterion about stories hold; list them"
  });
}), cyclesConfigSchema = external_exports.record(
  external_exports.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "a cycle id is letters, digits, . _ - (O-01)"),
  cycleSchema
).default({}).refine((cycles) => Object.keys(cycles).length <= MAX_CYCLES, {
  message: `at most ${MAX_CYCLES} cycles; drop the ones that have exited`
}).describe(
  "Delivery cycles keyed by id (e.g. `O-01`), each with a window, its stories (or wave) and exit criteria. The App posts `pilot-gate/cycle` on the default branch; `pilot-gate cycle status` prints the same."
);
function criterionKind(criterion2) {
  return typeof criterion2 == "string" ? criterion2 : "report_passed";
}
function storyIdIssues(config, ctx) {
  for (let [id, cycle] of Object.entries(config.cycles))
    (cycle.stories ?? []).forEach((story, index) => {
      isId(story, config.ids.pattern) || ctx.addIssue({
        code: "custom",
        path: ["cycles", id, "stories", index],
        message: `"${story}" is not a story id by ids.pattern (${config.ids.pattern}), so no PR could carry it; fix the id or ids.pattern`
      });
    });
}

// core/gates/pilot/config.ts
var DEFAULT_ACTIVITY_COLUMNS = {
  id: "account_id",
  name: "account_name",
  service: "service_activity",
  sales: "sales_activity",
  last_activity: "last_activity",
  technical_contact: "technical_contact",
  business_contact: "business_contact",
  kind: "account_kind"
}, COLUMN_DESCRIPTIONS = {
  id: "The account's unique id (one row per account).",
  name: "The account's (client's) name.",
  service: "How many service actions (tickets opened, answered, changed) the account made; a non-negative whole number, empty for none.",
  sales: "How many sales actions (leads, pipeline moves, proposals) the account made; a non-negative whole number, empty for none.",
  last_activity: "When the account was last active: a date (2026-05-30) or an ISO 8601 date-time.",
  technical_contact: "Who answers technical questions, e.g. `Ada <ada@client.example>`; empty when unknown.",
  business_contact: "Who decides for the client, e.g. `Grace <grace@client.example>`; empty when unknown.",
  kind: "What the account is: one of `kinds.production` or `kinds.review` (production, demo, homolog by default)."
}, header = external_exports.string().trim().min(1), columnsSchema = external_exports.strictObject(
  Object.fromEntries(
    Object.entries(DEFAULT_ACTIVITY_COLUMNS).map(([field, name]) => [
      field,
      header.default(name).describe(COLUMN_DESCRIPTIONS[field])
    ])
  )
).prefault({}).superRefine((columns, ctx) => {
  let seen = /* @__PURE__ */ new Map();
  for (let [field, name] of Object.entries(columns)) {
    let other = seen.get(name.toLowerCase());
    other !== void 0 && ctx.addIssue({
      code: "custom",
      path: [field],
      message: `"${name}" is already the ${other} column; each field needs a column of its own`
    }), seen.set(name.toLowerCase(), field);
  }
}).describe(
  "The header of each column pilot-gate reads from the activity export (matched ignoring case and surrounding spaces); other columns are ignored."
), ACTIVITY_DELIMITERS = ["auto", ",", ";", "	", "|"], kindList = external_exports.array(external_exports.string().trim().min(1).toLowerCase()).min(1), label = external_exports.string().trim().min(1).max(LABEL_NAME_CHARS, `GitHub takes label names of at most ${LABEL_NAME_CHARS} characters`), DEFAULT_PILOT_SCRIPT = [
  "Log in and check the company context",
  "Create a lead",
  "Move the lead through the pipeline",
  "Create a proposal",
  "Query the proposal",
  "Open a ticket",
  "Answer the ticket",
  "Change the ticket"
], DEFAULT_SIGN_OFF_ROLES = ["product", "qa", "security", "ops"], pilotConfigSchema = external_exports.strictObject({
  recommend: external_exports.strictObject({
    columns: columnsSchema,
    delimiter: external_exports.enum(ACTIVITY_DELIMITERS).default("auto").describe(
      'The field separator: `auto` (the one among `,` `;` tab `|` the header line uses most, so exports from spreadsheets set to a comma-decimal locale work), or one of them. Write tab as "\\t".'
    ),
    active_within_days: external_exports.int().positive().default(30).describe(
      "An account is a candidate only when its last activity is at most this many days old."
    ),
    min_activity: external_exports.int().positive().default(1).describe(
      "Actions an account needs in each area (service and sales) to count as active in both: a candidate needs both."
    ),
    activity_target: external_exports.int().positive().default(20).describe(
      "Actions in one area that earn that area's full 40 points of the score (0 to 100: 40 service, 40 sales, 20 recency)."
    ),
    min_score: external_exports.int().min(0).max(100).default(60).describe(
      "A candidate scoring below this is REVISAR_PERFIL (its profile is reviewed before it may join)."
    ),
    kinds: external_exports.strictObject({
      production: kindList.default(["production"]).describe(
        "Account kinds that may join the pilot as they are (matched ignoring case)."
      ),
      review: kindList.default(["demo", "homolog"]).describe(
        "Account kinds whose joining the window is reviewed first: a candidate of one is REVISAR_PERFIL."
      )
    }).prefault({}).superRefine((kinds, ctx) => {
      let both = kinds.production.filter((kind) => kinds.review.includes(kind));
      both.length > 0 && ctx.addIssue({
        code: "custom",
        path: ["review"],
        message: `${both.map((kind) => `"${kind}"`).join(", ")} is listed under both production and review; keep each kind in one list`
      });
    }).describe(
      "The values of the kind column. Any other value is an error in the export, never a guess."
    )
  }).prefault({}).describe(
    "`pilot-gate pilot recommend`: the activity export's columns and the rules that classify each account SUGERIDO, REVISAR_CONTATO or REVISAR_PERFIL."
  ),
  script: external_exports.array(external_exports.string().trim().min(1)).min(1).default(DEFAULT_PILOT_SCRIPT).describe(
    "The functional script each pilot client runs during the window, in order: the task list of its outreach issue."
  ),
  core_flows: external_exports.array(external_exports.string().trim().min(1)).optional().describe(
    "The scenarios of `script` that are core flows: a client whose latest record of one is a failure blocks readiness. Not set: every scenario of the script is a core flow."
  ),
  sign_off: external_exports.strictObject({
    roles: external_exports.array(roleName).min(1).default(DEFAULT_SIGN_OFF_ROLES).describe(
      "Roles (defined under `roles:` with their users and teams) of which at least one holder must approve the sign-off PR before readiness can say GO."
    ),
    label: label.default("pilot-sign-off").describe(
      "The label that marks the sign-off PR: the PR of the commit readiness judges (its head, or the merge that made it) carrying this label."
    )
  }).prefault({}).describe("The go-live sign-off: approvals on the sign-off PR, one per role at least."),
  review: external_exports.strictObject({
    label: label.default("pilot-review").describe(
      "The label of the review issues `pilot-gate pilot review` opens, one per client under review. A decision is labelled `<label>:accepted` or `<label>:rejected`."
    ),
    role: roleName.optional().describe(
      "A role (under `roles:`) whose holders may resolve any review issue with `/pilot-gate accept|reject`, besides the reviewer the issue names and repository admins."
    )
  }).prefault({}).describe("`pilot-gate pilot review`: the review issues."),
  outreach: external_exports.strictObject({
    label: label.default("pilot-outreach").describe(
      "The label of the outreach issues `pilot-gate pilot outreach` opens, one per selected client."
    )
  }).prefault({}).describe("`pilot-gate pilot outreach`: the outreach issues.")
}).superRefine((pilot, ctx) => {
  let script = new Set(pilot.script.map(scenarioKey));
  for (let [index, flow] of (pilot.core_flows ?? []).entries())
    script.has(scenarioKey(flow)) || ctx.addIssue({
      code: "custom",
      path: ["core_flows", index],
      message: `"${flow}" is not a scenario of pilot.script; list only scenarios of the script`
    });
}).describe(
  "Running a pilot: choosing its clients from an activity export, reviewing them, and reaching out; its functional script, core flows and sign-off."
);
function scenarioKey(name) {
  return name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
}
function coreFlows(pilot) {
  if (pilot.core_flows === void 0) return [...pilot.script];
  let core = new Set(pilot.core_flows.map(scenarioKey));
  return pilot.script.filter((step) => core.has(scenarioKey(step)));
}

// core/gates/readiness/config.ts
var CRITERIA = [
  "smoke-green",
  "success-rate",
  "core-flows",
  "auth-regressions",
  "parity",
  "p0-incidents",
  "tenant-isolation",
  "required-checks",
  "branch-protection",
  "milestones",
  "pilot-manifest",
  "sign-off"
];
var MAX_EVIDENCE_KEYS = 10;
function isRepositoryPath(path) {
  return path !== "" && !path.includes("\\") && !path.includes("\0") && path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
var LEVELS = ["blocking", "waivable", "advisory", "off"], labels = (fallback, what) => external_exports.array(external_exports.string().min(1)).default(fallback).describe(`Issue labels that mark ${what}.`), level = external_exports.enum(LEVELS), readinessConfigSchema = external_exports.strictObject({
  manifest: external_exports.string().min(1).default("pilot.yml").describe("Path of the pilot manifest, relative to the repository root."),
  required_checks: external_exports.array(external_exports.string().min(1)).default(["required-check"]).describe("Check runs that must have succeeded on the exact commit."),
  protected_branches: external_exports.array(external_exports.string().min(1)).default(["main", "develop"]).describe(
    "Branches whose protection must be Applied (the playbook protects main and develop)."
  ),
  incident_labels: external_exports.strictObject({
    p0: labels(["P0"], "a P0 incident"),
    tenant_isolation: labels(["tenant-isolation"], "a tenant isolation incident"),
    core_flow: labels(["core-flow-blocker"], "a blocked core flow"),
    auth: labels(["auth-regression"], "an auth regression")
  }).prefault({}).describe("Open issues with any of these labels count as incidents."),
  smoke_tags: external_exports.strictObject({
    core_flow: external_exports.string().min(1).default("core-flow").describe(
      "No longer read: blocked core flows are judged from the pilot's scenario records (`pilot-gate pilot record`, core flows in `pilot.core_flows`), and a failed smoke scenario fails smoke-green whatever its tag. Kept so configs that set it still load."
    ),
    auth: external_exports.string().min(1).default("auth").describe("Tag of smoke scenarios that cover authentication."),
    tenant_isolation: external_exports.string().min(1).default("tenant-isolation").describe("Tag of smoke scenarios that check one tenant cannot see another's data.")
  }).prefault({}).describe(
    "Tags of failed smoke scenarios that count as auth regressions or tenant isolation failures."
  ),
  milestones: external_exports.array(
    external_exports.union([
      external_exports.string().min(1),
      external_exports.strictObject({
        file: external_exports.string().min(1),
        section: external_exports.string().min(1).optional()
      })
    ])
  ).default([]).describe(
    "Milestone and sign-off documents, each a path or {file, section}: every checklist item (- [ ]) must be ticked and every row of a table with a Status column done, its Evidence paths present in the checkout; with a section, only under the headings of that name (all of them, e.g. Exit criteria of each phase). None listed: the criterion is not checked and keeps GO from being reached unless readiness.criteria.milestones is advisory or off."
  ),
  thresholds: external_exports.strictObject({
    success_rate: external_exports.number().min(0).max(1).default(0.95).describe(
      "Lowest success rate of the pilot's scenario runs (passed / recorded, from `pilot-gate pilot record`)."
    ),
    max_p0_incidents: external_exports.int().min(0).default(0).describe("Most open P0 incidents allowed."),
    max_core_flow_blockers: external_exports.int().min(0).default(0).describe(
      "Most blocked core flows allowed: core flows whose latest record for a client is a failure, plus open issues labelled as such."
    ),
    max_auth_regressions: external_exports.int().min(0).default(0).describe("Most auth regressions allowed."),
    max_tenant_isolation_incidents: external_exports.int().min(0).default(0).describe("Most open tenant isolation incidents allowed."),
    min_clients: external_exports.int().min(0).default(3).describe("Fewest active pilot clients."),
    max_clients: external_exports.int().min(1).default(5).describe("Most active pilot clients."),
    min_window_hours: external_exports.number().min(0).default(48).describe("Shortest observation window, in hours.")
  }).prefault({}).describe("Thresholds of the criteria."),
  criteria: external_exports.partialRecord(external_exports.enum(CRITERIA), level).default({}).describe(
    "Level of each criterion: `blocking` (the default), `waivable` (a current waiver lifts a failure), `advisory` (reported only) or `off` (not judged). A criterion with no input is not checked, which keeps GO from being reached unless it is `advisory` or `off`."
  ),
  waivers: external_exports.array(
    external_exports.strictObject({
      criterion: external_exports.enum(CRITERIA).describe("The waivable criterion this waiver lifts."),
      by: external_exports.string().min(1).describe("Who accepted the risk."),
      reason: external_exports.string().min(1).describe("Why it is acceptable."),
      until: external_exports.iso.date().describe("Last day the waiver applies (YYYY-MM-DD, UTC).")
    })
  ).default([]).describe("Accepted failures of waivable criteria; expired waivers no longer apply."),
  evidence_keys: external_exports.array(
    external_exports.string().refine(
      isRepositoryPath,
      "a path in the repository, e.g. .github/pilot-gate/evidence.pub.pem (relative, no . or .. parts)"
    )
  ).max(MAX_EVIDENCE_KEYS).default([]).describe(
    "Ed25519 public keys the GitHub App trusts: paths of PEM files on the default branch, as `pilot-gate evidence verify --key` takes them. The App posts a readiness report pushed to the `pilot-evidence` branch as the `pilot-gate/readiness` check only when its evidence pack is signed by one of them and verifies; with none, that check fails."
  )
}).prefault({}).describe("The go/no-go of `pilot-gate readiness`.");

// core/protection/config.ts
var PROTECTION_MODES = ["classic", "rulesets"], DRIFT_POLICIES = ["enforce", "report"], checkName = external_exports.string().trim().min(1).max(255), requiredCheckInput = external_exports.union([
  checkName.describe("A check name; any app may report it."),
  external_exports.strictObject({
    context: checkName.describe("The check's name, as it appears on a commit."),
    app_id: external_exports.number().int().describe(
      "The id of the GitHub App that must report it, e.g. 15368 for GitHub Actions; -1 allows any app."
    ).optional()
  }).describe("A check pinned to the app that must report it.")
]), protectionConfigSchema = external_exports.strictObject({
  mode: external_exports.enum(PROTECTION_MODES).default("classic").describe(
    "How sync writes protection: `classic` branch protection (one PUT per branch) or `rulesets` (one ruleset named pilot-gate for all branches). Reading understands both."
  ),
  drift: external_exports.enum(DRIFT_POLICIES).default("enforce").describe(
    "What the App does when protection is changed by hand: `enforce` re-applies it and records who changed what in the pilot-gate/protection check; `report` leaves it and keeps one open issue listing the drift, closed once it is fixed. Installing the App and changing this config apply protection either way."
  ),
  branches: external_exports.array(external_exports.string().trim().min(1)).min(1).default(["main", "develop"]).describe("Branches to protect, by exact name."),
  app_id: external_exports.number().int().positive().optional().describe(
    "This App's id, which required-check is pinned to (a workflow posting a check with the same name cannot satisfy it). The App knows it; the CLI needs it here, in --app-id or in APP_ID."
  ),
  required_checks: external_exports.array(requiredCheckInput).default([]).describe(
    "The team's CI checks, required besides the App's own check (check.name). With the App, prefer `check.require`: the one check then waits for CI itself, and this list stays empty."
  ),
  strict: external_exports.boolean().default(!0).describe("Require branches to be up to date with the base before merging."),
  required_approving_reviews: external_exports.number().int().min(0).max(6).default(1).describe("Approving reviews a PR needs (0-6)."),
  dismiss_stale_reviews: external_exports.boolean().default(!0).describe("Dismiss approvals when new commits are pushed."),
  require_code_owner_reviews: external_exports.boolean().default(!1).describe("Require a review from a code owner of the changed files."),
  enforce_admins: external_exports.boolean().default(!0).describe("Apply the rules to administrators too (no bypass)."),
  block_force_pushes: external_exports.boolean().default(!0).describe("Forbid force pushes."),
  block_deletions: external_exports.boolean().default(!0).describe("Forbid deleting the branch."),
  require_linear_history: external_exports.boolean().default(!1).describe("Forbid merge commits (the repository must allow squash or rebase merging)."),
  require_conversation_resolution: external_exports.boolean().default(!1).describe("Require every review conversation to be resolved before merging.")
}).describe("Branch protection as code: what `pilot-gate protection plan|sync` checks and writes.");

// core/release/rollback-config.ts
var REF_NAME_MAX = 255, rollbackConfigSchema = external_exports.strictObject({
  mode: external_exports.enum(["revert-pr", "deploy-ref"]).default("revert-pr").describe(
    "`revert-pr`: open a PR to the default branch whose one commit has the target release's tree (a person merges it, through the usual checks). `deploy-ref`: move the branch `deploy_ref` names to the target release's commit, for teams that deploy from a branch rather than from the default branch."
  ),
  deploy_ref: external_exports.string().max(REF_NAME_MAX).regex(TAG_PATTERN, "a branch name git accepts, e.g. production").optional().describe(
    "The branch to re-point in `deploy-ref` mode, e.g. `production` (required there, unused otherwise). It is moved backwards, so it must not be protected against force pushes for the workflow's token."
  )
}).superRefine((value, ctx) => {
  value.mode === "deploy-ref" && value.deploy_ref === void 0 && ctx.addIssue({
    code: "custom",
    path: ["deploy_ref"],
    message: "mode deploy-ref needs deploy_ref: the branch to re-point, e.g. production"
  });
}).describe(
  "How `pilot-gate rollback run` reverts: a revert PR (default) or a re-pointed deploy branch."
);

// core/site/config.ts
var siteConfigSchema = external_exports.strictObject({
  url: external_exports.url({ protocol: /^https$/, hostname: external_exports.regexes.domain }).optional().describe(
    "The readiness site's address (`pilot-gate site build`, deployed by site.yml), e.g. `https://acme.github.io/app/`. When set, the required check, `pilot-gate/readiness` and `pilot-gate/protection` link to its pages (`details_url`)."
  )
}).describe("The readiness site built from the evidence branch."), SITE_PAGES = {
  /** The current verdict, its criteria and every release: the required check and readiness. */
  overview: "index.html",
  /** The protection tier per branch over time. */
  protection: "trends.html#protection-tiers"
};
function sitePageUrl(site, page) {
  if (site.url === void 0) return;
  let base = site.url.endsWith("/") ? site.url : `${site.url}/`;
  return new URL(page, base).href;
}

// core/config/schema.ts
var configSchema = external_exports.strictObject({
  _extends: external_exports.string().min(1).optional().describe(
    "Inherit settings from another config, read from its repository's default branch: `repo` or `owner/repo` (that repository's `.github/pilot-gate.yml`), or `owner/repo:path/to/file.yml`. This file's settings win; mappings merge key by key, lists are replaced whole. The GitHub App and the pull-request Action follow it; the CLI and the other Actions read this file alone. A repository without this file gets its organisation's, from its `.github` repository."
  ),
  ids: external_exports.strictObject({
    pattern: regexSource.default(DEFAULT_ID_PATTERN).describe(
      "Regex (no anchors) for story and incident ids such as S-PC-01, RB-M06-001, INC-42."
    )
  }).prefault({}).describe("What a story or incident id looks like."),
  sections: sectionsSchema,
  roles: rolesSchema,
  check: external_exports.strictObject({
    name: external_exports.string().min(1).max(100).default("required-check").describe("Name of the check run branch protection requires."),
    drafts: external_exports.enum(["report", "enforce", "skip", "neutral"]).default("report").transform((value) => value === "neutral" ? "report" : value).describe(
      "Draft PRs: `report` posts the real verdict (titled `Draft:`) without adding the NO_MERGE label, `enforce` treats them like any PR, `skip` posts nothing. `neutral`, from older configs, means `report`: a draft's check is never neutral, since GitHub counts neutral as passing."
    ),
    dry_run: external_exports.boolean().default(!1).describe(
      "Log the planned check runs and label changes instead of making them (also DRY_RUN=true)."
    ),
    require: external_exports.array(requiredCheckItem).max(MAX_REQUIRED_CHECKS).default([]).describe(
      "The team's CI checks this check folds in: it passes only once each has passed on the PR's head, and reads `waiting for: …` while any is still running. Branch protection then needs this check alone."
    ),
    require_timeout: external_exports.number().int().min(1).max(10080).default(60).describe(
      "Minutes after CI starts on a commit before a required check that has not appeared is reported as missing rather than awaited."
    )
  }).superRefine((check, ctx) => {
    check.require.forEach((item, index) => {
      let name = typeof item == "string" ? item : item.name;
      name === check.name && ctx.addIssue({
        code: "custom",
        path: ["require", index],
        message: `${name} is this check's own name (check.name): remove it from check.require, the check cannot wait for itself`
      });
    });
  }).prefault({}).describe("The check run the App and the Action post."),
  overrides: external_exports.strictObject({
    permission: external_exports.enum(["write", "maintain", "admin"]).default("maintain").describe(
      "Lowest repository permission that may override a rule with `/pilot-gate override`."
    ),
    roles: external_exports.array(roleName).default([]).describe("Roles whose holders may override whatever their permission."),
    carry_over: external_exports.boolean().default(!1).describe(
      "Keep overrides after a new push. Off: an override covers only the commit it was made on. On: it keeps covering the same findings (by fingerprint) on later commits, never new ones."
    ),
    not_by_author: external_exports.array(
      external_exports.enum([
        branchName.id,
        prChecklist.id,
        residualRisks.id,
        noMergeLabel.id,
        governanceFiles.id,
        incidentFreeze.id,
        incidentStory.id,
        wipLimit.id,
        requiredChecks.id
      ])
    ).default([governanceFiles.id]).describe(
      "Rules a PR's author may not override on their own PR, whatever their permission (separation of duties): by default `governance-files`, so changing ownership or thresholds always takes a second person."
    )
  }).prefault({}).describe("Who may accept a blocking finding with a comment, leaving a receipt."),
  rules: external_exports.strictObject({
    [branchName.id]: branchName.options.prefault({}).describe(branchName.description),
    [prChecklist.id]: prChecklist.options.prefault({}).describe(prChecklist.description),
    [residualRisks.id]: residualRisks.options.prefault({}).describe(residualRisks.description),
    [noMergeLabel.id]: noMergeLabel.options.prefault({}).describe(noMergeLabel.description),
    [governanceFiles.id]: governanceFiles.options.prefault({}).describe(governanceFiles.description),
    [incidentFreeze.id]: incidentFreeze.options.prefault({}).describe(incidentFreeze.description),
    [incidentStory.id]: incidentStory.options.prefault({}).describe(incidentStory.description),
    [wipLimit.id]: wipLimit.options.prefault({}).describe(wipLimit.description),
    [requiredChecks.id]: requiredChecks.options.prefault({}).describe(requiredChecks.description)
  }).prefault({}).describe("Per-rule options, keyed by rule id."),
  smoke: smokeConfigSchema.prefault({}),
  parity: parityConfigSchema.prefault({}),
  readiness: readinessConfigSchema,
  protection: protectionConfigSchema.prefault({}),
  incidents: incidentsConfigSchema.prefault({}),
  // The readiness site (issue 19): its own section, so other keys added beside it merge cleanly.
  site: siteConfigSchema.prefault({}),
  pilot: pilotConfigSchema.prefault({}),
  cycles: cyclesConfigSchema,
  rollback: rollbackConfigSchema.prefault({})
}).superRefine((config, ctx) => storyIdIssues(config, ctx)).describe("pilot-gate configuration (.github/pilot-gate.yml).");
function defaultConfig() {
  return configSchema.parse({});
}

// core/yaml/validate.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlAs(text2, schema, options) {
  let read = readYamlMapping(text2, options);
  if (!read.ok) return read;
  let { layer } = read;
  return validateLayers(options.prepare ? options.prepare(layer.data) : layer.data, schema, [
    layer
  ]);
}
function readYamlMapping(text2, options) {
  let tooLarge = sizeIssue(text2, options.limit);
  if (tooLarge) return { ok: !1, issues: [tooLarge], unlisted: 0 };
  let lineCounter = new import_yaml.LineCounter(), doc = (0, import_yaml.parseDocument)(text2, { lineCounter, prettyErrors: !1, uniqueKeys: !1 }), at = (offset) => {
    let { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  }, syntax = [
    ...doc.errors.map((error) => ({
      offset: error.pos[0],
      message: error.message.split(`
`)[0] ?? error.message
    })),
    ...duplicateKeys(doc)
  ];
  if (syntax.length > 0) {
    let list = new IssueList();
    for (let { offset, message } of syntax.sort((a, b) => a.offset - b.offset))
      list.add(() => ({
        path: "",
        message: `YAML syntax error: ${message}`,
        position: at(offset)
      }));
    return list.failure();
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail(`cannot read YAML: ${error.message}`);
  }
  if (data == null) {
    if (options.emptyMessage) return fail(options.emptyMessage);
    data = {};
  }
  if (typeof data != "object" || data === null || Array.isArray(data)) {
    let start = doc.contents?.range?.[0];
    return fail(
      `the file must be ${options.rootDescription}, not a list or a single value`,
      start !== void 0 ? at(start) : void 0
    );
  }
  return {
    ok: !0,
    layer: {
      data,
      doc,
      at,
      ...options.file !== void 0 ? { file: options.file } : {}
    }
  };
}
function validateLayers(data, schema, layers) {
  let result = schema.safeParse(data);
  return result.success ? { ok: !0, data: result.data } : toIssues(result.error, layers, schema).failure();
}
function sizeIssue(text2, limit) {
  let bytes4 = sizeOverLimit(text2, limit);
  return bytes4 === void 0 ? void 0 : tooLargeIssue(bytes4, limit);
}
function fail(message, position) {
  return {
    ok: !1,
    issues: [{ path: "", message, ...position ? { position } : {} }],
    unlisted: 0
  };
}
var IssueList = class {
  issues = [];
  unlisted = 0;
  get full() {
    return this.issues.length >= MAX_FILE_ISSUES;
  }
  add(make) {
    this.full ? this.unlisted++ : this.issues.push(make());
  }
  failure() {
    return { ok: !1, issues: this.issues, unlisted: this.unlisted };
  }
};
function duplicateKeys(doc) {
  let found = [];
  return (0, import_yaml.visit)(doc, {
    Map(_, map) {
      let seen = /* @__PURE__ */ new Set();
      for (let pair of map.items) {
        if (!(0, import_yaml.isScalar)(pair.key)) continue;
        let value = pair.key.value;
        seen.has(value) && found.push({
          offset: pair.key.range?.[0] ?? 0,
          message: `duplicate key "${String(value)}": map keys must be unique`
        }), seen.add(value);
      }
    }
  }), found;
}
function toIssues(error, layers, schema) {
  let list = new IssueList();
  for (let issue of error.issues) {
    let path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      if (list.full) {
        list.unlisted += issue.keys.length;
        continue;
      }
      let indexes = layers.map((layer) => ({
        layer,
        keys: keyIndex(layer.doc.getIn(path, !0))
      })), hint = hintFor(schema, path);
      for (let key of issue.keys)
        list.add(() => {
          let found = indexes.find((index) => index.keys.has(key)), keyNode = found?.keys.get(key);
          return {
            path: [...path, key].join("."),
            message: `unknown key "${key}"${hint}`,
            ...found && keyNode?.range ? located(found.layer, keyNode.range[0]) : {}
          };
        });
      continue;
    }
    list.add(() => {
      let found = nearestNode(layers, path);
      return {
        path: path.join("."),
        message: issue.message,
        ...found?.node.range ? located(found.layer, found.node.range[0]) : {}
      };
    });
  }
  return list;
}
function located(layer, offset) {
  return {
    position: layer.at(offset),
    ...layer.file !== void 0 ? { file: layer.file } : {}
  };
}
function hintFor(schema, path) {
  let shape = schema;
  for (let key of path) {
    let next = unwrap(shape)?.shape?.[key];
    if (!next) return "";
    shape = next;
  }
  let keys = Object.keys(unwrap(shape)?.shape ?? {});
  return keys.length > 0 ? `; allowed here: ${keys.join(", ")}` : "";
}
function unwrap(schema) {
  let current = schema;
  for (; current && !current.shape && (current.def?.innerType || current.def?.in); )
    current = current.def.innerType ?? current.def.in;
  return current;
}
function keyIndex(parent) {
  let index = /* @__PURE__ */ new Map();
  if (!(0, import_yaml.isMap)(parent)) return index;
  for (let pair of parent.items) {
    if (!(0, import_yaml.isScalar)(pair.key)) continue;
    let key = String(pair.key.value);
    index.has(key) || index.set(key, pair.key);
  }
  return index;
}
function nearestNode(layers, path) {
  for (let length = path.length; length >= 0; length--)
    for (let layer of layers) {
      let node = layer.doc.getIn(path.slice(0, length), !0);
      if (node && typeof node == "object" && "range" in node) return { layer, node };
    }
}
function positionAt(text2, offset) {
  let before = text2.slice(0, offset);
  return { line: before.split(`
`).length, column: offset - before.lastIndexOf(`
`) };
}

// core/config/load.ts
function parseConfig(text2, file = CONFIG_PATH) {
  let result = parseYamlAs(text2, configSchema, {
    rootDescription: "a mapping of keys (ids, sections, rules, ...)",
    limit: CONFIG_LIMIT
  });
  if (result.ok) return result.data;
  throw new ConfigError(file, renameRuleIssues(result.issues), result.unlisted);
}
function renameRuleIssues(issues) {
  return issues.map(
    (issue) => issue.path.startsWith("rules.") && issue.path.split(".").length === 2 ? { ...issue, message: issue.message.replace(/^unknown key/, "unknown rule") } : issue
  );
}

// core/evidence/schema.ts
var EVIDENCE_SCOPES = ["story", "wave", "release", "pilot", "incident"], MANIFEST_FILE = "manifest.json", STATEMENT_FILE = "statement.json", ENVELOPE_FILE = "statement.dsse.json", PACK_META_FILES = [MANIFEST_FILE, STATEMENT_FILE, ENVELOPE_FILE], IN_TOTO_STATEMENT_TYPE = "https://in-toto.io/Statement/v1", PREDICATE_TYPE = "https://pilot-gate.dev/evidence/v1", DSSE_PAYLOAD_TYPE = "application/vnd.in-toto+json", HEX64 = /^[0-9a-f]{64}$/, COMMIT_PATTERN = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, PACK_ID_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
function isSafePackPath(path) {
  return path === "" || path.startsWith("/") || path.includes("\\") || path.includes("\0") || path.split("/").some((s) => s === "" || s === "." || s === "..") ? !1 : !PACK_META_FILES.includes(path);
}
function listedOnce(nameOf) {
  return (items, ctx) => {
    let seen = /* @__PURE__ */ new Set();
    for (let [index, item] of items.entries()) {
      let name = nameOf(item);
      seen.has(name) && ctx.addIssue({ code: "custom", path: [index], message: `${name} is listed twice` }), seen.add(name);
    }
  };
}
var sha256Hex = external_exports.string().regex(HEX64, "a sha256 digest: 64 lower-case hex digits"), digestString = external_exports.string().regex(/^sha256:[0-9a-f]{64}$/, "a digest written sha256:<64 hex>").describe("`sha256:` and the hex SHA-256 of the RFC 8785 canonical JSON."), fileEntrySchema = external_exports.strictObject({
  path: external_exports.string().refine(isSafePackPath, "a relative path inside the pack, without . or .. segments").describe("Path inside the pack folder, `/`-separated."),
  sha256: sha256Hex,
  size: external_exports.number().int().min(0).describe("Size in bytes."),
  mediaType: external_exports.string().min(1).describe("IANA media type, guessed from the extension.")
}).describe("One file of the pack."), previousSchema = external_exports.strictObject({
  id: external_exports.string().regex(PACK_ID_PATTERN).describe("The previous pack's id in the same scope."),
  digest: digestString.describe("Digest of the previous pack's manifest.json (RFC 8785).")
}).describe("The link of the hash chain: the pack made before this one in the same scope."), manifestSchema = external_exports.strictObject({
  version: external_exports.literal(1).describe("Format version; changes only when a field changes meaning."),
  scope: external_exports.enum(EVIDENCE_SCOPES),
  id: external_exports.string().regex(PACK_ID_PATTERN),
  commit: external_exports.string().regex(COMMIT_PATTERN).describe("The commit the evidence is about."),
  createdAt: external_exports.iso.datetime({ offset: !0 }).describe("When the pack was made (ISO 8601); orders the chain."),
  files: external_exports.array(fileEntrySchema).superRefine(listedOnce((file) => file.path)).describe("Every input file, sorted by path, each once."),
  previous: previousSchema.nullable().describe("null for the first pack of its scope (the chain's start)."),
  signed: external_exports.boolean().describe("Whether statement.dsse.json was written with signatures."),
  keyids: external_exports.array(sha256Hex).describe(
    "Fingerprints (sha256 of the SPKI DER) of the keys that signed; empty if unsigned."
  )
}).describe("pilot-gate evidence pack manifest"), gateResultSchema = external_exports.strictObject({
  gate: external_exports.string().describe("The report's `gate` or `kind`, e.g. smoke, parity, readiness."),
  status: external_exports.string().describe("The report's `status` or `verdict`, e.g. pass, drift, GO."),
  path: external_exports.string().describe("The report's path in the pack.")
}).describe("One gate report packed as evidence."), subjectSchema = external_exports.strictObject({
  name: external_exports.string(),
  digest: external_exports.record(external_exports.string(), external_exports.string())
}), predicateSchema = external_exports.strictObject({
  scope: external_exports.enum(EVIDENCE_SCOPES),
  id: external_exports.string(),
  createdAt: external_exports.string(),
  manifest: external_exports.strictObject({ digest: digestString }).describe("Binds the statement (and so the signature) to manifest.json and its chain link."),
  previous: previousSchema.nullable(),
  gates: external_exports.array(gateResultSchema).describe("The gate results, from the packed reports."),
  config: external_exports.strictObject({ digest: digestString }).nullable().describe("Digest of the effective pilot-gate config (RFC 8785), when one was given.")
}), statementSchema = external_exports.strictObject({
  _type: external_exports.literal(IN_TOTO_STATEMENT_TYPE),
  subject: external_exports.array(subjectSchema).min(1).superRefine(listedOnce((subject) => subject.name)).describe("The commit (digest gitCommit), then every file (digest sha256), by path."),
  predicateType: external_exports.literal(PREDICATE_TYPE),
  predicate: predicateSchema
}).describe("pilot-gate evidence statement (in-toto Statement v1)"), envelopeSchema = external_exports.strictObject({
  payloadType: external_exports.literal(DSSE_PAYLOAD_TYPE),
  payload: external_exports.string().describe("The statement's bytes, base64."),
  signatures: external_exports.array(
    external_exports.strictObject({
      keyid: external_exports.string().describe("sha256 of the signer's SPKI DER public key, hex."),
      sig: external_exports.string().describe("Ed25519 signature over the DSSE PAE, base64.")
    })
  ).min(1)
}).describe("pilot-gate evidence DSSE envelope"), FINDING_KINDS = [
  "missing",
  "extra",
  "tampered",
  "truncated",
  "manifest-invalid",
  "statement-invalid",
  "statement-mismatch",
  "envelope-invalid",
  "bad-signature",
  "wrong-key",
  "unsigned",
  "signature-unverified",
  "broken-chain",
  "misplaced",
  "invalid-name"
], findingSchema = external_exports.strictObject({
  kind: external_exports.enum(FINDING_KINDS),
  severity: external_exports.enum(["error", "warning"]).describe("error fails verification; warning is reported and passes."),
  pack: external_exports.string().describe("The pack the finding is in, as scope/id or the folder given."),
  path: external_exports.string().optional().describe("The file concerned, relative to the pack."),
  message: external_exports.string()
}), verifyReportSchema = external_exports.strictObject({
  version: external_exports.literal(1),
  kind: external_exports.literal("evidence-verify"),
  status: external_exports.enum(["pass", "fail"]).describe("pass: no error finding (warnings allowed); fail otherwise."),
  pack: external_exports.string(),
  manifestDigest: digestString.optional().describe("Absent when manifest.json is unreadable."),
  signed: external_exports.boolean(),
  verifiedKeyids: external_exports.array(external_exports.string()).describe("Keys whose signature was checked and is valid."),
  chain: external_exports.array(external_exports.strictObject({ pack: external_exports.string(), digest: digestString.optional() })).describe("The packs followed, newest first, down to the first of the scope."),
  findings: external_exports.array(findingSchema)
}).describe("pilot-gate evidence verification report");

// core/evidence/render.ts
function renderVerifyText(report, c) {
  let lines2 = [], errors = report.findings.filter((f) => f.severity === "error"), warnings = report.findings.filter((f) => f.severity === "warning");
  for (let finding of [...errors, ...warnings]) {
    let icon = finding.severity === "error" ? c.red("✖") : c.yellow("⚠"), where3 = finding.path ? `${finding.pack}/${finding.path}` : finding.pack;
    lines2.push(`${icon} ${c.bold(finding.kind)} ${c.dim(where3)}: ${finding.message}`);
  }
  lines2.length > 0 && lines2.push("");
  let chain = `${report.chain.length} pack${report.chain.length === 1 ? "" : "s"} in the chain`;
  if (report.status === "pass") {
    let signature = report.verifiedKeyids.length > 0 ? `signature valid (${report.verifiedKeyids.map((k) => k.slice(0, 16)).join(", ")})` : report.signed ? "signature not checked" : "unsigned";
    lines2.push(
      `${c.green("Evidence intact")}: ${report.pack}, ${chain}, ${signature}${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? "" : "s"}` : ""}`
    );
  } else
    lines2.push(
      `${c.red("Evidence NOT intact")}: ${report.pack}: ${errors.length} problem${errors.length === 1 ? "" : "s"} (${[...new Set(errors.map((e) => e.kind))].join(", ")}); ${chain} checked`
    );
  return `${lines2.join(`
`)}
`;
}
function renderEvidenceSummary(summary2) {
  let { previous } = summary2;
  return [
    `### Evidence pack ${inertText(summary2.packPath)}`,
    "",
    `- ${summary2.committed ? "Committed" : "Already on"} ${codeSpan(summary2.branch)} at ${codeSpan(summary2.commitSha)}${summary2.branchCreated ? " (branch created)" : ""}`,
    `- Commit judged: ${codeSpan(summary2.judgedSha)}`,
    `- Files: ${summary2.files}; statement digest ${codeSpan(summary2.statementDigest)}; manifest digest ${codeSpan(summary2.manifestDigest)}`,
    `- Previous: ${previous ? `${codeSpan(previous.id)} (${codeSpan(previous.digest)})` : "none (first pack of this scope)"}`,
    `- Signed: ${summary2.signed ? "yes" : "**no** (set signing-key to sign)"}`,
    ""
  ].join(`
`);
}

// core/evidence/signing.ts
import { createHash as createHash2, createPublicKey, sign, verify } from "node:crypto";

// core/evidence/digest.ts
import { createHash } from "node:crypto";

// node_modules/canonicalize/lib/canonicalize.js
function hasLoneSurrogate(value) {
  for (let i = 0; i < value.length; i++) {
    let code2 = value.charCodeAt(i);
    if (code2 >= 55296 && code2 <= 56319) {
      if (i === value.length - 1)
        return !0;
      let next = value.charCodeAt(i + 1);
      if (!(next >= 56320 && next <= 57343))
        return !0;
      i++;
    } else if (code2 >= 56320 && code2 <= 57343)
      return !0;
  }
  return !1;
}
function canonicalize(object, seen = /* @__PURE__ */ new Set()) {
  if (typeof object == "number" && isNaN(object))
    throw new Error("NaN is not allowed");
  if (typeof object == "number" && !isFinite(object))
    throw new Error("Infinity is not allowed");
  if (typeof object == "string" && hasLoneSurrogate(object))
    throw new Error("Lone surrogate is not allowed");
  if (object === null || typeof object != "object")
    return JSON.stringify(object);
  if (typeof object.toJSON == "function") {
    if (seen.has(object))
      throw new Error("Circular reference detected");
    seen.add(object);
    let result2 = canonicalize(object.toJSON(), seen);
    return seen.delete(object), result2;
  }
  if (seen.has(object))
    throw new Error("Circular reference detected");
  seen.add(object);
  let result;
  if (Array.isArray(object))
    result = `[${object.map((cv) => canonicalize(cv === void 0 || typeof cv == "symbol" ? null : cv, seen)).join(",")}]`;
  else {
    let parts = [];
    for (let key of Object.keys(object).sort())
      object[key] === void 0 || typeof object[key] == "symbol" || parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    result = `{${parts.join(",")}}`;
  }
  return seen.delete(object), result;
}

// core/evidence/digest.ts
function canonicalJson(value) {
  let text2 = canonicalize(value);
  if (text2 === void 0) throw new TypeError("only JSON values have a canonical form");
  return text2;
}
function digestOf(value) {
  return `sha256:${sha256Hex2(canonicalJson(value))}`;
}
function sha256Hex2(data) {
  return createHash("sha256").update(data).digest("hex");
}

// core/evidence/signing.ts
function pae(type, body) {
  let typeBytes = Buffer.from(type, "utf8");
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${typeBytes.length} `, "utf8"),
    typeBytes,
    Buffer.from(` ${body.length} `, "utf8"),
    body
  ]);
}
function keyId(key) {
  let der = publicHalf(key).export({ type: "spki", format: "der" });
  return createHash2("sha256").update(der).digest("hex");
}
function publicHalf(key) {
  return key.type === "public" ? key : createPublicKey(key);
}
function assertEd25519(key, what) {
  if (key.asymmetricKeyType !== "ed25519")
    throw new UsageError(
      `${what} is a ${key.asymmetricKeyType ?? key.type} key; evidence is signed with Ed25519 (make one with: openssl genpkey -algorithm ed25519 -out key.pem)`
    );
}
function publicKeyFromPem(pem, what) {
  let key;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new UsageError(
      `${what} is not a PEM public key; export one with: openssl pkey -in key.pem -pubout -out pub.pem`
    );
  }
  return assertEd25519(key, what), key;
}
function statementPayload(statement) {
  return Buffer.from(canonicalJson(statement), "utf8");
}
function signStatement(statement, privateKeys) {
  let payload = statementPayload(statement), message = pae(DSSE_PAYLOAD_TYPE, payload), signatures = privateKeys.map((key, index) => {
    if (key.type !== "private")
      throw new UsageError(
        `signing key ${index + 1} is a public key; signing needs the private key`
      );
    return assertEd25519(key, `signing key ${index + 1}`), { keyid: keyId(key), sig: sign(null, message, key).toString("base64") };
  });
  return { payloadType: DSSE_PAYLOAD_TYPE, payload: payload.toString("base64"), signatures };
}
function checkSignatures(envelope, publicKeys) {
  let byId = new Map(publicKeys.map((key) => [keyId(key), key])), message = pae(envelope.payloadType, Buffer.from(envelope.payload, "base64"));
  return envelope.signatures.map(({ keyid, sig }) => {
    let key = byId.get(keyid);
    if (!key) return { keyid, result: "unknown" };
    let ok = !1;
    try {
      ok = verify(null, message, key, Buffer.from(sig, "base64"));
    } catch {
      ok = !1;
    }
    return { keyid, result: ok ? "valid" : "invalid" };
  });
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = !1) {
  let len = text2.length, pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count2, exact) {
    let digits = 0, value2 = 0;
    for (; digits < count2 || !exact; ) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57)
        value2 = value2 * 16 + ch - 48;
      else if (ch >= 65 && ch <= 70)
        value2 = value2 * 16 + ch - 65 + 10;
      else if (ch >= 97 && ch <= 102)
        value2 = value2 * 16 + ch - 97 + 10;
      else
        break;
      pos++, digits++;
    }
    return digits < count2 && (value2 = -1), value2;
  }
  function setPosition(newPosition) {
    pos = newPosition, value = "", tokenOffset = 0, token = 16, scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text2.charCodeAt(pos) === 48)
      pos++;
    else
      for (pos++; pos < text2.length && isDigit(text2.charCodeAt(pos)); )
        pos++;
    if (pos < text2.length && text2.charCodeAt(pos) === 46)
      if (pos++, pos < text2.length && isDigit(text2.charCodeAt(pos)))
        for (pos++; pos < text2.length && isDigit(text2.charCodeAt(pos)); )
          pos++;
      else
        return scanError = 3, text2.substring(start, pos);
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101))
      if (pos++, (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) && pos++, pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        for (pos++; pos < text2.length && isDigit(text2.charCodeAt(pos)); )
          pos++;
        end = pos;
      } else
        scanError = 3;
    return text2.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    for (; ; ) {
      if (pos >= len) {
        result += text2.substring(start, pos), scanError = 2;
        break;
      }
      let ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start, pos), pos++;
        break;
      }
      if (ch === 92) {
        if (result += text2.substring(start, pos), pos++, pos >= len) {
          scanError = 2;
          break;
        }
        switch (text2.charCodeAt(pos++)) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += `
`;
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            let ch3 = scanHexDigits(4, !0);
            ch3 >= 0 ? result += String.fromCharCode(ch3) : scanError = 4;
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31)
        if (isLineBreak(ch)) {
          result += text2.substring(start, pos), scanError = 2;
          break;
        } else
          scanError = 6;
      pos++;
    }
    return result;
  }
  function scanNext() {
    if (value = "", scanError = 0, tokenOffset = pos, lineStartOffset = lineNumber, prevTokenLineStartOffset = tokenLineStartOffset, pos >= len)
      return tokenOffset = len, token = 17;
    let code2 = text2.charCodeAt(pos);
    if (isWhiteSpace(code2)) {
      do
        pos++, value += String.fromCharCode(code2), code2 = text2.charCodeAt(pos);
      while (isWhiteSpace(code2));
      return token = 15;
    }
    if (isLineBreak(code2))
      return pos++, value += String.fromCharCode(code2), code2 === 13 && text2.charCodeAt(pos) === 10 && (pos++, value += `
`), lineNumber++, tokenLineStartOffset = pos, token = 14;
    switch (code2) {
      // tokens: []{}:,
      case 123:
        return pos++, token = 1;
      case 125:
        return pos++, token = 2;
      case 91:
        return pos++, token = 3;
      case 93:
        return pos++, token = 4;
      case 58:
        return pos++, token = 6;
      case 44:
        return pos++, token = 5;
      // strings
      case 34:
        return pos++, value = scanString(), token = 10;
      // comments
      case 47:
        let start = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          for (pos += 2; pos < len && !isLineBreak(text2.charCodeAt(pos)); )
            pos++;
          return value = text2.substring(start, pos), token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          let safeLength = len - 1, commentClosed = !1;
          for (; pos < safeLength; ) {
            let ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2, commentClosed = !0;
              break;
            }
            pos++, isLineBreak(ch) && (ch === 13 && text2.charCodeAt(pos) === 10 && pos++, lineNumber++, tokenLineStartOffset = pos);
          }
          return commentClosed || (pos++, scanError = 1), value = text2.substring(start, pos), token = 13;
        }
        return value += String.fromCharCode(code2), pos++, token = 16;
      // numbers
      case 45:
        if (value += String.fromCharCode(code2), pos++, pos === len || !isDigit(text2.charCodeAt(pos)))
          return token = 16;
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        return value += scanNumber(), token = 11;
      // literals and unknown symbols
      default:
        for (; pos < len && isUnknownContentCharacter(code2); )
          pos++, code2 = text2.charCodeAt(pos);
        if (tokenOffset !== pos) {
          switch (value = text2.substring(tokenOffset, pos), value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        return value += String.fromCharCode(code2), pos++, token = 16;
    }
  }
  function isUnknownContentCharacter(code2) {
    if (isWhiteSpace(code2) || isLineBreak(code2))
      return !1;
    switch (code2) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return !1;
    }
    return !0;
  }
  function scanNextNonTrivia() {
    let result;
    do
      result = scanNext();
    while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2.lineFeed = 10] = "lineFeed", CharacterCodes2[CharacterCodes2.carriageReturn = 13] = "carriageReturn", CharacterCodes2[CharacterCodes2.space = 32] = "space", CharacterCodes2[CharacterCodes2._0 = 48] = "_0", CharacterCodes2[CharacterCodes2._1 = 49] = "_1", CharacterCodes2[CharacterCodes2._2 = 50] = "_2", CharacterCodes2[CharacterCodes2._3 = 51] = "_3", CharacterCodes2[CharacterCodes2._4 = 52] = "_4", CharacterCodes2[CharacterCodes2._5 = 53] = "_5", CharacterCodes2[CharacterCodes2._6 = 54] = "_6", CharacterCodes2[CharacterCodes2._7 = 55] = "_7", CharacterCodes2[CharacterCodes2._8 = 56] = "_8", CharacterCodes2[CharacterCodes2._9 = 57] = "_9", CharacterCodes2[CharacterCodes2.a = 97] = "a", CharacterCodes2[CharacterCodes2.b = 98] = "b", CharacterCodes2[CharacterCodes2.c = 99] = "c", CharacterCodes2[CharacterCodes2.d = 100] = "d", CharacterCodes2[CharacterCodes2.e = 101] = "e", CharacterCodes2[CharacterCodes2.f = 102] = "f", CharacterCodes2[CharacterCodes2.g = 103] = "g", CharacterCodes2[CharacterCodes2.h = 104] = "h", CharacterCodes2[CharacterCodes2.i = 105] = "i", CharacterCodes2[CharacterCodes2.j = 106] = "j", CharacterCodes2[CharacterCodes2.k = 107] = "k", CharacterCodes2[CharacterCodes2.l = 108] = "l", CharacterCodes2[CharacterCodes2.m = 109] = "m", CharacterCodes2[CharacterCodes2.n = 110] = "n", CharacterCodes2[CharacterCodes2.o = 111] = "o", CharacterCodes2[CharacterCodes2.p = 112] = "p", CharacterCodes2[CharacterCodes2.q = 113] = "q", CharacterCodes2[CharacterCodes2.r = 114] = "r", CharacterCodes2[CharacterCodes2.s = 115] = "s", CharacterCodes2[CharacterCodes2.t = 116] = "t", CharacterCodes2[CharacterCodes2.u = 117] = "u", CharacterCodes2[CharacterCodes2.v = 118] = "v", CharacterCodes2[CharacterCodes2.w = 119] = "w", CharacterCodes2[CharacterCodes2.x = 120] = "x", CharacterCodes2[CharacterCodes2.y = 121] = "y", CharacterCodes2[CharacterCodes2.z = 122] = "z", CharacterCodes2[CharacterCodes2.A = 65] = "A", CharacterCodes2[CharacterCodes2.B = 66] = "B", CharacterCodes2[CharacterCodes2.C = 67] = "C", CharacterCodes2[CharacterCodes2.D = 68] = "D", CharacterCodes2[CharacterCodes2.E = 69] = "E", CharacterCodes2[CharacterCodes2.F = 70] = "F", CharacterCodes2[CharacterCodes2.G = 71] = "G", CharacterCodes2[CharacterCodes2.H = 72] = "H", CharacterCodes2[CharacterCodes2.I = 73] = "I", CharacterCodes2[CharacterCodes2.J = 74] = "J", CharacterCodes2[CharacterCodes2.K = 75] = "K", CharacterCodes2[CharacterCodes2.L = 76] = "L", CharacterCodes2[CharacterCodes2.M = 77] = "M", CharacterCodes2[CharacterCodes2.N = 78] = "N", CharacterCodes2[CharacterCodes2.O = 79] = "O", CharacterCodes2[CharacterCodes2.P = 80] = "P", CharacterCodes2[CharacterCodes2.Q = 81] = "Q", CharacterCodes2[CharacterCodes2.R = 82] = "R", CharacterCodes2[CharacterCodes2.S = 83] = "S", CharacterCodes2[CharacterCodes2.T = 84] = "T", CharacterCodes2[CharacterCodes2.U = 85] = "U", CharacterCodes2[CharacterCodes2.V = 86] = "V", CharacterCodes2[CharacterCodes2.W = 87] = "W", CharacterCodes2[CharacterCodes2.X = 88] = "X", CharacterCodes2[CharacterCodes2.Y = 89] = "Y", CharacterCodes2[CharacterCodes2.Z = 90] = "Z", CharacterCodes2[CharacterCodes2.asterisk = 42] = "asterisk", CharacterCodes2[CharacterCodes2.backslash = 92] = "backslash", CharacterCodes2[CharacterCodes2.closeBrace = 125] = "closeBrace", CharacterCodes2[CharacterCodes2.closeBracket = 93] = "closeBracket", CharacterCodes2[CharacterCodes2.colon = 58] = "colon", CharacterCodes2[CharacterCodes2.comma = 44] = "comma", CharacterCodes2[CharacterCodes2.dot = 46] = "dot", CharacterCodes2[CharacterCodes2.doubleQuote = 34] = "doubleQuote", CharacterCodes2[CharacterCodes2.minus = 45] = "minus", CharacterCodes2[CharacterCodes2.openBrace = 123] = "openBrace", CharacterCodes2[CharacterCodes2.openBracket = 91] = "openBracket", CharacterCodes2[CharacterCodes2.plus = 43] = "plus", CharacterCodes2[CharacterCodes2.slash = 47] = "slash", CharacterCodes2[CharacterCodes2.formFeed = 12] = "formFeed", CharacterCodes2[CharacterCodes2.tab = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => " ".repeat(index)), maxCachedValues = 200, cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => `
` + " ".repeat(index)),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => "\r" + " ".repeat(index)),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => `\r
` + " ".repeat(index))
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => `
` + "	".repeat(index)),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => "\r" + "	".repeat(index)),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => `\r
` + "	".repeat(index))
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: !1
  };
})(ParseOptions || (ParseOptions = {}));
function visit2(text2, visitor, options = ParseOptions.DEFAULT) {
  let _scanner = createScanner(text2, !1), _jsonPath = [], suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => !0;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => !0;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => !0;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      suppressedCallbacks > 0 ? suppressedCallbacks++ : visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) === !1 && (suppressedCallbacks = 1);
    } : () => !0;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      suppressedCallbacks > 0 && suppressedCallbacks--, suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
    } : () => !0;
  }
  let onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError), disallowComments = options && options.disallowComments, allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    for (; ; ) {
      let token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          disallowComments || handleError(
            11
            /* ParseErrorCode.UnexpectedEndOfComment */
          );
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          disallowComments ? handleError(
            10
            /* ParseErrorCode.InvalidCommentToken */
          ) : onComment();
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    if (onError(error), skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      for (; token !== 17; ) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1)
          break;
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    let value = _scanner.getTokenValue();
    return isValue ? onLiteralValue(value) : (onObjectProperty(value), _jsonPath.push(value)), scanNext(), !0;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        let tokenValue = _scanner.getTokenValue(), value = Number(tokenValue);
        isNaN(value) && (handleError(
          2
          /* ParseErrorCode.InvalidNumberFormat */
        ), value = 0), onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(!0);
        break;
      case 9:
        onLiteralValue(!1);
        break;
      default:
        return !1;
    }
    return scanNext(), !0;
  }
  function parseProperty() {
    return _scanner.getToken() !== 10 ? (handleError(3, [], [
      2,
      5
      /* SyntaxKind.CommaToken */
    ]), !1) : (parseString(!1), _scanner.getToken() === 6 ? (onSeparator(":"), scanNext(), parseValue2() || handleError(4, [], [
      2,
      5
      /* SyntaxKind.CommaToken */
    ])) : handleError(5, [], [
      2,
      5
      /* SyntaxKind.CommaToken */
    ]), _jsonPath.pop(), !0);
  }
  function parseObject() {
    onObjectBegin(), scanNext();
    let needsComma = !1;
    for (; _scanner.getToken() !== 2 && _scanner.getToken() !== 17; ) {
      if (_scanner.getToken() === 5) {
        if (needsComma || handleError(4, [], []), onSeparator(","), scanNext(), _scanner.getToken() === 2 && allowTrailingComma)
          break;
      } else needsComma && handleError(6, [], []);
      parseProperty() || handleError(4, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]), needsComma = !0;
    }
    return onObjectEnd(), _scanner.getToken() !== 2 ? handleError(7, [
      2
      /* SyntaxKind.CloseBraceToken */
    ], []) : scanNext(), !0;
  }
  function parseArray() {
    onArrayBegin(), scanNext();
    let isFirstElement = !0, needsComma = !1;
    for (; _scanner.getToken() !== 4 && _scanner.getToken() !== 17; ) {
      if (_scanner.getToken() === 5) {
        if (needsComma || handleError(4, [], []), onSeparator(","), scanNext(), _scanner.getToken() === 4 && allowTrailingComma)
          break;
      } else needsComma && handleError(6, [], []);
      isFirstElement ? (_jsonPath.push(0), isFirstElement = !1) : _jsonPath[_jsonPath.length - 1]++, parseValue2() || handleError(4, [], [
        4,
        5
        /* SyntaxKind.CommaToken */
      ]), needsComma = !0;
    }
    return onArrayEnd(), isFirstElement || _jsonPath.pop(), _scanner.getToken() !== 4 ? handleError(8, [
      4
      /* SyntaxKind.CloseBracketToken */
    ], []) : scanNext(), !0;
  }
  function parseValue2() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(!0);
      default:
        return parseLiteral();
    }
  }
  return scanNext(), _scanner.getToken() === 17 ? options.allowEmptyContent ? !0 : (handleError(4, [], []), !1) : parseValue2() ? (_scanner.getToken() !== 17 && handleError(9, [], []), !0) : (handleError(4, [], []), !1);
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2.None = 0] = "None", ScanError2[ScanError2.UnexpectedEndOfComment = 1] = "UnexpectedEndOfComment", ScanError2[ScanError2.UnexpectedEndOfString = 2] = "UnexpectedEndOfString", ScanError2[ScanError2.UnexpectedEndOfNumber = 3] = "UnexpectedEndOfNumber", ScanError2[ScanError2.InvalidUnicode = 4] = "InvalidUnicode", ScanError2[ScanError2.InvalidEscapeCharacter = 5] = "InvalidEscapeCharacter", ScanError2[ScanError2.InvalidCharacter = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2.OpenBraceToken = 1] = "OpenBraceToken", SyntaxKind2[SyntaxKind2.CloseBraceToken = 2] = "CloseBraceToken", SyntaxKind2[SyntaxKind2.OpenBracketToken = 3] = "OpenBracketToken", SyntaxKind2[SyntaxKind2.CloseBracketToken = 4] = "CloseBracketToken", SyntaxKind2[SyntaxKind2.CommaToken = 5] = "CommaToken", SyntaxKind2[SyntaxKind2.ColonToken = 6] = "ColonToken", SyntaxKind2[SyntaxKind2.NullKeyword = 7] = "NullKeyword", SyntaxKind2[SyntaxKind2.TrueKeyword = 8] = "TrueKeyword", SyntaxKind2[SyntaxKind2.FalseKeyword = 9] = "FalseKeyword", SyntaxKind2[SyntaxKind2.StringLiteral = 10] = "StringLiteral", SyntaxKind2[SyntaxKind2.NumericLiteral = 11] = "NumericLiteral", SyntaxKind2[SyntaxKind2.LineCommentTrivia = 12] = "LineCommentTrivia", SyntaxKind2[SyntaxKind2.BlockCommentTrivia = 13] = "BlockCommentTrivia", SyntaxKind2[SyntaxKind2.LineBreakTrivia = 14] = "LineBreakTrivia", SyntaxKind2[SyntaxKind2.Trivia = 15] = "Trivia", SyntaxKind2[SyntaxKind2.Unknown = 16] = "Unknown", SyntaxKind2[SyntaxKind2.EOF = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var visit3 = visit2;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2.InvalidSymbol = 1] = "InvalidSymbol", ParseErrorCode2[ParseErrorCode2.InvalidNumberFormat = 2] = "InvalidNumberFormat", ParseErrorCode2[ParseErrorCode2.PropertyNameExpected = 3] = "PropertyNameExpected", ParseErrorCode2[ParseErrorCode2.ValueExpected = 4] = "ValueExpected", ParseErrorCode2[ParseErrorCode2.ColonExpected = 5] = "ColonExpected", ParseErrorCode2[ParseErrorCode2.CommaExpected = 6] = "CommaExpected", ParseErrorCode2[ParseErrorCode2.CloseBraceExpected = 7] = "CloseBraceExpected", ParseErrorCode2[ParseErrorCode2.CloseBracketExpected = 8] = "CloseBracketExpected", ParseErrorCode2[ParseErrorCode2.EndOfFileExpected = 9] = "EndOfFileExpected", ParseErrorCode2[ParseErrorCode2.InvalidCommentToken = 10] = "InvalidCommentToken", ParseErrorCode2[ParseErrorCode2.UnexpectedEndOfComment = 11] = "UnexpectedEndOfComment", ParseErrorCode2[ParseErrorCode2.UnexpectedEndOfString = 12] = "UnexpectedEndOfString", ParseErrorCode2[ParseErrorCode2.UnexpectedEndOfNumber = 13] = "UnexpectedEndOfNumber", ParseErrorCode2[ParseErrorCode2.InvalidUnicode = 14] = "InvalidUnicode", ParseErrorCode2[ParseErrorCode2.InvalidEscapeCharacter = 15] = "InvalidEscapeCharacter", ParseErrorCode2[ParseErrorCode2.InvalidCharacter = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));

// core/evidence/i-json.ts
var UTF8 = new TextDecoder("utf-8", { fatal: !0, ignoreBOM: !0 }), FORBIDDEN = /[\p{Cs}\p{Noncharacter_Code_Point}]/u;
function parseIJson(input) {
  let text2;
  if (typeof input == "string")
    text2 = input;
  else
    try {
      text2 = UTF8.decode(input);
    } catch {
      return { ok: !1, error: "is not UTF-8 (I-JSON is UTF-8 only; was it re-encoded?)" };
    }
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error) {
    return {
      ok: !1,
      error: `is not valid JSON (truncated or edited?): ${error.message}`
    };
  }
  let problem = firstIJsonProblem(text2);
  return problem !== void 0 ? { ok: !1, error: `is not I-JSON (RFC 7493): ${problem}` } : { ok: !0, value };
}
function firstIJsonProblem(text2) {
  let open = [], problem, where3 = (path) => path.length === 0 ? "the document" : path.join("."), forbidden = (value) => {
    let code2 = FORBIDDEN.exec(value)?.[0].codePointAt(0);
    return code2 === void 0 ? void 0 : `U+${code2.toString(16).toUpperCase().padStart(4, "0")}`;
  };
  return visit3(
    text2,
    {
      onObjectBegin: () => {
        open.push(/* @__PURE__ */ new Set());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (name, _offset, _length, _line, _column, path) => {
        if (problem !== void 0) return;
        let names = open.at(-1), bad = forbidden(name);
        bad !== void 0 ? problem = `a key in ${where3(path())} holds ${bad}, which I-JSON forbids` : names?.has(name) && (problem = `the key ${JSON.stringify(name)} appears twice in ${where3(path())}, so readers may disagree on its value`), names?.add(name);
      },
      onLiteralValue: (value, _offset, _length, _line, _column, path) => {
        if (problem !== void 0 || typeof value != "string") return;
        let bad = forbidden(value);
        bad !== void 0 && (problem = `${where3(path())} holds ${bad}, which I-JSON forbids`);
      }
    },
    { disallowComments: !0, allowTrailingComma: !1 }
  ), problem;
}

// core/evidence/json-schema.ts
var SCHEMAS = {
  "schemas/evidence-manifest.schema.json": [manifestSchema, "pilot-gate evidence pack manifest"],
  "schemas/evidence-statement.schema.json": [
    statementSchema,
    "pilot-gate evidence statement (in-toto Statement v1)"
  ],
  "schemas/evidence-envelope.schema.json": [envelopeSchema, "pilot-gate evidence DSSE envelope"],
  "schemas/evidence-verify-report.schema.json": [
    verifyReportSchema,
    "pilot-gate evidence verification report"
  ]
}, EVIDENCE_SCHEMA_FILES = Object.keys(SCHEMAS);

// core/evidence/manifest.ts
var MEDIA_TYPES = {
  json: "application/json",
  xml: "application/xml",
  yml: "application/yaml",
  yaml: "application/yaml",
  txt: "text/plain",
  log: "text/plain",
  md: "text/markdown",
  csv: "text/csv",
  html: "text/html",
  htm: "text/html",
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  svg: "image/svg+xml",
  gz: "application/gzip",
  tgz: "application/gzip",
  zip: "application/zip",
  tar: "application/x-tar"
};
function mediaTypeOf(path) {
  let name = path.slice(path.lastIndexOf("/") + 1), dot = name.lastIndexOf("."), extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  return MEDIA_TYPES[extension] ?? "application/octet-stream";
}
function buildManifest(input) {
  let files = [...input.files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (let i = 1; i < files.length; i++)
    if (files[i]?.path === files[i - 1]?.path)
      throw new Error(`two files would be packed as ${files[i]?.path}`);
  let keyids = [...new Set(input.keyids ?? [])].sort();
  return manifestSchema.parse({
    version: 1,
    scope: input.scope,
    id: input.id,
    commit: input.commit,
    createdAt: input.createdAt,
    files,
    previous: input.previous ? { id: input.previous.id, digest: input.previous.digest } : null,
    signed: keyids.length > 0,
    keyids
  });
}

// core/evidence/statement.ts
function subjectsOf(manifest) {
  return [
    { name: `git+commit:${manifest.commit}`, digest: { gitCommit: manifest.commit } },
    ...manifest.files.map((file) => ({ name: file.path, digest: { sha256: file.sha256 } }))
  ];
}
function buildStatement(manifest, input) {
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: subjectsOf(manifest),
    predicateType: PREDICATE_TYPE,
    predicate: {
      scope: manifest.scope,
      id: manifest.id,
      createdAt: manifest.createdAt,
      manifest: { digest: digestOf(manifest) },
      previous: manifest.previous,
      gates: input.gates.map((gate) => ({ gate: gate.gate, status: gate.status, path: gate.path })),
      config: input.configDigest ? { digest: input.configDigest } : null
    }
  };
}
function gateResultOf(report, path) {
  if (typeof report != "object" || report === null || Array.isArray(report)) return;
  let record = report, gate = record.gate ?? record.kind, status2 = record.status ?? record.verdict;
  if (!(typeof gate != "string" || typeof status2 != "string"))
    return { gate, status: status2, path };
}
function packStatementOf(text2, scope, id) {
  let statement;
  try {
    statement = statementSchema.parse(JSON.parse(text2));
  } catch {
    return { reason: "its statement.json is not a pilot-gate evidence statement" };
  }
  return statement.predicate.scope !== scope || statement.predicate.id !== id ? { reason: `its statement is for another pack, not ${scope}/${id}` } : { statement };
}

// core/evidence/verify.ts
function verifyPack(contents, options) {
  let findings = [], add = (kind, message, path, severity) => findings.push({
    kind,
    severity: severity ?? "error",
    pack: contents.label,
    ...path !== void 0 ? { path } : {},
    message
  }), result = {
    findings,
    manifest: void 0,
    manifestDigest: void 0,
    signed: !1,
    verifiedKeyids: []
  };
  if (contents.manifest === void 0)
    return add("missing", `${MANIFEST_FILE} is missing, so no file can be checked`, MANIFEST_FILE), result;
  let manifest = parseJson(contents.manifest, manifestSchema);
  if (!manifest.ok)
    return add("manifest-invalid", `${MANIFEST_FILE} ${manifest.error}`, MANIFEST_FILE), result;
  result.manifest = manifest.value, result.manifestDigest = digestOf(manifest.value), result.signed = manifest.value.signed, checkPlace(manifest.value, contents.folder, add), checkFiles(manifest.value, contents.files, add);
  for (let name of contents.invalidNames ?? []) {
    let shown2 = escapedPath(name);
    add(
      "invalid-name",
      `${shown2} is in the pack, but its name is not UTF-8, so no manifest can list it (renamed or added after packing?)`,
      shown2
    );
  }
  let statement = checkStatement(manifest.value, result.manifestDigest, contents.statement, add);
  return checkEnvelope(manifest.value, statement, contents.envelope, options, add, result), result;
}
function checkPlace(manifest, folder, add) {
  let segments = folder.split("/").filter((segment) => segment !== ""), [scope, id] = segments.slice(-2);
  if (segments.length >= 2 && scope === manifest.scope && id === manifest.id) return;
  let shown2 = folder === "" ? "the root" : `the folder ${folder}`;
  add(
    "misplaced",
    `${shown2} holds pack ${manifest.scope}/${manifest.id} (its manifest's scope and id), but a pack lives in evidence/<scope>/<id>/: it was copied or moved here, so it is not this folder's evidence. Restore the folder from git.`,
    MANIFEST_FILE
  );
}
function escapedPath(bytes4) {
  let out = "";
  for (let byte of bytes4)
    byte === 92 ? out += "\\\\" : byte >= 32 && byte < 127 ? out += String.fromCharCode(byte) : out += `\\x${byte.toString(16).padStart(2, "0")}`;
  return out;
}
function checkFiles(manifest, actual, add) {
  let listed = /* @__PURE__ */ new Set();
  for (let file of manifest.files) {
    listed.add(file.path);
    let found = actual.get(file.path);
    found ? found.sha256 !== file.sha256 && found.size < file.size ? add(
      "truncated",
      `${file.path} is truncated: ${found.size} of ${file.size} bytes, and its sha256 differs`,
      file.path
    ) : (found.sha256 !== file.sha256 || found.size !== file.size) && add(
      "tampered",
      `${file.path} was modified: sha256 ${found.sha256.slice(0, 12)}… (${found.size} bytes), the manifest recorded ${file.sha256.slice(0, 12)}… (${file.size} bytes)`,
      file.path
    ) : add("missing", `${file.path} is listed in the manifest but not in the pack`, file.path);
  }
  for (let path of [...actual.keys()].sort())
    listed.has(path) || add("extra", `${path} is in the pack but not in the manifest (added after packing?)`, path);
}
function checkStatement(manifest, manifestDigest, text2, add) {
  if (text2 === void 0) {
    add("missing", `${STATEMENT_FILE} is missing`, STATEMENT_FILE);
    return;
  }
  let parsed = parseJson(text2, statementSchema);
  if (!parsed.ok) {
    add("statement-invalid", `${STATEMENT_FILE} ${parsed.error}`, STATEMENT_FILE);
    return;
  }
  let statement = parsed.value, expected = new Map(subjectsOf(manifest).map((s) => [s.name, canonicalJson(s.digest)])), seen = /* @__PURE__ */ new Set();
  for (let subject of statement.subject) {
    seen.add(subject.name);
    let want = expected.get(subject.name);
    want === void 0 ? add(
      "statement-mismatch",
      `${STATEMENT_FILE} has a subject ${subject.name} that the manifest does not list`,
      STATEMENT_FILE
    ) : want !== canonicalJson(subject.digest) && add(
      "statement-mismatch",
      `${STATEMENT_FILE} gives subject ${subject.name} a different digest from the manifest`,
      STATEMENT_FILE
    );
  }
  for (let name of expected.keys())
    seen.has(name) || add(
      "statement-mismatch",
      `${STATEMENT_FILE} has no subject for ${name}, which the manifest lists`,
      STATEMENT_FILE
    );
  let predicate = statement.predicate;
  return predicate.manifest.digest !== manifestDigest && add(
    "statement-mismatch",
    `${STATEMENT_FILE} names manifest ${predicate.manifest.digest}, but ${MANIFEST_FILE} hashes to ${manifestDigest} (one of them was edited)`,
    STATEMENT_FILE
  ), predicate.scope === manifest.scope && predicate.id === manifest.id && predicate.createdAt === manifest.createdAt && canonicalJson(predicate.previous) === canonicalJson(manifest.previous) || add(
    "statement-mismatch",
    `${STATEMENT_FILE} disagrees with ${MANIFEST_FILE} on scope, id, createdAt or previous`,
    STATEMENT_FILE
  ), statement;
}
function checkEnvelope(manifest, statement, text2, options, add, result) {
  let unsignedSeverity = options.requireSignature || options.keys.length > 0 ? void 0 : "warning";
  if (text2 === void 0) {
    manifest.signed ? add(
      "missing",
      `${ENVELOPE_FILE} is missing, but the manifest says the pack was signed by ${manifest.keyids.join(", ")}`,
      ENVELOPE_FILE
    ) : add(
      "unsigned",
      options.requireSignature ? "the pack is unsigned, and a signature is required" : options.keys.length > 0 ? "the pack is unsigned, and a signature by one of the given keys is required" : "the pack is unsigned: its files match the manifest, but nothing proves who made it",
      void 0,
      unsignedSeverity
    );
    return;
  }
  let parsed = parseJson(text2, envelopeSchema);
  if (!parsed.ok) {
    add("envelope-invalid", `${ENVELOPE_FILE} ${parsed.error}`, ENVELOPE_FILE);
    return;
  }
  let envelope = parsed.value;
  result.signed = !0;
  let signedBy = [...new Set(envelope.signatures.map((s) => s.keyid))].sort();
  canonicalJson(signedBy) !== canonicalJson(manifest.keyids) && add(
    "envelope-invalid",
    `${ENVELOPE_FILE} is signed by ${signedBy.join(", ") || "no key"}, but the manifest lists ${manifest.keyids.join(", ") || "no key"} (a signature was added, removed or swapped)`,
    ENVELOPE_FILE
  );
  let payload = parseIJson(Buffer.from(envelope.payload, "base64"));
  payload.ok ? statement && canonicalJson(payload.value) !== canonicalJson(statement) && add(
    "statement-mismatch",
    `${STATEMENT_FILE} is not the statement that was signed (the envelope's payload differs)`,
    STATEMENT_FILE
  ) : add("envelope-invalid", `${ENVELOPE_FILE}'s payload ${payload.error}`, ENVELOPE_FILE);
  let checks = checkSignatures(envelope, options.keys);
  for (let check of checks)
    check.result === "valid" && result.verifiedKeyids.push(check.keyid), check.result === "invalid" && add(
      "bad-signature",
      `the signature by key ${check.keyid} does not match the signed statement (the payload or the signature was altered)`,
      ENVELOPE_FILE
    );
  options.keys.length === 0 ? add(
    "signature-unverified",
    `signed by ${signedBy.join(", ")}, but no --key was given, so the signature was not checked`,
    ENVELOPE_FILE,
    unsignedSeverity
  ) : checks.some((check) => check.result !== "unknown") || add(
    "wrong-key",
    `no signature by the given key${options.keys.length === 1 ? "" : "s"}; the pack is signed by ${signedBy.join(", ")}`,
    ENVELOPE_FILE
  );
}
function verifyLink(manifest, label3, previous) {
  let link2 = manifest.previous;
  if (!link2) return [];
  let broken = (message) => [
    { kind: "broken-chain", severity: "error", pack: label3, path: MANIFEST_FILE, message }
  ];
  if (!previous || previous.manifest === void 0)
    return broken(
      `the previous pack ${link2.id} (${previous?.label ?? "next to this one"}) is missing, so the chain cannot be followed`
    );
  let parsed = parseJson(previous.manifest, manifestSchema);
  if (!parsed.ok)
    return broken(`the previous pack ${previous.label} has a manifest that ${parsed.error}`);
  let digest2 = digestOf(parsed.value);
  return digest2 !== link2.digest ? broken(
    `the previous pack ${previous.label} was changed after this pack was made: its manifest hashes to ${digest2}, this pack recorded ${link2.digest}`
  ) : parsed.value.scope !== manifest.scope || parsed.value.id !== link2.id ? broken(`the previous pack ${previous.label} is not ${manifest.scope}/${link2.id}`) : Date.parse(parsed.value.createdAt) > Date.parse(manifest.createdAt) ? broken(`the previous pack ${previous.label} is newer than this one`) : [];
}
function parseJson(bytes4, schema) {
  let json = parseIJson(bytes4);
  if (!json.ok) return json;
  let parsed = schema.safeParse(json.value);
  if (parsed.success) return { ok: !0, value: parsed.data };
  let issue = parsed.error.issues[0], where3 = issue?.path.length ? issue.path.join(".") : "the document", more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : "";
  return { ok: !1, error: `is not valid: ${where3}: ${issue?.message ?? "invalid"}${more}` };
}

// core/gates/parity/environment.ts
var flagValue = external_exports.union([external_exports.boolean(), external_exports.string(), external_exports.number()], {
  error: "a flag is true/false, a variant string or a number"
}), digest = (what) => external_exports.string().min(1).optional().describe(`Content digest of the ${what}, e.g. sha256:9f86d0…`), atLeastOne = (what, first) => ({
  message: `describe the ${what} with at least one of ${first} and digest, or leave the key out`
}), policyBundleSchema = external_exports.strictObject({
  revision: external_exports.union([external_exports.string(), external_exports.number()]).optional().describe("The policy bundle's revision, e.g. r42 or a git sha."),
  digest: digest("policy bundle")
}).refine(
  (value) => value.revision !== void 0 || value.digest !== void 0,
  atLeastOne("policy bundle", "revision")
).describe("The policy bundle deployed: revision and/or digest."), openapiSchema = external_exports.strictObject({
  version: external_exports.union([external_exports.string(), external_exports.number()]).optional().describe("The OpenAPI description's `info.version`, e.g. 3.1.4."),
  digest: digest("OpenAPI description")
}).refine(
  (value) => value.version !== void 0 || value.digest !== void 0,
  atLeastOne("OpenAPI description", "version")
).describe("The API served: OpenAPI version and/or content digest."), environmentSchema = external_exports.strictObject({
  name: external_exports.string().min(1).regex(/^[^\s]+$/, { message: "use a name without spaces, e.g. production or staging-eu" }).describe("The environment's name, used in reports and in parity rules (e.g. production)."),
  feature_flags: external_exports.record(external_exports.string(), flagValue).optional().describe("Feature flags by name: true/false, or a variant string or number."),
  policy_bundle: policyBundleSchema.optional(),
  openapi: openapiSchema.optional(),
  values: external_exports.record(external_exports.string(), external_exports.unknown()).optional().describe(
    "Any other settings, nested or with dotted keys (`db.pool_size: 20`); `parity.keys` says which are compared."
  )
}).describe("An environment description compared by pilot-gate parity.");
function lookupValue(values, path) {
  let found = collect(values, path.split("."), "");
  if (found.errors.length > 0 && found.values.length === 0)
    return { kind: "unreadable", why: found.errors[0] };
  if (found.values.length === 0) return { kind: "absent" };
  let first = found.values[0];
  return found.values.some((value) => canonical(value) !== canonical(first)) ? {
    kind: "unreadable",
    why: `${path} is spelled more than once (nested and dotted) with different values`
  } : { kind: "found", value: first };
}
function collect(node, parts, prefix) {
  let values = [], errors = [];
  for (let take = 1; take <= parts.length; take++) {
    let key = parts.slice(0, take).join(".");
    if (!Object.hasOwn(node, key)) continue;
    let value = node[key], rest = parts.slice(take);
    if (rest.length === 0) {
      values.push(value);
      continue;
    }
    if (isMapping(value)) {
      let deeper = collect(value, rest, `${prefix}${key}.`);
      values.push(...deeper.values), errors.push(...deeper.errors);
    } else
      errors.push(
        `${prefix}${key} is ${describeValue(value)}, not a mapping, so it has no ${rest.join(".")}`
      );
  }
  return { values, errors };
}
function isMapping(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function canonical(value) {
  return JSON.stringify(sortKeys(value)) ?? "undefined";
}
function sortKeys(value) {
  return Array.isArray(value) ? value.map(sortKeys) : isMapping(value) ? Object.fromEntries(
    Object.keys(value).sort().map((key) => [key, sortKeys(value[key])])
  ) : value;
}
function describeValue(value) {
  return canonical(value);
}

// core/gates/parity/evaluate.ts
var FACET_KEYS = {
  policy_bundle: ["revision", "digest"],
  openapi: ["version", "digest"]
}, FACET_WORDS = {
  feature_flags: "feature flags",
  policy_bundle: "policy bundle",
  openapi: "OpenAPI description",
  values: "values"
};
function evaluateParity(inputs, options) {
  if (!isIsoDate(options.today))
    throw new UsageError(`today must be a date written YYYY-MM-DD, not "${options.today}"`);
  let errors = inputs.flatMap(
    (input) => "error" in input ? [{ file: input.file, message: input.error }] : []
  );
  inputs.length < 2 && errors.push({
    file: inputs[0]?.file ?? "",
    message: "parity compares at least two environment files: the reference first, then one or more to compare with it"
  });
  let seen = /* @__PURE__ */ new Map();
  for (let input of inputs) {
    if (!("environment" in input)) continue;
    let other = seen.get(input.environment.name);
    other !== void 0 && errors.push({
      file: input.file,
      message: `${input.file} and ${other} are both named "${input.environment.name}": give each environment its own name`
    }), seen.set(input.environment.name, input.file);
  }
  let [first, ...rest] = inputs, reference = first && "environment" in first ? first.environment : void 0, pairs = [];
  if (reference && errors.length === 0)
    for (let input of rest)
      "environment" in input && pairs.push(comparePair(reference, input.environment, options));
  let counts2 = sumCounts(pairs.map((pair) => pair.counts));
  return {
    version: 1,
    gate: "parity",
    status: errors.length > 0 || counts2.error > 0 ? "error" : counts2.drift > 0 ? "drift" : "pass",
    today: options.today,
    ...reference ? { reference: reference.name } : {},
    environments: inputs.map((input) => ({
      file: input.file,
      ..."environment" in input ? { name: input.environment.name } : {}
    })),
    counts: counts2,
    pairs,
    errors
  };
}
function facetsToCompare(config) {
  let facets = [...new Set(config.facets)];
  return config.keys.length > 0 && !facets.includes("values") && facets.push("values"), facets;
}
function comparePair(ref, target, options) {
  let facets = facetsToCompare(options.config).map(
    (facet) => compareFacet(facet, ref, target, options)
  ), counts2 = sumCounts(facets.map(facetCounts));
  return {
    reference: ref.name,
    target: target.name,
    status: counts2.error > 0 ? "error" : counts2.drift > 0 ? "drift" : "pass",
    counts: counts2,
    facets
  };
}
function compareFacet(facet, ref, target, options) {
  let refPart = ref[facet], targetPart = target[facet];
  if (facet === "values" && options.config.keys.length === 0)
    return notChecked(facet, "no keys are listed in parity.keys");
  if (facet !== "values" && refPart === void 0 && targetPart === void 0)
    return notChecked(
      facet,
      `neither ${ref.name} nor ${target.name} describes its ${FACET_WORDS[facet]}`
    );
  let missing2 = refPart === void 0 ? ref : targetPart === void 0 ? target : void 0;
  if (missing2) {
    let other = missing2 === ref ? target : ref;
    return notChecked(
      facet,
      `${missing2.name} does not describe its ${FACET_WORDS[facet]} (${other.name} does): add ${facet}: to ${missing2.name}'s file to compare it`
    );
  }
  let checks = (facet === "feature_flags" ? unionKeys(ref.feature_flags ?? {}, target.feature_flags ?? {}) : facet === "values" ? options.config.keys : FACET_KEYS[facet]).map(
    (key) => compareKey(
      facet,
      key,
      lookup(ref, facet, key),
      lookup(target, facet, key),
      ref,
      target,
      options
    )
  );
  return { facet, status: worst(checks.map((check) => check.status)), checks };
}
function notChecked(facet, why) {
  return { facet, status: "not_checked", why, checks: [] };
}
function unionKeys(a, b) {
  return [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])];
}
function lookup(env, facet, key) {
  let part = env[facet];
  return part === void 0 ? { kind: "absent" } : facet === "values" ? lookupValue(part, key) : Object.hasOwn(part, key) && part[key] !== void 0 ? { kind: "found", value: part[key] } : { kind: "absent" };
}
function compareKey(facet, key, refValue, targetValue, ref, target, options) {
  let values = {
    ...refValue.kind === "found" ? { reference: refValue.value } : {},
    ...targetValue.kind === "found" ? { target: targetValue.value } : {}
  }, unreadable = [refValue, targetValue].find((v) => v.kind === "unreadable");
  if (unreadable?.kind === "unreadable") {
    let where3 = refValue.kind === "unreadable" ? ref.name : target.name;
    return {
      key,
      status: "error",
      ...values,
      message: `${where3}: ${unreadable.why}`,
      resolve: `fix values in ${where3}'s file so ${key} has one readable value`
    };
  }
  let rule = facet === "feature_flags" ? oneWayRuleFor(options.config.one_way, key, ref, target) : void 0;
  if (rule) return compareOneWay(key, rule, values, ref, target, options);
  if (refValue.kind === "absent" && targetValue.kind === "absent")
    return {
      key,
      status: "not_checked",
      message: `neither ${ref.name} nor ${target.name} has ${label2(facet, key)}`
    };
  if (refValue.kind === "found" && targetValue.kind === "found" && canonical(refValue.value) === canonical(targetValue.value))
    return withStaleDeclaration(
      {
        key,
        status: "match",
        ...values,
        message: `${label2(facet, key)} is ${describeValue(refValue.value)} in both`
      },
      facet,
      target,
      options
    );
  let fix = fixFor(facet, key, refValue, ref, target), drift = {
    key,
    status: "drift",
    ...values,
    message: `${label2(facet, key)}: ${ref.name} ${shown(refValue)}, ${target.name} ${shown(targetValue)}`,
    resolve: `${fix}, or declare an expected difference${declaration(facet, key, target)}`
  };
  return applyExpected(drift, fix, facet, target, options);
}
function oneWayRuleFor(rules, flag, ref, target) {
  let names = [ref.name, target.name];
  return rules.find(
    (rule) => rule.flag === flag && rule.when !== rule.requires && names.includes(rule.when) && names.includes(rule.requires)
  );
}
function compareOneWay(key, rule, values, ref, target, options) {
  let upstream = rule.when === ref.name ? values.reference : values.target, downstream = rule.when === ref.name ? values.target : values.reference, base = { key, ...values, rule: { kind: "one_way", ...pick(rule) } };
  for (let [name, value] of [
    [rule.when, upstream],
    [rule.requires, downstream]
  ])
    if (value !== void 0 && typeof value != "boolean")
      return {
        ...base,
        status: "error",
        message: `one-way rule on ${key}: ${name} has ${describeValue(value)}, and one-way rules compare on/off (true/false) flags`,
        resolve: `make ${key} true or false in ${name}, or remove its one-way rule from parity.one_way`
      };
  if (upstream === void 0 && downstream === void 0)
    return {
      ...base,
      status: "not_checked",
      message: `neither ${ref.name} nor ${target.name} has flag ${key}`
    };
  if (upstream !== !0)
    return {
      ...base,
      status: "match",
      message: `${key} is off in ${rule.when}, so ${rule.requires} may have it either way (one-way rule)`
    };
  if (downstream === !0)
    return {
      ...base,
      status: "match",
      message: `${key} is on in ${rule.when} and in ${rule.requires}`
    };
  let fix = `set flag ${key} in ${rule.requires} to true (or turn it off in ${rule.when})`, drift = {
    ...base,
    status: "drift",
    message: `${key} is on in ${rule.when} but ${downstream === void 0 ? "absent" : "off"} in ${rule.requires}; a one-way rule requires it on there too`,
    resolve: `${fix}, or declare an expected difference${declaration("feature_flags", key, target)}`
  };
  return applyExpected(drift, fix, "feature_flags", target, options);
}
function pick(rule) {
  return { when: rule.when, requires: rule.requires };
}
function declared(facet, key, target, options) {
  let matching = options.config.expected.filter(
    (entry) => entry.facet === facet && (entry.key === void 0 || entry.key === key) && (entry.environment === void 0 || entry.environment === target.name)
  ), live = matching.find((entry) => entry.expires >= options.today);
  if (live) return { entry: live, expired: !1 };
  let expired = matching[0];
  return expired ? { entry: expired, expired: !0 } : void 0;
}
function applyExpected(drift, fix, facet, target, options) {
  let found = declared(facet, drift.key, target, options);
  if (!found) return drift;
  let { entry, expired } = found, expected = { owner: entry.owner, reason: entry.reason, expires: entry.expires, expired };
  if (expired)
    return {
      ...drift,
      expected,
      message: `${drift.message}. The expected difference declared by ${entry.owner} ("${entry.reason}") expired on ${entry.expires}`,
      resolve: `${fix}, or move the declaration's expires date forward if the difference is still intended`
    };
  let { resolve: _resolve, ...rest } = drift;
  return {
    ...rest,
    status: "expected",
    expected,
    message: `${drift.message} (expected: ${entry.reason}; owner ${entry.owner}, until ${entry.expires})`
  };
}
function withStaleDeclaration(check, facet, target, options) {
  let found = declared(facet, check.key, target, options);
  return !found || found.entry.key === void 0 ? check : {
    ...check,
    message: `${check.message}; the expected difference declared by ${found.entry.owner} is no longer needed and can be removed`
  };
}
function label2(facet, key) {
  switch (facet) {
    case "feature_flags":
      return `flag ${key}`;
    case "policy_bundle":
      return `policy bundle ${key}`;
    case "openapi":
      return `OpenAPI ${key}`;
    case "values":
      return `values.${key}`;
  }
}
function shown(value) {
  return value.kind === "found" ? `has ${describeValue(value.value)}` : "has none";
}
function fixFor(facet, key, refValue, ref, target) {
  if (refValue.kind !== "found")
    return `remove ${label2(facet, key)} from ${target.name}, or add it to ${ref.name} if it belongs there`;
  let value = describeValue(refValue.value);
  switch (facet) {
    case "feature_flags":
      return `set flag ${key} in ${target.name} to ${value} to match ${ref.name}`;
    case "policy_bundle":
      return `deploy the policy bundle ${ref.name} runs (${key} ${value}) to ${target.name}, or update ${target.name}'s description if it is out of date`;
    case "openapi":
      return `deploy the API ${ref.name} serves (OpenAPI ${key} ${value}) to ${target.name}, or update ${target.name}'s description if it is out of date`;
    case "values":
      return `set values.${key} in ${target.name} to ${value} to match ${ref.name}`;
  }
}
function declaration(facet, key, target) {
  return ` in parity.expected ({ facet: ${facet}, key: ${key}, environment: ${target.name}, owner, reason, expires: YYYY-MM-DD })`;
}
var ORDER = ["error", "drift", "expected", "match", "not_checked"];
function worst(statuses) {
  return ORDER.find((status2) => statuses.includes(status2)) ?? "not_checked";
}
function emptyCounts() {
  return { match: 0, drift: 0, expected: 0, not_checked: 0, error: 0 };
}
function facetCounts(facet) {
  let counts2 = emptyCounts();
  facet.checks.length === 0 && (counts2[facet.status] += 1);
  for (let check of facet.checks) counts2[check.status] += 1;
  return counts2;
}
function sumCounts(all) {
  let total = emptyCounts();
  for (let counts2 of all)
    for (let status2 of Object.keys(total)) total[status2] += counts2[status2];
  return total;
}

// core/gates/parity/parse.ts
var EnvironmentFileError = class extends FileIssuesError {
  name = "EnvironmentFileError";
};
function parseEnvironment(text2, file) {
  let tooLarge = sizeIssue(text2, ENVIRONMENT_LIMIT);
  if (tooLarge) throw new EnvironmentFileError(file, [tooLarge]);
  /\.json$/i.test(file) && checkJson(text2, file);
  let result = parseYamlAs(text2, environmentSchema, {
    limit: ENVIRONMENT_LIMIT,
    rootDescription: "an environment description: a mapping (name, feature_flags, policy_bundle, openapi, values)",
    emptyMessage: "the file is empty: describe the environment, starting with its name (name: production)"
  });
  if (result.ok) return result.data;
  throw new EnvironmentFileError(file, byPosition(result.issues), result.unlisted);
}
function checkJson(text2, file) {
  try {
    JSON.parse(text2);
  } catch (error) {
    let message = error.message, offset = /at position (\d+)/.exec(message)?.[1];
    throw new EnvironmentFileError(file, [
      {
        path: "",
        message: `JSON syntax error: ${message.split(`
`)[0]?.replace(/, (\.\.\.)?".*$/, "") ?? message}`,
        ...offset !== void 0 ? { position: positionAt(text2, Number(offset)) } : {}
      }
    ]);
  }
}
function byPosition(issues) {
  let misspelt = new Set(
    issues.filter((i) => i.message.startsWith("unknown key")).map((i) => parentOf(i.path))
  );
  return issues.filter((i) => i.message.startsWith("unknown key") || !misspelt.has(i.path)).sort(
    (a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0)
  );
}
function parentOf(path) {
  let dot = path.lastIndexOf(".");
  return dot === -1 ? "" : path.slice(0, dot);
}

// core/render/table.ts
var DELIMITER = {
  none: "---",
  left: ":---",
  center: ":---:",
  right: "---:"
};
function md(markdown) {
  return { markdown };
}
function code(text2, max = 600) {
  return md(codeSpan(text2, max));
}
function cellText(cell) {
  return typeof cell == "string" ? tableCell(cell) : markdownCell(cell.markdown);
}
function tableRow(cells) {
  return `| ${cells.map(cellText).join(" | ")} |`;
}
function tableHead(header2, align = []) {
  let delimiter = header2.map((_, index) => DELIMITER[align[index] ?? "none"]);
  return `|${header2.map((title) => title === "" ? " " : ` ${tableCell(title)} `).join("|")}|
| ${delimiter.join(" | ")} |`;
}
function markdownTable(header2, rows2, align = []) {
  return [tableHead(header2, align), ...rows2.map(tableRow)].join(`
`);
}

// core/render/text-style.ts
var PLAIN = {
  bold: (t) => t,
  dim: (t) => t,
  red: (t) => t,
  green: (t) => t,
  yellow: (t) => t
};

// core/gates/parity/render.ts
var ICON = {
  match: "✅",
  drift: "❌",
  expected: "🟡",
  not_checked: "➖",
  error: "⛔"
}, WORD = {
  match: "match",
  drift: "drift",
  expected: "expected",
  not_checked: "not checked",
  error: "error"
}, MAX_ROWS = 300;
function countsInWords(counts2) {
  let parts = ["error", "drift", "expected", "match", "not_checked"].filter((status2) => counts2[status2] > 0).map((status2) => `${counts2[status2]} ${WORD[status2]}`);
  return parts.length > 0 ? parts.join(", ") : "nothing compared";
}
function parityTitle(report) {
  let names = report.environments.map((env) => env.name ?? env.file).join(", ");
  switch (report.status) {
    case "pass":
      return `Parity: ${names} match (${countsInWords(report.counts)})`;
    case "drift":
      return `Parity: ${report.counts.drift} drift${report.counts.drift === 1 ? "" : "s"} between ${names}`;
    case "error":
      return `Parity: could not compare ${names}; nothing was judged as in parity`;
  }
}
function rows(report, status2) {
  return report.pairs.flatMap(
    (pair) => pair.facets.flatMap(
      (facet) => facet.checks.filter((check) => check.status === status2).map((check) => ({ pair, facet: facet.facet, check }))
    )
  );
}
function valueCell(value, present) {
  return present ? codeSpan(describeValue(value), 600) : "_(none)_";
}
function pairText(pair) {
  return `${inertText(pair.reference)} → ${inertText(pair.target)}`;
}
function renderParityMarkdown(report) {
  let out = [`## ${report.status === "pass" ? "✅" : report.status === "drift" ? "❌" : "⛔"} ${inertText(parityTitle(report))}`, ""];
  if (report.reference && out.push(
    `Reference: **${inertText(report.reference)}**; expiry dates compared with ${inertText(report.today)}.`,
    ""
  ), report.errors.length > 0) {
    out.push("### ⛔ Inputs that could not be read", "");
    for (let error of report.errors)
      out.push(codeBlock(error.message), "");
  }
  let drifts = rows(report, "drift");
  if (drifts.length > 0) {
    out.push(
      "### ❌ Drift",
      "",
      tableHead(["Environments", "Facet", "Key", "Reference", "Compared", "How to resolve"])
    );
    for (let { pair, facet, check } of drifts.slice(0, MAX_ROWS)) {
      let note = check.expected?.expired ? ` ${inertText(`(declared difference expired on ${check.expected.expires})`, 600)}` : check.rule ? ` ${inertText(`(one-way: on in ${check.rule.when} ⇒ on in ${check.rule.requires})`, 600)}` : "";
      out.push(
        tableRow([
          md(pairText(pair)),
          facet,
          md(`${codeSpan(check.key, 600)}${note}`),
          md(valueCell(check.reference, "reference" in check)),
          md(valueCell(check.target, "target" in check)),
          check.resolve ?? ""
        ])
      );
    }
    drifts.length > MAX_ROWS && out.push("", `_…and ${drifts.length - MAX_ROWS} more drifts in the JSON report._`), out.push("");
  }
  let errors = rows(report, "error");
  if (errors.length > 0) {
    out.push("### ⛔ Values that could not be compared", "");
    for (let { pair, facet, check } of errors.slice(0, MAX_ROWS))
      out.push(
        `- ${pairText(pair)}, ${facet} ${codeSpan(check.key)}: ${inertText(check.message)}. ${inertText(check.resolve ?? "")}`
      );
    out.push("");
  }
  let expected = rows(report, "expected");
  if (expected.length > 0) {
    out.push(
      "### 🟡 Expected differences",
      "",
      tableHead([
        "Environments",
        "Facet",
        "Key",
        "Reference",
        "Compared",
        "Owner",
        "Reason",
        "Expires"
      ])
    );
    for (let { pair, facet, check } of expected.slice(0, MAX_ROWS))
      out.push(
        tableRow([
          md(pairText(pair)),
          facet,
          code(check.key),
          md(valueCell(check.reference, "reference" in check)),
          md(valueCell(check.target, "target" in check)),
          check.expected?.owner ?? "",
          check.expected?.reason ?? "",
          check.expected?.expires ?? ""
        ])
      );
    out.push("");
  }
  let skipped = report.pairs.flatMap(
    (pair) => pair.facets.filter((facet) => facet.why !== void 0).map((facet) => `- ${pairText(pair)}, ${facet.facet}: ${inertText(facet.why ?? "")}`)
  );
  if (skipped.length > 0 && out.push("### ➖ Not checked", "", ...skipped, ""), report.pairs.length > 0) {
    out.push("### Facets", "", tableHead(["Environments", "Facet", "Status", "Keys"]));
    for (let pair of report.pairs)
      for (let facet of pair.facets) {
        let counts2 = facet.checks.length > 0 ? countsOf(facet.checks) : "";
        out.push(
          tableRow([
            md(pairText(pair)),
            facet.facet,
            `${ICON[facet.status]} ${WORD[facet.status]}`,
            counts2
          ])
        );
      }
    out.push("");
  }
  return `${out.join(`
`)}
`;
}
function countsOf(checks) {
  let counts2 = { match: 0, drift: 0, expected: 0, not_checked: 0, error: 0 };
  for (let check of checks) counts2[check.status] += 1;
  return countsInWords(counts2);
}
function renderParityText(report, style = PLAIN) {
  let s = style, paint = {
    match: s.green,
    drift: s.red,
    expected: s.yellow,
    not_checked: s.dim,
    error: s.red
  }, out = [];
  for (let error of report.errors) out.push(s.red(error.message));
  report.errors.length > 0 && out.push("");
  for (let pair of report.pairs) {
    out.push(
      `${s.bold(`${pair.reference} → ${pair.target}`)}: ${paint[pair.status === "pass" ? "match" : pair.status](pair.status)} (${countsInWords(pair.counts)})`
    );
    for (let status2 of ["error", "drift", "expected"])
      for (let facet of pair.facets)
        for (let check of facet.checks.filter((c) => c.status === status2))
          out.push(`  ${paint[status2](WORD[status2].padEnd(8))} ${facet.facet}: ${check.message}`), check.resolve && out.push(s.dim(`           fix: ${check.resolve}`));
    for (let facet of pair.facets) {
      let detail = facet.why ?? (facet.checks.length > 0 ? countsOf(facet.checks) : "");
      out.push(
        `  ${paint[facet.status](WORD[facet.status].padEnd(11))} ${facet.facet.padEnd(13)} ${s.dim(detail)}`
      );
    }
    out.push("");
  }
  let verdict = report.status === "pass" ? s.green : (report.status === "drift", s.red);
  return out.push(s.bold(verdict(parityTitle(report)))), `${out.join(`
`)}
`;
}

// core/gates/parity/report.ts
var PARITY_STATUSES = ["match", "drift", "expected", "not_checked", "error"], status = external_exports.enum(PARITY_STATUSES), counts = external_exports.strictObject({
  match: external_exports.number().int().min(0),
  drift: external_exports.number().int().min(0),
  expected: external_exports.number().int().min(0),
  not_checked: external_exports.number().int().min(0),
  error: external_exports.number().int().min(0)
}).describe("How many keys had each status."), checkSchema = external_exports.strictObject({
  key: external_exports.string().describe(
    "Flag name, `revision`/`version`/`digest`, a `parity.keys` path, or `*` for the whole facet."
  ),
  status,
  reference: external_exports.unknown().optional().describe("The reference environment's value; absent when it has none."),
  target: external_exports.unknown().optional().describe("The compared environment's value; absent when it has none."),
  message: external_exports.string().describe("What was found, in a sentence."),
  resolve: external_exports.string().optional().describe("For a drift or an error: how to resolve it."),
  rule: external_exports.strictObject({ kind: external_exports.literal("one_way"), when: external_exports.string(), requires: external_exports.string() }).optional().describe("The one-way rule this key was judged by, instead of equality."),
  expected: external_exports.strictObject({
    owner: external_exports.string(),
    reason: external_exports.string(),
    expires: external_exports.string(),
    expired: external_exports.boolean()
  }).optional().describe("The declared difference that covers this key (an expired one leaves it drift).")
}).describe("One key of one facet, compared between two environments."), facetSchema = external_exports.strictObject({
  facet: external_exports.enum(FACETS),
  status: status.describe(
    "The facet's worst key status (error, drift, expected, match, not_checked), or not_checked with why."
  ),
  why: external_exports.string().optional().describe("Why the facet as a whole was not checked or is in error."),
  checks: external_exports.array(checkSchema)
}), pairSchema = external_exports.strictObject({
  reference: external_exports.string().describe("Name of the reference environment (the first file)."),
  target: external_exports.string().describe("Name of the environment compared with it."),
  status: external_exports.enum(["pass", "drift", "error"]),
  counts,
  facets: external_exports.array(facetSchema)
}), parityReportSchema = external_exports.strictObject({
  version: external_exports.literal(1).describe("Format version; changes only when a field changes meaning."),
  gate: external_exports.literal("parity"),
  status: external_exports.enum(["pass", "drift", "error"]).describe(
    "pass: every compared key matches or is an unexpired declared difference; drift: at least one drift; error: an input could not be read (fail closed)."
  ),
  today: external_exports.string().describe("The date (YYYY-MM-DD) expiry dates were compared with."),
  reference: external_exports.string().optional().describe("Name of the reference environment, when it could be read."),
  environments: external_exports.array(
    external_exports.strictObject({
      file: external_exports.string(),
      name: external_exports.string().optional().describe("Absent when the file could not be read.")
    })
  ).describe("The environment files, in the order given; the first is the reference."),
  counts,
  pairs: external_exports.array(pairSchema),
  errors: external_exports.array(
    external_exports.strictObject({
      file: external_exports.string(),
      message: external_exports.string().describe("`file:line:column path: problem` lines.")
    })
  ).describe("Inputs that could not be read; any makes the status error.")
}).describe("pilot-gate parity report");

// core/gates/pilot/manifest.ts
var PILOT_MANIFEST_PATH = "pilot.yml", CLIENT_STATUSES = ["suggested", "review_contact", "review_profile"], contact = external_exports.string().nullable().default(null).describe("Name and email, e.g. `Ada Lovelace <ada@client.example>`; empty until known."), DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, pilotManifestSchema = external_exports.strictObject({
  name: external_exports.string().min(1).describe("The pilot's name, as given to `pilot-gate pilot start --name`."),
  window: external_exports.strictObject({
    start: external_exports.string().regex(DATE, "expected a date such as 2025-06-02 or 2025-06-02T09:00:00Z").describe("When observation starts: a date or an ISO 8601 date-time."),
    hours: external_exports.number().positive().describe("How long the pilot is observed, in hours (readiness wants at least 48).")
  }).describe("The observation window."),
  clients: external_exports.array(
    external_exports.strictObject({
      id: external_exports.string().min(1).optional().describe(
        "The client's account id in the activity export; `pilot-gate pilot finalize` writes it, and outreach finds the client's issue by it."
      ),
      name: external_exports.string().min(1).describe("The client (tenant) taking part."),
      status: external_exports.enum(CLIENT_STATUSES).describe(
        "`suggested` (in the pilot), `review_contact` or `review_profile` (still under review)."
      ),
      technical_contact: contact,
      business_contact: contact
    })
  ).describe("The pilot's clients: readiness wants 3 to 5, none under review.")
}).describe("pilot-gate pilot manifest (pilot.yml)."), InputFileError = class extends UsageError {
  file;
  issues;
  constructor(file, issues, next, unlisted = 0) {
    super(`${formatConfigIssues(file, issues, unlisted)}
${next}`), this.file = file, this.issues = issues;
  }
};
function parsePilotManifest(text2, file = PILOT_MANIFEST_PATH) {
  let next = `Fix ${file} and re-run; \`pilot-gate pilot start --name <name> --dir <empty dir>\` writes a valid template to compare with.`, result = parseYamlAs(text2, pilotManifestSchema, {
    rootDescription: "a pilot manifest: a mapping (name, window, clients)",
    limit: PILOT_MANIFEST_LIMIT,
    prepare: normalizeDates
  });
  if (result.ok) return result.data;
  throw new InputFileError(file, result.issues, next, result.unlisted);
}
function normalizeDates(data) {
  return data instanceof Date ? data.toISOString() : Array.isArray(data) ? data.map(normalizeDates) : data && typeof data == "object" ? Object.fromEntries(Object.entries(data).map(([k, v]) => [k, normalizeDates(v)])) : data;
}
function windowStart(manifest) {
  let text2 = manifest.window.start, date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text2) ? `${text2}T00:00:00Z` : text2);
  return Number.isNaN(date.getTime()) ? void 0 : date;
}

// core/gates/pilot/manifest-template.ts
var import_yaml2 = __toESM(require_dist(), 1), PILOT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
function isoDate2(now) {
  return now.toISOString().slice(0, 10);
}
function pilotRunFolder(name, now) {
  return `pilots/${name}/${isoDate2(now)}`;
}
function renderPilotManifestTemplate(name, now) {
  let manifest = {
    name,
    window: { start: isoDate2(now), hours: 48 },
    clients: [1, 2, 3].map((n) => ({
      name: `client-${n}`,
      status: "suggested",
      technical_contact: null,
      business_contact: null
    }))
  };
  return [
    "# pilot-gate pilot manifest: fill in the clients (3 to 5) and their contacts.",
    "# Statuses: suggested (in the pilot), review_contact / review_profile (still under review).",
    "# `pilot-gate readiness` blocks while a contact is empty, a client is under review,",
    "# or the window is shorter than 48 hours. Schema: schemas/pilot.schema.json",
    (0, import_yaml2.stringify)(manifest, { nullStr: "" }).trimEnd(),
    ""
  ].join(`
`);
}

// core/gates/pilot/records.ts
var RECORDS_FILE = "records.jsonl", SCENARIO_RESULTS = ["pass", "fail"], DIGEST = /^sha256:[0-9a-f]{64}$/, ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/, scenarioRecordSchema = external_exports.strictObject({
  at: external_exports.iso.datetime({ offset: !0 }).describe("When the scenario ran (ISO 8601)."),
  client: external_exports.string().min(1).describe("The client, as named in pilot.yml."),
  scenario: external_exports.string().min(1).describe("The scenario, as written in pilot.script."),
  result: external_exports.enum(SCENARIO_RESULTS),
  error: external_exports.string().min(1).refine((text2) => utf8Length(text2) <= RECORD_ERROR_LIMIT.bytes, {
    message: `longer than ${RECORD_ERROR_LIMIT.bytes} bytes`
  }).optional().describe("What went wrong, for a failure."),
  source: external_exports.strictObject({
    issue: external_exports.number().int().positive().describe("The pilot-scenario issue the record was filed from.")
  }).optional().describe(
    "Where the record came from, when not typed at a terminal: one record per issue. Absent on older lines, which still verify."
  ),
  prev: external_exports.string().regex(DIGEST).nullable().describe("The digest of the line before, `null` on the first: the records form a chain."),
  digest: external_exports.string().regex(DIGEST).describe("sha256 of the record's canonical JSON (RFC 8785) without this field.")
});
function sealRecord(fields, prev) {
  let body = { ...fields, prev };
  return { ...body, digest: digestOf(body) };
}
function renderRecordLine(record) {
  return `${JSON.stringify(record)}
`;
}
function parseRecords(text2, file = RECORDS_FILE) {
  let next = `${file} is written by pilot-gate pilot record only: restore it from git (git checkout -- ${file}) and record again what is missing; never edit it by hand.`;
  if (utf8Length(text2) > RECORDS_LIMIT.bytes)
    throw new InputFileError(
      file,
      [{ path: "", message: `over ${RECORDS_LIMIT.bytes} bytes; ${RECORDS_LIMIT.advice}` }],
      next
    );
  let records = [], issues = [], prev = null, lines2 = text2.split(`
`);
  lines2.at(-1) === "" && lines2.pop();
  for (let [index, line] of lines2.entries()) {
    let position = { line: index + 1, column: 1 }, problem = (message) => issues.push({ path: "", message, position }), parsed = parseIJson(line);
    if (!parsed.ok) {
      problem(`the line ${parsed.error}`), prev = void 0;
      continue;
    }
    let result = scenarioRecordSchema.safeParse(parsed.value);
    if (!result.success) {
      for (let issue of result.error.issues)
        issues.push({ path: issue.path.map(String).join("."), message: issue.message, position });
      prev = void 0;
      continue;
    }
    let record = result.data, { digest: digest2, ...body } = record;
    digestOf(body) !== digest2 ? problem("the digest does not match the record: it was changed after it was recorded") : prev !== void 0 && record.prev !== prev && problem(
      index === 0 ? "the first record must have prev: null; lines before it were removed" : "prev is not the digest of the line before: a line was removed, added or moved"
    ), prev = digest2, records.push(record);
  }
  if (issues.length > 0)
    throw new InputFileError(
      file,
      issues.slice(0, MAX_FILE_ISSUES),
      next,
      Math.max(0, issues.length - MAX_FILE_ISSUES)
    );
  return records;
}
function appendRecord(text2, fields, file = RECORDS_FILE) {
  let existing = parseRecords(text2, file), issue = fields.source?.issue, filed = issue === void 0 ? void 0 : existing.find((r) => r.source?.issue === issue);
  if (filed !== void 0) return { kind: "present", record: filed, count: existing.length };
  let record = sealRecord(fields, chainHead(existing)), line = renderRecordLine(record);
  if (utf8Length(text2) + utf8Length(line) > RECORDS_LIMIT.bytes)
    throw new UsageError(
      `${file} would grow past ${RECORDS_LIMIT.bytes} bytes, which readiness refuses to read; nothing was written. ${RECORDS_LIMIT.advice}.`
    );
  return { kind: "appended", record, text: text2 + line, count: existing.length + 1 };
}
function chainHead(records) {
  return records.at(-1)?.digest ?? null;
}
function resolveScenario(name, script) {
  let key = scenarioKey(name), found = script.find((step) => scenarioKey(step) === key);
  if (found !== void 0 && key !== "") return found;
  throw new UsageError(
    `"${name}" is not a scenario of the pilot's script; pass one of: ${script.map(scenarioKey).join(", ")} (pilot.script in .github/pilot-gate.yml lists them)`
  );
}
function latestRecords(records) {
  let latest = /* @__PURE__ */ new Map();
  for (let record of records) {
    let key = pairKey(record.client, record.scenario), seen = latest.get(key);
    (!seen || Date.parse(record.at) >= Date.parse(seen.at)) && latest.set(key, record);
  }
  return latest;
}
function pairKey(client, scenario) {
  return JSON.stringify([client, scenarioKey(scenario)]);
}

// core/gates/readiness/sign-off.ts
function signOffByRole(input) {
  return input.roles.map(({ role, holders }) => {
    let members = new Set((holders ?? []).map((login) => login.toLowerCase())), signers = [], stale = [];
    for (let pull of input.pulls)
      for (let review of latestReviews(pull.reviews).values())
        review.state !== "approved" || !members.has(review.login.toLowerCase()) || (isFresh(review, pull.headSha) ? signers.push({ login: review.login, pull: pull.number }) : stale.push(review.login));
    return { role, defined: holders !== void 0, signers, stale };
  });
}

// core/gates/readiness/views.ts
var count = external_exports.number().int().min(0), failure = external_exports.looseObject({
  name: external_exports.string().optional(),
  id: external_exports.string().optional(),
  tags: external_exports.array(external_exports.string()).optional(),
  message: external_exports.string().optional()
}), FAILED_RESULTS = /* @__PURE__ */ new Set(["failed", "errored", "error", "failure"]), smokeViewSchema = external_exports.looseObject({
  gate: external_exports.literal("smoke", "this is not a smoke report").optional(),
  status: external_exports.string().min(1),
  sha: external_exports.string().optional(),
  counts: external_exports.looseObject({
    total: count.optional(),
    executed: count.optional(),
    passed: count,
    failed: count,
    errored: count.optional(),
    skipped: count.optional(),
    flaky: count.optional()
  }),
  failures: external_exports.array(failure).optional(),
  scenarios: external_exports.array(
    external_exports.looseObject({
      name: external_exports.string(),
      result: external_exports.string(),
      tags: external_exports.array(external_exports.string()).optional(),
      error: external_exports.string().optional()
    })
  ).optional()
}).transform((report) => ({
  status: report.status,
  sha: report.sha,
  counts: {
    executed: report.counts.executed,
    // A flaky scenario passed on a rerun: it counts as passed, as it does in the smoke gate's status.
    passed: report.counts.passed + (report.counts.flaky ?? 0),
    failed: report.counts.failed + (report.counts.errored ?? 0)
  },
  // The smoke gate lists every scenario with its result; other producers may list failures only.
  failures: report.failures ?? (report.scenarios ?? []).filter((s) => FAILED_RESULTS.has(s.result)).map((s) => ({
    name: s.name,
    tags: s.tags ?? [],
    ...s.error ? { message: s.error } : {}
  }))
})), parityViewSchema = external_exports.looseObject({
  gate: external_exports.literal("parity", "this is not a parity report").optional(),
  status: external_exports.string().min(1),
  sha: external_exports.string().optional(),
  counts: external_exports.record(external_exports.string(), external_exports.number()).optional(),
  failures: external_exports.array(failure).optional(),
  pairs: external_exports.array(
    external_exports.looseObject({
      target: external_exports.string().optional(),
      status: external_exports.string(),
      counts: external_exports.record(external_exports.string(), external_exports.number()).optional()
    })
  ).optional(),
  errors: external_exports.array(external_exports.looseObject({ file: external_exports.string().optional(), message: external_exports.string() })).optional()
}).transform((report) => ({
  status: report.status,
  sha: report.sha,
  drift: report.counts?.drift,
  failures: report.failures ?? [
    ...(report.pairs ?? []).filter((p) => !isGreen(p.status)).map((p) => ({
      name: `${p.target ?? "(environment)"}: ${p.status}`,
      ...p.counts?.drift ? { message: `${p.counts.drift} key(s) drifted` } : {}
    })),
    ...(report.errors ?? []).map((e) => ({ name: e.file ?? "input", message: e.message }))
  ]
})), PASSING = /* @__PURE__ */ new Set(["pass", "passed", "success", "ok", "green", "match", "go"]);
function isGreen(status2) {
  return PASSING.has(status2.toLowerCase());
}
function failureName(item) {
  return item.name ?? item.id ?? "(unnamed)";
}

// core/gates/readiness/evaluate.ts
var CRITERION_TITLES = {
  "smoke-green": "Smoke report present and green",
  "success-rate": "Pilot scenario success rate",
  "core-flows": "No blocked core flow",
  "auth-regressions": "No auth regression",
  parity: "No parity drift",
  "p0-incidents": "No open P0 incident",
  "tenant-isolation": "No tenant isolation failure or open incident",
  "required-checks": "Required checks green on the commit",
  "branch-protection": "Branch protection Applied",
  milestones: "Milestone and sign-off checklists done",
  "pilot-manifest": "Pilot manifest complete",
  "sign-off": "Go-live signed off by every sign-off role"
}, GITHUB_FIX = "pass --repo owner/name and set GITHUB_TOKEN (or run the readiness action)", RECORDS_FIX = "have each pilot client run the script and record every run with pilot-gate pilot record --client <name> --scenario <name> --result pass|fail (readiness reads records.jsonl of the pilot's latest run folder, or --records <file>)", PASSING_CONCLUSIONS = /* @__PURE__ */ new Set(["success", "neutral", "skipped"]);
function evaluateReadiness(inputs, config, now) {
  let today = isoDate2(now), notes = [], outcomes = {
    "smoke-green": smokeGreen(inputs),
    "success-rate": successRate(inputs, config),
    "core-flows": taggedFailures(inputs, config, "core_flow"),
    "auth-regressions": taggedFailures(inputs, config, "auth"),
    parity: parity(inputs),
    "p0-incidents": incidents(
      inputs,
      config.incident_labels.p0,
      config.thresholds.max_p0_incidents
    ),
    "tenant-isolation": taggedFailures(inputs, config, "tenant_isolation"),
    "required-checks": requiredChecks2(inputs, config),
    "branch-protection": protection(inputs, config),
    milestones: milestones(inputs),
    "pilot-manifest": pilotManifest(inputs, config),
    "sign-off": signOff(inputs)
  };
  for (let waiver of config.waivers) {
    let level2 = config.criteria[waiver.criterion] ?? "blocking";
    level2 === "off" ? notes.push(
      `The waiver of ${waiver.criterion} by ${waiver.by} does not apply: ${waiver.criterion} is off, so it was not judged.`
    ) : level2 !== "waivable" ? notes.push(
      `The waiver of ${waiver.criterion} by ${waiver.by} does not apply: ${waiver.criterion} is ${level2}; set readiness.criteria.${waiver.criterion}: waivable to allow waivers.`
    ) : waiver.until < today ? notes.push(`The waiver of ${waiver.criterion} by ${waiver.by} expired on ${waiver.until}.`) : outcomes[waiver.criterion].status === "missing" && notes.push(
      `The waiver of ${waiver.criterion} by ${waiver.by} does not lift it: it was not checked, and a waiver accepts a failure, not a missing input; give it its input, or set readiness.criteria.${waiver.criterion} to advisory or off.`
    );
  }
  let criteria = CRITERIA.map(
    (id) => resolve(id, outcomes[id], config.criteria[id] ?? "blocking", config, today)
  ), unsettled = (c) => c.status === "fail" || c.status === "not_checked", blockers = criteria.filter((c) => unsettled(c) && c.level !== "advisory").map((c) => c.id), warnings = criteria.filter((c) => unsettled(c) && c.level === "advisory").map((c) => c.id), start = inputs.manifest ? windowStart(inputs.manifest) : void 0;
  return {
    version: 1,
    kind: "readiness",
    sha: inputs.sha,
    verdict: blockers.length === 0 ? "GO" : "NO-GO",
    evaluated_at: now.toISOString(),
    ...inputs.manifest ? {
      pilot: {
        name: inputs.manifest.name,
        window_start: start ? start.toISOString() : inputs.manifest.window.start,
        window_hours: inputs.manifest.window.hours
      }
    } : {},
    ...inputs.github.signOff.available ? {
      sign_off: {
        label: inputs.github.signOff.value.label,
        signers: signOffByRole(inputs.github.signOff.value).flatMap(
          ({ role, signers }) => signers.map((s) => ({ role, ...s }))
        )
      }
    } : {},
    blockers,
    warnings,
    criteria,
    notes
  };
}
function resolve(id, outcome, level2, config, today) {
  let title = CRITERION_TITLES[id];
  if (level2 === "off")
    return {
      id,
      title,
      level: level2,
      status: "off",
      summary: `off (readiness.criteria.${id}: off): not judged`,
      evidence: { values: {}, items: [] }
    };
  let base = {
    id,
    title,
    level: level2,
    summary: outcome.summary,
    evidence: { values: outcome.values ?? {}, items: outcome.items ?? [] }
  };
  if (outcome.status === "pass") return { ...base, status: "pass" };
  let fix = outcome.fix ?? "";
  if (outcome.status === "missing") return { ...base, status: "not_checked", fix };
  if (level2 === "waivable") {
    let waiver = config.waivers.find((w) => w.criterion === id && w.until >= today);
    if (waiver)
      return {
        ...base,
        status: "waived",
        fix,
        waiver: { by: waiver.by, reason: waiver.reason, until: waiver.until }
      };
  }
  return { ...base, status: "fail", fix };
}
function missing(summary2, fix) {
  return { status: "missing", summary: summary2, fix };
}
function sameCommit(reportSha, sha) {
  if (reportSha === void 0 || reportSha === "") return !0;
  let a = reportSha.toLowerCase(), b = sha.toLowerCase();
  return a.startsWith(b) || b.startsWith(a);
}
function smokeGreen({ smoke, sha }) {
  if (!smoke)
    return missing(
      "no smoke report",
      "run the smoke gate on this commit and pass its report with --smoke"
    );
  let values = { status: smoke.status, passed: smoke.counts.passed, failed: smoke.counts.failed };
  return sameCommit(smoke.sha, sha) ? isGreen(smoke.status) && smoke.counts.failed === 0 ? {
    status: "pass",
    summary: `smoke ${smoke.status}, ${smoke.counts.passed} passed`,
    values
  } : {
    status: "fail",
    summary: `smoke ${smoke.status}: ${smoke.counts.failed} failed`,
    values,
    items: smoke.failures.map((f) => ({
      text: `${failureName(f)}${f.message ? `: ${firstLine(f.message)}` : ""}`
    })),
    fix: "fix the failing scenarios and re-run the smoke gate"
  } : {
    status: "fail",
    summary: `the smoke report is for commit ${smoke.sha}, not ${sha}`,
    values: { ...values, report_sha: smoke.sha ?? null },
    fix: "run the smoke gate on this exact commit"
  };
}
function countedRecords({ records, manifest }, scenarios) {
  let script = new Set(scenarios.script.map(scenarioKey)), clients = manifest ? new Set(manifest.clients.map((c) => c.name)) : void 0, counted = (records?.records ?? []).filter(
    (r) => script.has(scenarioKey(r.scenario)) && (clients?.has(r.client) ?? !0)
  );
  return { counted, ignored: (records?.records.length ?? 0) - counted.length };
}
function successRate(inputs, config) {
  let threshold = config.thresholds.success_rate, scenarios = inputs.records;
  if (!scenarios || scenarios.records.length === 0)
    return missing("no scenario records", RECORDS_FIX);
  let { counted, ignored } = countedRecords(inputs, scenarios);
  if (counted.length === 0)
    return {
      status: "fail",
      summary: `none of the ${ignored} scenario record(s) is of a client of the manifest and a scenario of pilot.script`,
      values: { passed: 0, executed: 0, threshold, ignored },
      fix: RECORDS_FIX
    };
  let items = [];
  for (let scenario of scenarios.script) {
    let runs = counted.filter((r) => scenarioKey(r.scenario) === scenarioKey(scenario)), failed = runs.filter((r) => r.result === "fail").length;
    failed > 0 && items.push({ text: `${scenario}: ${runs.length - failed}/${runs.length} passed` });
  }
  let latest = latestRecords(counted), unrun = (inputs.manifest?.clients ?? []).flatMap(
    (client) => scenarios.script.filter((scenario) => !latest.has(pairKey(client.name, scenario))).map((scenario) => ({ text: `${client.name}: ${scenario} never recorded` }))
  );
  items.push(...unrun);
  let passed = counted.filter((r) => r.result === "pass").length, executed = counted.length, rate = Math.round(passed / executed * 1e4) / 1e4, values = { passed, executed, rate, threshold, never_run: unrun.length, ignored }, summary2 = `${passed}/${executed} scenario runs passed (${percent(rate)}), threshold ${percent(threshold)}${unrun.length > 0 ? `; ${unrun.length} client scenario(s) never run` : ""}`;
  return rate >= threshold && unrun.length === 0 ? { status: "pass", summary: summary2, values, items } : {
    status: "fail",
    summary: summary2,
    values,
    items,
    fix: unrun.length > 0 ? "have each client run the scenarios never recorded, and record them with pilot-gate pilot record" : "fix what fails, have the clients run the scenarios again and record them, until the rate reaches the threshold"
  };
}
function blockedCoreFlows(inputs) {
  let scenarios = inputs.records;
  if (!scenarios || scenarios.records.length === 0) return;
  let core = new Set(scenarios.core.map(scenarioKey)), { counted } = countedRecords(inputs, scenarios);
  return [...latestRecords(counted).values()].filter((r) => r.result === "fail" && core.has(scenarioKey(r.scenario))).map((r) => ({
    text: `${r.client}: ${r.scenario} failed at ${r.at}${r.error ? `: ${firstLine(r.error)}` : ""}`
  }));
}
function firstLine(text2) {
  return text2.split(/\r?\n/, 1)[0]?.trim() ?? "";
}
function percent(rate) {
  return `${Math.round(rate * 1e3) / 10}%`;
}
function taggedFailures(inputs, config, kind) {
  let { smoke, github } = inputs, tag = config.smoke_tags[kind], labels2 = config.incident_labels[kind], { max, what } = {
    core_flow: { max: config.thresholds.max_core_flow_blockers, what: "blocked core flow" },
    auth: { max: config.thresholds.max_auth_regressions, what: "auth regression" },
    tenant_isolation: {
      max: config.thresholds.max_tenant_isolation_incidents,
      what: "tenant isolation failure"
    }
  }[kind], items = [], gaps = [], fixes = [];
  if (kind === "core_flow") {
    let blocked = blockedCoreFlows(inputs);
    blocked ? items.push(...blocked) : (gaps.push("no scenario records"), fixes.push(RECORDS_FIX));
  } else if (smoke)
    for (let f of smoke.failures.filter((f2) => f2.tags?.includes(tag)))
      items.push({
        text: `smoke: ${failureName(f)} (tag ${tag})${f.message ? `: ${firstLine(f.message)}` : ""}`
      });
  else
    gaps.push("no smoke report"), fixes.push("pass --smoke");
  if (labels2.length > 0) {
    let open = openWith(github.incidents, labels2);
    open ? items.push(...open.map(incidentItem)) : (gaps.push(`open issues unknown (${unavailable(github.incidents)})`), fixes.push(GITHUB_FIX));
  }
  let values = {
    count: items.length,
    max,
    ...kind === "core_flow" ? { core_flows: inputs.records?.core.length ?? 0 } : { smoke_tag: tag },
    labels: labels2.join(", ")
  };
  return items.length > max ? {
    status: "fail",
    summary: `${items.length} ${what}${items.length === 1 ? "" : "s"} (at most ${max})`,
    values,
    items,
    fix: `fix them${kind === "core_flow" ? ", have the client run each flow again and record it (pilot-gate pilot record)" : ""}${labels2.length > 0 ? `, and close the issues labelled ${labels2.join(" / ")} once resolved` : ""}`
  } : gaps.length > 0 ? {
    ...missing(`cannot tell: ${gaps.join("; ")}`, fixes.join("; ")),
    values,
    items
  } : { status: "pass", summary: `${items.length} ${what}s (at most ${max})`, values, items };
}
function parity({ parity: parity2, sha }) {
  if (!parity2)
    return missing("no parity report", "run the parity gate and pass its report with --parity");
  let drift = parity2.drift, values = { status: parity2.status, drift: drift ?? null };
  return sameCommit(parity2.sha, sha) ? isGreen(parity2.status) && (drift ?? 0) === 0 ? { status: "pass", summary: `parity ${parity2.status}, no drift`, values } : {
    status: "fail",
    summary: `parity ${parity2.status}${drift !== void 0 ? `: ${drift} drifted` : ""}`,
    values,
    items: parity2.failures.map((f) => ({
      text: `${failureName(f)}${f.message ? `: ${firstLine(f.message)}` : ""}`
    })),
    fix: "bring the environments back in line (or record the difference as expected) and re-run parity"
  } : {
    status: "fail",
    summary: `the parity report is for commit ${parity2.sha}, not ${sha}`,
    values,
    fix: "run the parity gate on this exact commit"
  };
}
function unavailable(g) {
  return g.available ? "" : g.reason;
}
function openWith(incidents2, labels2) {
  if (!incidents2.available) return;
  let wanted = new Set(labels2.map((l) => l.toLowerCase()));
  return incidents2.items.filter((i) => i.labels.some((l) => wanted.has(l.toLowerCase())));
}
function incidentItem(i) {
  return {
    text: `#${i.number} ${i.title} [${i.labels.join(", ")}]`,
    ...i.url ? { url: i.url } : {}
  };
}
function incidents({ github }, labels2, max) {
  let open = openWith(github.incidents, labels2);
  if (!open) return missing(`open issues unknown: ${unavailable(github.incidents)}`, GITHUB_FIX);
  let values = { open: open.length, max, labels: labels2.join(", ") }, summary2 = `${open.length} open issue${open.length === 1 ? "" : "s"} labelled ${labels2.join(" / ")} (at most ${max})`;
  return open.length > max ? {
    status: "fail",
    summary: summary2,
    values,
    items: open.map(incidentItem),
    fix: "resolve and close them (or relabel them if they are not incidents)"
  } : { status: "pass", summary: summary2, values };
}
function requiredChecks2({ github }, config) {
  let checks = github.requiredChecks;
  if (!checks.available) return missing(`check runs unknown: ${checks.reason}`, GITHUB_FIX);
  let items = [], green = 0;
  for (let name of config.required_checks) {
    let runs = checks.items.filter((c) => c.name === name);
    if (runs.length > 0 && runs.every((r) => r.conclusion !== null && PASSING_CONCLUSIONS.has(r.conclusion))) {
      green++;
      continue;
    }
    let state = runs.length === 0 ? "missing" : runs.map((r) => r.conclusion ?? "in progress").join(", "), url = runs.find((r) => r.url)?.url;
    items.push({ text: `${name}: ${state}`, ...url ? { url } : {} });
  }
  let values = { required: config.required_checks.length, green }, summary2 = `${green}/${config.required_checks.length} required checks green (${config.required_checks.join(", ")})`;
  return items.length > 0 ? {
    status: "fail",
    summary: summary2,
    values,
    items,
    fix: "wait for the checks to finish, or fix and re-run the failing ones on this commit"
  } : { status: "pass", summary: summary2, values };
}
function protection({ github }, config) {
  let p = github.protection;
  if (!p.available) return missing(`branch protection unknown: ${p.reason}`, GITHUB_FIX);
  let items = [], applied = 0;
  for (let branch of config.protected_branches) {
    let state = p.items.find((s) => s.branch === branch), from = state?.source ? `, ${state.source}` : "";
    if (state?.status === "Applied") {
      applied++, items.push({ text: `${branch}: Applied${from}`, ...state.url ? { url: state.url } : {} });
      continue;
    }
    let status2 = state?.status ?? "unknown";
    items.push({
      text: `${branch}: ${status2}${state?.detail ? ` (${state.detail})` : ""}${from}`,
      ...state?.url ? { url: state.url } : {}
    });
  }
  let values = { branches: config.protected_branches.length, applied }, summary2 = `${applied}/${config.protected_branches.length} protected branches Applied`;
  return applied < config.protected_branches.length ? {
    status: "fail",
    summary: summary2,
    values,
    items,
    fix: "apply the config's protection with pilot-gate protection sync (or install the App, which applies and watches it); reading protection needs a token with administration: read, else the App's pilot-gate/protection check is read"
  } : { status: "pass", summary: summary2, values, items };
}
function milestones({ milestones: milestones2 }) {
  if (milestones2.length === 0)
    return missing(
      "no milestone or sign-off documents configured (readiness.milestones)",
      "list the milestone and sign-off documents under readiness.milestones (a path, or {file, section} to read only the headings of that name), or set readiness.criteria.milestones to off if this launch has none"
    );
  let items = [], unreadable = 0, done = 0;
  for (let doc of milestones2) {
    if ("error" in doc) {
      unreadable++, items.push({ text: doc.error, file: doc.file });
      continue;
    }
    done += doc.done;
    for (let item of doc.blocking)
      items.push({ text: item.text, file: doc.file, ...item.line ? { line: item.line } : {} });
  }
  let blocking = items.length - unreadable, values = { documents: milestones2.length, done, blocking, unreadable };
  return items.length === 0 ? {
    status: "pass",
    summary: `${done} item(s) done in ${milestones2.length} document(s)`,
    values
  } : {
    status: "fail",
    summary: `${[blocking ? `${blocking} item(s) not done` : "", unreadable ? `${unreadable} unreadable document(s)` : ""].filter(Boolean).join(", ")} (${done} done, ${milestones2.length} document(s))`,
    values,
    items,
    fix: "finish each item named and mark it done (- [x], or a done status such as done, signed, passed, ok, concluído), add the evidence files it names, or fix the paths in readiness.milestones"
  };
}
function pilotManifest({ manifest }, config) {
  if (!manifest)
    return missing(
      "no pilot manifest",
      `write ${config.manifest} (pilot-gate pilot start --name <name>) and pass it with --manifest`
    );
  let { min_clients: min, max_clients: max, min_window_hours: hours } = config.thresholds, items = [], active = manifest.clients.length;
  (active < min || active > max) && items.push({ text: `${active} client(s); the pilot needs ${min} to ${max}` });
  for (let client of manifest.clients) {
    client.status !== "suggested" && items.push({ text: `${client.name}: still under review (${client.status})` });
    for (let key of ["technical_contact", "business_contact"])
      client[key]?.trim() || items.push({ text: `${client.name}: no ${key.replace("_", " ")}` });
  }
  manifest.window.hours < hours && items.push({
    text: `observation window ${manifest.window.hours} h; at least ${hours} h needed`
  }), windowStart(manifest) || items.push({ text: `window start ${manifest.window.start} is not a real date` });
  let values = {
    clients: active,
    min_clients: min,
    max_clients: max,
    window_hours: manifest.window.hours,
    min_window_hours: hours
  }, summary2 = `${manifest.name}: ${active} client(s), ${manifest.window.hours} h window`;
  return items.length > 0 ? {
    status: "fail",
    summary: summary2,
    values,
    items,
    fix: `complete ${config.manifest}: 3 to 5 clients, each with both contacts and status suggested, and a window of at least ${hours} h`
  } : { status: "pass", summary: summary2, values };
}
function signOff({ github }) {
  let read = github.signOff;
  if (!read.available) return missing(`sign-off unknown: ${read.reason}`, GITHUB_FIX);
  let { label: label3, pulls } = read.value, roles = signOffByRole(read.value), signed = roles.filter((r) => r.signers.length > 0), values = {
    roles: roles.length,
    signed: signed.length,
    pulls: pulls.map((p) => `#${p.number}`).join(", "),
    label: label3
  };
  if (pulls.length === 0)
    return {
      status: "fail",
      summary: `no PR of this commit is labelled ${label3}`,
      values,
      fix: `label the PR of this commit (its head, or the PR whose merge made it) ${label3}, and have a holder of each role (${roles.map((r) => r.role).join(", ")}) approve it`
    };
  let items = roles.map((r) => {
    if (r.signers.length > 0)
      return {
        text: `${r.role}: signed by ${r.signers.map((s) => `@${s.login} (#${s.pull})`).join(", ")}`
      };
    if (!r.defined)
      return { text: `${r.role}: not defined under roles:, so nobody can sign it off` };
    let stale = r.stale.length > 0 ? `; ${r.stale.map((l) => `@${l}`).join(", ")} approved an older push` : "";
    return { text: `${r.role}: no approval on the head commit from a holder of the role${stale}` };
  }), summary2 = `${signed.length}/${roles.length} sign-off roles approved (${pulls.map((p) => `#${p.number}`).join(", ")})`;
  if (signed.length === roles.length) return { status: "pass", summary: summary2, values, items };
  let undefinedRoles = roles.filter((r) => !r.defined).map((r) => r.role);
  return {
    status: "fail",
    summary: summary2,
    values,
    items,
    fix: `ask a holder of each role without a sign-off to approve the sign-off PR on its latest commit${undefinedRoles.length > 0 ? `; define ${undefinedRoles.map((r) => `roles.${r}`).join(", ")} (users or teams) in the config` : ""}`
  };
}

// core/gates/readiness/render.ts
var ICON2 = {
  pass: "✅",
  fail: "❌",
  waived: "⚠️",
  not_checked: "❔",
  off: "➖",
  not_evaluated: "➖"
}, MAX_ITEMS = 20;
function where(item) {
  return item.file ? `${item.file}${item.line ? `:${item.line}` : ""}` : "";
}
function itemLines(c, line) {
  let shown2 = c.evidence.items.slice(0, MAX_ITEMS).map((item) => `  - ${line(item)}`), rest = c.evidence.items.length - shown2.length;
  return rest > 0 ? [...shown2, `  - …and ${rest} more (see the JSON report)`] : shown2;
}
function markdownItem(item) {
  if (item.url) return link(item.text, item.url);
  let at = where(item);
  return `${inertText(item.text)}${at ? ` (${inertText(at)})` : ""}`;
}
function renderReadinessMarkdown(report) {
  let byId = new Map(report.criteria.map((c) => [c.id, c])), lines2 = [
    `## ${report.verdict === "GO" ? "✅ GO" : "❌ NO-GO"}: readiness of ${codeSpan(report.sha.slice(0, 12))}`,
    "",
    report.pilot ? `Pilot **${inertText(report.pilot.name)}**, window from ${inertText(report.pilot.window_start)} for ${report.pilot.window_hours} h. Judged ${inertText(report.evaluated_at)}.` : `No pilot manifest. Judged ${inertText(report.evaluated_at)}.`,
    ""
  ];
  if (report.blockers.length > 0) {
    lines2.push(`### Blockers (${report.blockers.length})`, "");
    for (let id of report.blockers) {
      let c = byId.get(id);
      c && (lines2.push(
        `- **${inertText(c.title)}** (${codeSpan(c.id)}, ${c.level}): ${inertText(c.summary)}`,
        ...itemLines(c, markdownItem)
      ), c.fix && lines2.push(`  - Fix: ${inertText(c.fix)}`));
    }
    lines2.push("");
  }
  if (report.warnings.length > 0) {
    lines2.push(`### Advisory (${report.warnings.length})`, "");
    for (let id of report.warnings) {
      let c = byId.get(id);
      c && lines2.push(`- ${inertText(c.title)} (${codeSpan(c.id)}): ${inertText(c.summary)}`);
    }
    lines2.push("");
  }
  lines2.push(tableHead(["", "Criterion", "Level", "Result"]));
  for (let c of report.criteria) {
    let waiver = c.waiver ? ` — waived by ${c.waiver.by} until ${c.waiver.until}: ${c.waiver.reason}` : "";
    lines2.push(tableRow([ICON2[c.status], c.title, c.level, c.summary + waiver]));
  }
  return report.notes.length > 0 && lines2.push("", ...report.notes.map((n) => `> ${inertText(n)}`)), fitBytes(`${lines2.join(`
`)}
`, JOB_SUMMARY_BYTES);
}
var MARK = {
  pass: "pass",
  fail: "FAIL",
  waived: "waived",
  not_checked: "NOT CHECKED",
  off: "off",
  not_evaluated: "n/a"
}, MARK_WIDTH = Math.max(...Object.values(MARK).map((mark) => mark.length));
function renderReadinessText(report) {
  let lines2 = [
    `${report.verdict} for ${report.sha}${report.pilot ? ` (pilot ${report.pilot.name})` : ""}`,
    ""
  ];
  for (let c of report.criteria) {
    let waiver = c.waiver ? ` [waived by ${c.waiver.by} until ${c.waiver.until}]` : "";
    lines2.push(
      `  ${MARK[c.status].padEnd(MARK_WIDTH)} ${c.id.padEnd(18)} ${c.level.padEnd(9)} ${c.summary}${waiver}`
    );
  }
  if (report.blockers.length > 0) {
    lines2.push("", `Blockers (${report.blockers.length}):`);
    for (let c of report.criteria.filter((c2) => report.blockers.includes(c2.id))) {
      let textItem = (item) => {
        let at = where(item);
        return item.url ? `[${item.text}](${item.url})` : `${item.text}${at ? ` (${at})` : ""}`;
      };
      lines2.push(`  ${c.id}: ${c.summary}`, ...itemLines(c, textItem).map((l) => `  ${l}`)), c.fix && lines2.push(`    fix: ${c.fix}`);
    }
  }
  return report.notes.length > 0 && lines2.push("", ...report.notes.map((n) => `note: ${n}`)), `${lines2.join(`
`)}
`;
}

// core/gates/readiness/report.ts
var evidenceItem = external_exports.strictObject({
  text: external_exports.string().describe("One fact, e.g. `#12 Login fails for tenant B (P0)`."),
  url: external_exports.string().optional().describe("Where to see it on GitHub, when known."),
  file: external_exports.string().optional(),
  line: external_exports.int().optional()
}), criterionResultSchema = external_exports.strictObject({
  id: external_exports.enum(CRITERIA),
  title: external_exports.string(),
  level: external_exports.enum(LEVELS),
  status: external_exports.enum(["pass", "fail", "waived", "not_checked", "off", "not_evaluated"]).describe(
    "`not_checked`: the criterion had no input (nothing configured, a report not given, GitHub unreadable); it is NO-GO unless the criterion is advisory. `off`: the config turned it off, so it was not judged. `not_evaluated`: what reports before `not_checked` wrote for an advisory criterion with no input."
  ),
  summary: external_exports.string().describe("One line: what was measured against what."),
  evidence: external_exports.strictObject({
    values: external_exports.record(external_exports.string(), external_exports.union([external_exports.number(), external_exports.string(), external_exports.boolean(), external_exports.null()])).describe("The numbers behind the status, e.g. passed, executed, rate, threshold."),
    items: external_exports.array(evidenceItem).describe("The facts that fail it (or make it pass).")
  }),
  fix: external_exports.string().optional().describe("What to do to make it pass; set unless it passed."),
  waiver: external_exports.strictObject({ by: external_exports.string(), reason: external_exports.string(), until: external_exports.string() }).optional().describe("The waiver that lifted the failure.")
}), readinessReportSchema = external_exports.strictObject({
  version: external_exports.literal(1),
  kind: external_exports.literal("readiness"),
  sha: external_exports.string(),
  verdict: external_exports.enum(["GO", "NO-GO"]),
  evaluated_at: external_exports.string().describe("When it was judged (ISO 8601); waivers expire against it."),
  pilot: external_exports.strictObject({ name: external_exports.string(), window_start: external_exports.string(), window_hours: external_exports.number() }).optional(),
  sign_off: external_exports.strictObject({
    label: external_exports.string().describe("The label of the sign-off PRs read."),
    signers: external_exports.array(external_exports.strictObject({ role: external_exports.string(), login: external_exports.string(), pull: external_exports.int() })).describe("Who signed each role off: approved a sign-off PR on its head commit.")
  }).optional().describe(
    "The go-live sign-off as read from GitHub (absent when it could not be read): the release evidence pack carries it with this report."
  ),
  blockers: external_exports.array(external_exports.enum(CRITERIA)).describe(
    "Criteria that make it NO-GO: blocking or waivable ones that failed (waivable with no current waiver) or were not checked."
  ),
  warnings: external_exports.array(external_exports.enum(CRITERIA)).describe("Advisory criteria that failed or were not checked."),
  criteria: external_exports.array(criterionResultSchema),
  notes: external_exports.array(external_exports.string()).describe("Things the reader should know, e.g. ignored waivers.")
}).describe("pilot-gate readiness report: GO/NO-GO on one commit.");

// core/gates/readiness/milestones.ts
var DONE_WORDS = [
  "done",
  "complete",
  "completed",
  "finished",
  "signed",
  "signed off",
  "approved",
  "accepted",
  "passed",
  "pass",
  "ok",
  "okay",
  "yes",
  "verified",
  "closed",
  "resolved",
  "delivered",
  "ready",
  "green",
  "go",
  "concluido",
  "concluida",
  "feito",
  "feita",
  "assinado",
  "assinada",
  "aprovado",
  "aprovada",
  "aceito",
  "aceita",
  "passou",
  "sim",
  "completo",
  "completa",
  "pronto",
  "pronta",
  "finalizado",
  "finalizada",
  "entregue",
  "verificado",
  "verificada",
  "fechado",
  "fechada",
  "resolvido",
  "resolvida"
], NOT_DONE_WORDS = [
  "pending",
  "open",
  "blocked",
  "failed",
  "fail",
  "failing",
  "todo",
  "to do",
  "no",
  "not",
  "not done",
  "not started",
  "not yet",
  "in progress",
  "wip",
  "waiting",
  "awaiting",
  "missing",
  "rejected",
  "incomplete",
  "partial",
  "partially",
  "draft",
  "on hold",
  "deferred",
  "postponed",
  "overdue",
  "unsigned",
  "nok",
  "no go",
  "tbd",
  "red",
  "amber",
  "yellow",
  "pendente",
  "aberto",
  "aberta",
  "em aberto",
  "bloqueado",
  "bloqueada",
  "falhou",
  "falha",
  "falhado",
  "reprovado",
  "reprovada",
  "rejeitado",
  "rejeitada",
  "nao",
  "nao iniciado",
  "em andamento",
  "em progresso",
  "a fazer",
  "aguardando",
  "faltando",
  "incompleto",
  "incompleta",
  "parcial",
  "rascunho",
  "adiado",
  "adiada",
  "atrasado",
  "atrasada",
  "vermelho",
  "amarelo"
], STATUS_FILLERS = ["by", "on", "at", "in", "em", "por", "pelo", "pela", "de", "do", "da"], DONE_SYMBOLS = ["✅", "✔", "✓", "☑", "🟢", "👍", "🆗"], NOT_DONE_SYMBOLS = [
  "❌",
  "❎",
  "✖",
  "✕",
  "✗",
  "✘",
  "☒",
  "⛔",
  "🚫",
  "⏳",
  "⌛",
  "🚧",
  "🔴",
  "🟠",
  "🟡",
  "⚠",
  "❗",
  "❓",
  "👎",
  "⬜",
  "☐",
  "🔲",
  "⏸"
], SHORTCODES = {
  white_check_mark: "✅",
  heavy_check_mark: "✔",
  ballot_box_with_check: "☑",
  green_circle: "🟢",
  "+1": "👍",
  thumbsup: "👍",
  ok: "🆗",
  x: "❌",
  negative_squared_cross_mark: "❎",
  heavy_multiplication_x: "✖",
  no_entry: "⛔",
  no_entry_sign: "🚫",
  hourglass: "⌛",
  hourglass_flowing_sand: "⏳",
  construction: "🚧",
  red_circle: "🔴",
  orange_circle: "🟠",
  yellow_circle: "🟡",
  warning: "⚠",
  exclamation: "❗",
  question: "❓",
  "-1": "👎",
  thumbsdown: "👎",
  white_large_square: "⬜",
  pause_button: "⏸"
}, STATUS_LEXICON = new PhraseLexicon([
  ...DONE_WORDS.map((word) => [word, "done"]),
  ...NOT_DONE_WORDS.map((word) => [word, "not-done"]),
  ...STATUS_FILLERS.map((word) => [word, "filler"])
]), SYMBOL = new RegExp("\\p{Extended_Pictographic}|[\\u2610-\\u2612\\u2713-\\u2718]", "gu"), SYMBOL_MODIFIERS = /\uFE0E|\uFE0F|\u200D|[\u{1F3FB}-\u{1F3FF}]/gu, SHORTCODE = /:([a-z0-9_+-]+):/g, HANDLE = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_-]+(?:\/[\p{L}\p{N}_.-]+)?/gu;
function readStatus(cell) {
  let text2 = cell.trim();
  if (isBlankCell(text2)) return { state: "missing" };
  let marked = text2.replace(/^\[[xX]\]$/, "✅").replace(/^\[ \]$/, "⬜").replace(SHORTCODE, (code2, name) => SHORTCODES[name] ?? code2).replace(SYMBOL_MODIFIERS, ""), meanings = [], unknown = [];
  for (let [symbol] of marked.matchAll(SYMBOL))
    DONE_SYMBOLS.includes(symbol) ? meanings.push("done") : NOT_DONE_SYMBOLS.includes(symbol) ? meanings.push("not-done") : unknown.push(symbol);
  let words = foldWords(marked.replace(SYMBOL, " ").replace(HANDLE, " ")).filter(
    (word) => !new RegExp("^\\p{N}+$", "u").test(word)
  ), read = STATUS_LEXICON.read(words);
  if (meanings.push(...read.meanings), unknown.push(...read.unknown), meanings.includes("not-done")) return { state: "not-done" };
  let withStatus = meanings.includes("done");
  return unknown.length > 0 ? { state: "unknown", words: [...new Set(unknown)], withStatus } : withStatus ? { state: "done" } : { state: "unknown", words: [text2], withStatus };
}
var COLUMNS = {
  status: [
    ["status", "state", "estado", "situacao", "current status", "status atual"],
    ["sign off", "signoff", "signed off", "approval", "aprovacao", "assinatura"],
    ["done", "result", "resultado", "feito", "concluido", "ok"]
  ],
  evidence: [
    [
      "evidence",
      "evidences",
      "evidencia",
      "evidencias",
      "proof",
      "prova",
      "provas",
      "artifact",
      "artifacts",
      "artefato",
      "artefatos",
      "link",
      "links",
      "reference",
      "references",
      "referencia",
      "referencias"
    ]
  ],
  item: [
    [
      "item",
      "items",
      "criterion",
      "criteria",
      "criterio",
      "criterios",
      "check",
      "checks",
      "task",
      "tasks",
      "tarefa",
      "tarefas",
      "requirement",
      "requirements",
      "requisito",
      "requisitos",
      "deliverable",
      "entregavel",
      "milestone",
      "marco",
      "step",
      "etapa",
      "description",
      "descricao",
      "name",
      "nome",
      "title",
      "titulo"
    ]
  ]
}, STATUS_HEADERS = "Status, State, Sign-off, Estado or Situação";
function readMilestoneDocument(text2, options) {
  let unread = (reason, line) => ({
    done: 0,
    blocking: [{ text: `the document ${reason}, so it was not read`, line }]
  }), bytes4 = sizeOverLimit(text2, MILESTONE_LIMIT);
  if (bytes4 !== void 0)
    return {
      done: 0,
      blocking: [
        { text: tooLargeMessage("the document", bytes4, MILESTONE_LIMIT), line: void 0 }
      ]
    };
  let nul = text2.indexOf("\0");
  if (nul !== -1) return unread("is not text (it holds NUL bytes)", lineAt(text2, nul));
  let { section } = options, parsed;
  try {
    parsed = parseBody(text2, section ? [{ id: "section", title: section, aliases: [] }] : []);
  } catch (error) {
    if (!(error instanceof MarkdownTooDeepError)) throw error;
    return unread(error.reason, error.line);
  }
  let reader = new DocumentReader(options);
  if (!section)
    return reader.read(parsed.tree.children, "") === 0 && reader.block(
      "no checklist item (- [ ]) or table with a status column in the document",
      void 0
    ), reader.reading;
  let matched = sectionsNamed(parsed);
  matched.length === 0 && reader.block(`no "${section}" heading in the document`, void 0);
  for (let { title, nodes, line } of matched)
    reader.read(nodes, `${title}: `) === 0 && reader.block(
      `${title}: no checklist item (- [ ]) or table with a status column under this heading`,
      line
    );
  return reader.reading;
}
function lineAt(text2, offset) {
  let line = 1;
  for (let at = text2.indexOf(`
`); at !== -1 && at < offset; at = text2.indexOf(`
`, at + 1))
    line++;
  return line;
}
function sectionsNamed(parsed) {
  let found = [], open = [];
  for (let s of parsed.sections) {
    for (; open.length > 0 && open.at(-1).depth >= s.depth; ) open.pop();
    open.push({ depth: s.depth, title: s.title }), s.id === "section" && found.push({
      title: open.slice(-2).map((o) => o.title).join(" › "),
      nodes: s.nodes,
      line: s.position.line
    });
  }
  return found;
}
var DocumentReader = class {
  reading = { done: 0, blocking: [] };
  #options;
  /** Items and rows found in each node read so far. */
  #found = /* @__PURE__ */ new Map();
  #exists = /* @__PURE__ */ new Map();
  #folder;
  constructor(options) {
    this.#options = options;
    let file = repositoryPath(options.file, "") ?? "";
    this.#folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
  }
  block(text2, line) {
    this.reading.blocking.push({ text: text2, line });
  }
  /**
   * Reads the checklist items and tables in `nodes`; returns how many items
   * and rows they hold. A node read before (under a matched heading nested
   * in another) is counted again but not read twice.
   */
  read(nodes, prefix) {
    let found = 0;
    for (let node of nodes) {
      let count2 = this.#found.get(node);
      count2 === void 0 && (count2 = this.#node(node, prefix), this.#found.set(node, count2)), found += count2;
    }
    return found;
  }
  #node(node, prefix) {
    let found = 0;
    for (let item of taskItems([node]))
      found++, item.checked ? this.reading.done++ : this.block(`${prefix}[ ] ${item.text}`, item.position?.line);
    for (let table of tablesIn([node])) found += this.#table(table, prefix);
    return found;
  }
  #table(table, prefix) {
    let { headers, rows: rows2, position } = tableText(table), columns = findColumns(headers, COLUMNS);
    if (columns.status === void 0)
      return rows2.length === 0 ? 0 : (this.block(
        `${prefix}a table with no status column (columns: ${headers.join(", ")}); name its status column ${STATUS_HEADERS} to have its rows read, or name a section that leaves it out`,
        position?.line
      ), 1);
    for (let row of rows2) this.#row(row, columns, prefix);
    return rows2.length;
  }
  #row(row, columns, prefix) {
    let line = row.position?.line, statusCell = row.cells[columns.status] ?? "", name = `${prefix}${rowName(row.cells, columns)}`, status2 = readStatus(statusCell);
    switch (status2.state) {
      case "missing":
        this.block(`${name}: no status`, line);
        return;
      case "not-done":
        this.block(`${name}: status "${statusCell.trim()}" is not done`, line);
        return;
      case "unknown": {
        let what = status2.withStatus ? `has words that are not status words (${status2.words.join(", ")})` : "is not a status word";
        this.block(
          `${name}: status "${statusCell.trim()}" ${what}; write only a status such as done, signed, passed, ok or pending, open, blocked (or concluído, assinado, pendente, bloqueado), and notes in another column`,
          line
        );
        return;
      }
    }
    let evidence = columns.evidence === void 0 ? void 0 : row.nodes[columns.evidence], proven = !0;
    for (let written of evidence ? evidencePaths(evidence.children) : []) {
      let problem = this.#missing(written);
      problem && (this.block(`${name}: evidence ${problem}`, line), proven = !1);
    }
    proven && this.reading.done++;
  }
  /** Why an evidence path fails (`… does not exist`), or `undefined` when it exists. */
  #missing({ path, linked }) {
    let resolved = repositoryPath(path, linked && !path.startsWith("/") ? this.#folder : "");
    if (resolved === void 0) return `${path} points outside the repository`;
    let exists = this.#exists.get(resolved);
    return exists === void 0 && (exists = resolved === "" || this.#options.exists(resolved), this.#exists.set(resolved, exists)), exists ? void 0 : `${resolved} does not exist in the checkout`;
  }
};
function tablesIn(nodes) {
  let tables = [], visit4 = (node) => {
    if (node.type === "table") tables.push(node);
    else if ("children" in node && node.type !== "paragraph" && node.type !== "heading")
      for (let child of node.children) visit4(child);
  };
  for (let node of nodes) visit4(node);
  return tables;
}
function rowName(cells, columns) {
  let own = columns.item === void 0 ? void 0 : cells[columns.item];
  if (own && !isBlankCell(own)) return oneLine(own);
  let other = cells.find(
    (text2, index) => index !== columns.status && index !== columns.evidence && !isBlankCell(text2)
  );
  return other ? oneLine(other) : "(unnamed row)";
}
function oneLine(text2) {
  return text2.replace(/\s+/g, " ").trim();
}
var SCHEME = /^[a-z][a-z0-9+.-]+:/i, FILE_EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,9}$/, LEADING_PUNCTUATION = /^[("'“‘[<]+/u, TRAILING_PUNCTUATION = /[)"'”’\]>,.;:!?]+$/u;
function evidencePaths(nodes) {
  let paths = [], visit4 = (node) => {
    switch (node.type) {
      case "link":
      case "image": {
        let target = withoutAnchor(decoded(node.url.trim()));
        target && !isUrl(node.url.trim()) && paths.push({ path: target, linked: !0 });
        return;
      }
      case "inlineCode": {
        let token = withoutAnchor(node.value.trim());
        token && !/\s/.test(token) && !isUrl(token) && (token.includes("/") || FILE_EXTENSION.test(token)) && paths.push({ path: token, linked: !1 });
        return;
      }
      case "text":
        for (let raw of node.value.split(/\s+/u)) {
          let token = raw.replace(LEADING_PUNCTUATION, "").replace(TRAILING_PUNCTUATION, "");
          isUrl(token) || token.startsWith("www.") || !token.includes("/") || (FILE_EXTENSION.test(token) || token.startsWith("./") || token.endsWith("/")) && paths.push({ path: withoutAnchor(token), linked: !1 });
        }
        return;
      case "html":
      case "code":
      case "delete":
        return;
    }
    if ("children" in node) for (let child of node.children) visit4(child);
  };
  for (let node of nodes) visit4(node);
  return paths;
}
function isUrl(target) {
  return SCHEME.test(target) || target.startsWith("//") || target.startsWith("#");
}
function withoutAnchor(target) {
  return target.replace(/[?#].*$/su, "");
}
function decoded(target) {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}
function repositoryPath(path, folder) {
  let parts = path.startsWith("/") || folder === "" ? [] : folder.split("/");
  for (let part of path.split("/"))
    if (!(part === "" || part === "."))
      if (part === "..") {
        if (parts.length === 0) return;
        parts.pop();
      } else
        parts.push(part);
  return parts.join("/");
}

// core/gates/smoke/report.ts
var SMOKE_REPORT_VERSION = 1, scenarioResultSchema = external_exports.enum(["passed", "failed", "errored", "skipped", "flaky"]), attemptSchema = external_exports.object({
  kind: external_exports.enum(["flakyFailure", "flakyError", "rerunFailure", "rerunError"]).describe("The JUnit element the attempt was reported in."),
  message: external_exports.string().describe("The attempt's message, or the first line of its stack trace.")
}), scenarioSchema = external_exports.object({
  name: external_exports.string().describe("The testcase name as the runner wrote it."),
  suite: external_exports.string().describe("The innermost <testsuite> name, or a `suite` property on the testcase."),
  suitePath: external_exports.array(external_exports.string()).describe("Every enclosing suite name, outermost first (the <testsuites> name included)."),
  classname: external_exports.string().optional(),
  file: external_exports.string().describe("The JUnit file the scenario was read from."),
  tags: external_exports.array(external_exports.string()).describe(
    "From a `tags` property (comma-separated) on the testcase or a suite, and `[tag]` or `@tag` in the name."
  ),
  result: scenarioResultSchema,
  durationMs: external_exports.number().nonnegative().optional().describe("From the testcase's `time`, seconds."),
  error: external_exports.string().optional().describe("For failed, errored and skipped scenarios: the message (clipped)."),
  attempts: external_exports.array(attemptSchema).describe("Failed attempts before the final result, when the runner reran the test.")
}), commandResultSchema = external_exports.object({
  command: external_exports.string(),
  exitCode: external_exports.number().int().nullable().describe("null when the command did not exit by itself (a signal) or could not start."),
  signal: external_exports.string().optional().describe("The signal that ended the command, if any."),
  durationMs: external_exports.number().nonnegative(),
  error: external_exports.string().optional().describe("Why the command could not start, if it did not.")
}), reasonCodeSchema = external_exports.enum([
  "input-error",
  "command-failed",
  "zero-tests",
  "tests-failed",
  "suite-missing",
  "stale-junit"
]), reasonSchema = external_exports.object({
  code: reasonCodeSchema,
  message: external_exports.string().describe("What is wrong and what to do next."),
  file: external_exports.string().optional(),
  line: external_exports.number().int().positive().optional(),
  column: external_exports.number().int().positive().optional()
}), countsSchema = external_exports.object({
  total: external_exports.number().int().nonnegative(),
  executed: external_exports.number().int().nonnegative().describe("passed + failed + errored + flaky: every scenario that ran."),
  passed: external_exports.number().int().nonnegative().describe("Passed on the first attempt."),
  failed: external_exports.number().int().nonnegative(),
  errored: external_exports.number().int().nonnegative(),
  skipped: external_exports.number().int().nonnegative(),
  flaky: external_exports.number().int().nonnegative().describe("Passed only after a rerun.")
}), smokeReportSchema = external_exports.object({
  version: external_exports.literal(SMOKE_REPORT_VERSION),
  gate: external_exports.literal("smoke"),
  status: external_exports.enum(["pass", "fail"]),
  sha: external_exports.string().regex(COMMIT_PATTERN, "a full commit id (40 or 64 lowercase hex)").optional().describe(
    "The commit the smoke gate ran on, when the run was told (the action's sha input, --sha): readiness and rollback lift refuse a report of another commit. Absent in reports that were not told."
  ),
  counts: countsSchema,
  reasons: external_exports.array(reasonSchema).describe("Empty exactly when status is pass."),
  commands: external_exports.array(commandResultSchema),
  junit: external_exports.object({
    patterns: external_exports.array(external_exports.string()),
    files: external_exports.array(external_exports.object({ path: external_exports.string(), scenarios: external_exports.number().int().nonnegative() }))
  }),
  suites: external_exports.object({
    expected: external_exports.array(external_exports.string()),
    found: external_exports.array(external_exports.string()),
    missing: external_exports.array(external_exports.string())
  }),
  scenarios: external_exports.array(scenarioSchema).describe("Every scenario, in the order the files list them.")
});
function smokeCommit(value, what) {
  let sha = (value ?? "").trim().toLowerCase();
  if (sha !== "") {
    if (!COMMIT_PATTERN.test(sha))
      throw new UsageError(
        `${what} "${sha.slice(0, 80)}" is not a full commit id; pass the 40-character id of the commit the smoke run checked out (git rev-parse HEAD)`
      );
    return sha;
  }
}

// core/gates/smoke/evaluate.ts
var FAILED = /* @__PURE__ */ new Set(["failed", "errored"]), NAMES_IN_REASON = 3;
function evaluateSmoke(input) {
  let scenarios = input.files.flatMap((file) => file.scenarios), counts2 = countScenarios(scenarios), reasons = [];
  for (let error of input.inputErrors)
    reasons.push({
      code: "input-error",
      message: error.message,
      file: error.file,
      ...error.line !== void 0 ? { line: error.line } : {},
      ...error.column !== void 0 ? { column: error.column } : {}
    });
  for (let command of input.commands) {
    let why = commandFailure(command);
    why && reasons.push({ code: "command-failed", message: why });
  }
  counts2.executed === 0 && input.inputErrors.length === 0 && reasons.push({
    code: "zero-tests",
    message: counts2.total === 0 ? "No test was executed: the JUnit files hold no test case. A smoke run that tests nothing is not a pass; check the runner's test filter and that its JUnit reporter writes where --junit looks." : `No test was executed: all ${counts2.total} scenarios were skipped. A smoke run that tests nothing is not a pass; check why they are skipped.`
  });
  let failing = scenarios.filter((s) => FAILED.has(s.result));
  if (failing.length > 0) {
    let parts = [
      counts2.failed > 0 ? `${plural(counts2.failed, "scenario")} failed` : "",
      counts2.errored > 0 ? `${plural(counts2.errored, "scenario")} errored` : ""
    ].filter(Boolean);
    reasons.push({
      code: "tests-failed",
      message: `${parts.join(" and ")}: ${listNames(failing.map((s) => s.name))}.`
    });
  }
  let found = [...new Set(scenarios.map((s) => s.suite))].sort(), executed = scenarios.filter((s) => s.result !== "skipped"), missing2 = input.expectedSuites.filter(
    (suite) => !executed.some((scenario) => inSuite(scenario, suite))
  );
  for (let suite of missing2)
    reasons.push({
      code: "suite-missing",
      message: `Suite "${suite}" was expected (--suite ${suite}) but no executed scenario belongs to it; suites found: ${found.length > 0 ? found.join(", ") : "none"}. Check that its command ran and its JUnit file matches --junit.`
    });
  for (let file of input.files.filter((f) => f.stale))
    reasons.push({
      code: "stale-junit",
      message: `${file.path} was last written before the smoke commands started, so it holds an earlier run's results. Delete old reports before the run, or point --junit at where the commands write.`,
      file: file.path
    });
  return {
    version: SMOKE_REPORT_VERSION,
    gate: "smoke",
    status: reasons.length === 0 ? "pass" : "fail",
    ...input.sha !== void 0 ? { sha: input.sha } : {},
    counts: counts2,
    reasons,
    commands: [...input.commands],
    junit: {
      patterns: [...input.patterns],
      files: input.files.map((f) => ({ path: f.path, scenarios: f.scenarios.length }))
    },
    suites: { expected: [...input.expectedSuites], found, missing: missing2 },
    scenarios
  };
}
function inSuite(scenario, suite) {
  if (scenario.suite === suite || scenario.suitePath.includes(suite)) return !0;
  let outer = scenario.name.split(/\s+[>›]\s+/)[0]?.trim();
  return outer === suite && outer !== scenario.name ? !0 : [scenario.classname, scenario.suite].some(
    (path) => path !== void 0 && stem(path) === suite
  );
}
function stem(path) {
  let base = path.split(/[\\/]/).pop() ?? path;
  return base.split(".")[0] ?? base;
}
function countScenarios(scenarios) {
  let counts2 = {
    total: scenarios.length,
    executed: 0,
    passed: 0,
    failed: 0,
    errored: 0,
    skipped: 0,
    flaky: 0
  };
  for (let scenario of scenarios) counts2[scenario.result]++;
  return counts2.executed = counts2.total - counts2.skipped, counts2;
}
function commandFailure(command) {
  let took = formatDuration(command.durationMs);
  if (command.error !== void 0) return `"${command.command}" could not start: ${command.error}`;
  if (command.exitCode !== 0)
    return command.exitCode === null ? `"${command.command}" was ended by ${command.signal ?? "a signal"} after ${took}; its output is in the log above.` : `"${command.command}" exited with ${command.exitCode} after ${took}; its output is in the log above.`;
}
function listNames(names) {
  let shown2 = names.slice(0, NAMES_IN_REASON).map((n) => `"${n}"`), more = names.length - shown2.length;
  return more > 0 ? `${shown2.join(", ")} and ${more} more` : shown2.join(", ");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function formatDuration(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : ms < 6e4 ? `${(ms / 1e3).toFixed(1)} s` : `${Math.floor(ms / 6e4)} min ${Math.round(ms % 6e4 / 1e3)} s`;
}

// core/gates/smoke/render.ts
var SMOKE_SUMMARY_LIMIT = 1e6, NOTE_RESERVE = 600, SUMMARY_ERROR_CHARS = 1200, MAX_REASONS = 50, RESULT_ICON = {
  passed: "✅",
  failed: "❌",
  errored: "💥",
  skipped: "➖",
  flaky: "⚠️"
}, encoder = new TextEncoder();
function bytes(text2) {
  return encoder.encode(text2).length;
}
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function clip(text2, max) {
  return text2.length <= max ? text2 : `${text2.slice(0, max - 1)}…`;
}
function countsLine(report) {
  let c = report.counts;
  return [
    `${c.executed} executed`,
    `${c.passed} passed`,
    `${c.failed} failed`,
    c.errored > 0 ? `${c.errored} errored` : "",
    c.flaky > 0 ? `${c.flaky} flaky` : "",
    c.skipped > 0 ? `${c.skipped} skipped` : ""
  ].filter(Boolean).join(" · ");
}
var ORDER2 = {
  errored: 0,
  failed: 0,
  flaky: 1,
  skipped: 2,
  passed: 3
};
function where2(reason) {
  return reason.file === void 0 || reason.line === void 0 ? "" : ` (${codeSpan(`${reason.file}:${reason.line}${reason.column !== void 0 ? `:${reason.column}` : ""}`)})`;
}
function tagsText(scenario) {
  return scenario.tags.map((t) => codeSpan(t)).join(" ");
}
function meta(scenario) {
  return [
    scenario.result,
    `suite ${codeSpan(scenario.suite)}`,
    scenario.tags.length > 0 ? `tags ${tagsText(scenario)}` : "",
    scenario.durationMs !== void 0 ? formatDuration(scenario.durationMs) : "",
    reruns(scenario)
  ].filter(Boolean).join(" · ");
}
function renderSmokeMarkdown(report, options = {}) {
  let limit = options.limit ?? SMOKE_SUMMARY_LIMIT, out = [], used = 0, full = !1, omitted = { failures: 0, flaky: 0, rest: 0 }, add = (block) => {
    let size = bytes(block) + 1;
    return full || used + size > limit - NOTE_RESERVE ? (full = !0, !1) : (out.push(block), used += size, !0);
  }, icon = report.status === "pass" ? "✅" : "❌";
  add(`## ${icon} Smoke: ${report.status}

${countsLine(report)}`);
  let suites = report.suites.expected.length > 0 ? report.suites.expected : report.suites.found;
  if (suites.length > 0 && add(
    `Suites: ${suites.map((s) => `${codeSpan(s)}${report.suites.missing.includes(s) ? " (missing)" : ""}`).join(", ")}`
  ), report.reasons.length > 0) {
    let shown2 = report.reasons.slice(0, MAX_REASONS), more = report.reasons.length - shown2.length;
    add(
      [
        "",
        "### Why it failed",
        "",
        ...shown2.map((r) => `- ${inertText(r.message, 1e3)}${where2(r)}`),
        ...more > 0 ? [`- …and ${more} more (see the JSON report)`] : []
      ].join(`
`)
    );
  }
  if (report.commands.length > 0) {
    let rows2 = report.commands.map((c) => {
      let exit = c.error !== void 0 ? "❌ did not start" : c.exitCode === 0 ? "✅ 0" : `❌ ${c.exitCode ?? c.signal ?? "?"}`;
      return tableRow([code(c.command, 300), exit, formatDuration(c.durationMs)]);
    });
    add(["", "### Commands", "", tableHead(["Command", "Exit", "Duration"]), ...rows2].join(`
`));
  }
  let sorted = report.scenarios.map((scenario, index) => ({ scenario, index })).sort((a, b) => ORDER2[a.scenario.result] - ORDER2[b.scenario.result] || a.index - b.index).map((entry) => entry.scenario), failures = sorted.filter((s) => s.result === "failed" || s.result === "errored"), flaky = sorted.filter((s) => s.result === "flaky"), rest = sorted.filter((s) => s.result === "passed" || s.result === "skipped");
  if (failures.length > 0 && add(`
### Failures (${failures.length})
`))
    for (let s of failures) {
      let block = `${RESULT_ICON[s.result]} **${inertText(s.name)}** · ${meta(s)}

${codeBlock(clip(s.error ?? "", SUMMARY_ERROR_CHARS))}
`;
      add(block) || omitted.failures++;
    }
  else omitted.failures = failures.length;
  if (flaky.length > 0 && add(`
### Flaky (${flaky.length})
`))
    for (let s of flaky) {
      let first = s.attempts[0]?.message ?? "", block = `- ${RESULT_ICON.flaky} **${inertText(s.name)}** · ${meta(s)} · passed after ${plural2(s.attempts.length, "failed attempt")}${first ? `: ${inertText(first, 300)}` : ""}`;
      add(block) || omitted.flaky++;
    }
  else omitted.flaky = flaky.length;
  let passed = rest.filter((s) => s.result === "passed").length, skipped = rest.length - passed, heading = `
### ${[passed > 0 ? `Passed (${passed})` : "", skipped > 0 ? `Skipped (${skipped})` : ""].filter(Boolean).join(", ")}

${tableHead(["", "Scenario", "Suite", "Tags", "Duration"])}`;
  if (rest.length > 0 && add(heading))
    for (let s of rest) {
      let row = tableRow([
        RESULT_ICON[s.result],
        s.name,
        s.suite,
        md(tagsText(s)),
        s.durationMs !== void 0 ? formatDuration(s.durationMs) : ""
      ]);
      add(row) || omitted.rest++;
    }
  else omitted.rest = rest.length;
  let left = omitted.failures + omitted.flaky + omitted.rest;
  if (left > 0) {
    let parts = [
      omitted.failures > 0 ? `${omitted.failures} failed` : "",
      omitted.flaky > 0 ? `${omitted.flaky} flaky` : "",
      omitted.rest > 0 ? `${omitted.rest} passed or skipped` : ""
    ].filter(Boolean), report_ = options.reportPath ? ` in ${codeSpan(options.reportPath)}` : "";
    out.push(
      `
_${plural2(left, "scenario")} not shown (${parts.join(", ")}) to keep this summary under GitHub's 1 MiB limit; every scenario is in the JSON report${report_}._`
    );
  }
  return `${out.join(`
`)}
`;
}
var UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function safe(text2) {
  return text2.replace(UNSAFE_CHARS, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`);
}
function renderSmokeText(report, options = {}) {
  let c = options.style ?? PLAIN, max = options.maxListed ?? 30, lines2 = [], verdict = report.status === "pass" ? c.green("✔ smoke: pass") : c.red("✖ smoke: fail");
  lines2.push(`${c.bold(verdict)}  ${countsLine(report)}`);
  let files = report.junit.files.length, suites = report.suites.expected.length > 0 ? report.suites.expected : report.suites.found;
  lines2.push(
    c.dim(
      `junit:  ${plural2(files, "file")}${files > 0 ? ` (${report.junit.files.map((f) => safe(f.path)).slice(0, 5).join(", ")}${files > 5 ? ", …" : ""})` : ""}`
    )
  ), suites.length > 0 && lines2.push(c.dim(`suites: ${suites.map(safe).join(", ")}`));
  for (let command of report.commands) {
    let ok = command.error === void 0 && command.exitCode === 0, exit = command.error !== void 0 ? "did not start" : `exit ${command.exitCode ?? command.signal ?? "?"}`;
    lines2.push(
      `${ok ? c.green("✔") : c.red("✖")} ${safe(command.command)}  ${c.dim(`${exit}, ${formatDuration(command.durationMs)}`)}`
    );
  }
  if (report.reasons.length > 0) {
    lines2.push("", c.bold("Why it failed:"));
    for (let reason of report.reasons.slice(0, max)) {
      let at = reason.file !== void 0 && reason.line !== void 0 ? `${reason.file}:${reason.line}${reason.column !== void 0 ? `:${reason.column}` : ""}: ` : "", message = at && reason.message.startsWith(reason.file ?? "") ? reason.message.slice((reason.file ?? "").length).trimStart() : reason.message;
      lines2.push(`  ${c.red("✖")} ${safe(at + message)}`);
    }
    report.reasons.length > max && lines2.push(`  …and ${report.reasons.length - max} more`);
  }
  let failures = report.scenarios.filter((s) => s.result === "failed" || s.result === "errored");
  if (failures.length > 0) {
    lines2.push("", c.bold(`Failures (${failures.length}):`));
    for (let s of failures.slice(0, max)) {
      lines2.push(`  ${c.red("✖")} ${safe(s.name)}  ${c.dim(scenarioMeta(s))}`);
      let first = (s.error ?? "").split(`
`).filter((line) => line.trim() !== "").slice(0, 3);
      for (let line of first) lines2.push(`      ${safe(clip(line, 200))}`);
    }
    failures.length > max && lines2.push(`  …and ${failures.length - max} more`);
  }
  let flaky = report.scenarios.filter((s) => s.result === "flaky");
  if (flaky.length > 0) {
    lines2.push("", c.bold(`Flaky (${flaky.length}), passed on a rerun:`));
    for (let s of flaky.slice(0, max))
      lines2.push(
        `  ${c.yellow("~")} ${safe(s.name)}  ${c.dim(`${scenarioMeta(s)}, ${plural2(s.attempts.length, "failed attempt")}`)}`
      );
    flaky.length > max && lines2.push(`  …and ${flaky.length - max} more`);
  }
  return options.reportPath && lines2.push("", c.dim(`report: ${safe(options.reportPath)}`)), `${lines2.join(`
`)}
`;
}
function reruns(s) {
  if (s.result !== "failed" && s.result !== "errored") return "";
  let n = s.attempts.length;
  return n > 0 ? `${s.result} ${plural2(n, "rerun")} too` : "";
}
function scenarioMeta(s) {
  return [
    s.result,
    `suite ${s.suite}`,
    s.tags.length > 0 ? `tags ${s.tags.join(", ")}` : "",
    s.durationMs !== void 0 ? formatDuration(s.durationMs) : "",
    reruns(s)
  ].filter(Boolean).join(", ");
}

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD", nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040", nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*", regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  let matches = [], match = regex.exec(string);
  for (; match; ) {
    let allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    let len = match.length;
    for (let index = 0; index < len; index++)
      allmatches.push(match[index]);
    matches.push(allmatches), match = regex.exec(string);
  }
  return matches;
}
var isName = function(string) {
  let match = regexName.exec(string);
  return !(match === null || typeof match > "u");
};
function isExist(v) {
  return typeof v < "u";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
], criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: !1,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  let tags = [], tagFound = !1, reachedRoot = !1;
  xmlData[0] === "\uFEFF" && (xmlData = xmlData.substr(1));
  for (let i = 0; i < xmlData.length; i++)
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      if (i += 2, i = readPI(xmlData, i), i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      if (i++, xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = !1;
        xmlData[i] === "/" && (closingTag = !0, i++);
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== `
` && xmlData[i] !== "\r"; i++)
          tagName += xmlData[i];
        if (tagName = tagName.trim(), tagName[tagName.length - 1] === "/" && (tagName = tagName.substring(0, tagName.length - 1), i--), !validateTagName(tagName)) {
          let msg;
          return tagName.trim().length === 0 ? msg = "Invalid space after '<'." : msg = "Tag '" + tagName + "' is an invalid name.", getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        let result = readAttributeStr(xmlData, i);
        if (result === !1)
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        let attrStr = result.value;
        if (i = result.index, attrStr[attrStr.length - 1] === "/") {
          let attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          let isValid = validateAttributeString(attrStr, options);
          if (isValid === !0)
            tagFound = !0;
          else
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
        } else if (closingTag)
          if (result.tagClosed) {
            if (attrStr.trim().length > 0)
              return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
            if (tags.length === 0)
              return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
            {
              let otg = tags.pop();
              if (tagName !== otg.tagName) {
                let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
                return getErrorObject(
                  "InvalidTag",
                  "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                  getLineNumberForPosition(xmlData, tagStartPos)
                );
              }
              tags.length == 0 && (reachedRoot = !0);
            }
          } else return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
        else {
          let isValid = validateAttributeString(attrStr, options);
          if (isValid !== !0)
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          if (reachedRoot === !0)
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          options.unpairedTags.indexOf(tagName) !== -1 || tags.push({ tagName, tagStartPos }), tagFound = !0;
        }
        for (i++; i < xmlData.length; i++)
          if (xmlData[i] === "<")
            if (xmlData[i + 1] === "!") {
              i++, i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              if (i = readPI(xmlData, ++i), i.err) return i;
            } else
              break;
          else if (xmlData[i] === "&") {
            let afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else if (reachedRoot === !0 && !isWhiteSpace2(xmlData[i]))
            return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
        xmlData[i] === "<" && i--;
      }
    } else {
      if (isWhiteSpace2(xmlData[i]))
        continue;
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  if (tagFound) {
    if (tags.length == 1)
      return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
    if (tags.length > 0)
      return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  } else return getErrorObject("InvalidXml", "Start tag expected.", 1);
  return !0;
}
function isWhiteSpace2(char) {
  return char === " " || char === "	" || char === `
` || char === "\r";
}
function readPI(xmlData, i) {
  let start = i;
  for (; i < xmlData.length; i++)
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      let tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml")
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else
        continue;
    }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++)
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++)
      if (xmlData[i] === "<")
        angleBracketsCount++;
      else if (xmlData[i] === ">" && (angleBracketsCount--, angleBracketsCount === 0))
        break;
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++)
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
  }
  return i;
}
var doubleQuote = '"', singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "", startChar = "", tagClosed = !1;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote)
      startChar === "" ? startChar = xmlData[i] : startChar !== xmlData[i] || (startChar = "");
    else if (xmlData[i] === ">" && startChar === "") {
      tagClosed = !0;
      break;
    }
    attrStr += xmlData[i];
  }
  return startChar !== "" ? !1 : {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  let tokens = [], len = attrStr.length, i = 0;
  for (; i < len; ) {
    let tokenStart = i;
    for (; i < len && isWhiteSpace2(attrStr[i]); ) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    let leadingWs = attrStr.slice(tokenStart, i), nameStart = i;
    for (; i < len && !isWhiteSpace2(attrStr[i]) && attrStr[i] !== "="; ) i++;
    let name = attrStr.slice(nameStart, i), equalsGroup, j = i;
    for (; j < len && isWhiteSpace2(attrStr[j]); ) j++;
    j < len && attrStr[j] === "=" && (equalsGroup = attrStr.slice(i, j + 1), i = j + 1);
    let quoteChar, value, k = i;
    for (; k < len && isWhiteSpace2(attrStr[k]); ) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      let valueStart = k + 1, closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      closeIdx !== -1 && (quoteChar = attrStr[k], value = attrStr.slice(valueStart, closeIdx), i = closeIdx + 1);
    }
    let token = { startIndex: tokenStart };
    token[1] = leadingWs, token[2] = name, token[3] = equalsGroup, token[4] = quoteChar !== void 0 ? !0 : void 0, token[5] = quoteChar, token[6] = value, tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  let matches = scanAttributeTokens(attrStr), attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0)
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    if (matches[i][3] !== void 0 && matches[i][4] === void 0)
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    if (matches[i][3] === void 0 && !options.allowBooleanAttributes)
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    let attrName = matches[i][2];
    if (!validateAttrName(attrName))
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName))
      attrNames[attrName] = 1;
    else
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
  }
  return !0;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  for (xmlData[i] === "x" && (i++, re = /[\da-fA-F]/); i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  if (i++, xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#")
    return i++, validateNumberAmpersand(xmlData, i);
  let count2 = 0;
  for (; i < xmlData.length; i++, count2++)
    if (!(xmlData[i].match(/\w/) && count2 < 20)) {
      if (xmlData[i] === ";")
        break;
      return -1;
    }
  return i;
}
function getErrorObject(code2, message, lineNumber) {
  return {
    err: {
      code: code2,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  let lines2 = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines2.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines2[lines2.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "¢",
  pound: "£",
  curren: "¤",
  yen: "¥",
  euro: "€",
  dollar: "$",
  fnof: "ƒ",
  inr: "₹",
  af: "؋",
  birr: "ብር",
  peso: "₱",
  rub: "₽",
  won: "₩",
  yuan: "¥",
  cedil: "¸"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
}, COMMON_HTML = {
  nbsp: " ",
  copy: "©",
  reg: "®",
  trade: "™",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  bull: "•",
  para: "¶",
  sect: "§",
  deg: "°",
  frac12: "½",
  frac14: "¼",
  frac34: "¾"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
}), SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#")
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  for (let ch of name)
    if (SPECIAL_CHARS.has(ch))
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
  return name;
}
function mergeEntityMaps(...maps) {
  let out = /* @__PURE__ */ Object.create(null);
  for (let map of maps)
    if (map)
      for (let key of Object.keys(map)) {
        let raw = map[key];
        if (typeof raw == "string")
          out[key] = raw;
        else if (raw && typeof raw == "object" && raw.val !== void 0) {
          let val = raw.val;
          typeof val == "string" && (out[key] = val);
        }
      }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external", LIMIT_TIER_BASE = "base", LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  return !raw || raw === LIMIT_TIER_EXTERNAL ? /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]) : raw === LIMIT_TIER_ALL ? /* @__PURE__ */ new Set([LIMIT_TIER_ALL]) : raw === LIMIT_TIER_BASE ? /* @__PURE__ */ new Set([LIMIT_TIER_BASE]) : Array.isArray(raw) ? new Set(raw) : /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 }), XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr)
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  let xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1, onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow, nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove, clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {}, this._maxTotalExpansions = this._limit.maxTotalExpansions || 0, this._maxExpandedLength = this._limit.maxExpandedLength || 0, this._postCheck = typeof options.postCheck == "function" ? options.postCheck : (r) => r, this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL), this._numericAllowed = options.numericAllowed ?? !0, this._baseMap = mergeEntityMaps(XML, options.namedEntities || null), this._externalMap = /* @__PURE__ */ Object.create(null), this._inputMap = /* @__PURE__ */ Object.create(null), this._totalExpansions = 0, this._expandedLength = 0, this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []), this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    let ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion, this._ncrOnLevel = ncrCfg.onLevel, this._ncrNullLevel = ncrCfg.nullLevel, this._onExternalEntity = typeof options.onExternalEntity == "function" ? options.onExternalEntity : null, this._onInputEntity = typeof options.onInputEntity == "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return !0;
    let action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return !1;
    if (action === ENTITY_ACTION.THROW)
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    return !0;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map)
      for (let key of Object.keys(map))
        validateEntityName(key);
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    let flat = mergeEntityMaps(map), filtered = /* @__PURE__ */ Object.create(null);
    for (let [name, value] of Object.entries(flat))
      this._applyRegistrationHook(this._onExternalEntity, name, value, "external") && (filtered[name] = value);
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key), typeof value == "string" && value.indexOf("&") === -1 && this._applyRegistrationHook(this._onExternalEntity, key, value, "external") && (this._externalMap[key] = value);
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    if (this._totalExpansions = 0, this._expandedLength = 0, !this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    let flat = mergeEntityMaps(map), filtered = /* @__PURE__ */ Object.create(null);
    for (let [name, value] of Object.entries(flat))
      this._applyRegistrationHook(this._onInputEntity, name, value, "input") && (filtered[name] = value);
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    return this._inputMap = /* @__PURE__ */ Object.create(null), this._totalExpansions = 0, this._expandedLength = 0, this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str != "string" || str.length === 0 || str.indexOf("&") === -1) return str;
    let original = str, chunks = [], len = str.length, last = 0, i = 0, limitExpansions = this._maxTotalExpansions > 0, limitLength = this._maxExpandedLength > 0, checkLimits = limitExpansions || limitLength;
    for (; i < len; ) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      for (; j < len && str.charCodeAt(j) !== 59 && j - i <= 32; ) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      let token = str.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement, tier;
      if (this._removeSet.has(token))
        replacement = "", tier === void 0 && (tier = LIMIT_TIER_EXTERNAL);
      else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        let ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult, tier = LIMIT_TIER_BASE;
      } else {
        let resolved = this._resolveName(token);
        replacement = resolved?.value, tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last && chunks.push(str.slice(last, i)), chunks.push(replacement), last = j + 1, i = last, checkLimits && this._tierCounts(tier)) {
        if (limitExpansions && (this._totalExpansions++, this._totalExpansions > this._maxTotalExpansions))
          throw new Error(
            `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
          );
        if (limitLength) {
          let delta = replacement.length - (token.length + 2);
          if (delta > 0 && (this._expandedLength += delta, this._expandedLength > this._maxExpandedLength))
            throw new Error(
              `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
            );
        }
      }
    }
    last < len && chunks.push(str.slice(last));
    let result = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    return this._limitTiers.has(LIMIT_TIER_ALL) ? !0 : this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    return cp === 0 ? this._ncrNullLevel : cp >= 55296 && cp <= 57343 || this._ncrXmlVersion === 1 && cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp) ? NCR_LEVEL.remove : -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    let second = token.charCodeAt(1), cp;
    if (second === 120 || second === 88 ? cp = parseInt(token.slice(2), 16) : cp = parseInt(token.slice(1), 10), Number.isNaN(cp) || cp < 0 || cp > 1114111) return;
    let minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return;
    let effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name) => DANGEROUS_PROPERTY_NAMES.includes(name) ? "__" + name : name, defaultOptions2 = {
  preserveOrder: !1,
  attributeNamePrefix: "@_",
  attributesGroupName: !1,
  textNodeName: "#text",
  ignoreAttributes: !0,
  removeNSPrefix: !1,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: !1,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: !0,
  parseAttributeValue: !1,
  trimValues: !0,
  //Trim string values of tag and attributes
  cdataPropName: !1,
  numberParseOptions: {
    hex: !0,
    leadingZeros: !0,
    eNotation: !0,
    unicode: !1
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: !1,
  isArray: () => !1,
  commentPropName: !1,
  unpairedTags: [],
  processEntities: !0,
  htmlEntities: !1,
  entityDecoder: null,
  ignoreDeclaration: !1,
  ignorePiTags: !1,
  transformTagName: !1,
  transformAttributeName: !1,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: !1,
  maxNestedTags: 100,
  strictReservedNames: !0,
  jPath: !0,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName != "string")
    return;
  let normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase()))
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase()))
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
}
function normalizeProcessEntities(value, htmlEntities) {
  return typeof value == "boolean" ? {
    enabled: value,
    // true or false
    maxEntitySize: 1e4,
    maxExpansionDepth: 1e4,
    maxTotalExpansions: 1 / 0,
    maxExpandedLength: 1e5,
    maxEntityCount: 1e3,
    allowedTags: null,
    tagFilter: null,
    appliesTo: "all"
  } : typeof value == "object" && value !== null ? {
    enabled: value.enabled !== !1,
    maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
    maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
    maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? 1 / 0),
    maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
    maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
    allowedTags: value.allowedTags ?? null,
    tagFilter: value.tagFilter ?? null,
    appliesTo: value.appliesTo ?? "all"
  } : normalizeProcessEntities(!0);
}
var buildOptions = function(options) {
  let built = Object.assign({}, defaultOptions2, options), propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (let { value, name } of propertyNameOptions)
    value && validatePropertyName(value, name);
  return built.onDangerousProperty === null && (built.onDangerousProperty = defaultOnDangerousProperty), built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities), built.unpairedTagsSet = new Set(built.unpairedTags), built.stopNodes && Array.isArray(built.stopNodes) && (built.stopNodes = built.stopNodes.map((node) => typeof node == "string" && node.startsWith("*.") ? ".." + node.substring(2) : node)), built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
typeof Symbol != "function" ? METADATA_SYMBOL = "@@xmlMetadata" : METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname, this.child = [], this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    key === "__proto__" && (key = "#__proto__"), this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    node.tagname === "__proto__" && (node.tagname = "#__proto__"), node[":@"] && Object.keys(node[":@"]).length > 0 ? this.child.push({ [node.tagname]: node.child, ":@": node[":@"] }) : this.child.push({ [node.tagname]: node.child }), this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    startIndex !== void 0 && (this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex });
  }
  addEndIndex(endIndex) {
    let lastChild = this.child[this.child.length - 1];
    lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0 && (lastChild[METADATA_SYMBOL].endIndex = endIndex);
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_À-ÖØ-öø-˿Ͱ-ͽͿ-҆҈-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�", nameChar10 = nameStartChar10 + "\\-\\.\\d·̀-ͯ‿-⁀", nameStartChar11 = ":A-Za-z_À-˿Ͱ-ͽͿ-҆҈-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿", nameChar11 = nameStartChar11 + "\\-\\.\\d·̀-ͯ҇‿-⁀", buildRegexes = (startChar, char, flags = "") => {
  let ncStart = startChar.replace(":", ""), ncChar = char.replace(":", ""), ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
}, regexes10 = buildRegexes(nameStartChar10, nameChar10), regexes11 = buildRegexes(nameStartChar11, nameChar11, "u"), nameStartCharAscii = ":A-Za-z_", nameCharAscii = nameStartCharAscii + "\\-\\.\\d", regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii), getRegexes = (xmlVersion = "1.0", asciiOnly = !1) => asciiOnly ? regexesAscii : xmlVersion === "1.1" ? regexes11 : regexes10;
var qName = (str, { xmlVersion = "1.0", asciiOnly = !1 } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options, this.options = options, this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    let entities = /* @__PURE__ */ Object.create(null), entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1, hasBody = !1, comment = !1, quoteChar = null, exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          xmlData[i] === quoteChar && (quoteChar = null), exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i], exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            if ([entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr), val.indexOf("&") === -1) {
              if (this.options.enabled !== !1 && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount)
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              entities[entityName] = val, entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            let { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i))
            i += 8;
          else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            let { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = !0;
          else throw new Error("Invalid DOCTYPE");
          angleBracketsCount++, exp = "";
        } else if (xmlData[i] === ">") {
          if (comment ? xmlData[i - 1] === "-" && xmlData[i - 2] === "-" && (comment = !1, angleBracketsCount--) : angleBracketsCount--, angleBracketsCount === 0)
            break;
        } else xmlData[i] === "[" ? hasBody = !0 : exp += xmlData[i];
      }
      if (quoteChar !== null || angleBracketsCount !== 0)
        throw new Error("Unclosed DOCTYPE");
    } else
      throw new Error("Invalid Tag instead of DOCTYPE");
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    for (; i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'"; )
      i++;
    let entityName = xmlData.substring(startIndex, i);
    if (validateEntityName2(entityName, { xmlVersion: this.xmlVersion }), i = skipWhitespace(xmlData, i), !this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM")
        throw new Error("External entities are not supported");
      if (xmlData[i] === "%")
        throw new Error("Parameter entities are not supported");
    }
    let entityValue = "";
    if ([i, entityValue] = this.readIdentifierVal(xmlData, i, "entity"), this.options.enabled !== !1 && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize)
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    return i--, [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    for (; i < xmlData.length && !/\s/.test(xmlData[i]); )
      i++;
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion }), i = skipWhitespace(xmlData, i);
    let identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC")
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    i += identifierType.length, i = skipWhitespace(xmlData, i);
    let publicIdentifier = null, systemIdentifier = null;
    if (identifierType === "PUBLIC")
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier"), i = skipWhitespace(xmlData, i), (xmlData[i] === '"' || xmlData[i] === "'") && ([i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier"));
    else if (identifierType === "SYSTEM" && ([i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier"), !this.suppressValidationErr && !systemIdentifier))
      throw new Error("Missing mandatory system identifier for SYSTEM notation");
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "", startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'")
      throw new Error(`Expected quoted string, found "${startChar}"`);
    i++;
    let startIndex = i;
    for (; i < xmlData.length && xmlData[i] !== startChar; )
      i++;
    if (identifierVal = xmlData.substring(startIndex, i), xmlData[i] !== startChar)
      throw new Error(`Unterminated ${type} value`);
    return i++, [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    for (; i < xmlData.length && !/\s/.test(xmlData[i]); )
      i++;
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion }))
      throw new Error(`Invalid element name: "${elementName}"`);
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      let startIndex2 = i;
      for (; i < xmlData.length && xmlData[i] !== ")"; )
        i++;
      if (contentModel = xmlData.substring(startIndex2, i), xmlData[i] !== ")")
        throw new Error("Unterminated content model");
    } else if (!this.suppressValidationErr)
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    for (; i < xmlData.length && !/\s/.test(xmlData[i]); )
      i++;
    let elementName = xmlData.substring(startIndex, i);
    for (validateEntityName2(elementName, { xmlVersion: this.xmlVersion }), i = skipWhitespace(xmlData, i), startIndex = i; i < xmlData.length && !/\s/.test(xmlData[i]); )
      i++;
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion }))
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      if (attributeType = "NOTATION", i += 8, i = skipWhitespace(xmlData, i), xmlData[i] !== "(")
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      i++;
      let allowedNotations = [];
      for (; i < xmlData.length && xmlData[i] !== ")"; ) {
        let startIndex2 = i;
        for (; i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")"; )
          i++;
        let notation = xmlData.substring(startIndex2, i);
        if (notation = notation.trim(), !validateEntityName2(notation, { xmlVersion: this.xmlVersion }))
          throw new Error(`Invalid notation name: "${notation}"`);
        allowedNotations.push(notation), xmlData[i] === "|" && (i++, i = skipWhitespace(xmlData, i));
      }
      if (xmlData[i] !== ")")
        throw new Error("Unterminated list of notations");
      i++, attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      let startIndex2 = i;
      for (; i < xmlData.length && !/\s/.test(xmlData[i]); )
        i++;
      attributeType += xmlData.substring(startIndex2, i);
      let validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase()))
        throw new Error(`Invalid attribute type: "${attributeType}"`);
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    return xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED" ? (defaultValue = "#REQUIRED", i += 8) : xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED" ? (defaultValue = "#IMPLIED", i += 7) : [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST"), {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
}, skipWhitespace = (data, index) => {
  for (; index < data.length && /\s/.test(data[index]); )
    index++;
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++)
    if (seq[j] !== data[i + j + 1]) return !1;
  return !0;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  throw new Error(`Invalid entity name ${name}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
], NOT_DIGIT = 255, HIGH_MAP = /* @__PURE__ */ new Map(), LOW_MAX = 65535, LOW_MIN = 1632, TABLE_OFFSET = LOW_MIN, TABLE_SIZE = LOW_MAX - LOW_MIN + 1, TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (let zero of SCRIPT_ZEROS)
  for (let d = 0; d < 10; d++) {
    let cp = zero + d;
    cp <= LOW_MAX ? TABLE[cp - TABLE_OFFSET] = d : HIGH_MAP.set(cp, d);
  }

// node_modules/anynum/anynum.js
var CHAR_0 = 48, CHAR_9 = 57, CHAR_MINUS = 45, MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str) {
  if (typeof str != "string") return str;
  let len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    let cc = str.charCodeAt(i);
    if (!(cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS)) {
      if (cc < TABLE_OFFSET) {
        if (MINUS_SET.has(cc)) {
          firstHit = i;
          break;
        }
        continue;
      }
      if (cc >= 55296 && cc <= 56319) {
        if (i + 1 < len) {
          let low = str.charCodeAt(i + 1);
          if (low >= 56320 && low <= 57343) {
            let cp = 65536 + (cc - 55296 << 10) + (low - 56320);
            if (HIGH_MAP.has(cp)) {
              firstHit = i;
              break;
            }
          }
        }
        continue;
      }
      if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
    }
  }
  if (firstHit === -1) return str;
  let chars = [];
  firstHit > 0 && chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    let cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        let low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          let cp = 65536 + (cc - 55296 << 10) + (low - 56320), d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48)), i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    let d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/, binRegex = /^0b[01]+$/, octRegex = /^0o[0-7]+$/, numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/, consider = {
  hex: !0,
  binary: !1,
  octal: !1,
  leadingZeros: !0,
  decimalPoint: ".",
  eNotation: !0,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: !1
};
function toNumber(str, options = {}) {
  if (options = Object.assign({}, consider, options), !str || typeof str != "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  if (trimmedStr === "0" || options.unicode && (trimmedStr = anynum_default(trimmedStr), trimmedStr === "0"))
    return 0;
  if (options.hex && hexRegex.test(trimmedStr))
    return parse_int(trimmedStr, 16);
  if (options.binary && binRegex.test(trimmedStr))
    return parse_int(trimmedStr, 2);
  if (options.octal && octRegex.test(trimmedStr))
    return parse_int(trimmedStr, 8);
  if (isFinite(trimmedStr)) {
    if (trimmedStr.includes("e") || trimmedStr.includes("E"))
      return resolveEnotation(str, trimmedStr, options);
    {
      let match = numRegex.exec(trimmedStr);
      if (match) {
        let sign2 = match[1] || "", leadingZeros = match[2], numTrimmedByZeros = trimZeros(match[3]), decimalAdjacentToLeadingZeros = sign2 ? (
          // 0., -00., 000.
          trimmedStr[leadingZeros.length + 1] === "."
        ) : trimmedStr[leadingZeros.length] === ".";
        if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros))
          return str;
        {
          let num = Number(trimmedStr), parsedStr = String(num);
          if (num === 0) return num;
          if (parsedStr.search(/[eE]/) !== -1)
            return options.eNotation ? num : str;
          if (trimmedStr.indexOf(".") !== -1)
            return parsedStr === "0" || parsedStr === numTrimmedByZeros || parsedStr === `${sign2}${numTrimmedByZeros}` ? num : str;
          let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
          return leadingZeros ? n === parsedStr || sign2 + n === parsedStr ? num : str : n === parsedStr || n === sign2 + parsedStr ? num : str;
        }
      } else
        return str;
    }
  } else {
    let num = Number(trimmedStr);
    return Number.isNaN(num) ? str : handleInfinity(str, num, options);
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
  let notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign2 = notation[1] || "", eChar = notation[3].indexOf("e") === -1 ? "E" : "e", leadingZeros = notation[2], eAdjacentToLeadingZeros = sign2 ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    return leadingZeros.length > 1 && eAdjacentToLeadingZeros ? str : leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar) ? Number(trimmedStr) : leadingZeros.length > 0 ? options.leadingZeros && !eAdjacentToLeadingZeros ? Number(trimmedStr) : str : Number(trimmedStr);
  } else
    return str;
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    for (; end > 0 && numStr.charCodeAt(end - 1) === 48; ) end--;
    return numStr = numStr.slice(0, end), numStr === "." ? numStr = "0" : numStr[0] === "." ? numStr = "0" + numStr : numStr[numStr.length - 1] === "." && (numStr = numStr.substring(0, numStr.length - 1)), numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  let str = numStr.trim();
  if ((base === 2 || base === 8) && (numStr = str.substring(2)), parseInt) return parseInt(numStr, base);
  if (Number.parseInt) return Number.parseInt(numStr, base);
  if (window && window.parseInt) return window.parseInt(numStr, base);
  throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options) {
  let isPositive = num === 1 / 0;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    default:
      return str;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  return typeof ignoreAttributes == "function" ? ignoreAttributes : Array.isArray(ignoreAttributes) ? (attrName) => {
    for (let pattern of ignoreAttributes)
      if (typeof pattern == "string" && attrName === pattern || pattern instanceof RegExp && pattern.test(attrName))
        return !0;
  } : () => !1;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern, this.separator = options.separator || ".", this.segments = this._parse(pattern), this.data = data, this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard"), this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0), this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    let segments = [], i = 0, currentPart = "";
    for (; i < pattern.length; )
      pattern[i] === this.separator ? i + 1 < pattern.length && pattern[i + 1] === this.separator ? (currentPart.trim() && (segments.push(this._parseSegment(currentPart.trim())), currentPart = ""), segments.push({ type: "deep-wildcard" }), i += 2) : (currentPart.trim() && segments.push(this._parseSegment(currentPart.trim())), currentPart = "", i++) : (currentPart += pattern[i], i++);
    return currentPart.trim() && segments.push(this._parseSegment(currentPart.trim())), segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    let segment = { type: "tag" }, bracketContent = null, withoutBrackets = part, bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch && (withoutBrackets = bracketMatch[1] + bracketMatch[3], bracketMatch[2])) {
      let content = bracketMatch[2].slice(1, -1);
      content && (bracketContent = content);
    }
    let namespace, tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      let nsIndex = withoutBrackets.indexOf("::");
      if (namespace = withoutBrackets.substring(0, nsIndex).trim(), tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim(), !namespace)
        throw new Error(`Invalid namespace in pattern: ${part}`);
    }
    let tag, positionMatch = null;
    if (tagAndPosition.includes(":")) {
      let colonIndex = tagAndPosition.lastIndexOf(":"), tagPart = tagAndPosition.substring(0, colonIndex).trim(), posPart = tagAndPosition.substring(colonIndex + 1).trim();
      ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart) ? (tag = tagPart, positionMatch = posPart) : tag = tagAndPosition;
    } else
      tag = tagAndPosition;
    if (!tag)
      throw new Error(`Invalid segment pattern: ${part}`);
    if (segment.tag = tag, namespace && (segment.namespace = namespace), bracketContent)
      if (bracketContent.includes("=")) {
        let eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim(), segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else
        segment.attrName = bracketContent.trim();
    if (positionMatch) {
      let nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      nthMatch ? (segment.position = "nth", segment.positionValue = parseInt(nthMatch[1], 10)) : segment.position = positionMatch;
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map(), this._wildcardByDepth = /* @__PURE__ */ new Map(), this._deepWildcards = [], this._deepByTerminalTag = /* @__PURE__ */ new Map(), this._patterns = /* @__PURE__ */ new Set(), this._sealed = !1;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed)
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    if (this._patterns.has(expression.pattern)) return this;
    if (this._patterns.add(expression.pattern), expression.hasDeepWildcard()) {
      let lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        let tag2 = lastSeg2.tag;
        this._deepByTerminalTag.has(tag2) || this._deepByTerminalTag.set(tag2, []), this._deepByTerminalTag.get(tag2).push(expression);
      } else
        this._deepWildcards.push(expression);
      return this;
    }
    let depth = expression.length, tag = expression.segments[expression.segments.length - 1]?.tag;
    if (!tag || tag === "*")
      this._wildcardByDepth.has(depth) || this._wildcardByDepth.set(depth, []), this._wildcardByDepth.get(depth).push(expression);
    else {
      let key = `${depth}:${tag}`;
      this._byDepthAndTag.has(key) || this._byDepthAndTag.set(key, []), this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (let expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    return this._sealed = !0, this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    let depth = matcher.getDepth(), tag = matcher.getCurrentTag(), exactKey = `${depth}:${tag}`, exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++)
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
    }
    let wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++)
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
    }
    let deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++)
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
    }
    for (let i = 0; i < this._deepWildcards.length; i++)
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    let path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    let path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    let path = this._matcher.path;
    if (path.length !== 0)
      return path[path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    let path = this._matcher.path;
    if (path.length === 0) return !1;
    let current = path[path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    let path = this._matcher.path;
    return path.length === 0 ? -1 : path[path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    let path = this._matcher.path;
    return path.length === 0 ? -1 : path[path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = !0) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
}, Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".", this.path = [], this.siblingStacks = [], this._pathStringCache = null, this._view = new MatcherView(this), this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null, this.path.length > 0 && (this.path[this.path.length - 1].values = void 0);
    let currentLevel = this.path.length, level2 = this.siblingStacks[currentLevel];
    level2 || (level2 = { counts: /* @__PURE__ */ new Map(), total: 0 }, this.siblingStacks[currentLevel] = level2);
    let siblingKey = namespace ? `${namespace}:${tagName}` : tagName, counter = level2.counts.get(siblingKey) || 0, position = level2.total;
    level2.counts.set(siblingKey, counter + 1), level2.total++;
    let node = {
      tag: tagName,
      position,
      counter
    };
    namespace != null && (node.namespace = namespace), attrValues != null && (node.values = attrValues), this.path.push(node);
    let depth = this.path.length, keep = options !== null ? options.keep : null;
    if (keep != null && keep.length > 0 && attrValues)
      for (let i = 0; i < keep.length; i++) {
        let name = keep[i];
        attrValues[name] !== void 0 && this._keptAttrs.push({ depth, name, value: attrValues[name] });
      }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return;
    this._pathStringCache = null;
    let node = this.path.pop();
    this.siblingStacks.length > this.path.length + 1 && (this.siblingStacks.length = this.path.length + 1);
    let poppedDepth = this.path.length + 1;
    for (; this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth; )
      this._keptAttrs.pop();
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      let current = this.path[this.path.length - 1];
      attrValues != null && (current.values = attrValues);
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length !== 0)
      return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return !1;
    let current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    let kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--)
      if (kept[i].name === attrName) return kept[i].value;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    let kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--)
      if (kept[i].name === attrName) return !0;
    return !1;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    return this.path.length === 0 ? -1 : this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    return this.path.length === 0 ? -1 : this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = !0) {
    let sep2 = separator || this.separator;
    if (sep2 === this.separator && includeNamespace === !0) {
      if (this._pathStringCache !== null)
        return this._pathStringCache;
      let result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep2);
      return this._pathStringCache = result, result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep2);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null, this.path = [], this.siblingStacks = [], this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    let segments = expression.segments;
    return segments.length === 0 ? !1 : expression.hasDeepWildcard() ? this._matchWithDeepWildcard(segments) : this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length)
      return !1;
    for (let i = 0; i < segments.length; i++)
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1))
        return !1;
    return !0;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1, segIdx = segments.length - 1;
    for (; segIdx >= 0 && pathIdx >= 0; ) {
      let segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        if (segIdx--, segIdx < 0)
          return !0;
        let nextSeg = segments[segIdx], found = !1;
        for (let i = pathIdx; i >= 0; i--)
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1, segIdx--, found = !0;
            break;
          }
        if (!found)
          return !1;
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1))
          return !1;
        pathIdx--, segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag || segment.namespace !== void 0 && segment.namespace !== "*" && segment.namespace !== node.namespace || segment.attrName !== void 0 && (!isCurrentNode || !node.values || !(segment.attrName in node.values) || segment.attrValue !== void 0 && String(node.values[segment.attrName]) !== String(segment.attrValue)))
      return !1;
    if (segment.position !== void 0) {
      if (!isCurrentNode)
        return !1;
      let counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0)
        return !1;
      if (segment.position === "odd" && counter % 2 !== 1)
        return !1;
      if (segment.position === "even" && counter % 2 !== 0)
        return !1;
      if (segment.position === "nth" && counter !== segment.positionValue)
        return !1;
    }
    return !0;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level2) => level2 && { counts: new Map(level2.counts), total: level2.total }),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null, this.path = snapshot.path.map((node) => ({ ...node })), this.siblingStacks = snapshot.siblingStacks.map((level2) => level2 && { counts: new Map(level2.counts), total: level2.total }), this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI — can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI — can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial — catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() — IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= — can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" — can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes — embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag — can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
], html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content — can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword — used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword — used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration — defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection — can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection — can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
], xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: — classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG — can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" — can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." — sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= — filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
], svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ — unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT — most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE — destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE — destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO — data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM — data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET — data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ — MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function — used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA — reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
], sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  — climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ — climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 — truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} — can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r — can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? — can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags — can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
], shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ — catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) — guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ — ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern — triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} — repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} — denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches — polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
], redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep = `["'\\s]*:`, NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where — executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne — "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt — "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte — "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex — can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or — logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and — logical AND operator injection",
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor — logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists — can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in — matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr — allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function — executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator — custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ — prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype — alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] — bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
], nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A — decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} — data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} — Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} — Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} — JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> — Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 — can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ — can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
], log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
], SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA], sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: `
`
}), ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  return input.indexOf("&") === -1 ? input : input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== void 0)
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    let cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    return !Number.isFinite(cp) || cp > 1114111 ? match : String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = !0;
xml_default.decodeEntities = !0;
svg_default.decodeEntities = !0;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value != "string")
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
}
function assertContext(context) {
  if (!(context instanceof RegExp)) {
    if (Array.isArray(context)) {
      if (context.length === 0)
        throw new TypeError("is-unsafe: context must not be an empty array");
      if (Array.isArray(context[0])) {
        for (let list of context)
          if (!Array.isArray(list) || list.length === 0)
            throw new TypeError(
              "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
            );
      }
      return;
    }
    throw new TypeError(
      `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
    );
  }
}
function normalise(context) {
  return context instanceof RegExp ? { lists: null, regex: context } : Array.isArray(context[0]) ? { lists: context, regex: null } : { lists: [context], regex: null };
}
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  let decoded2 = decodeEntities(value);
  return decoded2 === value ? null : decoded2;
}
function matchList(value, list) {
  let label3 = list.label ?? "CUSTOM", decoded2 = decodedCopy(value, list);
  for (let rule of list)
    if (rule.pattern.test(value) || decoded2 !== null && rule.pattern.test(decoded2))
      return { context: label3, id: rule.id, description: rule.description, pattern: rule.pattern };
  return null;
}
function isUnsafe(value, context) {
  assertString(value), assertContext(context);
  let { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (let list of lists)
    if (matchList(value, list) !== null) return !0;
  return !1;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  let attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  let rawAttrs = {};
  for (let key in attrs)
    if (key.startsWith(options.attributeNamePrefix)) {
      let rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else
      rawAttrs[key] = attrs[key];
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName != "string") return;
  let colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    let ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns")
      return ns;
  }
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options, this.currentNode = null, this.tagsNodeStack = [], this.parseXml = parseXml, this.parseTextData = parseTextData, this.resolveNameSpace = resolveNameSpace, this.buildAttributesMap = buildAttributesMap, this.isItStopNode = isItStopNode, this.replaceEntitiesValue = replaceEntitiesValue, this.readStopNodeData = readStopNodeData, this.saveTextToParentTag = saveTextToParentTag, this.addChild = addChild, this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes), this.entityExpansionCount = 0, this.currentExpandedLength = 0, this.doctypefound = !1;
    let namedEntities = { ...XML };
    this.options.entityDecoder ? this.entityDecoder = this.options.entityDecoder : (typeof this.options.htmlEntities == "object" ? namedEntities = this.options.htmlEntities : this.options.htmlEntities === !0 && (namedEntities = { ...COMMON_HTML, ...CURRENCY }), this.entityDecoder = new EntityDecoder({
      namedEntities: { ...namedEntities, ...externalEntities },
      numericAllowed: this.options.htmlEntities,
      limit: {
        maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
        maxExpandedLength: this.options.processEntities.maxExpandedLength,
        applyLimitsTo: this.options.processEntities.appliesTo
      },
      // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
      onInputEntity: (name, value) => (
        //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
        isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
      )
      //postCheck: resolved => resolved
    })), this.matcher = new Matcher(), this.readonlyMatcher = this.matcher.readOnly(), this.isCurrentNodeStopNode = !1, this.stopNodeExpressionsSet = new ExpressionSet();
    let stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        let stopNodeExp = stopNodesOpts[i];
        typeof stopNodeExp == "string" ? this.stopNodeExpressionsSet.add(new Expression(stopNodeExp)) : stopNodeExp instanceof Expression && this.stopNodeExpressionsSet.add(stopNodeExp);
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  let options = this.options;
  if (val !== void 0 && (options.trimValues && !dontTrim && (val = val.trim()), val.length > 0)) {
    escapeEntities || (val = this.replaceEntitiesValue(val, tagName, jPath));
    let jPathOrMatcher = options.jPath ? jPath.toString() : jPath, newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
    return newval == null ? val : typeof newval != typeof val || newval !== val ? newval : options.trimValues || val.trim() === val ? parseValue(val, options.parseTagValue, options.numberParseOptions) : val;
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    let tags = tagname.split(":"), prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns")
      return "";
    tags.length === 2 && (tagname = prefix + tags[1]);
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = !1) {
  let options = this.options;
  if (force === !0 || options.ignoreAttributes !== !0 && typeof attrStr == "string") {
    let matches = getAllMatches(attrStr, attrsRegx), len = matches.length, attrs = {}, processedVals = new Array(len), hasRawAttrs = !1, rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      let attrName = this.resolveNameSpace(matches[i][1]), oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        options.trimValues && (val = val.trim()), val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher), processedVals[i] = val, rawAttrsForMatcher[attrName] = val, hasRawAttrs = !0;
      }
    }
    hasRawAttrs && typeof jPath == "object" && jPath.updateCurrent && jPath.updateCurrent(rawAttrsForMatcher);
    let jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher, hasAttrs = !1;
    for (let i = 0; i < len; i++) {
      let attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length)
        if (options.transformAttributeName && (aName = options.transformAttributeName(aName)), aName = sanitizeName(aName, options), attrValue(matches[i]) !== void 0) {
          let oldVal = processedVals[i], newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          newVal == null ? attrs[aName] = oldVal : typeof newVal != typeof oldVal || newVal !== oldVal ? attrs[aName] = newVal : attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions), hasAttrs = !0;
        } else options.allowBooleanAttributes && (attrs[aName] = !0, hasAttrs = !0);
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      let attrCollection = {};
      return attrCollection[options.attributesGroupName] = attrs, attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  let options = this.options, crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => (newline.length === 2 && crlfPositions.push(index - crlfPositions.length), `
`) : `
`);
  let xmlObj = new XmlNode("!xml"), currentNode = xmlObj, textData = "";
  this.matcher.reset(), this.entityDecoder.reset(), this.entityExpansionCount = 0, this.currentExpandedLength = 0, this.doctypefound = !1;
  let docTypeReader = new DocTypeReader(options.processEntities), xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++)
    if (xmlData[i] === "<") {
      let c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        let closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed."), tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          let colonIndex = tagName.indexOf(":");
          colonIndex !== -1 && (tagName = tagName.substr(colonIndex + 1));
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName, currentNode && (textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher));
        let lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName))
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        lastTagName && options.unpairedTagsSet.has(lastTagName) && (this.matcher.pop(), this.tagsNodeStack.pop()), this.matcher.pop(), this.isCurrentNodeStopNode = !1, currentNode = this.tagsNodeStack.pop() || xmlObj, options.captureMetaData && currentNode && currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions)), textData = "", i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, !1, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, !0);
        if (attsMap) {
          let ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1), docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (!(options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags)) {
          let childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, ""), tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== !0 && (childNode[":@"] = attsMap);
          let startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), options.captureMetaData && currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        let endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          let comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher), currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = !0;
        let result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities), i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        let closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2, tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, !0, !1, !0, !0);
        val == null && (val = ""), options.cdataPropName ? currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]) : currentNode.add(options.textNodeName, val), i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          let context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName, rawTagName = result.rawTagName, tagExp = result.tagExp, attrExpPresent = result.attrExpPresent, closeIndex = result.closeIndex;
        if ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options), options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName))
          throw new Error(`Invalid tag name: ${tagName}`);
        currentNode && textData && currentNode.tagname !== "!xml" && (textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, !1));
        let lastTag = currentNode;
        lastTag && options.unpairedTagsSet.has(lastTag.tagname) && (currentNode = this.tagsNodeStack.pop(), this.matcher.pop());
        let isSelfClosing = !1;
        tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1 && (isSelfClosing = !0, tagName[tagName.length - 1] === "/" ? (tagName = tagName.substr(0, tagName.length - 1), tagExp = tagName) : tagExp = tagExp.substr(0, tagExp.length - 1), attrExpPresent = tagName !== tagExp);
        let prefixedAttrs = null, rawAttrs = {}, namespace;
        namespace = extractNamespace(rawTagName), tagName !== xmlObj.tagname && this.matcher.push(tagName, {}, namespace), tagName !== tagExp && attrExpPresent && (prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName), prefixedAttrs && (rawAttrs = extractRawAttributes(prefixedAttrs, options))), tagName !== xmlObj.tagname && (this.isCurrentNodeStopNode = this.isItStopNode());
        let startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing)
            i = result.closeIndex;
          else if (options.unpairedTagsSet.has(tagName))
            i = result.closeIndex;
          else {
            let result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i, tagContent = result2.tagContent;
          }
          let childNode = new XmlNode(tagName);
          prefixedAttrs && (childNode[":@"] = prefixedAttrs), childNode.add(options.textNodeName, tagContent), this.matcher.pop(), this.isCurrentNodeStopNode = !1, this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), options.captureMetaData && currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            let childNode = new XmlNode(tagName);
            prefixedAttrs && (childNode[":@"] = prefixedAttrs), this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), options.captureMetaData && currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions)), this.matcher.pop(), this.isCurrentNodeStopNode = !1;
          } else if (options.unpairedTagsSet.has(tagName)) {
            let childNode = new XmlNode(tagName);
            prefixedAttrs && (childNode[":@"] = prefixedAttrs), this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), options.captureMetaData && currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions)), this.matcher.pop(), this.isCurrentNodeStopNode = !1, i = result.closeIndex;
            continue;
          } else {
            let childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags)
              throw new Error("Maximum nested tags exceeded");
            this.tagsNodeStack.push(currentNode), prefixedAttrs && (childNode[":@"] = prefixedAttrs), this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), currentNode = childNode;
          }
          textData = "", i = closeIndex;
        }
      }
    } else
      textData += xmlData[i];
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0, high = crlfPositions.length;
  for (; low < high; ) {
    let middle = Math.floor((low + high) / 2);
    crlfPositions[middle] < index ? low = middle + 1 : high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  this.options.captureMetaData || (startIndex = void 0);
  let jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher, result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  result === !1 || (typeof result == "string" && (childNode.tagname = result), currentNode.addChild(childNode, startIndex));
}
function replaceEntitiesValue(val, tagName, jPath) {
  let entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled)
    return val;
  if (entityConfig.allowedTags) {
    let jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!(Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher)))
      return val;
  }
  if (entityConfig.tagFilter) {
    let jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher))
      return val;
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  return textData && (isLeafNode === void 0 && (isLeafNode = parentNode.child.length === 0), textData = this.parseTextData(
    textData,
    parentNode.tagname,
    matcher,
    !1,
    parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : !1,
    isLeafNode
  ), textData !== void 0 && textData !== "" && parentNode.add(this.options.textNodeName, textData), textData = ""), textData;
}
function isItStopNode() {
  return this.stopNodeExpressionsSet.size === 0 ? !1 : this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  let len = xmlData.length, closeCode0 = closingChar.charCodeAt(0), closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1, result = "", segmentStart = i;
  for (let index = i; index < len; index++) {
    let code2 = xmlData.charCodeAt(index);
    if (code2 === 34 || code2 === 39) {
      if (index = xmlData.indexOf(xmlData[index], index + 1), index === -1) return;
    } else if (code2 === closeCode0)
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1)
          return result += xmlData.substring(segmentStart, index), { data: result, index };
      } else
        return result += xmlData.substring(segmentStart, index), { data: result, index };
    else code2 === 9 && (result += xmlData.substring(segmentStart, index) + " ", segmentStart = index + 1);
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  let closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1)
    throw new Error(errMsg);
  return closingIndex + str.length - 1;
}
function findClosingChar(xmlData, char, i, errMsg) {
  let closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  let result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data, closeIndex = result.index, separatorIndex = tagExp.search(/\s/), tagName = tagExp, attrExpPresent = !0;
  separatorIndex !== -1 && (tagName = tagExp.substring(0, separatorIndex), tagExp = tagExp.substring(separatorIndex + 1).trimStart());
  let rawTagName = tagName;
  if (removeNSPrefix) {
    let colonIndex = tagName.indexOf(":");
    colonIndex !== -1 && (tagName = tagName.substr(colonIndex + 1), attrExpPresent = tagName !== result.data.substr(colonIndex + 1));
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  let startIndex = i, openTagCount = 1, lenient = !1, nextGt = -1, xmllen = xmlData.length;
  for (; i < xmllen; i++)
    if (xmlData[i] === "<") {
      let c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        let closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        if (xmlData.substring(i + 2, closeIndex).trim() === tagName && (openTagCount--, openTagCount === 0))
          return {
            tagContent: xmlData.substring(startIndex, i),
            i: closeIndex
          };
        i = closeIndex;
      } else if (c1 === 63)
        i = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
      else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45)
        i = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
      else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91)
        i = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
      else {
        let tagData = lenient ? void 0 : readTagExp(xmlData, i, !1);
        if (tagData)
          tagData.tagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/" && openTagCount++, i = tagData.closeIndex;
        else {
          if (lenient = !0, nextGt < i && (nextGt = xmlData.indexOf(">", i), nextGt === -1))
            return;
          let nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            let exp = xmlData.substring(i + 1, nextGt), sep2 = exp.search(/\s/);
            (sep2 === -1 ? exp : exp.substring(0, sep2)) === tagName && exp[exp.length - 1] !== "/" && openTagCount++, i = nextGt;
          }
        }
      }
    }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val == "string") {
    let newval = val.trim();
    return newval === "true" ? !0 : newval === "false" ? !1 : toNumber(val, options);
  } else
    return isExist(val) ? val : "";
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    let newTagName = fn(tagName);
    tagExp === tagName && (tagExp = newTagName), tagName = newTagName;
  }
  return tagName = sanitizeName(tagName, options), { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name))
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  return DANGEROUS_PROPERTY_NAMES.includes(name) ? options.onDangerousProperty(name) : name;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs != "object") return {};
  if (!prefix) return attrs;
  let rawAttrs = {};
  for (let key in attrs)
    if (key.startsWith(prefix)) {
      let rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else
      rawAttrs[key] = attrs[key];
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text2, compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    let tagObj = arr[i], property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      let rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName)
      text2 === void 0 ? text2 = tagObj[property] : text2 += "" + tagObj[property];
    else {
      if (property === void 0)
        continue;
      if (tagObj[property]) {
        let val = compress(tagObj[property], options, matcher, readonlyMatcher), isLeaf = isLeafTag(val, options);
        if (Object.keys(val).length === 0 && options.alwaysCreateTextNode && (val[options.textNodeName] = ""), tagObj[":@"] ? assignAttributes(val, tagObj[":@"], readonlyMatcher, options) : Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode ? val = val[options.textNodeName] : Object.keys(val).length === 0 && (options.alwaysCreateTextNode ? val[options.textNodeName] = "" : val = ""), tagObj[METADATA_SYMBOL2] !== void 0 && typeof val == "object" && val !== null && (val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2]), compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property))
          Array.isArray(compressedObj[property]) || (compressedObj[property] = [compressedObj[property]]), compressedObj[property].push(val);
        else {
          let jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
          options.isArray(property, jPathOrMatcher, isLeaf) ? compressedObj[property] = [val] : compressedObj[property] = val;
        }
        property !== void 0 && property !== options.textNodeName && matcher.pop();
      }
    }
  }
  return typeof text2 == "string" ? text2.length > 0 && (compressedObj[options.textNodeName] = text2) : text2 !== void 0 && (compressedObj[options.textNodeName] = text2), compressedObj;
}
function propName(obj) {
  let keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    let key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    let keys = Object.keys(attrMap), len = keys.length;
    for (let i = 0; i < len; i++) {
      let atrrName = keys[i], rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName, jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      options.isArray(atrrName, jPathOrMatcher, !0, !0) ? obj[atrrName] = [attrMap[atrrName]] : obj[atrrName] = attrMap[atrrName];
    }
  }
}
function isLeafTag(obj, options) {
  let { textNodeName } = options, propCount = Object.keys(obj).length;
  return !!(propCount === 0 || propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] == "boolean" || obj[textNodeName] === 0));
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {}, this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData != "string" && xmlData.toString)
      xmlData instanceof Uint8Array && !(typeof Buffer < "u" && Buffer.isBuffer(xmlData)) ? xmlData = new TextDecoder("utf-8", { ignoreBOM: !0 }).decode(xmlData) : xmlData = xmlData.toString();
    else if (typeof xmlData != "string")
      throw new Error("XML data is accepted in String or Bytes[] form.");
    if (validationOption) {
      validationOption === !0 && (validationOption = {});
      let result = validate(xmlData, validationOption);
      if (result !== !0)
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
    }
    let orderedObjParser = new OrderedObjParser(this.options, this.externalEntities), orderedResult = orderedObjParser.parseXml(xmlData);
    return this.options.preserveOrder || orderedResult === void 0 ? orderedResult : prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1)
      throw new Error("Entity value can't have '&'");
    if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1)
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    if (value === "&")
      throw new Error("An entity with value '&' is not permitted");
    this.externalEntities[key] = value;
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// node_modules/fast-xml-parser/src/fxp.js
var XMLValidator = {
  validate
};

// core/gates/smoke/junit.ts
var MAX_MESSAGE_CHARS = 2e3, MAX_SUITE_DEPTH = 64, REPEATED = /* @__PURE__ */ new Set([
  "testsuite",
  "testcase",
  "property",
  "properties",
  "failure",
  "error",
  "skipped",
  "flakyFailure",
  "flakyError",
  "rerunFailure",
  "rerunError"
]), ATTEMPT_KINDS = ["flakyFailure", "flakyError", "rerunFailure", "rerunError"], parser = new XMLParser({
  ignoreAttributes: !1,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: !1,
  parseAttributeValue: !1,
  ignoreDeclaration: !0,
  ignorePiTags: !0,
  isArray: (name) => REPEATED.has(name),
  // Captured output is never read, and is often most of a file; as stop nodes
  // it is sliced out whole instead of built a character at a time (16 MB of
  // it: 60 ms instead of 2 s and 550 MB).
  stopNodes: ["*.system-out", "*.system-err"]
}), NAME_TAGS = /\[([A-Za-z0-9][\w:./-]*)\]|(?:^|\s)@([A-Za-z0-9][\w:./-]*)/g;
function parseJunit(xml, file, { testcasesBefore = 0 } = {}) {
  let bytes4 = sizeOverLimit(xml, JUNIT_LIMIT);
  if (bytes4 !== void 0)
    return { ok: !1, error: { file, message: tooLargeMessage(file, bytes4, JUNIT_LIMIT) } };
  let testcases = countTestcases(xml);
  if (testcasesBefore + testcases > JUNIT_MAX_TESTCASES)
    return {
      ok: !1,
      error: { file, message: tooManyTestcasesMessage(file, testcases, testcasesBefore) }
    };
  if (xml.trim() === "")
    return fail2(file, "is empty: the test runner wrote no report (did it crash before the end?)");
  let valid = XMLValidator.validate(xml);
  if (valid !== !0) {
    let { msg, line, col } = valid.err, open = unclosedTags(msg);
    return open.length > 0 ? fail2(
      file,
      `is not well-formed XML: it ends before ${open.map((t) => `</${t}>`).join(", ")}. The report is cut off: did the test runner crash or get killed while writing it?`,
      xml.split(`
`).length
    ) : fail2(file, `is not well-formed XML: ${msg}`, line, col);
  }
  let document;
  try {
    document = parser.parse(xml);
  } catch (error) {
    return fail2(
      file,
      `cannot be parsed: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  let root = Object.keys(document).filter((key) => !key.startsWith("?") && key !== "#text")[0];
  if (root !== "testsuites" && root !== "testsuite") {
    let found = root === void 0 ? "no element" : `<${root}>`;
    return fail2(
      file,
      `is not a JUnit report: its root is ${found}, expected <testsuites> or <testsuite>. Point --junit at the file your test runner's JUnit reporter writes.`,
      root === void 0 ? void 0 : lineOf(xml, `<${root}`)
    );
  }
  let scenarios = [];
  try {
    let value = document[root], node = asNode(Array.isArray(value) ? value[0] : value);
    if (root === "testsuites") {
      let name = attr(node, "name"), context = contextOf(node, { suitePath: name ? [name] : [], tags: [] });
      for (let suite of children(node, "testsuite"))
        walkSuite(suite, context, file, scenarios, 1);
      for (let testcase of children(node, "testcase"))
        scenarios.push(toScenario(testcase, context, file));
    } else
      walkSuite(node, { suitePath: [], tags: [] }, file, scenarios, 1);
  } catch (error) {
    if (error instanceof NestingError) return fail2(file, error.message);
    throw error;
  }
  return { ok: !0, scenarios };
}
var NestingError = class extends Error {
}, TESTCASE_TAG = /<testcase[\s/>]/g;
function countTestcases(xml) {
  let n = 0;
  for (TESTCASE_TAG.lastIndex = 0; TESTCASE_TAG.exec(xml) !== null; ) n++;
  return n;
}
function walkSuite(node, parent, file, out, depth) {
  if (depth > MAX_SUITE_DEPTH)
    throw new NestingError(`nests <testsuite> more than ${MAX_SUITE_DEPTH} deep`);
  let name = attr(node, "name"), context = contextOf(node, {
    suitePath: name ? [...parent.suitePath, name] : parent.suitePath,
    tags: parent.tags,
    ...name ? { suite: name } : parent.suite ? { suite: parent.suite } : {}
  });
  for (let testcase of children(node, "testcase")) out.push(toScenario(testcase, context, file));
  for (let child of children(node, "testsuite")) walkSuite(child, context, file, out, depth + 1);
}
function contextOf(node, base) {
  let props = properties(node), suite = props.get("suite") ?? base.suite;
  return {
    suitePath: base.suitePath,
    tags: mergeTags(base.tags, splitTags(props.get("tags") ?? props.get("tag"))),
    ...suite !== void 0 ? { suite } : {}
  };
}
function toScenario(node, context, file) {
  let name = attr(node, "name") ?? "(unnamed)", classname = attr(node, "classname"), props = properties(node), tags = mergeTags(
    context.tags,
    splitTags(props.get("tags") ?? props.get("tag")),
    tagsInName(name)
  ), failures = children(node, "failure"), errors = children(node, "error"), skipped = children(node, "skipped"), attempts = ATTEMPT_KINDS.flatMap(
    (kind) => children(node, kind).map((attempt) => ({ kind, message: messageOf(attempt) }))
  ), result = "passed", error;
  errors.length > 0 ? (result = "errored", error = detailOf(errors[0])) : failures.length > 0 ? (result = "failed", error = detailOf(failures[0])) : skipped.length > 0 ? (result = "skipped", error = messageOf(skipped[0]) || void 0) : attempts.some((a) => a.kind === "flakyFailure" || a.kind === "flakyError") && (result = "flaky");
  let durationMs = seconds(attr(node, "time")), suite = props.get("suite") ?? context.suite ?? classname ?? file;
  return {
    name,
    suite,
    suitePath: context.suitePath,
    ...classname !== void 0 ? { classname } : {},
    file,
    tags,
    result,
    ...durationMs !== void 0 ? { durationMs } : {},
    ...error !== void 0 ? { error } : {},
    attempts
  };
}
function asNode(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value) ? value : {};
}
function children(node, name) {
  let value = node[name];
  return (Array.isArray(value) ? value : value === void 0 ? [] : [value]).map((item) => typeof item == "string" ? { "#text": item } : asNode(item));
}
function attr(node, name) {
  let value = node[`@_${name}`];
  return typeof value == "string" ? value : void 0;
}
function text(node) {
  let value = node?.["#text"];
  return typeof value == "string" ? value.trim() : "";
}
function properties(node) {
  let map = /* @__PURE__ */ new Map();
  for (let group of children(node, "properties"))
    for (let property of children(group, "property")) {
      let name = attr(property, "name");
      name !== void 0 && map.set(name, attr(property, "value") ?? text(property));
    }
  return map;
}
function messageOf(node) {
  if (node === void 0) return "";
  let message = attr(node, "message")?.trim();
  if (message) return clip2(message);
  let body = text(node) || text(children(node, "stackTrace")[0]);
  return clip2(body.split(`
`)[0]?.trim() ?? "");
}
function detailOf(node) {
  if (node === void 0) return "";
  let message = attr(node, "message")?.trim() ?? "", type = attr(node, "type")?.trim(), body = text(node) || text(children(node, "stackTrace")[0]), head = message || (type ?? ""), detail = body ? !head || body.includes(head) ? body : `${head}
${body}` : head;
  return clip2(detail || "failed with no message");
}
function clip2(text2) {
  return text2.length <= MAX_MESSAGE_CHARS ? text2 : `${text2.slice(0, MAX_MESSAGE_CHARS - 1)}…`;
}
function seconds(value) {
  if (value === void 0 || value.trim() === "") return;
  let n = Number(value.replace(/,/g, ""));
  return Number.isFinite(n) && n >= 0 ? Math.round(n * 1e6) / 1e3 : void 0;
}
function splitTags(value) {
  return (value ?? "").split(/[,\s]+/).map((tag) => tag.trim().replace(/^@/, "")).filter((tag) => tag !== "");
}
function tagsInName(name) {
  return [...name.matchAll(NAME_TAGS)].map((m) => m[1] ?? m[2] ?? "").filter(Boolean);
}
function mergeTags(...lists) {
  return [...new Set(lists.flat())];
}
function unclosedTags(message) {
  let list = /^Invalid '(\[[\s\S]*\])' found/.exec(message)?.[1];
  if (list === void 0) return [];
  try {
    let tags = JSON.parse(list);
    return Array.isArray(tags) ? tags.map(String).reverse() : [];
  } catch {
    return [];
  }
}
function lineOf(xml, needle) {
  let at = xml.indexOf(needle);
  if (at === -1) return;
  let line = 1;
  for (let i = 0; i < at; i++) xml.charCodeAt(i) === 10 && line++;
  return line;
}
function fail2(file, message, line, column) {
  return {
    ok: !1,
    error: {
      file,
      message: `${file} ${message}`,
      ...line !== void 0 ? { line } : {},
      ...column !== void 0 ? { column } : {}
    }
  };
}

// core/incidents/blocked.ts
var DAY = 1440 * 6e4, EMPTY_VALUE = /^(?:_?no response_?|tbd|tbc|todo|\?+|-+|—|n\/a)?$/iu;
function filled(value) {
  return value !== void 0 && !EMPTY_VALUE.test(value.trim());
}
function missingBlockedFields(body, config) {
  let fields = config.blocked.fields, parsed = parseBody(
    body,
    fields.map((field) => ({ id: field, title: field, aliases: [] }))
  ), stated = /* @__PURE__ */ new Set();
  for (let section of parsed.sections)
    section.id && (filled(section.inlineValue) || filled(proseText(ownNodes(section)))) && stated.add(section.id);
  let byKey = new Map(fields.map((field) => [normalizeHeading(field), field])), visit4 = (node) => {
    if (node.type === "table") {
      for (let row of node.children) {
        if (row.children.length < 2) continue;
        let field = byKey.get(normalizeHeading(toString(row.children[0])));
        field && filled(toString(row.children[1])) && stated.add(field);
      }
      return;
    }
    if ("children" in node) for (let child of node.children) visit4(child);
  };
  return visit4(parsed.tree), fields.filter((field) => !stated.has(field));
}
function missingFieldsComment(missing2, config) {
  return [
    `This item is labeled ${codeSpan(config.blocked.label)} but does not state: ${missing2.map((field) => inertText(field)).join(", ")}.`,
    "",
    "Add each as a heading with the answer under it, or as a row of a two-column table:",
    "",
    "| Field | Value |",
    "|---|---|",
    ...missing2.map((field) => `| ${tableCell(field)} | … |`),
    "",
    `The ${codeSpan(config.blocked.needs_info_label)} label comes off once every field is stated.`
  ].join(`
`);
}
function blockedTooLong(labeledAt, now, config) {
  return now.getTime() - labeledAt.getTime() > config.blocked.cycle_days * DAY;
}
function readBlockedFields(raw, config) {
  let { text: text2, length } = boundBody(raw), cut = length > MAX_BODY_CHARS ? `The description is longer than GitHub's limit of ${MAX_BODY_CHARS.toLocaleString("en-US")} characters; only the first ${MAX_BODY_CHARS.toLocaleString("en-US")} were read.` : void 0;
  try {
    return { missing: missingBlockedFields(text2, config), ...cut ? { unreadable: cut } : {} };
  } catch (error) {
    let unreadable = error instanceof MarkdownTooDeepError ? `The description ${error.reason} (line ${error.line}), so it was not read: flatten it and state each field as a heading or a table row.` : `The description could not be read as Markdown (${error instanceof Error ? error.message : String(error)}): simplify it and state each field as a heading or a table row.`;
    return { missing: [...config.blocked.fields], unreadable };
  }
}

// core/slash-commands.ts
import { createHash as createHash3 } from "node:crypto";
var FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
function indentation(line) {
  let columns = 0;
  for (let char of line)
    if (char === " ") columns++;
    else if (char === "	") columns += 4 - columns % 4;
    else break;
  return columns;
}
function findCommand(body, command) {
  let fence, inComment = !1;
  for (let rawLine of wellFormed(body).split(/\r\n?|\n/)) {
    if (fence) {
      let close = FENCE.exec(rawLine), marker = close?.[1];
      marker && marker[0] === fence.char && marker.length >= fence.length && close[2]?.trim() === "" && (fence = void 0);
      continue;
    }
    let line = rawLine;
    if (inComment) {
      let end = line.indexOf("-->");
      if (end === -1) continue;
      inComment = !1, line = line.slice(end + 3);
    }
    line = line.replace(/<!--[\s\S]*?-->/g, "");
    let open = line.indexOf("<!--");
    open !== -1 && (inComment = !0, line = line.slice(0, open));
    let opener = FENCE.exec(line);
    if (opener?.[1] && !(opener[1][0] === "`" && opener[2]?.includes("`"))) {
      fence = { char: opener[1][0], length: opener[1].length };
      continue;
    }
    if (indentation(line) >= 4) continue;
    let match = command.exec(line);
    if (match) return match;
  }
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function wellFormed(text2) {
  return text2.replace(LONE_SURROGATE, "�");
}
function contentId(fields) {
  let json = canonicalize(fields);
  return `pg-${createHash3("sha256").update(json, "utf8").digest("hex").slice(0, 16)}`;
}
function hiddenRecordMarker(name, record) {
  return `<!-- pilot-gate:${name} ${JSON.stringify(record).replace(/>/g, "\\u003e")} -->`;
}
function readHiddenRecord(name, body, schema) {
  let json = new RegExp(`<!-- pilot-gate:${name} (\\{[\\s\\S]*?\\}) -->`).exec(body)?.[1];
  if (json)
    try {
      let parsed = schema.safeParse(JSON.parse(json));
      return parsed.success ? parsed.data : void 0;
    } catch {
      return;
    }
}

// core/incidents/freeze-command.ts
var FREEZE_SYNTAX = "/pilot-gate freeze <reason>", UNFREEZE_SYNTAX = "/pilot-gate unfreeze", MAX_FREEZE_REASON_CHARS = 500, COMMAND = /^\s*\/pilot-gate\s+(freeze|unfreeze)(?:\s+(.*))?$/i;
function parseFreezeCommand(body) {
  let match = findCommand(body, COMMAND);
  if (!match) return;
  let verb = (match[1] ?? "").toLowerCase(), rest = (match[2] ?? "").trim();
  return verb === "unfreeze" ? { kind: "unfreeze" } : rest === "" ? {
    error: `The freeze gives no reason. Write it on its own line as \`${FREEZE_SYNTAX}\`, e.g. \`/pilot-gate freeze launch rehearsal until 14:00\`; every frozen PR's check shows it.`
  } : { kind: "freeze", reason: rest.slice(0, MAX_FREEZE_REASON_CHARS) };
}
var freezeRecordSchema = external_exports.object({
  kind: external_exports.enum(["freeze", "trigger"]),
  /** The receipt id (`pg-…`), derived from the fields below. */
  receipt: external_exports.string(),
  actor: external_exports.string(),
  at: external_exports.string(),
  reason: external_exports.string(),
  /** The issue the command was given on. */
  source: external_exports.number().int().optional(),
  /** For a trigger: its configured id (e.g. PC-P1-01) and the incidents in its window. */
  trigger: external_exports.string().optional(),
  incidents: external_exports.array(external_exports.number().int()).optional(),
  /**
   * For a trigger other than repeated critical incidents: what tripped it
   * (`code-scanning:17`, `replay:2024-05-01`), so the same evidence opens
   * one freeze issue however often it is reported.
   */
  evidence: external_exports.string().optional()
});
function freezeReceiptId(record) {
  return contentId(record);
}
function unfreezeReceiptId(record) {
  return contentId({ kind: "unfreeze", ...record });
}
function freezeRecordMarker(record) {
  return hiddenRecordMarker("freeze", record);
}
function unfreezeRecordMarker(record) {
  return hiddenRecordMarker("unfreeze", record);
}
function readFreezeRecord(body) {
  return readHiddenRecord("freeze", body, freezeRecordSchema);
}

// core/incidents/immediate-triggers.ts
var DAY2 = 1440 * 6e4, restoreReportSchema = external_exports.object({
  kind: external_exports.literal("restore-drill").describe('Always "restore-drill".'),
  drill: external_exports.string().trim().min(1).max(200).describe("What was restored, e.g. prod-db-2024-05."),
  at: external_exports.iso.datetime({ offset: !0 }).describe("When the drill ran (ISO 8601)."),
  rpo_minutes: external_exports.number().nonnegative().describe("Measured recovery point: minutes of data lost."),
  rto_minutes: external_exports.number().nonnegative().describe("Measured recovery time: minutes from the start of the restore to service."),
  url: external_exports.url().optional().describe("Where the drill's log is.")
}).describe("A restore-drill report.");
function readRestoreReport(text2) {
  let over = sizeOverLimit(text2, RESTORE_REPORT_LIMIT);
  if (over !== void 0)
    return { ok: !1, error: tooLargeMessage("The restore report", over, RESTORE_REPORT_LIMIT) };
  let data;
  try {
    data = JSON.parse(text2);
  } catch (error) {
    return { ok: !1, error: `The restore report is not JSON (${error.message}).` };
  }
  let parsed = restoreReportSchema.safeParse(data);
  return parsed.success ? { ok: !0, report: parsed.data } : {
    ok: !1,
    error: `The restore report cannot be judged: ${parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join(".") || "(the report)"}: ${issue.message}`).join("; ")}. It needs kind "restore-drill", drill, at (ISO 8601), rpo_minutes and rto_minutes as measured.`
  };
}
function restoreBreaches(report, config) {
  let { rpo_minutes: rpo, rto_minutes: rto } = config.triggers.restore;
  return [
    ...report.rpo_minutes > rpo ? [`RPO ${report.rpo_minutes} min over the target of ${rpo} min`] : [],
    ...report.rto_minutes > rto ? [`RTO ${report.rto_minutes} min over the target of ${rto} min`] : []
  ];
}
function replayRun(issues, now, config) {
  let needed = config.triggers.replay.days, byDay = /* @__PURE__ */ new Map();
  for (let issue of issues) {
    let time = Date.parse(issue.created_at);
    if (Number.isNaN(time) || time > now.getTime()) continue;
    let day = new Date(time).toISOString().slice(0, 10);
    byDay.set(day, [...byDay.get(day) ?? [], issue.number]);
  }
  let days = [...byDay.keys()].sort(), run = [], best = [];
  for (let day of days) {
    let previous = run.at(-1);
    run = previous && Date.parse(day) - Date.parse(previous) === DAY2 ? [...run, day] : [day], run.length >= needed && (best = run.slice(-needed));
  }
  return {
    tripped: best.length >= needed,
    days: best,
    issues: best.flatMap((day) => byDay.get(day) ?? []).sort((a, b) => a - b)
  };
}
function isCriticalAlert(alert) {
  return alert.open && alert.severity === "critical";
}

// core/incidents/triggers.ts
function p0TriggerTripped(incidents2, now, config) {
  let { count: count2, days, id } = config.p0_trigger, windowStart2 = new Date(now.getTime() - days * 864e5), inWindow = incidents2.filter(
    (incident) => incident.severity === "critical" && incident.openedAt.getTime() >= windowStart2.getTime() && incident.openedAt.getTime() <= now.getTime()
  ).sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
  return {
    id,
    tripped: inWindow.length >= count2,
    incidents: inWindow.map((incident) => incident.number),
    windowStart: windowStart2
  };
}

// core/protection/settings.ts
var UNPROTECTED = Object.freeze({
  requiredChecks: [],
  strict: !1,
  requirePullRequest: !1,
  approvingReviews: 0,
  dismissStaleReviews: !1,
  codeOwnerReviews: !1,
  enforceAdmins: !1,
  blockForcePushes: !1,
  blockDeletions: !1,
  linearHistory: !1,
  conversationResolution: !1
});
function desiredProtection(config, checkName2, appId) {
  let checks = [{ context: checkName2, appId }];
  for (let entry of config.required_checks) {
    let check = typeof entry == "string" ? { context: entry } : {
      context: entry.context,
      ...entry.app_id !== void 0 ? { appId: entry.app_id } : {}
    };
    checks.some((c) => c.context === check.context) || checks.push(check);
  }
  return {
    mode: config.mode,
    branches: [...new Set(config.branches)],
    settings: {
      requiredChecks: checks,
      strict: config.strict,
      requirePullRequest: !0,
      approvingReviews: config.required_approving_reviews,
      dismissStaleReviews: config.dismiss_stale_reviews,
      codeOwnerReviews: config.require_code_owner_reviews,
      enforceAdmins: config.enforce_admins,
      blockForcePushes: config.block_force_pushes,
      blockDeletions: config.block_deletions,
      linearHistory: config.require_linear_history,
      conversationResolution: config.require_conversation_resolution
    }
  };
}
function mergeSettings(a, b) {
  let checks = [...a.requiredChecks];
  for (let check of b.requiredChecks)
    checks.some((c) => c.context === check.context && c.appId === check.appId) || checks.push(check);
  return {
    requiredChecks: checks,
    strict: a.strict || b.strict,
    requirePullRequest: a.requirePullRequest || b.requirePullRequest,
    approvingReviews: Math.max(a.approvingReviews, b.approvingReviews),
    dismissStaleReviews: a.dismissStaleReviews || b.dismissStaleReviews,
    codeOwnerReviews: a.codeOwnerReviews || b.codeOwnerReviews,
    enforceAdmins: a.enforceAdmins && b.enforceAdmins,
    blockForcePushes: a.blockForcePushes || b.blockForcePushes,
    blockDeletions: a.blockDeletions || b.blockDeletions,
    linearHistory: a.linearHistory || b.linearHistory,
    conversationResolution: a.conversationResolution || b.conversationResolution
  };
}

// core/protection/classic.ts
function classicProtectionBody(settings) {
  return {
    required_status_checks: settings.requiredChecks.length > 0 ? {
      strict: settings.strict,
      checks: settings.requiredChecks.map((check) => ({
        context: check.context,
        ...check.appId !== void 0 ? { app_id: check.appId } : {}
      }))
    } : null,
    enforce_admins: settings.enforceAdmins,
    required_pull_request_reviews: settings.requirePullRequest ? {
      dismiss_stale_reviews: settings.dismissStaleReviews,
      require_code_owner_reviews: settings.codeOwnerReviews,
      required_approving_review_count: settings.approvingReviews
    } : null,
    restrictions: null,
    required_linear_history: settings.linearHistory,
    allow_force_pushes: !settings.blockForcePushes,
    allow_deletions: !settings.blockDeletions,
    required_conversation_resolution: settings.conversationResolution
  };
}
function settingsFromClassic(data) {
  let status2 = data.required_status_checks ?? void 0, checks = status2?.checks ? status2.checks.map((check) => ({
    context: check.context,
    ...typeof check.app_id == "number" ? { appId: check.app_id } : {}
  })) : (status2?.contexts ?? []).map((context) => ({ context })), reviews = data.required_pull_request_reviews ?? void 0;
  return {
    requiredChecks: checks,
    strict: status2?.strict === !0,
    requirePullRequest: reviews !== void 0,
    approvingReviews: reviews?.required_approving_review_count ?? 0,
    dismissStaleReviews: reviews?.dismiss_stale_reviews === !0,
    codeOwnerReviews: reviews?.require_code_owner_reviews === !0,
    enforceAdmins: data.enforce_admins?.enabled === !0,
    blockForcePushes: data.allow_force_pushes?.enabled !== !0,
    blockDeletions: data.allow_deletions?.enabled !== !0,
    linearHistory: data.required_linear_history?.enabled === !0,
    conversationResolution: data.required_conversation_resolution?.enabled === !0
  };
}

// core/protection/rulesets.ts
var RULESET_NAME = "pilot-gate", ADMIN_ROLE_ID = 5;
function rulesetBody(settings, branches) {
  let rules = [];
  return settings.blockDeletions && rules.push({ type: "deletion" }), settings.blockForcePushes && rules.push({ type: "non_fast_forward" }), settings.linearHistory && rules.push({ type: "required_linear_history" }), settings.requirePullRequest && rules.push({
    type: "pull_request",
    parameters: {
      required_approving_review_count: settings.approvingReviews,
      dismiss_stale_reviews_on_push: settings.dismissStaleReviews,
      require_code_owner_review: settings.codeOwnerReviews,
      require_last_push_approval: !1,
      required_review_thread_resolution: settings.conversationResolution
    }
  }), settings.requiredChecks.length > 0 && rules.push({
    type: "required_status_checks",
    parameters: {
      strict_required_status_checks_policy: settings.strict,
      required_status_checks: settings.requiredChecks.map((check) => ({
        context: check.context,
        ...check.appId !== void 0 && check.appId > 0 ? { integration_id: check.appId } : {}
      }))
    }
  }), {
    name: RULESET_NAME,
    target: "branch",
    enforcement: "active",
    bypass_actors: settings.enforceAdmins ? [] : [{ actor_id: ADMIN_ROLE_ID, actor_type: "RepositoryRole", bypass_mode: "always" }],
    conditions: {
      ref_name: { include: branches.map((branch) => `refs/heads/${branch}`), exclude: [] }
    },
    rules
  };
}
function settingsFromRules(rules, adminsBound) {
  let settings = { ...UNPROTECTED, requiredChecks: [] };
  for (let rule of rules) {
    let p = rule.parameters ?? {};
    switch (rule.type) {
      case "deletion":
        settings.blockDeletions = !0;
        break;
      case "non_fast_forward":
        settings.blockForcePushes = !0;
        break;
      case "required_linear_history":
        settings.linearHistory = !0;
        break;
      case "pull_request":
        settings.requirePullRequest = !0, settings.approvingReviews = Math.max(
          settings.approvingReviews,
          numberOr(p.required_approving_review_count, 0)
        ), settings.dismissStaleReviews ||= p.dismiss_stale_reviews_on_push === !0, settings.codeOwnerReviews ||= p.require_code_owner_review === !0, settings.conversationResolution ||= p.required_review_thread_resolution === !0;
        break;
      case "required_status_checks": {
        settings.strict ||= p.strict_required_status_checks_policy === !0;
        let listed = Array.isArray(p.required_status_checks) ? p.required_status_checks : [];
        for (let raw of listed) {
          if (typeof raw.context != "string") continue;
          let check = {
            context: raw.context,
            ...typeof raw.integration_id == "number" ? { appId: raw.integration_id } : {}
          };
          settings.requiredChecks.some(
            (c) => c.context === check.context && c.appId === check.appId
          ) || settings.requiredChecks.push(check);
        }
        break;
      }
      default:
        break;
    }
  }
  return settings.enforceAdmins = rules.length > 0 && adminsBound, settings;
}
function numberOr(value, fallback) {
  return typeof value == "number" && Number.isFinite(value) ? value : fallback;
}

// core/protection/scorecard.ts
var SCORECARD_TIERS = [
  {
    tier: 1,
    weight: 3,
    criteria: [
      { id: "block-force-pushes", met: (s) => s.blockForcePushes },
      { id: "block-deletions", met: (s) => s.blockDeletions }
    ]
  },
  {
    tier: 2,
    weight: 3,
    criteria: [
      { id: "one-approving-review", met: (s) => s.requirePullRequest && s.approvingReviews >= 1 },
      { id: "up-to-date-branches", met: (s) => s.requiredChecks.length > 0 && s.strict }
    ]
  },
  {
    tier: 3,
    weight: 2,
    criteria: [{ id: "required-status-checks", met: (s) => s.requiredChecks.length > 0 }]
  },
  {
    tier: 4,
    weight: 1,
    criteria: [
      { id: "two-approving-reviews", met: (s) => s.requirePullRequest && s.approvingReviews >= 2 },
      { id: "code-owner-review", met: (s) => s.requirePullRequest && s.codeOwnerReviews }
    ]
  },
  {
    tier: 5,
    weight: 1,
    criteria: [
      { id: "dismiss-stale-reviews", met: (s) => s.requirePullRequest && s.dismissStaleReviews },
      { id: "enforce-admins", met: (s) => s.enforceAdmins }
    ]
  }
];
function scorecardTier(settings) {
  if (!settings)
    return { tier: 0, score: 0, next: SCORECARD_TIERS[0]?.criteria.map((c) => c.id) ?? [] };
  let tier = 0, score = 0;
  for (let level2 of SCORECARD_TIERS) {
    let missed = level2.criteria.filter((c) => !c.met(settings)).map((c) => c.id);
    if (missed.length > 0) {
      let met = level2.criteria.length - missed.length;
      return score += level2.weight * met / level2.criteria.length, { tier, score: Math.round(score * 10) / 10, next: missed };
    }
    tier = level2.tier, score += level2.weight;
  }
  return { tier, score: Math.round(score * 10) / 10, next: [] };
}

// core/protection/plan.ts
var SEVERITY = [
  "Error",
  "PermissionNeeded",
  "Unavailable",
  "Missing",
  "Drifted",
  "Applied"
];
function planProtection(desired, actual) {
  let branches = desired.branches.map(
    (branch) => branchStatus(branch, desired.settings, actual.branches[branch])
  ), [owner, repo] = actual.repository.split("/"), base = `/repos/${owner}/${repo}`, needsWrite = (b) => b.status === "Drifted" || b.status === "Missing" && b.source === "none", writes = [];
  if (desired.mode === "classic")
    for (let branch of branches.filter(needsWrite))
      writes.push({
        method: "PUT",
        path: `${base}/branches/${encodeURIComponent(branch.branch)}/protection`,
        branches: [branch.branch],
        body: { ...classicProtectionBody(desired.settings) },
        outcome: "planned"
      });
  else if (branches.some(needsWrite)) {
    let id = actual.rulesetId;
    writes.push({
      method: id === void 0 ? "POST" : "PUT",
      path: id === void 0 ? `${base}/rulesets` : `${base}/rulesets/${id}`,
      branches: [...desired.branches],
      ...id !== void 0 ? { ruleset_id: id } : {},
      body: { ...rulesetBody(desired.settings, desired.branches) },
      outcome: "planned"
    });
  }
  return summarize({
    version: 1,
    repository: actual.repository,
    mode: desired.mode,
    dry_run: !0,
    status: "Applied",
    branches,
    writes,
    scorecard: { tier: 0, score: 0, next: [] }
  });
}
function applyOutcomes(plan, desired, outcomes) {
  let branches = plan.branches.map((branch) => ({ ...branch })), writes = plan.writes.map((write, i) => {
    let outcome = outcomes[i];
    if (!outcome) return write;
    for (let name of write.branches) {
      let branch = branches.find((b) => b.branch === name);
      !branch || branch.status !== "Drifted" && branch.source !== "none" || (outcome.ok ? (branch.status = "Applied", branch.source === "none" && (branch.source = desired.mode), branch.message = `written by sync (${write.method} ${write.path})`, branch.scorecard = scorecardTier(desired.settings)) : (branch.status = outcome.status, branch.message = outcome.message));
    }
    return { ...write, outcome: outcome.ok ? "written" : "failed" };
  });
  return summarize({ ...plan, dry_run: !1, branches, writes });
}
function protectionExitCode(report) {
  return report.status === "Applied" ? 0 : report.status === "Drifted" || report.status === "Missing" ? 1 : 2;
}
function summarize(report) {
  let status2 = SEVERITY.find((s) => report.branches.some((b) => b.status === s)) ?? "Applied", lowest = report.branches.reduce(
    (low, b) => low === void 0 || b.scorecard.score < low.score ? b.scorecard : low,
    void 0
  );
  return { ...report, status: status2, scorecard: lowest ?? { tier: 0, score: 0, next: [] } };
}
function branchStatus(branch, desired, reading) {
  let unknown = { tier: 0, score: 0, next: [] };
  if (!reading)
    return {
      branch,
      status: "Error",
      source: "unknown",
      message: `${branch} was not read; this is a pilot-gate bug, please report it`,
      diff: [],
      scorecard: unknown
    };
  if (reading.kind === "branch-missing")
    return {
      branch,
      status: "Missing",
      source: "unknown",
      message: `branch ${branch} does not exist: create the branch first, then run sync`,
      diff: [],
      scorecard: unknown
    };
  if (reading.kind === "failed")
    return {
      branch,
      status: reading.status,
      source: "unknown",
      message: reading.message,
      diff: [],
      scorecard: unknown
    };
  let { classic, rulesets } = reading, source = classic && rulesets ? "classic+rulesets" : classic ? "classic" : rulesets ? "rulesets" : "none", effective = classic && rulesets ? mergeSettings(classic, rulesets) : classic ?? rulesets ?? UNPROTECTED, diff = diffSettings(desired, effective);
  return source === "none" ? {
    branch,
    status: "Missing",
    source,
    message: `${branch} is not protected; sync writes the protection below`,
    diff,
    scorecard: scorecardTier(UNPROTECTED)
  } : {
    branch,
    status: diff.length === 0 ? "Applied" : "Drifted",
    source,
    message: diff.length === 0 ? `${branch} has the protection the config asks for` : `${branch} differs from the config in ${diff.length} setting${diff.length === 1 ? "" : "s"}; sync rewrites them`,
    diff,
    scorecard: scorecardTier(effective)
  };
}
function diffSettings(desired, actual) {
  let diff = [];
  sameChecks(desired.requiredChecks, actual.requiredChecks) || diff.push({
    field: "required_checks",
    desired: desired.requiredChecks.map(describeCheck),
    actual: actual.requiredChecks.map(describeCheck)
  });
  let fields = [
    ["strict", "strict"],
    ["require_pull_request", "requirePullRequest"],
    ["required_approving_reviews", "approvingReviews"],
    ["dismiss_stale_reviews", "dismissStaleReviews"],
    ["require_code_owner_reviews", "codeOwnerReviews"],
    ["enforce_admins", "enforceAdmins"],
    ["block_force_pushes", "blockForcePushes"],
    ["block_deletions", "blockDeletions"],
    ["require_linear_history", "linearHistory"],
    ["require_conversation_resolution", "conversationResolution"]
  ];
  for (let [field, key] of fields) {
    let want = desired[key], have = actual[key];
    want !== have && diff.push({ field, desired: want, actual: have });
  }
  return diff;
}
function sameChecks(desired, actual) {
  return desired.length !== actual.length ? !1 : desired.every(
    (want) => actual.some(
      (have) => have.context === want.context && (want.appId === void 0 || want.appId === -1 || have.appId === want.appId)
    )
  );
}
function describeCheck(check) {
  return check.appId === void 0 || check.appId === -1 ? `${check.context} (any app)` : `${check.context} (app ${check.appId})`;
}

// core/protection/render.ts
function renderProtectionText(report) {
  let lines2 = [
    `Branch protection of ${report.repository} (${report.mode}${report.dry_run ? ", dry run: nothing written" : ""})`,
    ""
  ];
  for (let branch of report.branches) {
    let tier = `Scorecard tier ${branch.scorecard.tier} (${branch.scorecard.score}/10)`, from = branch.source === "unknown" ? "" : `, from ${branch.source}`;
    lines2.push(`${branch.branch}: ${branch.status}${from}; ${tier}`), lines2.push(`  ${branch.message}`);
    for (let diff of branch.diff) lines2.push(`  ${describeDiff(diff)}`);
  }
  if (report.writes.length > 0) {
    lines2.push("");
    let verb = report.dry_run ? "sync would write" : "wrote";
    for (let write of report.writes) {
      let result = write.outcome === "failed" ? " (failed)" : "";
      lines2.push(`${verb}: ${write.method} ${write.path}${result}`);
    }
  }
  return lines2.push("", summary(report), ""), lines2.join(`
`);
}
function describeDiff(diff) {
  let show = (value) => Array.isArray(value) ? value.length > 0 ? value.join(", ") : "none" : String(value);
  return `${diff.field}: ${show(diff.actual)} -> ${show(diff.desired)}`;
}
function summary(report) {
  let counts2 = /* @__PURE__ */ new Map();
  for (let branch of report.branches)
    counts2.set(branch.status, (counts2.get(branch.status) ?? 0) + 1);
  let parts = [...counts2].map(([status2, n]) => `${n} ${status2}`).join(", "), tier = `lowest Scorecard tier ${report.scorecard.tier} (${report.scorecard.score}/10)`, next = report.dry_run && report.writes.length > 0 ? "; run `pilot-gate protection sync` to apply" : "";
  return `Protection: ${report.status} (${parts}); ${tier}${next}`;
}

// core/protection/report.ts
var PROTECTION_STATUSES = [
  "Applied",
  "Drifted",
  "Missing",
  "Unavailable",
  "PermissionNeeded",
  "Error"
], jsonValue = external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean(), external_exports.array(external_exports.string())]), fieldDiffSchema = external_exports.strictObject({
  field: external_exports.string().describe("Config key under protection:, e.g. required_approving_reviews."),
  desired: jsonValue,
  actual: jsonValue
}).describe("One setting that differs."), scorecardSchema = external_exports.strictObject({
  tier: external_exports.number().int().min(0).max(5).describe("OpenSSF Scorecard Branch-Protection tier reached."),
  score: external_exports.number().min(0).max(10),
  next: external_exports.array(external_exports.string()).describe("Criteria missing for the next tier.")
}), plannedWriteSchema = external_exports.strictObject({
  method: external_exports.enum(["PUT", "POST"]),
  path: external_exports.string().describe("The REST path, e.g. /repos/o/r/branches/main/protection."),
  branches: external_exports.array(external_exports.string()).describe("The branches the write protects."),
  ruleset_id: external_exports.number().int().optional(),
  body: external_exports.record(external_exports.string(), external_exports.unknown()),
  outcome: external_exports.enum(["planned", "written", "failed"]).describe("planned in a dry run (plan), else what happened.")
}).describe("One write: a PUT per branch (classic) or one ruleset create/update (rulesets)."), branchStatusSchema = external_exports.strictObject({
  branch: external_exports.string(),
  status: external_exports.enum(PROTECTION_STATUSES),
  source: external_exports.enum(["classic", "rulesets", "classic+rulesets", "none", "unknown"]).describe("Where the protection read comes from."),
  message: external_exports.string().describe("What the status means and the next step."),
  diff: external_exports.array(fieldDiffSchema),
  scorecard: scorecardSchema.describe("The tier the branch's actual protection reaches.")
}), protectionStatusSchema = external_exports.strictObject({
  version: external_exports.literal(1),
  repository: external_exports.string().describe("owner/name"),
  mode: external_exports.enum(PROTECTION_MODES),
  dry_run: external_exports.boolean().describe("True for plan: nothing was written."),
  status: external_exports.enum(PROTECTION_STATUSES).describe("The worst branch status."),
  branches: external_exports.array(branchStatusSchema),
  writes: external_exports.array(plannedWriteSchema),
  scorecard: scorecardSchema.describe("The lowest tier among the branches.")
}).describe("pilot-gate protection plan|sync report.");

// core/gates/readiness/report-check.ts
var READINESS_CLOCK_SKEW_MS = 5 * 6e4;
function verdictProblem(verdict, blockers) {
  if (verdict === "GO" && blockers.length > 0)
    return `the readiness verdict is GO but it lists blockers (${blockers.join(", ")}): the report contradicts itself`;
  if (verdict === "NO-GO" && blockers.length === 0)
    return "the readiness verdict is NO-GO but it lists no blocker: the report contradicts itself";
}
function readinessReportProblems(report, now) {
  let problems = [], verdict = verdictProblem(report.verdict, report.blockers);
  verdict !== void 0 && problems.push(verdict);
  let at = Date.parse(report.evaluated_at);
  return Number.isNaN(at) ? problems.push(
    `evaluated_at ${JSON.stringify(report.evaluated_at)} is not a time; a readiness report says when it was judged in ISO 8601 (e.g. 2026-05-01T10:00:00Z)`
  ) : at - now.getTime() > READINESS_CLOCK_SKEW_MS && problems.push(
    `evaluated_at ${report.evaluated_at} is ${formatDuration(at - now.getTime())} after now (${now.toISOString()}), more than the ${READINESS_CLOCK_SKEW_MS / 6e4} min clocks may differ: the report is not from this run, or a clock is wrong`
  ), problems;
}

// core/release/decide.ts
var import_semver = __toESM(require_semver2(), 1);
var ReleaseInputError = class extends UsageError {
}, RELEASE_KINDS = ["rc", "ga"], NUMBER = "(0|[1-9]\\d{0,8})", GA_PATTERN = new RegExp(`^v${NUMBER}\\.${NUMBER}\\.${NUMBER}$`), RC_PATTERN = new RegExp(`^v${NUMBER}\\.${NUMBER}\\.${NUMBER}-rc\\.${NUMBER}$`), SHA_PATTERN2 = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
function parseReleaseTag(tag) {
  let match = GA_PATTERN.exec(tag) ?? RC_PATTERN.exec(tag);
  if (!match) return;
  let [, major, minor, patch, rc] = match.map(Number);
  return match[4] === void 0 ? { tag, kind: "ga", major, minor, patch, rc: void 0 } : { tag, kind: "rc", major, minor, patch, rc };
}
function compareReleases(a, b) {
  return (0, import_semver.compare)(a.tag, b.tag);
}
function releaseTagOf(version) {
  let trimmed = version.trim();
  return trimmed.startsWith("v") ? trimmed : `v${trimmed}`;
}
function decideRelease(request) {
  let { kind, sha } = request, reasons = [], tag = request.version.trim() === "" ? void 0 : releaseTagOf(request.version), wanted = tag === void 0 ? void 0 : parseReleaseTag(tag), example = kind === "ga" ? "v1.4.0" : "v1.4.0-rc.1";
  tag === void 0 ? reasons.push(`no version given; pass one like ${example}`) : wanted ? wanted.kind !== kind && reasons.push(
    `"${tag}" is ${wanted.kind === "ga" ? "a ga version" : "a release candidate"} but kind is ${kind}; pass kind ${wanted.kind} or a version like ${example}`
  ) : reasons.push(
    `"${tag}" is not a release version; a ${kind} is ${kind === "ga" ? "vX.Y.Z" : "vX.Y.Z-rc.N"} with no leading zeros, e.g. ${example}`
  ), SHA_PATTERN2.test(sha) || reasons.push(`"${sha}" is not a full commit id; resolve the ref first (git rev-parse)`);
  let releases = request.existingTags.map((t) => parseReleaseTag(t.trim())).filter((v) => v !== void 0), previous = releases.filter((v) => v.kind === kind).sort(compareReleases).at(-1);
  tag !== void 0 && request.existingTags.some((t) => t.trim() === tag) ? reasons.push(`${tag} already exists; a release tag is never moved or reused`) : wanted && wanted.kind === kind && previous && compareReleases(wanted, previous) <= 0 && reasons.push(
    `${tag} is not higher than the last ${kind} release ${previous.tag}; pick a version above it`
  );
  let inconsistent = [], lastGa = releases.filter((v) => v.kind === "ga").sort(compareReleases).at(-1);
  wanted?.kind === "rc" && kind === "rc" && lastGa && compareReleases(wanted, lastGa) < 0 && inconsistent.push(
    `${wanted.tag} is below ${lastGa.tag}, the last ga release: a release candidate comes before its release, never after it. Pass an rc of a version above ${lastGa.tag}, e.g. v${(0, import_semver.inc)(lastGa.tag, "minor")}-rc.1.`
  );
  let verdict = verdictProblem(request.readinessVerdict, request.blockers);
  if (verdict !== void 0 && inconsistent.push(`${verdict}. Regenerate it with pilot-gate readiness --report.`), inconsistent.length > 0)
    throw new ReleaseInputError(`nothing was decided: ${inconsistent.join(" ")}`);
  return request.readinessSha !== void 0 && request.readinessSha.toLowerCase() !== sha && reasons.push(
    `the readiness report judged ${request.readinessSha}, not ${sha}; run readiness on the commit to tag`
  ), request.readinessVerdict !== "GO" && reasons.push(
    `readiness is ${request.readinessVerdict} on ${sha} (blockers: ${request.blockers.join(", ")})`
  ), reasons.length > 0 || tag === void 0 ? { action: "refuse", tag, kind, reasons } : {
    action: "tag",
    tag,
    kind,
    sha,
    previous: previous?.tag,
    message: `${tag} (${kind === "ga" ? "release" : "release candidate"}) on ${sha}: readiness GO${previous ? `, follows ${previous.tag}` : ""}`
  };
}

// core/release/incident.ts
var INCIDENT_FILE = "incident.json";
function incidentPackId(from) {
  let id = `rollback-${from}`;
  if (!PACK_ID_PATTERN.test(id))
    throw new Error(`${id} is not a pack id; this is a pilot-gate bug`);
  return id;
}
function checkRunsRecord(runs, total) {
  if (total > runs.length)
    return {
      read: !1,
      reason: `GitHub counts ${total} check runs on the commit and only ${runs.length} were read`
    };
  let newest = /* @__PURE__ */ new Map();
  for (let run of runs) {
    let seen = newest.get(run.name);
    (seen === void 0 || run.id > seen.id) && newest.set(run.name, run);
  }
  let notSucceeded = [...newest.values()].filter((run) => run.conclusion !== "success").sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((run) => ({
    name: run.name,
    status: run.status,
    conclusion: run.conclusion,
    url: run.url ?? null
  }));
  return { read: !0, total: newest.size, notSucceeded };
}
function rollbackIncident(input) {
  let { rolledBack, smokeCommands } = input;
  return {
    version: 1,
    kind: "rollback-incident",
    rolledBack,
    target: input.target,
    freeze: input.freeze,
    checks: input.checks,
    reproduce: [
      `git fetch origin ${rolledBack.sha}`,
      `git checkout ${rolledBack.sha}`,
      ...smokeCommands
    ],
    ...smokeCommands.length === 0 ? {
      note: "smoke.commands is empty in the config, so no smoke command is listed; run the smoke suite by hand"
    } : {}
  };
}

// core/release/pack-signature.ts
function packSignatureProblem(statement, envelope, keys) {
  if (envelope === void 0)
    return `its pack is unsigned (no ${ENVELOPE_FILE}) and a signature by the evidence key is required`;
  let parsed;
  try {
    parsed = envelopeSchema.parse(JSON.parse(envelope));
  } catch {
    return `its ${ENVELOPE_FILE} is not a DSSE envelope`;
  }
  let payload = parseIJson(Buffer.from(parsed.payload, "base64")), signed = parseIJson(statement);
  if (!payload.ok || !signed.ok || canonicalJson(payload.value) !== canonicalJson(signed.value))
    return `its ${STATEMENT_FILE} is not the statement that was signed`;
  let checks = checkSignatures(parsed, keys);
  if (checks.some((check) => check.result === "invalid"))
    return "its signature does not verify with the evidence key (the statement or the signature was altered)";
  if (!checks.some((check) => check.result === "valid"))
    return "its pack is not signed by any of the evidence keys given";
}

// core/release/rollback.ts
function rollbackCandidates(folders, from) {
  let releases = folders.map((name) => parseReleaseTag(name)).filter((v) => v !== void 0).sort((a, b) => compareReleases(b, a)), current = from === void 0 ? releases[0] : parseReleaseTag(from);
  return current === void 0 ? { from, candidates: [] } : {
    from: current.tag,
    candidates: releases.filter((v) => compareReleases(v, current) < 0).map((v) => v.tag)
  };
}
function releaseStatementOf(pack) {
  if (pack.statement === void 0) return { reason: "its pack has no statement.json" };
  let read = packStatementOf(pack.statement, "release", pack.tag);
  if ("reason" in read) return read;
  let sha = read.statement.subject[0]?.digest.gitCommit;
  return sha === void 0 || !COMMIT_PATTERN.test(sha) ? { reason: "its statement names no commit (a full commit id)" } : { statement: read.statement, sha };
}
function goCommitOf(pack, keys) {
  if (pack.statement !== void 0 && keys.length > 0) {
    let problem = packSignatureProblem(pack.statement, pack.envelope, keys);
    if (problem !== void 0) return { reason: problem };
  }
  let read = releaseStatementOf(pack);
  if ("reason" in read) return read;
  let readiness = read.statement.predicate.gates.find((gate) => gate.gate === "readiness");
  return readiness === void 0 ? { reason: "its evidence holds no readiness report" } : readiness.status !== "GO" ? { reason: `its readiness verdict is ${readiness.status}` } : { sha: read.sha };
}
function planRollback(input) {
  let skipped = [], { from } = input, keys = input.keys ?? [], signatures = keys.length > 0 ? "verified" : "not-checked";
  if (from === void 0)
    return {
      action: "none",
      from,
      skipped,
      reason: `no release pack on ${input.evidenceBranch}, so there is no release to roll back; releases made by the release workflow leave one`,
      signatures
    };
  for (let pack of input.packs) {
    let found = goCommitOf(pack, keys);
    if ("reason" in found) {
      skipped.push({ tag: pack.tag, reason: found.reason });
      continue;
    }
    let target = { tag: pack.tag, sha: found.sha };
    return {
      action: "rollback",
      from,
      target,
      skipped,
      signatures,
      steps: [
        {
          id: "freeze",
          what: `open an issue labelled ${input.freezeLabel}: merges and new pilot clients stop until it is closed`
        },
        {
          id: "preserve-evidence",
          what: `commit the incident pack evidence/incident/rollback-${from} on ${input.evidenceBranch}: the freeze issue, the checks that failed on ${from}'s commit and the commands to reproduce`
        },
        {
          id: "revert",
          what: `open a PR that reverts the default branch to ${target.tag} (${target.sha}), or re-point rollback.deploy_ref to it`
        },
        {
          id: "smoke",
          what: `re-run the smoke gate on ${target.sha} (the rollback workflow's smoke job, or pilot-gate smoke --sha in a checkout of it)`
        },
        {
          id: "lift-freeze",
          what: `pilot-gate rollback lift --from ${from} --smoke-report <report>: closes the freeze issue only when that report passed on ${target.sha} and the incident links its postmortem`
        }
      ]
    };
  }
  return {
    action: "none",
    from,
    skipped,
    signatures,
    reason: `no release below ${from} has evidence that says GO${skipped.length > 0 ? "" : " (there is none below it)"}${input.unread ? ` among the newest ${skipped.length} read (${input.unread} older ones were not)` : ""}; roll back by hand to a commit you trust`
  };
}

// core/render/json.ts
function renderJson(verdict) {
  return `${JSON.stringify({ version: 1, ...verdict }, null, 2)}
`;
}

// core/fingerprint.ts
var LINE_REFERENCE = /\blines? \d+(?:[-–]\d+)?\b/g;
function fingerprintOf(finding) {
  return contentId({
    ruleId: finding.ruleId,
    message: finding.message.replace(LINE_REFERENCE, "line"),
    files: [...finding.files ?? []].sort()
  });
}
var MAX_SHOWN = 200;
function recordShown(verdict, before, now) {
  let shown2 = {}, count2 = 0;
  for (let finding of verdict.findings) {
    if (finding.severity !== "blocking" || count2 >= MAX_SHOWN) continue;
    let fingerprint = fingerprintOf(finding);
    fingerprint in shown2 || (shown2[fingerprint] = before?.[fingerprint] ?? now, count2++);
  }
  return shown2;
}

// core/overrides.ts
var OVERRIDE_SYNTAX = "/pilot-gate override <rule-id> reason: <why this is acceptable>", MAX_REASON_CHARS = 500, NOT_OVERRIDABLE = /* @__PURE__ */ new Map([
  [
    "no-merge-label",
    "a NO_MERGE label is lifted by removing the label, not by an override: whoever added it decides"
  ],
  [
    "pr-body",
    "a PR body that cannot be read is not a rule and cannot be overridden: shorten or flatten the body"
  ]
]), PERMISSION_RANK = /* @__PURE__ */ new Map([
  ["none", 0],
  ["read", 1],
  ["triage", 2],
  ["write", 3],
  ["maintain", 4],
  ["admin", 5]
]);
function permissionAtLeast(has, needed) {
  return (PERMISSION_RANK.get(has.toLowerCase()) ?? 0) >= (PERMISSION_RANK.get(needed) ?? Number.POSITIVE_INFINITY);
}
var COMMAND2 = /^\s*\/pilot-gate\s+override(?:\s+(.*))?$/i;
function parseOverrideCommand(body) {
  let match = findCommand(body, COMMAND2);
  return match ? parseArguments(match[1] ?? "") : void 0;
}
function parseArguments(rest) {
  let args = rest.trim(), withRule = /^(\S+)\s*(.*)$/.exec(args), ruleId = withRule?.[1];
  if (!ruleId || /^reason:/i.test(ruleId))
    return {
      error: `The override names no rule. Write it on its own line as \`${OVERRIDE_SYNTAX}\`, e.g. \`/pilot-gate override branch-name reason: release branch named by the vendor\`.`
    };
  let tail = withRule?.[2] ?? "", reasonMatch = /^reason:(.*)$/i.exec(tail);
  if (!reasonMatch)
    return {
      error: `The override of ${codeSpan(ruleId)} gives no reason. Write it on its own line as \`${OVERRIDE_SYNTAX}\`; the reason is kept in the receipt.`
    };
  let reason = (reasonMatch[1] ?? "").trim();
  return reason === "" ? {
    error: `The override of ${codeSpan(ruleId)} has an empty reason. Write it on its own line as \`${OVERRIDE_SYNTAX}\`; the reason is kept in the receipt.`
  } : { ruleId: ruleId.toLowerCase(), reason: capReason(reason) };
}
function capReason(reason) {
  let chars = Array.from(reason);
  return chars.length <= MAX_REASON_CHARS ? reason : chars.slice(0, MAX_REASON_CHARS).join("").trimEnd();
}
function overridableRuleIds() {
  return RULES.map((rule) => rule.id).filter((id) => !NOT_OVERRIDABLE.has(id));
}
function decideOverride(command, requester, context, config) {
  let { sha, at } = context, refuse = (detail) => ({
    ...receiptFor("refusal", command, requester.login, sha, at),
    detail
  }), notOverridable = NOT_OVERRIDABLE.get(command.ruleId);
  if (notOverridable) return refuse(`"${command.ruleId}" cannot be overridden: ${notOverridable}.`);
  if (!RULES.some((rule) => rule.id === command.ruleId)) {
    let known = overridableRuleIds().join(", ");
    return refuse(`unknown rule "${command.ruleId}"; rules that can be overridden: ${known}.`);
  }
  let needed = config.overrides.permission, has = requester.permission.toLowerCase(), rankOk = permissionAtLeast(has, needed), login = requester.login.toLowerCase(), roleOk = config.overrides.roles.some(
    (role) => (requester.roleMembers[role] ?? []).some((member) => member.toLowerCase() === login)
  );
  if (!rankOk && !roleOk) {
    let roles = config.overrides.roles.length > 0 ? ` or one of roles [${config.overrides.roles.join(", ")}]` : "";
    return refuse(
      `needs ${needed} permission${roles}; @${requester.login} has ${PERMISSION_RANK.has(has) ? has : `"${requester.permission}"`}.`
    );
  }
  if (context.author?.toLowerCase() === login && config.overrides.not_by_author.includes(command.ruleId))
    return refuse(
      `the author of a PR cannot override "${command.ruleId}" on it (overrides.not_by_author): another person who may override has to.`
    );
  let open = context.verdict.findings.filter(
    (f) => f.ruleId === command.ruleId && f.severity === "blocking" && !f.acceptedBy
  );
  if (open.length === 0)
    return refuse(
      `"${command.ruleId}" has no open blocking finding on ${sha.slice(0, 7)}, so there is nothing to override.`
    );
  let seen = /* @__PURE__ */ new Set();
  for (let finding of open) {
    let fingerprint = fingerprintOf(finding), shownAt = context.shown[fingerprint];
    shownAt !== void 0 && compareTimes(shownAt, at) <= 0 && seen.add(fingerprint);
  }
  return seen.size === 0 ? refuse(
    `the PR changed after the comment: no finding of "${command.ruleId}" it now has on ${sha.slice(0, 7)} was shown in the check before the comment was written. Read the check again, and comment again if the override still stands.`
  ) : receiptFor("override", command, requester.login, sha, at, [...seen].sort());
}
function receiptFor(kind, command, actor, sha, at, findings) {
  let fields = {
    kind,
    ruleId: command.ruleId,
    actor,
    reason: command.reason,
    sha,
    at,
    ...findings ? { findings } : {}
  };
  return { id: receiptId(fields), ...fields };
}
function receiptId(fields) {
  let { kind, ruleId, actor, reason, sha, at, findings } = fields;
  return contentId({ kind, ruleId, actor, reason, sha, at, ...findings ? { findings } : {} });
}
function applyOverrides(verdict, receipts, sha, config) {
  let carryOver = config.overrides.carry_over, concerns = (r) => r.sha === sha || carryOver && r.kind === "override", attached = sortReceipts(
    dedupe([...verdict.receipts ?? [], ...receipts.filter(concerns)])
  ), byFinding = /* @__PURE__ */ new Map();
  for (let receipt of attached)
    if (!(receipt.kind !== "override" || NOT_OVERRIDABLE.has(receipt.ruleId)))
      for (let fingerprint of receipt.findings ?? [])
        byFinding.set(`${receipt.ruleId} ${fingerprint}`, receipt);
  let rules = verdict.rules.map((rule) => {
    if (NOT_OVERRIDABLE.has(rule.ruleId)) return rule;
    let accepted = 0, findings2 = rule.findings.map((finding) => {
      if (finding.severity !== "blocking" || finding.acceptedBy) return finding;
      let receipt = byFinding.get(`${rule.ruleId} ${fingerprintOf(finding)}`);
      return receipt ? (accepted++, { ...finding, acceptedBy: receipt }) : finding;
    });
    if (accepted === 0) return rule;
    let open = findings2.some((f) => f.severity === "blocking" && !f.acceptedBy);
    return { ...rule, status: open ? rule.status : "overridden", findings: findings2 };
  }), findings = rules.flatMap((rule) => rule.findings), blocked = findings.some((f) => f.severity === "blocking" && !f.acceptedBy), result = { ...verdict, status: blocked ? "no_merge" : "pass", rules, findings };
  return attached.length > 0 && (result.receipts = attached), result;
}
function dedupe(receipts) {
  let seen = /* @__PURE__ */ new Map();
  for (let receipt of receipts) seen.has(receipt.id) || seen.set(receipt.id, receipt);
  return [...seen.values()];
}
function sortReceipts(receipts) {
  return receipts.sort((a, b) => compareTimes(a.at, b.at) || compare(a.id, b.id));
}
function compareTimes(a, b) {
  let ta = Date.parse(a), tb = Date.parse(b);
  return Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb ? ta - tb : compare(a, b);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// core/render/markdown.ts
var STATUS_ICON = {
  pass: "✅ pass",
  fail: "❌ fail",
  warn: "⚠️ warning",
  skipped: "➖ skipped",
  overridden: "↪️ overridden"
}, SEVERITY_ICON = {
  blocking: "❌",
  warning: "⚠️",
  info: "ℹ️"
}, OVERRIDDEN_ICON = "↪️", TAIL_SHARE = 0.4, encoder2 = new TextEncoder();
function bytes2(text2) {
  return encoder2.encode(text2).length;
}
function plural3(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function isOpenBlocking(finding) {
  return finding.severity === "blocking" && !finding.acceptedBy;
}
function overriddenRules(verdict) {
  let ids = /* @__PURE__ */ new Set();
  for (let finding of verdict.findings) finding.acceptedBy && ids.add(finding.ruleId);
  return ids.size;
}
function verdictTitle(verdict) {
  let blocking = verdict.findings.filter(isOpenBlocking).length, warnings = verdict.findings.filter((f) => f.severity === "warning").length, overridden = overriddenRules(verdict), overriddenText = overridden > 0 ? `${plural3(overridden, "rule")} overridden` : "";
  if (verdict.status === "pass") {
    let parts = [overriddenText, warnings > 0 ? plural3(warnings, "warning") : ""].filter(Boolean);
    return parts.length === 0 ? "Ready to merge: every rule passes" : overridden > 0 ? `Ready to merge: ${parts.join(", ")}` : `Ready to merge, ${parts.join(", ")}`;
  }
  let open = verdict.findings.filter(isOpenBlocking), waitingFor = open.flatMap((f) => f.waitingFor ?? []), waiting = waitingFor.length > 0 ? `waiting for: ${waitingFor.join(", ")}` : "";
  if (waiting && open.every((f) => f.waitingFor))
    return overridden > 0 ? `${waiting}; ${overriddenText}` : waiting;
  let fix = blocking - open.filter((f) => f.waitingFor).length;
  return [`NO_MERGE: ${plural3(fix, "blocking finding")} to fix`, overriddenText, waiting].filter(Boolean).join(", ");
}
function onlyWaiting(verdict) {
  let open = verdict.findings.filter(isOpenBlocking);
  return open.length > 0 && open.every((f) => f.waitingFor);
}
function renderMarkdown(verdict, limit = CHECK_RUN_TEXT_BYTES) {
  let head = [];
  head.push(`## ${verdict.status === "pass" ? "✅" : "❌"} ${verdictTitle(verdict)}`, ""), head.push(tableHead(["Rule", "Result", "Findings"]));
  for (let rule of verdict.rules)
    head.push(
      tableRow([code(rule.ruleId), STATUS_ICON[rule.status], md(countText(rule.findings))])
    );
  head.push("");
  let order = ["blocking", "warning", "info"], blocks = [];
  for (let severity of order)
    for (let rule of verdict.rules)
      for (let finding of rule.findings)
        finding.severity === severity && !finding.acceptedBy && blocks.push(renderFinding(finding));
  let tail = renderTail(verdict, Math.floor(limit * TAIL_SHARE)), out = head.join(`
`);
  blocks.length > 0 && (out += `
### What to fix

`);
  let used = bytes2(out), reserve = 200 + bytes2(tail);
  for (let i = 0; i < blocks.length; i++) {
    let block = `${blocks[i]}
`, size = bytes2(block);
    if (used + size > limit - reserve) {
      let left = blocks.length - i;
      return out += `
_${left} more finding${left === 1 ? "" : "s"} not shown: GitHub limits this text to ${limit.toLocaleString("en-US")} bytes. Run \`pilot-gate check --json\` to see all._
`, out + tail;
    }
    out += block, used += size;
  }
  return out + tail;
}
function renderTail(verdict, budget) {
  let accepted = [];
  for (let rule of verdict.rules)
    for (let finding of rule.findings)
      finding.acceptedBy && accepted.push(`${renderAccepted(finding, finding.acceptedBy)}
`);
  let receipts = verdict.receipts ?? [], table = "";
  if (receipts.length > 0) {
    let rows2 = [...receipts].reverse().map(renderReceiptRow);
    table = fitItems(
      `
### Receipts

${tableHead(["Id", "Kind", "Rule", "By", "Reason", "Commit", "Time"])}
`,
      rows2,
      Math.floor(budget / 2),
      (left) => `
_${plural3(left, "older receipt")} not shown._
`
    );
  }
  let list = "";
  return accepted.length > 0 && (list = fitItems(
    `
### Overridden

`,
    accepted,
    budget - bytes2(table),
    (left) => `
_${left} more overridden finding${left === 1 ? "" : "s"} not shown._
`
  )), list + table;
}
function fitItems(heading, items, budget, note) {
  let reserve = bytes2(note(items.length)), out = heading, used = bytes2(heading);
  if (used + reserve > budget) return "";
  for (let i = 0; i < items.length; i++) {
    let item = items[i], size = bytes2(item);
    if (used + size + reserve > budget) return out + note(items.length - i);
    out += item, used += size;
  }
  return out;
}
function countText(findings) {
  if (findings.length === 0) return "-";
  let parts = [], open = findings.filter(isOpenBlocking).length;
  open > 0 && parts.push(`${open} blocking`);
  let accepted = findings.filter((f) => f.acceptedBy).length;
  accepted > 0 && parts.push(`${accepted} overridden`);
  for (let severity of ["warning", "info"]) {
    let n = findings.filter((f) => f.severity === severity).length;
    n > 0 && parts.push(`${n} ${severity}`);
  }
  return parts.join(", ");
}
function renderFinding(finding) {
  let where3 = finding.position && finding.source ? ` (${finding.source} line ${finding.position.line})` : "", id = finding.severity === "blocking" ? ` ${codeSpan(fingerprintOf(finding))}` : "", text2 = truncateMarkdown(finding.message, 4e3);
  return `- ${SEVERITY_ICON[finding.severity]} **${inertText(finding.ruleId)}**${id}${where3}: ${text2}`;
}
function renderAccepted(finding, receipt) {
  let text2 = truncateMarkdown(finding.message, 2e3);
  return `- ${OVERRIDDEN_ICON} **${inertText(finding.ruleId)}** ${codeSpan(fingerprintOf(finding))}: ${text2}
  Overridden by ${handle(receipt.actor)}: “${inertText(receipt.reason)}” (receipt ${codeSpan(receipt.id)}, commit ${codeSpan(shortSha(receipt.sha))}).`;
}
function renderReceiptRow(receipt) {
  let kind = receipt.kind === "override" ? `${OVERRIDDEN_ICON} override of ${(receipt.findings ?? []).map((f) => codeSpan(f)).join(", ") || "no finding"}` : `🚫 refusal: ${inertText(receipt.detail ?? "refused", 600)}`;
  return `${tableRow([
    code(receipt.id),
    md(kind),
    code(receipt.ruleId),
    md(handle(receipt.actor)),
    receipt.reason,
    code(shortSha(receipt.sha)),
    receipt.at
  ])}
`;
}
function shortSha(sha) {
  return sha.slice(0, 7);
}

// core/plan.ts
var RERUN_ACTION = {
  label: "Re-run",
  identifier: "rerun",
  description: "Evaluate this PR again"
}, MAX_ANNOTATION_MESSAGE = 4e3;
function fitAnnotations(annotations, room = CHECK_RUN_ANNOTATIONS_PER_REQUEST) {
  let kept = annotations.slice(0, Math.max(0, room)), left = annotations.length - kept.length, note = left === 0 ? "" : `
_${left.toLocaleString("en-US")} more problem${left === 1 ? "" : "s"} not annotated: a check run is written in one request, which takes at most ${CHECK_RUN_ANNOTATIONS_PER_REQUEST} annotations._
`;
  return { annotations: kept, note };
}
var NO_LABEL_CHANGE = () => ({ add: [], remove: [] });
function planPullRequest(verdict, input, config) {
  let drafts = config.check.drafts;
  if (input.draft && drafts === "skip") return { checkRun: void 0, labels: NO_LABEL_CHANGE() };
  let labelName = config.rules["no-merge-label"].label, present = labelOn(input.labels.current, labelName), effective = present && input.labels.appliedByApp ? discountOwnLabel(verdict, present) : verdict, reportOnly = input.draft && drafts === "report", title = verdictTitle(effective), { annotations, note } = fitAnnotations(annotationsFor(effective)), checkRun = {
    name: config.check.name,
    headSha: input.headSha,
    conclusion: effective.status === "pass" ? "success" : "failure",
    title: truncateTitle(input.draft ? `Draft: ${title}` : title),
    summary: renderMarkdown(effective, CHECK_RUN_TEXT_BYTES - bytes3(note)) + note,
    annotations,
    actions: [{ ...RERUN_ACTION }],
    ...input.shown ? { shown: recordShown(effective, input.shown.before, input.shown.now) } : {},
    ...detailsUrlOf(config),
    ...onlyWaiting(effective) ? { waiting: !0 } : {}
  }, labels2 = NO_LABEL_CHANGE();
  return effective.findings.some(
    (f) => f.severity === "blocking" && !f.acceptedBy && f.ruleId !== "no-merge-label" && !f.waitingFor
  ) && !present && !reportOnly && labels2.add.push(labelName), effective.status === "pass" && present && input.labels.appliedByApp && labels2.remove.push(present), { checkRun, labels: labels2 };
}
function discountOwnLabel(verdict, label3) {
  let changed = !1, rules = verdict.rules.map((rule) => {
    if (rule.ruleId !== "no-merge-label") return rule;
    let findings2 = rule.findings.map((finding) => finding.severity !== "blocking" || finding.acceptedBy ? finding : (changed = !0, {
      ruleId: finding.ruleId,
      severity: "info",
      source: "labels",
      message: `The ${codeSpan(label3)} label was applied by pilot-gate itself, so it does not count against the PR; it is removed once the PR passes.`
    }));
    return changed ? { ...rule, status: statusOf(findings2), findings: findings2 } : rule;
  });
  if (!changed) return verdict;
  let findings = rules.flatMap((rule) => rule.findings);
  return {
    ...verdict,
    rules,
    findings,
    status: findings.some((f) => f.severity === "blocking" && !f.acceptedBy) ? "no_merge" : "pass"
  };
}
function statusOf(findings) {
  return findings.some((f) => f.severity === "blocking" && !f.acceptedBy) ? "fail" : findings.some((f) => f.acceptedBy) ? "overridden" : findings.some((f) => f.severity === "warning") ? "warn" : "pass";
}
function annotationsFor(verdict) {
  let annotations = [];
  for (let finding of verdict.findings) {
    let level2 = levelOf(finding), message = truncate(
      finding.acceptedBy ? `${finding.message}

Overridden by @${finding.acceptedBy.actor}: ${finding.acceptedBy.reason} (receipt ${finding.acceptedBy.id}).` : finding.message,
      MAX_ANNOTATION_MESSAGE
    );
    finding.source === "config" && finding.position && annotations.push({
      path: CONFIG_PATH,
      ...lines(finding.position),
      annotation_level: level2,
      title: finding.ruleId,
      message
    });
    for (let path of finding.files ?? [])
      annotations.push({
        path,
        start_line: 1,
        end_line: 1,
        annotation_level: level2,
        title: finding.ruleId,
        message
      });
  }
  return annotations;
}
function levelOf(finding) {
  return finding.acceptedBy ? "notice" : finding.severity === "blocking" ? "failure" : finding.severity === "warning" ? "warning" : "notice";
}
function lines(position) {
  let start = Math.max(1, position.line), end = Math.max(start, position.endLine ?? start);
  if (end !== start) return { start_line: start, end_line: end };
  let column = Math.max(1, position.column);
  return {
    start_line: start,
    end_line: end,
    start_column: column,
    end_column: Math.max(column, position.endColumn ?? column)
  };
}
function planConfigError(error, headSha, checkName2) {
  let n = error.problemCount, problems = `${n.toLocaleString("en-US")} problem${n === 1 ? "" : "s"}`, files = error.files, title = truncateTitle(
    files.length === 1 ? `Config error: ${error.file} has ${problems}` : `Config error: ${files.length} files have ${problems}`
  ), intro = [
    `## ❌ ${inertText(title)}`,
    "",
    `pilot-gate could not use ${files.map((file) => codeSpan(file)).join(", ")}, so **nothing was evaluated** and this check fails until the config is fixed (it fails closed rather than let a PR through unchecked).`,
    "",
    ""
  ].join(`
`), outro = [
    "",
    "To fix it, correct each line above (`pilot-gate config validate` checks a file locally), then push; the check runs again on the next push or with the Re-run button.",
    ""
  ].join(`
`), items = error.issues.map(
    (issue) => `- ${inertText(formatConfigIssues(error.file, [issue]), 2e3)}
`
  );
  error.unlisted > 0 && items.push(`- ${unlistedLine(error.file, error.unlisted)}
`);
  let { annotations, note } = fitAnnotations(
    error.issues.flatMap((issue) => {
      let path = error.localPathOf(issue);
      return path === void 0 ? [] : [
        {
          path,
          ...issue.position ? lines(issue.position) : { start_line: 1, end_line: 1 },
          annotation_level: "failure",
          title: issue.path ? `Config error at ${issue.path}` : "Config error",
          message: truncate(issue.message, MAX_ANNOTATION_MESSAGE)
        }
      ];
    })
  ), tail = note + outro, summary2 = fitBytes(
    intro + fitList(items, CHECK_RUN_TEXT_BYTES - bytes3(intro) - bytes3(tail), "problem") + tail,
    CHECK_RUN_TEXT_BYTES
  );
  return {
    checkRun: {
      name: checkName2,
      headSha,
      conclusion: "failure",
      title,
      summary: summary2,
      annotations,
      actions: [{ ...RERUN_ACTION }]
    },
    labels: NO_LABEL_CHANGE()
  };
}
function planEvaluationError(reason, headSha, checkName2) {
  let prefix = "could not evaluate: ", suffix = ", re-run", oneLine2 = reason.replace(/\s+/g, " ").trim() || "unknown error", room = CHECK_RUN_TITLE_CHARS - 1 - prefix.length - suffix.length, title = `${prefix}${truncate(oneLine2, room - 1)}${suffix}`, summary2 = [
    "## ❌ pilot-gate could not evaluate this PR",
    "",
    `Errors from GitHub stopped the evaluation, so no rule was checked and this check fails rather than pass unchecked. The error was: ${inertText(oneLine2, 4e3)}`,
    "",
    "This is usually temporary (rate limits, timeouts, an outage). Press **Re-run** above, or push a commit, to evaluate the PR again. If it keeps failing, check that the App is still installed with access to this repository.",
    ""
  ].join(`
`);
  return {
    checkRun: {
      name: checkName2,
      headSha,
      conclusion: "failure",
      title,
      summary: summary2,
      annotations: [],
      actions: [{ ...RERUN_ACTION }]
    },
    labels: NO_LABEL_CHANGE()
  };
}
function fitList(items, budget, noun) {
  let out = "", used = 0, reserve = 200;
  for (let i = 0; i < items.length; i++) {
    let item = items[i], size = bytes3(item);
    if (used + size > budget - reserve) {
      let left = items.length - i;
      return `${out}
_${left} more ${noun}${left === 1 ? "" : "s"} not shown: GitHub limits this text to ${CHECK_RUN_TEXT_BYTES.toLocaleString("en-US")} bytes; \`pilot-gate config validate\` lists them._
`;
    }
    out += item, used += size;
  }
  return out;
}
function truncateTitle(title) {
  return truncate(title.replace(/\s+/g, " ").trim(), CHECK_RUN_TITLE_CHARS - 1);
}
function truncate(text2, max) {
  return fitChars(text2, max, "…", { markdown: !1 });
}
var encoder3 = new TextEncoder();
function bytes3(text2) {
  return encoder3.encode(text2).length;
}
function detailsUrlOf(config) {
  let url = sitePageUrl(config.site, SITE_PAGES.overview);
  return url === void 0 ? {} : { detailsUrl: url };
}

export {
  require_dist,
  readYamlMapping,
  validateLayers,
  criterionKind,
  isIsoDate,
  parityEnvironments,
  coreFlows,
  smokeSettings,
  ReleaseError,
  planRelease,
  SITE_PAGES,
  sitePageUrl,
  configSchema,
  defaultConfig,
  parseConfig,
  renameRuleIssues,
  digestOf,
  sha256Hex2 as sha256Hex,
  parseIJson,
  EVIDENCE_SCOPES,
  MANIFEST_FILE,
  STATEMENT_FILE,
  ENVELOPE_FILE,
  PACK_META_FILES,
  COMMIT_PATTERN,
  PACK_ID_PATTERN,
  manifestSchema,
  mediaTypeOf,
  buildManifest,
  renderVerifyText,
  renderEvidenceSummary,
  keyId,
  assertEd25519,
  publicKeyFromPem,
  signStatement,
  buildStatement,
  gateResultOf,
  packStatementOf,
  verifyPack,
  escapedPath,
  verifyLink,
  evaluateParity,
  EnvironmentFileError,
  parseEnvironment,
  md,
  markdownTable,
  parityTitle,
  renderParityMarkdown,
  renderParityText,
  parityReportSchema,
  PILOT_MANIFEST_PATH,
  InputFileError,
  parsePilotManifest,
  windowStart,
  PILOT_NAME,
  pilotRunFolder,
  renderPilotManifestTemplate,
  RECORDS_FILE,
  SCENARIO_RESULTS,
  ISO_INSTANT,
  parseRecords,
  appendRecord,
  resolveScenario,
  smokeViewSchema,
  parityViewSchema,
  evaluateReadiness,
  readMilestoneDocument,
  renderReadinessMarkdown,
  renderReadinessText,
  readinessReportSchema,
  smokeReportSchema,
  smokeCommit,
  evaluateSmoke,
  parseJunit,
  renderSmokeMarkdown,
  renderSmokeText,
  missingFieldsComment,
  blockedTooLong,
  readBlockedFields,
  findCommand,
  contentId,
  hiddenRecordMarker,
  readHiddenRecord,
  FREEZE_SYNTAX,
  UNFREEZE_SYNTAX,
  parseFreezeCommand,
  freezeReceiptId,
  unfreezeReceiptId,
  freezeRecordMarker,
  unfreezeRecordMarker,
  readFreezeRecord,
  readRestoreReport,
  restoreBreaches,
  replayRun,
  isCriticalAlert,
  p0TriggerTripped,
  OVERRIDE_SYNTAX,
  permissionAtLeast,
  parseOverrideCommand,
  decideOverride,
  applyOverrides,
  verdictTitle,
  renderMarkdown,
  RERUN_ACTION,
  fitAnnotations,
  planPullRequest,
  planConfigError,
  planEvaluationError,
  settingsFromClassic,
  desiredProtection,
  RULESET_NAME,
  settingsFromRules,
  planProtection,
  applyOutcomes,
  protectionExitCode,
  renderProtectionText,
  protectionStatusSchema,
  readinessReportProblems,
  RELEASE_KINDS,
  parseReleaseTag,
  decideRelease,
  INCIDENT_FILE,
  incidentPackId,
  checkRunsRecord,
  rollbackIncident,
  packSignatureProblem,
  rollbackCandidates,
  releaseStatementOf,
  planRollback,
  renderJson
};
