import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  verifyPackChain
} from "./chunk-POLP4ZUD.js";
import {
  palette,
  useColor
} from "./chunk-T2LBRVU5.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  kindOf
} from "./chunk-NSO7L2AE.js";
import {
  loadConfig
} from "./chunk-4YV5M6XR.js";
import {
  displayPath,
  errorCode,
  readLimitedFile,
  readTextFile
} from "./chunk-SSP7UEET.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import {
  EVIDENCE_SCOPES,
  parityReportSchema,
  parsePilotManifest,
  protectionStatusSchema,
  publicKeyFromPem,
  readinessReportSchema,
  smokeReportSchema
} from "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  external_exports
} from "./chunk-VUTGOOYN.js";
import {
  REPORT_LIMIT,
  SITE_MAX_DOCUMENTS_PER_PACK,
  SITE_MAX_PACKS
} from "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/site.ts
import { parseArgs } from "node:util";

// engine/site/build.ts
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join as join2, resolve } from "node:path";

// node_modules/html-escaper/esm/index.js
var { replace } = "";
var ca = /[&<>'"]/g, esca = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "'": "&#39;",
  '"': "&quot;"
}, pe = (m) => esca[m], escape = (es) => replace.call(es, ca, pe);

// core/site/html.ts
var Html = class {
  constructor(value) {
    this.value = value;
  }
  value;
  toString() {
    return this.value;
  }
};
function part(value) {
  return value == null || value === !1 ? "" : value instanceof Html ? value.value : Array.isArray(value) ? value.map(part).join("") : escape(String(value));
}
function html(strings, ...values) {
  let out = strings[0] ?? "";
  return values.forEach((value, index) => {
    out += part(value) + (strings[index + 1] ?? "");
  }), new Html(out);
}
function join(pieces, separator = "") {
  return new Html(pieces.map((piece) => piece.value).join(separator));
}
function href(path) {
  return path.split("/").map((segment) => segment === ".." ? ".." : encodeURIComponent(segment)).join("/");
}

// core/site/charts.ts
var WIDTH = 640, HEIGHT = 240, LEFT = 48, RIGHT = 16, TOP = 12, BOTTOM = 36, PALETTE_SIZE = 8, round = (n) => Math.round(n * 10) / 10, LABEL_BAND = 16;
function scaleY(value, yMax, top = TOP) {
  let clamped = Math.min(Math.max(value, 0), yMax);
  return round(top + (HEIGHT - top - BOTTOM) * (1 - (yMax === 0 ? 0 : clamped / yMax)));
}
function lineChart(spec) {
  let n = spec.x.length, plot = WIDTH - LEFT - RIGHT, xOf = (i) => round(LEFT + (n <= 1 ? plot / 2 : plot * i / (n - 1))), top = spec.threshold ? TOP + LABEL_BAND : TOP, yOf = (value) => scaleY(value, spec.yMax, top), every = Math.max(1, Math.ceil(n / 8)), axis = join([
    ...spec.ticks.map((tick) => {
      let y = yOf(tick);
      return html`<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y}" y2="${y}"/><text class="tick" x="${LEFT - 6}" y="${y + 4}" text-anchor="end">${spec.format(tick)}</text>`;
    }),
    ...spec.x.map(
      (label, i) => i % every === 0 || i === n - 1 ? html`<text class="tick" x="${xOf(i)}" y="${HEIGHT - BOTTOM + 16}" text-anchor="middle">${label.slice(5)}</text>` : html``
    )
  ]), threshold = spec.threshold ? html`<line class="threshold" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${yOf(spec.threshold.value)}" y2="${yOf(spec.threshold.value)}"/><line class="threshold" x1="${WIDTH - RIGHT - 24}" x2="${WIDTH - RIGHT}" y1="${TOP - 4}" y2="${TOP - 4}"/><text class="threshold-label" x="${WIDTH - RIGHT - 30}" y="${TOP}" text-anchor="end">${spec.threshold.label}</text>` : html``, lines = spec.series.map((series, s) => {
    let color = `s${s % PALETTE_SIZE}`, points = series.values.map((value, i) => value === null ? void 0 : { x: xOf(i), y: yOf(value), value, i }).filter((p) => p !== void 0), path = points.map((p, k) => `${k === 0 ? "M" : "L"}${p.x},${p.y}`).join(" ");
    return html`<g class="series ${color}" data-series="${series.name}">${points.length > 1 ? html`<path class="line" d="${path}"/>` : html``}${points.map(
      (p) => html`<circle class="point" cx="${p.x}" cy="${p.y}" r="3.5"><title>${series.name}, ${spec.x[p.i]}: ${spec.format(p.value)}</title></circle>`
    )}</g>`;
  }), svg = html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="${spec.id}-title">${spec.title}</title><desc id="${spec.id}-desc">${spec.desc}</desc>${axis}${threshold}${lines}</svg>`, table = dataTable(
    ["Day", ...spec.series.map((s) => s.name)],
    spec.x.map((day, i) => [
      day,
      ...spec.series.map((s) => {
        let value = s.values[i];
        return value == null ? "–" : spec.format(value);
      })
    ])
  );
  return figure(spec.id, spec.title, svg, legend(spec.series.map((s) => s.name)), table);
}
function barChart(spec) {
  let plot = WIDTH - 260 - RIGHT - 48, height = TOP + spec.bars.length * 22 + 8, xOf = (value) => round(
    260 + (spec.max === 0 ? 0 : plot * Math.min(Math.max(value, 0), spec.max) / spec.max)
  ), bars = spec.bars.map((bar, i) => {
    let y = TOP + i * 22, below = spec.threshold !== void 0 && bar.value < spec.threshold.value, name = Array.from(bar.name).length > 40 ? `${Array.from(bar.name).slice(0, 39).join("")}…` : bar.name;
    return html`<g class="bar${below ? " below" : ""}"><text class="tick" x="${254}" y="${y + 14}" text-anchor="end">${name}</text><rect x="${260}" y="${y + 3}" width="${round(xOf(bar.value) - 260)}" height="${14}"><title>${bar.name}: ${spec.format(bar.value)}${bar.note ? ` (${bar.note})` : ""}</title></rect><text class="tick" x="${260 + plot + 6}" y="${y + 14}">${spec.format(bar.value)}</text></g>`;
  }), threshold = spec.threshold ? html`<line class="threshold" x1="${xOf(spec.threshold.value)}" x2="${xOf(spec.threshold.value)}" y1="${TOP - 4}" y2="${height - 4}"/><text class="threshold-label" x="${xOf(spec.threshold.value)}" y="${TOP - 2}" text-anchor="middle">${spec.threshold.label}</text>` : html``, svg = html`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="${spec.id}-title">${spec.title}</title><desc id="${spec.id}-desc">${spec.desc}</desc>${bars}${threshold}</svg>`, table = dataTable(
    ["Name", "Value", ""],
    spec.bars.map((bar) => [bar.name, spec.format(bar.value), bar.note ?? ""])
  );
  return figure(spec.id, spec.title, svg, html``, table);
}
function legend(names) {
  return names.length < 2 ? html`` : html`<ul class="legend">${names.map(
    (name, i) => html`<li><span class="swatch s${i % PALETTE_SIZE}"></span>${name}</li>`
  )}</ul>`;
}
function dataTable(header, rows) {
  return html`<details><summary>Data table</summary><table><thead><tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map(
    (row) => html`<tr>${row.map((cell, i) => i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`)}</tr>`
  )}</tbody></table></details>`;
}
function figure(id, title, svg, legendHtml, table) {
  return html`<figure class="chart-figure" id="${id}"><figcaption>${title}</figcaption>${svg}${legendHtml}${table}</figure>`;
}

// core/site/model.ts
var DEFAULT_SUCCESS_THRESHOLD = 0.95, decisionSchema = external_exports.object({
  kind: external_exports.literal("release-decision"),
  decision: external_exports.object({
    action: external_exports.enum(["tag", "refuse"]),
    tag: external_exports.string().nullish(),
    reasons: external_exports.array(external_exports.string()).optional()
  })
}), sweepSchema = external_exports.object({
  kind: external_exports.literal("incidents-sweep"),
  at: external_exports.string(),
  incidents: external_exports.array(
    external_exports.object({
      number: external_exports.number().int(),
      severity: external_exports.string(),
      clocks: external_exports.array(external_exports.object({ state: external_exports.string() }))
    })
  )
}), rollbackSchema = external_exports.object({
  kind: external_exports.literal("rollback-incident"),
  rolledBack: external_exports.object({ tag: external_exports.string(), sha: external_exports.string() }),
  target: external_exports.object({ tag: external_exports.string(), sha: external_exports.string() }),
  freeze: external_exports.object({ issue: external_exports.number().int(), url: external_exports.string() }).nullable(),
  checks: external_exports.union([
    external_exports.object({
      read: external_exports.literal(!0),
      total: external_exports.number().int(),
      notSucceeded: external_exports.array(
        external_exports.object({
          name: external_exports.string(),
          conclusion: external_exports.string().nullable(),
          url: external_exports.string().nullable()
        })
      )
    }),
    external_exports.object({ read: external_exports.literal(!1), reason: external_exports.string() })
  ]),
  reproduce: external_exports.array(external_exports.string())
}), KINDS = [
  {
    key: "readiness",
    what: "readiness report",
    matches: (v) => v.kind === "readiness",
    schema: readinessReportSchema
  },
  {
    key: "smoke",
    what: "smoke report",
    matches: (v) => v.gate === "smoke",
    schema: smokeReportSchema
  },
  {
    key: "parity",
    what: "parity report",
    matches: (v) => v.gate === "parity",
    schema: parityReportSchema
  },
  {
    key: "protection",
    what: "protection report",
    matches: (v) => Array.isArray(v.branches) && typeof v.mode == "string",
    schema: protectionStatusSchema
  },
  {
    key: "incidents",
    what: "incidents sweep",
    matches: (v) => v.kind === "incidents-sweep",
    schema: sweepSchema
  },
  {
    key: "decision",
    what: "release decision",
    matches: (v) => v.kind === "release-decision",
    schema: decisionSchema
  },
  {
    key: "rollback",
    what: "rollback record",
    matches: (v) => v.kind === "rollback-incident",
    schema: rollbackSchema
  }
];
function reportsOf(documents) {
  let reports = { unreadable: [] }, record = reports;
  for (let document of documents) {
    if (document.text !== void 0 && /(^|\/)pilot\.ya?ml$/.test(document.path)) {
      try {
        reports.pilot ??= parsePilotManifest(document.text, document.path);
      } catch (error) {
        reports.unreadable.push(
          `${document.path} is not a valid pilot manifest: ${error.message}`
        );
      }
      continue;
    }
    let value = document.json;
    if (typeof value != "object" || value === null || Array.isArray(value)) continue;
    let kind = KINDS.find((k) => k.matches(value));
    if (!kind) continue;
    let parsed = kind.schema.safeParse(value);
    if (!parsed.success) {
      let issue = parsed.error.issues[0];
      reports.unreadable.push(
        `${document.path} is not a valid ${kind.what}: ${issue?.path.join(".") || "the document"}: ${issue?.message ?? "invalid"}`
      );
      continue;
    }
    record[kind.key] === void 0 && (record[kind.key] = parsed.data);
  }
  return reports;
}
function byTime(a, b) {
  let ta = a.manifest ? Date.parse(a.manifest.createdAt) : Number.POSITIVE_INFINITY, tb = b.manifest ? Date.parse(b.manifest.createdAt) : Number.POSITIVE_INFINITY;
  return ta !== tb ? ta < tb ? -1 : 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
function dayOf(iso) {
  return new Date(Date.parse(iso)).toISOString().slice(0, 10);
}
function pagePath(scope, id) {
  return scope === "release" ? `releases/${id}.html` : scope === "pilot" ? `pilot/${id}.html` : scope === "incident" ? `rollbacks/${id}.html` : `packs/${scope}/${id}.html`;
}
function buildSiteModel(packs) {
  let sorted = [...packs].sort(byTime), entryOf = (pack) => ({
    pack,
    reports: pack.status === "pass" ? reportsOf(pack.documents) : { unreadable: [] },
    page: pagePath(pack.scope, pack.id),
    day: pack.manifest ? dayOf(pack.manifest.createdAt) : void 0
  }), releases = sorted.filter((p) => p.scope === "release").map(entryOf), pilotRuns = sorted.filter((p) => p.scope === "pilot").map(entryOf), rollbacks = sorted.filter((p) => p.scope === "incident").map(entryOf), verified = [...releases, ...pilotRuns].filter((e) => e.pack.status === "pass"), current;
  for (let entry of verified) {
    let readiness = entry.reports.readiness;
    readiness && (!current || Date.parse(readiness.evaluated_at) >= Date.parse(current.readiness.evaluated_at)) && (current = { readiness, entry });
  }
  return {
    packs: sorted,
    releases,
    pilotRuns,
    rollbacks,
    failed: sorted.filter((p) => p.status === "fail"),
    current,
    trends: trendsOf(pilotRuns.filter((e) => e.pack.status === "pass"))
  };
}
var ratio = (passed, executed) => executed === 0 ? null : Math.round(passed / executed * 1e4) / 1e4;
function bump(table, name, day, n) {
  let row = table.get(name) ?? /* @__PURE__ */ new Map();
  row.set(day, (row.get(day) ?? 0) + n), table.set(name, row);
}
function seriesOf(table, days) {
  return [...table.keys()].sort().map((name) => ({
    name,
    values: days.map((day) => table.get(name)?.get(day) ?? null)
  }));
}
function trendsOf(runs) {
  let days = [...new Set(runs.map((r) => r.day).filter((d) => d !== void 0))], threshold = DEFAULT_SUCCESS_THRESHOLD, perDay = /* @__PURE__ */ new Map(), scenarios = /* @__PURE__ */ new Map(), suitePassed = /* @__PURE__ */ new Map(), suiteExecuted = /* @__PURE__ */ new Map(), opened = /* @__PURE__ */ new Map(), closed = /* @__PURE__ */ new Map(), breaches = /* @__PURE__ */ new Map(), tiers = /* @__PURE__ */ new Map(), open = /* @__PURE__ */ new Map();
  for (let run of runs) {
    let day = run.day, { readiness, smoke, incidents, protection } = run.reports, given = readiness?.criteria.find((c) => c.id === "success-rate")?.evidence.values.threshold;
    if (typeof given == "number" && given > 0 && given <= 1 && (threshold = given), smoke) {
      let total = perDay.get(day) ?? { passed: 0, executed: 0 };
      total.passed += smoke.counts.passed, total.executed += smoke.counts.executed, perDay.set(day, total);
      for (let scenario of smoke.scenarios) {
        if (scenario.result === "skipped") continue;
        let passed = scenario.result === "passed" ? 1 : 0, name = `${scenario.suite} › ${scenario.name}`, one = scenarios.get(name) ?? { passed: 0, executed: 0 };
        one.passed += passed, one.executed += 1, scenarios.set(name, one), bump(suitePassed, scenario.suite, day, passed), bump(suiteExecuted, scenario.suite, day, 1);
      }
    }
    if (incidents) {
      let now = new Map(incidents.incidents.map((i) => [i.number, i.severity]));
      for (let [number, severity] of now) open.has(number) || bump(opened, severity, day, 1);
      for (let [number, severity] of open) now.has(number) || bump(closed, severity, day, 1);
      open = now;
      let breached = incidents.incidents.filter(
        (i) => i.clocks.some((c) => c.state === "breached")
      ).length;
      breaches.set(day, Math.max(breaches.get(day) ?? 0, breached));
    }
    if (protection)
      for (let branch of protection.branches) {
        let row = tiers.get(branch.branch) ?? /* @__PURE__ */ new Map();
        row.set(day, branch.scorecard.tier), tiers.set(branch.branch, row);
      }
  }
  let severities = [.../* @__PURE__ */ new Set([...opened.keys(), ...closed.keys()])];
  for (let severity of severities)
    opened.set(severity, opened.get(severity) ?? /* @__PURE__ */ new Map()), closed.set(severity, closed.get(severity) ?? /* @__PURE__ */ new Map());
  let zeroFill = (series) => series.map((s) => ({
    name: s.name,
    values: s.values.map((v, i) => v === null && hasSweep(runs, days[i]) ? 0 : v)
  }));
  return {
    days,
    threshold,
    successRate: {
      name: "success rate",
      values: days.map((day) => {
        let total = perDay.get(day);
        return total ? ratio(total.passed, total.executed) : null;
      })
    },
    scenarios: [...scenarios.entries()].map(([name, { passed, executed }]) => ({
      name,
      passed,
      executed,
      rate: ratio(passed, executed) ?? 0
    })).sort((a, b) => a.rate - b.rate || (a.name < b.name ? -1 : 1)),
    suites: [...suiteExecuted.keys()].sort().map((suite) => ({
      name: suite,
      values: days.map((day) => {
        let executed = suiteExecuted.get(suite)?.get(day);
        return executed ? ratio(suitePassed.get(suite)?.get(day) ?? 0, executed) : null;
      })
    })),
    incidentsOpened: zeroFill(seriesOf(opened, days)),
    incidentsClosed: zeroFill(seriesOf(closed, days)),
    slaBreaches: { name: "SLA breaches", values: days.map((day) => breaches.get(day) ?? null) },
    protectionTiers: seriesOf(tiers, days)
  };
}
function hasSweep(runs, day) {
  return runs.some((r) => r.day === day && r.reports.incidents !== void 0);
}

// core/site/render.ts
var STYLESHEET = "site.css", CSS = `:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;--go:#1a7f37;--nogo:#cf222e;--warn:#9a6700;--c0:#0969da;--c1:#bf3989;--c2:#1a7f37;--c3:#9a6700;--c4:#8250df;--c5:#cf222e;--c6:#0a7b83;--c7:#6e7781}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--panel:#151b23;--go:#3fb950;--nogo:#f85149;--warn:#d29922;--c0:#4493f8;--c1:#db61a2;--c2:#3fb950;--c3:#d29922;--c4:#ab7df8;--c5:#f85149;--c6:#39c5cf;--c7:#9198a1}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
header.top{border-bottom:1px solid var(--line);background:var(--panel)}header.top nav,main{max-width:980px;margin:0 auto;padding:12px 20px}
nav a{margin-right:16px;color:var(--fg);font-weight:600;text-decoration:none}nav a:hover{text-decoration:underline}
a{color:var(--c0)}h1{font-size:1.6em;margin:.4em 0}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid var(--line);padding-bottom:.2em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}thead th{background:var(--panel)}
code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace;overflow-wrap:anywhere}.muted{color:var(--muted)}
.verdict{display:inline-block;padding:2px 10px;border-radius:6px;font-weight:700;color:#fff}.verdict.GO{background:var(--go)}.verdict.NO-GO{background:var(--nogo)}
.banner{border:2px solid var(--line);border-radius:8px;padding:12px 16px;margin:12px 0;background:var(--panel)}.banner.GO{border-color:var(--go)}.banner.NO-GO{border-color:var(--nogo)}
.status-pass,.verified{color:var(--go);font-weight:600}.status-fail,.failed{color:var(--nogo);font-weight:600}.status-waived,.status-not_checked,.status-not_evaluated,.warning{color:var(--warn);font-weight:600}
.failed-pack{border:2px solid var(--nogo);border-radius:8px;padding:8px 16px;margin:12px 0}
figure{margin:16px 0}figcaption{font-weight:600}svg.chart{width:100%;height:auto;max-width:720px;display:block}
svg .grid{stroke:var(--line);stroke-width:1}svg .tick,svg .threshold-label{fill:var(--muted);font-size:11px}svg .threshold{stroke:var(--nogo);stroke-dasharray:6 4;stroke-width:1.5}svg .threshold-label{fill:var(--nogo)}
svg .line{fill:none;stroke-width:2}svg .series .line{stroke:currentColor}svg .point{fill:currentColor;stroke:var(--bg);stroke-width:1}
svg .bar rect{fill:var(--c0)}svg .bar.below rect{fill:var(--nogo)}
.s0{color:var(--c0)}.s1{color:var(--c1)}.s2{color:var(--c2)}.s3{color:var(--c3)}.s4{color:var(--c4)}.s5{color:var(--c5)}.s6{color:var(--c6)}.s7{color:var(--c7)}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:13px}.swatch{display:inline-block;width:10px;height:10px;border-radius:50%;background:currentColor;margin-right:6px}
details{margin:4px 0 12px}summary{cursor:pointer;color:var(--muted)}
`, percent = (rate) => `${Math.round(rate * 1e3) / 10} %`;
function renderSite(model) {
  let files = [
    { path: STYLESHEET, text: CSS },
    { path: "index.html", text: page("Readiness", "", overview(model, "")) },
    { path: "trends.html", text: page("Trends", "", trends(model)) },
    { path: "summary.html", text: page("Pilot summary", "", summary(model)) }
  ];
  for (let entry of [...model.releases, ...model.pilotRuns, ...model.rollbacks])
    files.push({ path: entry.page, text: page(titleOf(entry), "../", packPage(entry, "../")) });
  return files;
}
function titleOf(entry) {
  return `${{ release: "Release", pilot: "Pilot run", incident: "Rollback" }[entry.pack.scope] ?? "Pack"} ${entry.pack.id}`;
}
function outLink(url, text) {
  return url && /^https:\/\//i.test(url) ? html`<a href="${url}">${text}</a>` : html`${text}`;
}
function rollbackList(model, root) {
  return model.rollbacks.length === 0 ? html`` : html`<h2>Rollbacks</h2><table class="rollbacks"><thead><tr><th scope="col">Rollback</th><th scope="col">Rolled back</th><th scope="col">To</th><th scope="col">Freeze issue</th><th scope="col">Checks that did not succeed</th><th scope="col">Pack</th></tr></thead><tbody>${[
    ...model.rollbacks
  ].reverse().map((entry) => {
    let r = entry.reports.rollback, cells = r ? html`<td>${r.rolledBack.tag} <code>${r.rolledBack.sha.slice(0, 12)}</code></td><td>${r.target.tag} <code>${r.target.sha.slice(0, 12)}</code></td><td>${r.freeze ? outLink(r.freeze.url, `#${r.freeze.issue}`) : "none"}</td><td>${r.checks.read ? `${r.checks.notSucceeded.length} of ${r.checks.total}` : html`<span class="warning">not read</span>`}</td>` : html`<td colspan="4" class="muted">${entry.pack.status === "fail" ? "not shown" : "no rollback record"}</td>`;
    return html`<tr data-rollback="${entry.pack.id}"><th scope="row"><a href="${root}${href(entry.page)}">${entry.pack.id}</a></th>${cells}<td>${verification(entry.pack)}</td></tr>`;
  })}</tbody></table>`;
}
function page(title, root, body) {
  return `<!doctype html>
${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>${title} · pilot-gate</title><link rel="stylesheet" href="${root}${STYLESHEET}"></head><body><header class="top"><nav><a href="${root}index.html">Readiness</a><a href="${root}trends.html">Trends</a><a href="${root}summary.html">Pilot summary</a></nav></header><main><h1>${title}</h1>${body}</main></body></html>`.value}
`;
}
function verdictBadge(verdict) {
  return html`<span class="verdict ${verdict}">${verdict}</span>`;
}
function verification(pack) {
  if (pack.status === "fail") return html`<span class="failed">fails verification</span>`;
  let signature = pack.signed ? pack.verifiedKeyids.length > 0 ? "signature checked" : "signed, signature not checked (no --key)" : "unsigned";
  return html`<span class="verified">verifies</span> <span class="muted">(${signature})</span>`;
}
function criteriaTable(criteria) {
  return html`<table class="criteria"><thead><tr><th scope="col">Criterion</th><th scope="col">Level</th><th scope="col">Status</th><th scope="col">Measured</th></tr></thead><tbody>${criteria.map(
    (c) => html`<tr><th scope="row">${c.title} <code class="muted">${c.id}</code></th><td>${c.level}</td><td class="status-${c.status}">${c.status}</td><td>${c.summary}${c.fix ? html`<br><span class="muted">Fix: ${c.fix}</span>` : ""}${c.waiver ? html`<br><span class="warning">Waived by ${c.waiver.by} until ${c.waiver.until}: ${c.waiver.reason}</span>` : ""}</td></tr>`
  )}</tbody></table>`;
}
function failedList(packs, root) {
  return packs.length === 0 ? html`` : html`<section class="failed-packs"><h2>Packs that fail verification</h2><p>These packs are shown as failed and feed no verdict, figure or trend. Run <code>pilot-gate evidence verify &lt;folder&gt;</code> on each and restore it from git.</p>${packs.map(
    (pack) => html`<div class="failed-pack" data-pack="${pack.path}"><p><strong>${pack.path}</strong>: <span class="failed">fails verification</span>${pack.scope === "release" || pack.scope === "pilot" || pack.scope === "incident" ? html` (<a href="${root}${href(pagePath(pack.scope, pack.id))}">page</a>)` : ""}</p><ul>${pack.findings.filter((f) => f.severity === "error").map((f) => html`<li><code>${f.kind}</code> ${f.pack}: ${f.message}</li>`)}</ul></div>`
  )}</section>`;
}
function overview(model, root) {
  let current = model.current, banner = current ? html`<section class="banner ${current.readiness.verdict}" id="current-verdict"><p>Current readiness: ${verdictBadge(current.readiness.verdict)} on <code>${current.readiness.sha}</code>, judged ${current.readiness.evaluated_at}, from <a href="${root}${href(current.entry.page)}">${current.entry.pack.path}</a>.</p>${current.readiness.blockers.length > 0 ? html`<p>Blocked by: ${current.readiness.blockers.map((b, i) => html`${i > 0 ? ", " : ""}<code>${b}</code>`)}</p>` : html``}</section>${criteriaTable(current.readiness.criteria)}` : html`<section class="banner" id="current-verdict"><p>No verified pack holds a readiness report yet: there is no current verdict.</p></section>`, releases = model.releases.length === 0 ? html`<p class="muted">No release pack on the evidence branch yet.</p>` : html`<table class="releases"><thead><tr><th scope="col">Release</th><th scope="col">Decision</th><th scope="col">Commit</th><th scope="col">Evidence digest</th><th scope="col">Pack</th></tr></thead><tbody>${[
    ...model.releases
  ].reverse().map((entry) => {
    let verdict = entry.reports.readiness?.verdict;
    return html`<tr data-release="${entry.pack.id}"><th scope="row"><a href="${root}${href(entry.page)}">${entry.pack.id}</a></th><td>${entry.pack.status === "fail" ? html`<span class="failed">not shown</span>` : verdict ? verdictBadge(verdict) : html`<span class="muted">no readiness report</span>`}</td><td><code>${entry.pack.manifest?.commit.slice(0, 12) ?? "?"}</code></td><td><code>${entry.pack.manifestDigest ?? "unreadable"}</code></td><td>${verification(entry.pack)}</td></tr>`;
  })}</tbody></table>`;
  return html`${banner}<h2>Releases</h2>${releases}${rollbackList(model, root)}${failedList(model.failed, root)}<h2>Pilot runs</h2>${runList(model, root)}`;
}
function runList(model, root) {
  if (model.pilotRuns.length === 0) return html`<p class="muted">No pilot-run pack yet.</p>`;
  let recent = [...model.pilotRuns].reverse().slice(0, 30);
  return html`<p>${model.pilotRuns.length} pilot run${model.pilotRuns.length === 1 ? "" : "s"}; the latest ${recent.length}:</p><table class="runs"><thead><tr><th scope="col">Run</th><th scope="col">Day</th><th scope="col">Verdict</th><th scope="col">Smoke</th><th scope="col">Pack</th></tr></thead><tbody>${recent.map(
    (entry) => html`<tr><th scope="row"><a href="${root}${href(entry.page)}">${entry.pack.id}</a></th><td>${entry.day ?? "?"}</td><td>${entry.reports.readiness ? verdictBadge(entry.reports.readiness.verdict) : "–"}</td><td>${entry.reports.smoke ? `${entry.reports.smoke.counts.passed}/${entry.reports.smoke.counts.executed} passed` : "–"}</td><td>${verification(entry.pack)}</td></tr>`
  )}</tbody></table>`;
}
function trends(model) {
  let t = model.trends;
  if (t.days.length === 0)
    return html`<p>No verified pilot run yet: the trends start with the first pilot-run pack that verifies.</p>`;
  let rateTicks = [0, 0.25, 0.5, 0.75, 1], countMax = (series) => Math.max(1, ...series.flatMap((s) => s.values.filter((v) => v !== null))), countTicks = (max) => {
    let step = Math.max(1, Math.ceil(max / 4));
    return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
  }, incidents = [
    ...t.incidentsOpened.map((s) => ({ name: `${s.name} opened`, values: s.values })),
    ...t.incidentsClosed.map((s) => ({ name: `${s.name} closed`, values: s.values }))
  ], days = `${t.days[0]} to ${t.days[t.days.length - 1]}`, line = `${percent(t.threshold)} line`, rateChart = (id, title, desc, series) => lineChart({
    id,
    title,
    desc,
    x: t.days,
    series,
    yMax: 1,
    ticks: rateTicks,
    format: percent,
    threshold: { value: t.threshold, label: line }
  }), parts = [
    rateChart(
      "success-rate",
      "Scenario success rate per day",
      `Smoke scenarios passed over executed, per day, ${days}, against the ${line}; ${t.successRate.values.filter((v) => v !== null && v < t.threshold).length} of ${t.days.length} days below it.`,
      [t.successRate]
    )
  ];
  t.scenarios.length > 0 && parts.push(
    barChart({
      id: "scenarios",
      title: "Success rate per scenario",
      desc: `Each scenario's passed over executed runs across the pilot, lowest first, against the ${line}.`,
      bars: t.scenarios.slice(0, 40).map((s) => ({
        name: s.name,
        value: s.rate,
        note: `${s.passed}/${s.executed}`
      })),
      max: 1,
      format: percent,
      threshold: { value: t.threshold, label: line }
    })
  ), t.suites.length > 0 && parts.push(
    rateChart(
      "suites",
      "Smoke pass rate per suite",
      `Per smoke suite, scenarios passed over executed per day, ${days}.`,
      t.suites
    )
  );
  let sections = [];
  if (incidents.length > 0) {
    let max = countMax(incidents);
    sections.push([
      "incidents",
      lineChart({
        id: "incidents",
        title: "Incidents opened and closed per day, by severity",
        desc: "Incidents first seen open in a pilot run's incidents sweep, and those gone from the next sweep (closed), per day and severity.",
        x: t.days,
        series: incidents,
        yMax: max,
        ticks: countTicks(max),
        format: (n) => String(n)
      })
    ]);
  }
  if (t.slaBreaches.values.some((v) => v !== null)) {
    let max = countMax([t.slaBreaches]);
    sections.push([
      "sla",
      lineChart({
        id: "sla-breaches",
        title: "Incidents with a breached SLA clock",
        desc: "Per day, the most open incidents with a breached acknowledge, contain or recover clock in one sweep.",
        x: t.days,
        series: [t.slaBreaches],
        yMax: max,
        ticks: countTicks(max),
        format: (n) => String(n)
      })
    ]);
  }
  t.protectionTiers.length > 0 && sections.push([
    "protection",
    lineChart({
      id: "protection-tiers",
      title: "Branch protection Scorecard tier per branch",
      desc: "The OpenSSF Scorecard Branch-Protection tier (0 to 5) each branch's protection reached, per day.",
      x: t.days,
      series: t.protectionTiers,
      yMax: 5,
      ticks: [0, 1, 2, 3, 4, 5],
      format: (n) => `tier ${n}`
    })
  ]);
  let missing = ["incidents", "sla", "protection"].filter(
    (name) => !sections.some(([have]) => have === name)
  );
  return html`<p>From ${model.pilotRuns.filter((r) => r.pack.status === "pass").length} verified pilot runs, ${days}. Packs that fail verification are left out.</p>${parts}${sections.map(([, chart]) => chart)}${missing.length > 0 ? html`<p class="muted">No chart for ${missing.join(", ")}: no verified pilot run packed that report (an incidents sweep, a protection report).</p>` : html``}`;
}
function summary(model) {
  let runs = model.pilotRuns.filter((r) => r.pack.status === "pass"), t = model.trends, pilot = [...runs].reverse().find((r) => r.reports.pilot)?.reports.pilot, named = [...runs].reverse().find((r) => r.reports.readiness?.pilot)?.reports.readiness?.pilot, measured = t.successRate.values.filter((v) => v !== null), below = measured.filter((v) => v < t.threshold).length, opened = t.incidentsOpened.reduce(
    (sum, s) => sum + s.values.reduce((a, v) => a + (v ?? 0), 0),
    0
  ), closed = t.incidentsClosed.reduce(
    (sum, s) => sum + s.values.reduce((a, v) => a + (v ?? 0), 0),
    0
  ), breachDays = t.slaBreaches.values.filter((v) => v !== null && v > 0).length, releases = model.releases.filter((r) => r.pack.status === "pass"), go = releases.filter((r) => r.reports.readiness?.verdict === "GO").length, noGo = releases.filter((r) => r.reports.readiness?.verdict === "NO-GO").length, lastTiers = t.protectionTiers.map((s) => {
    let last = [...s.values].reverse().find((v) => v !== null);
    return html`<li><code>${s.name}</code>: tier ${last ?? "?"}</li>`;
  });
  return html`<section id="pilot-summary"><p>Generated from the evidence branch: ${runs.length} verified pilot run${runs.length === 1 ? "" : "s"} over ${t.days.length} day${t.days.length === 1 ? "" : "s"}${t.days.length > 0 ? ` (${t.days[0]} to ${t.days[t.days.length - 1]})` : ""}, ${model.releases.length} release pack${model.releases.length === 1 ? "" : "s"}, ${model.failed.length} pack${model.failed.length === 1 ? "" : "s"} failing verification (left out).</p>
<h2>Pilot</h2>${pilot || named ? html`<p>${pilot?.name ?? named?.name}: window from ${pilot?.window.start ?? named?.window_start}, ${pilot?.window.hours ?? named?.window_hours} hours.</p>${pilot ? html`<table><thead><tr><th scope="col">Client</th><th scope="col">Status</th><th scope="col">Technical contact</th><th scope="col">Business contact</th></tr></thead><tbody>${pilot.clients.map(
    (c) => html`<tr><th scope="row">${c.name}</th><td>${c.status}</td><td>${c.technical_contact ?? "missing"}</td><td>${c.business_contact ?? "missing"}</td></tr>`
  )}</tbody></table>` : html``}` : html`<p class="muted">No verified pack names the pilot (a readiness report or pilot.yml).</p>`}
<h2>Outcome</h2><ul>
<li>Current readiness: ${model.current ? html`${verdictBadge(model.current.readiness.verdict)}${model.current.readiness.blockers.length > 0 ? ` (blocked by ${model.current.readiness.blockers.join(", ")})` : ""}` : "none yet"}</li>
<li>Scenario success rate: ${measured.length > 0 ? `${percent(Math.min(...measured))} lowest, ${percent(measured[measured.length - 1])} latest; ${below} of ${measured.length} day${measured.length === 1 ? "" : "s"} below the ${percent(t.threshold)} line` : "not measured"}</li>
<li>Incidents: ${opened} seen opened, ${closed} seen closed; ${breachDays} day${breachDays === 1 ? "" : "s"} with an SLA breach</li>
<li>Releases: ${go} GO, ${noGo} NO-GO among verified packs</li>
</ul>${lastTiers.length > 0 ? html`<h2>Protection</h2><ul>${lastTiers}</ul>` : html``}</section>`;
}
function packPage(entry, root) {
  let { pack, reports } = entry, m = pack.manifest, head = html`<table class="pack"><tbody><tr><th scope="row">Pack</th><td><code>${pack.path}</code></td></tr><tr><th scope="row">Verification</th><td>${verification(pack)}</td></tr><tr><th scope="row">Commit</th><td><code>${m?.commit ?? "unreadable"}</code></td></tr><tr><th scope="row">Made</th><td>${m?.createdAt ?? "unreadable"}</td></tr><tr><th scope="row">Evidence digest</th><td><code>${pack.manifestDigest ?? "unreadable"}</code></td></tr></tbody></table>`;
  if (pack.status === "fail")
    return html`${head}<section class="failed-pack" data-pack="${pack.path}"><h2>Fails verification</h2><p>Nothing from this pack is shown or used: its files are not the ones that were packed, or its chain is broken. Run <code>pilot-gate evidence verify ${pack.path}</code> and restore the pack from git.</p><ul>${pack.findings.filter((f) => f.severity === "error").map((f) => html`<li><code>${f.kind}</code> ${f.pack}: ${f.message}</li>`)}</ul></section>`;
  let r = reports.readiness, warnings = pack.findings.filter((f) => f.severity === "warning"), parts = [head];
  if (warnings.length > 0 && parts.push(
    html`<ul class="warnings">${warnings.map((f) => html`<li class="warning">${f.message}</li>`)}</ul>`
  ), reports.decision) {
    let d = reports.decision.decision;
    parts.push(
      html`<h2>Release decision</h2><p>${d.action === "tag" ? "Tagged" : "Refused"} ${d.tag ?? ""}</p>${d.reasons && d.reasons.length > 0 ? html`<ul>${d.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>` : html``}`
    );
  }
  if (reports.rollback) {
    let rb = reports.rollback;
    parts.push(
      html`<h2>Rollback</h2><table class="pack"><tbody><tr><th scope="row">Rolled back</th><td>${rb.rolledBack.tag} <code>${rb.rolledBack.sha}</code></td></tr><tr><th scope="row">To</th><td>${rb.target.tag} <code>${rb.target.sha}</code>, the last release whose evidence said GO</td></tr><tr><th scope="row">Freeze issue</th><td>${rb.freeze ? outLink(rb.freeze.url, `#${rb.freeze.issue}`) : "none opened"}</td></tr></tbody></table><h3>Checks on the rolled-back commit that did not succeed</h3>${rb.checks.read ? rb.checks.notSucceeded.length === 0 ? html`<p>None of ${rb.checks.total}.</p>` : html`<ul>${rb.checks.notSucceeded.map((c) => html`<li>${outLink(c.url, c.name)}: ${c.conclusion ?? "not finished"}</li>`)}</ul>` : html`<p class="warning">Not read: ${rb.checks.reason}</p>`}<h3>To reproduce</h3><pre><code>${rb.reproduce.join(`
`)}</code></pre>`
    );
  }
  if (r) {
    parts.push(
      html`<h2>Readiness</h2><p class="banner ${r.verdict}">${verdictBadge(r.verdict)} on <code>${r.sha}</code>, judged ${r.evaluated_at}${r.pilot ? `; pilot ${r.pilot.name}, window from ${r.pilot.window_start} for ${r.pilot.window_hours} h` : ""}.</p>${r.blockers.length > 0 ? html`<p>Blockers: ${r.blockers.map((b, i) => html`${i > 0 ? ", " : ""}<code>${b}</code>`)}</p>` : html``}${criteriaTable(r.criteria)}${r.notes.length > 0 ? html`<ul>${r.notes.map((n) => html`<li>${n}</li>`)}</ul>` : html``}`
    );
    let waived = r.criteria.filter((c) => c.waiver);
    parts.push(
      html`<h2>Waivers</h2>${waived.length > 0 ? html`<ul>${waived.map((c) => html`<li><code>${c.id}</code>: by ${c.waiver?.by}, until ${c.waiver?.until}: ${c.waiver?.reason}</li>`)}</ul>` : html`<p class="muted">None.</p>`}`
    );
  }
  if (reports.pilot) {
    let p = reports.pilot;
    parts.push(
      html`<h2>Pilot</h2><p>${p.name}: window from ${p.window.start}, ${p.window.hours} hours.</p><table><thead><tr><th scope="col">Client</th><th scope="col">Status</th><th scope="col">Sign-off (technical / business)</th></tr></thead><tbody>${p.clients.map(
        (c) => html`<tr><th scope="row">${c.name}</th><td>${c.status}</td><td>${c.technical_contact ?? "missing"} / ${c.business_contact ?? "missing"}</td></tr>`
      )}</tbody></table>`
    );
  }
  if (reports.smoke) {
    let s = reports.smoke;
    parts.push(
      html`<h2>Scenarios</h2><p>Smoke <span class="status-${s.status}">${s.status}</span>: ${s.counts.passed} of ${s.counts.executed} executed passed, ${s.counts.flaky} flaky, ${s.counts.skipped} skipped.</p><table class="scenarios"><thead><tr><th scope="col">Scenario</th><th scope="col">Suite</th><th scope="col">Result</th></tr></thead><tbody>${s.scenarios.slice(0, 500).map(
        (sc) => html`<tr><th scope="row">${sc.name}</th><td>${sc.suite}</td><td class="status-${sc.result === "passed" ? "pass" : sc.result === "skipped" || sc.result === "flaky" ? "waived" : "fail"}">${sc.result}${sc.error ? html`<br><span class="muted">${sc.error}</span>` : ""}</td></tr>`
      )}</tbody></table>${s.scenarios.length > 500 ? html`<p class="muted">${s.scenarios.length - 500} more in the pack's report.</p>` : html``}`
    );
  }
  return reports.parity && parts.push(
    html`<h2>Parity</h2><p>Status <span class="status-${reports.parity.status === "pass" ? "pass" : "fail"}">${reports.parity.status}</span>.</p>`
  ), reports.unreadable.length > 0 && parts.push(
    html`<h2>Reports not used</h2><ul>${reports.unreadable.map((u) => html`<li class="warning">${u}</li>`)}</ul>`
  ), parts.push(html`<p><a href="${root}index.html">Back to the overview</a></p>`), html`${parts}`;
}

// engine/site/build.ts
var SITE_MARKER = ".pilot-gate-site";
async function buildSite(request) {
  let from = resolve(request.cwd, request.from), out = resolve(request.cwd, request.out), root = join2(from, "evidence"), shownRoot = displayPath(request.cwd, root);
  if (await kindOf(root) !== "dir")
    throw new UsageError(
      `${shownRoot} is not a folder, so there are no evidence packs to build the site from. Pass --from a checkout of the evidence branch, e.g. git worktree add evidence-checkout pilot-evidence.`
    );
  await checkOut(request.cwd, out);
  let dirs = [];
  for (let scope of EVIDENCE_SCOPES) {
    let scopeDir = join2(root, scope);
    if (await kindOf(scopeDir) === "dir")
      for (let entry of await readdir(scopeDir, { withFileTypes: !0 }))
        entry.name.startsWith(".") || !entry.isDirectory() || dirs.push({ scope, id: entry.name, dir: join2(scopeDir, entry.name) });
  }
  if (dirs.length > SITE_MAX_PACKS)
    throw new UsageError(
      `${shownRoot} holds ${dirs.length} packs, over the site's limit of ${SITE_MAX_PACKS}; nothing was built. Build from a checkout that holds one pilot's evidence.`
    );
  dirs.sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0);
  let label = (dir) => relativeTo(from, dir), cache = /* @__PURE__ */ new Map(), packs = [];
  for (let { scope, id, dir } of dirs) {
    let result = await verifyPackChain(dir, request.verify, label, cache);
    packs.push({
      scope,
      id,
      path: label(dir),
      status: result.status,
      findings: result.findings,
      manifest: result.manifest,
      manifestDigest: result.manifestDigest,
      signed: result.signed,
      verifiedKeyids: result.verifiedKeyids,
      // A failed pack's files are not opened: nothing in it may feed a figure.
      documents: result.status === "pass" ? await documentsOf(dir, result) : []
    });
  }
  let model = buildSiteModel(packs), files = renderSite(model);
  return await writeSite(out, files), {
    version: 1,
    kind: "site-build",
    out: displayPath(request.cwd, out),
    pages: files.filter((f) => f.path.endsWith(".html")).length,
    packs: packs.length,
    verified: packs.filter((p) => p.status === "pass").length,
    failed: model.failed.map((p) => ({
      pack: p.path,
      reasons: p.findings.filter((f) => f.severity === "error").map((f) => f.message)
    })),
    verdict: model.current?.readiness.verdict ?? null,
    verdictFrom: model.current?.entry.pack.path ?? null
  };
}
function relativeTo(from, dir) {
  let prefix = from.endsWith("/") ? from : `${from}/`;
  return (dir.startsWith(prefix) ? dir.slice(prefix.length) : dir).split("\\").join("/");
}
async function documentsOf(dir, result) {
  let wanted = (result.manifest?.files ?? []).map((file) => file.path).filter((path) => path.endsWith(".json") || /(^|\/)pilot\.ya?ml$/.test(path)).slice(0, SITE_MAX_DOCUMENTS_PER_PACK), documents = [];
  for (let path of wanted) {
    let { text } = await readLimitedFile(join2(dir, path), path, REPORT_LIMIT);
    if (!path.endsWith(".json")) {
      documents.push({ path, text });
      continue;
    }
    try {
      documents.push({ path, json: JSON.parse(text) });
    } catch {
    }
  }
  return documents;
}
async function checkOut(cwd, out) {
  let kind = await kindOf(out);
  if (kind === "none") return;
  let shown = displayPath(cwd, out);
  if (kind === "other")
    throw new UsageError(
      `--out ${shown} is a file; pass a new or empty folder. Nothing was built.`
    );
  let entries = await readdir(out);
  if (entries.length > 0 && !entries.includes(SITE_MARKER))
    throw new UsageError(
      `--out ${shown} is not empty and holds no site built by pilot-gate (no ${SITE_MARKER}), so it is not replaced; pass a new or empty folder. Nothing was built.`
    );
}
async function writeSite(out, files) {
  await mkdir(dirname(out), { recursive: !0 });
  let temp = await mkdtemp(join2(dirname(out), `.${basename(out)}-`)), previous = `${temp}-previous`, moved = !1;
  try {
    for (let file of files)
      await mkdir(dirname(join2(temp, file.path)), { recursive: !0 }), await writeFile(join2(temp, file.path), file.text);
    await writeFile(
      join2(temp, SITE_MARKER),
      `built by pilot-gate site build; replaced on rebuild
`
    ), await kindOf(out) === "dir" && (await rename(out, previous), moved = !0), await rename(temp, out);
  } catch (error) {
    throw moved && await rename(previous, out).catch(() => {
    }), await rm(temp, { recursive: !0, force: !0 }), new UsageError(
      `cannot write the site to ${out}: ${errorCode(error) ?? error.message}; the previous site, if any, was left in place`
    );
  }
  moved && await rm(previous, { recursive: !0, force: !0 });
}

// cli/commands/site.ts
var BUILD_OPTIONS = {
  from: { type: "string" },
  out: { type: "string" },
  key: { type: "string", multiple: !0 },
  config: { type: "string" },
  "require-signature": { type: "boolean", default: !1 },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runSite(args, io) {
  let [sub, ...rest] = args;
  if (sub === void 0 || sub === "--help" || sub === "-h" || sub === "help")
    return (sub === void 0 ? io.stderr : io.stdout).write(HELP.site), sub === void 0 ? 2 : 0;
  if (sub !== "build")
    throw new ArgumentError(
      `unknown site command "${sub}"`,
      "the only one is: pilot-gate site build"
    );
  let { values } = parseOrExplain(
    Object.keys(BUILD_OPTIONS),
    () => parseArgs({ args: rest, options: BUILD_OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.site), 0;
  for (let name of ["from", "out"])
    if (!values[name])
      throw new ArgumentError(
        `--${name} is required`,
        "e.g. pilot-gate site build --from evidence-checkout --out site"
      );
  let trusted = values.config === void 0 ? [] : (await loadConfig(io.cwd, values.config)).config.readiness.evidence_keys, keys = [];
  for (let [file, what] of [
    ...(values.key ?? []).map((file2) => [file2, `--key ${file2}`]),
    ...trusted.map(
      (file2) => [file2, `readiness.evidence_keys ${file2} in ${values.config}`]
    )
  ])
    keys.push(publicKeyFromPem(await readTextFile(io.cwd, file, ` (${what})`), what));
  let summary2 = await buildSite({
    cwd: io.cwd,
    from: values.from,
    out: values.out,
    verify: { keys, requireSignature: values["require-signature"] }
  }), c = palette(useColor(io.stderr, io.env));
  for (let failed of summary2.failed)
    io.stderr.write(
      safeText(`${c.red("failed verification")} ${failed.pack}: ${failed.reasons.join("; ")}
`)
    );
  if (values.json)
    io.stdout.write(`${JSON.stringify(summary2, null, 2)}
`);
  else {
    let out = palette(useColor(io.stdout, io.env));
    io.stdout.write(
      safeText(
        [
          `${out.green("Built")} ${summary2.out}: ${summary2.pages} pages from ${summary2.packs} packs (${summary2.verified} verified, ${summary2.failed.length} failed)`,
          `  readiness ${summary2.verdict ? `${summary2.verdict} (from ${summary2.verdictFrom})` : "no verified readiness report yet"}`,
          `  open ${summary2.out}/index.html`,
          ""
        ].join(`
`)
      )
    );
  }
  return 0;
}
export {
  runSite
};
