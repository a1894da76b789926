/**
 * The readiness site's pages, rendered from the model: an overview (the
 * current verdict and criteria, the last decision per release), the trends,
 * the pilot summary, and a page per pack. Static HTML and one stylesheet,
 * no script and nothing fetched from elsewhere, so it reads offline, from
 * file:// and on GitHub Pages alike.
 */
import type { CriterionResult, ReadinessReport } from "../gates/readiness/report.js";
import { barChart, lineChart } from "./charts.js";
import { type Html, type HtmlValue, href, html } from "./html.js";
import { pagePath, type SiteEntry, type SiteModel, type SitePack, type Trends } from "./model.js";

/** One file of the site: its path under the output folder and its text. */
export interface SiteFile {
  path: string;
  text: string;
}

export const STYLESHEET = "site.css";

const CSS = `:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;--go:#1a7f37;--nogo:#cf222e;--warn:#9a6700;--c0:#0969da;--c1:#bf3989;--c2:#1a7f37;--c3:#9a6700;--c4:#8250df;--c5:#cf222e;--c6:#0a7b83;--c7:#6e7781}
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
`;

const percent = (rate: number) => `${Math.round(rate * 1000) / 10} %`;

/** The site's files: every page and the stylesheet, in a stable order. */
export function renderSite(model: SiteModel): SiteFile[] {
  const files: SiteFile[] = [
    { path: STYLESHEET, text: CSS },
    { path: "index.html", text: page("Readiness", "", overview(model, "")) },
    { path: "trends.html", text: page("Trends", "", trends(model)) },
    { path: "summary.html", text: page("Pilot summary", "", summary(model)) },
  ];
  for (const entry of [...model.releases, ...model.pilotRuns, ...model.rollbacks]) {
    const root = "../";
    files.push({ path: entry.page, text: page(titleOf(entry), root, packPage(entry, root)) });
  }
  return files;
}

function titleOf(entry: SiteEntry): string {
  const kind = { release: "Release", pilot: "Pilot run", incident: "Rollback" }[
    entry.pack.scope as "release" | "pilot" | "incident"
  ];
  return `${kind ?? "Pack"} ${entry.pack.id}`;
}

/** An address from a pack as a link when it is https, else as text: a pack never supplies a script link. */
function outLink(url: string | null | undefined, text: HtmlValue): Html {
  return url && /^https:\/\//i.test(url) ? html`<a href="${url}">${text}</a>` : html`${text}`;
}

/** The rollbacks (incident packs), newest first, each with its record in one row. */
function rollbackList(model: SiteModel, root: string): Html {
  if (model.rollbacks.length === 0) return html``;
  return html`<h2>Rollbacks</h2><table class="rollbacks"><thead><tr><th scope="col">Rollback</th><th scope="col">Rolled back</th><th scope="col">To</th><th scope="col">Freeze issue</th><th scope="col">Checks that did not succeed</th><th scope="col">Pack</th></tr></thead><tbody>${[
    ...model.rollbacks,
  ]
    .reverse()
    .map((entry) => {
      const r = entry.reports.rollback;
      const cells = r
        ? html`<td>${r.rolledBack.tag} <code>${r.rolledBack.sha.slice(0, 12)}</code></td><td>${r.target.tag} <code>${r.target.sha.slice(0, 12)}</code></td><td>${r.freeze ? outLink(r.freeze.url, `#${r.freeze.issue}`) : "none"}</td><td>${r.checks.read ? `${r.checks.notSucceeded.length} of ${r.checks.total}` : html`<span class="warning">not read</span>`}</td>`
        : html`<td colspan="4" class="muted">${entry.pack.status === "fail" ? "not shown" : "no rollback record"}</td>`;
      return html`<tr data-rollback="${entry.pack.id}"><th scope="row"><a href="${root}${href(entry.page)}">${entry.pack.id}</a></th>${cells}<td>${verification(entry.pack)}</td></tr>`;
    })}</tbody></table>`;
}

function page(title: string, root: string, body: Html): string {
  return `<!doctype html>\n${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>${title} · pilot-gate</title><link rel="stylesheet" href="${root}${STYLESHEET}"></head><body><header class="top"><nav><a href="${root}index.html">Readiness</a><a href="${root}trends.html">Trends</a><a href="${root}summary.html">Pilot summary</a></nav></header><main><h1>${title}</h1>${body}</main></body></html>`.value}\n`;
}

function verdictBadge(verdict: ReadinessReport["verdict"]): Html {
  return html`<span class="verdict ${verdict}">${verdict}</span>`;
}

function verification(pack: SitePack): Html {
  if (pack.status === "fail") return html`<span class="failed">fails verification</span>`;
  const signature = !pack.signed
    ? "unsigned"
    : pack.verifiedKeyids.length > 0
      ? "signature checked"
      : "signed, signature not checked (no --key)";
  return html`<span class="verified">verifies</span> <span class="muted">(${signature})</span>`;
}

function criteriaTable(criteria: readonly CriterionResult[]): Html {
  return html`<table class="criteria"><thead><tr><th scope="col">Criterion</th><th scope="col">Level</th><th scope="col">Status</th><th scope="col">Measured</th></tr></thead><tbody>${criteria.map(
    (c) =>
      html`<tr><th scope="row">${c.title} <code class="muted">${c.id}</code></th><td>${c.level}</td><td class="status-${c.status}">${c.status}</td><td>${c.summary}${c.fix ? html`<br><span class="muted">Fix: ${c.fix}</span>` : ""}${c.waiver ? html`<br><span class="warning">Waived by ${c.waiver.by} until ${c.waiver.until}: ${c.waiver.reason}</span>` : ""}</td></tr>`,
  )}</tbody></table>`;
}

function failedList(packs: readonly SitePack[], root: string): Html {
  if (packs.length === 0) return html``;
  return html`<section class="failed-packs"><h2>Packs that fail verification</h2><p>These packs are shown as failed and feed no verdict, figure or trend. Run <code>pilot-gate evidence verify &lt;folder&gt;</code> on each and restore it from git.</p>${packs.map(
    (pack) =>
      html`<div class="failed-pack" data-pack="${pack.path}"><p><strong>${pack.path}</strong>: <span class="failed">fails verification</span>${pack.scope === "release" || pack.scope === "pilot" || pack.scope === "incident" ? html` (<a href="${root}${href(pagePath(pack.scope, pack.id))}">page</a>)` : ""}</p><ul>${pack.findings
        .filter((f) => f.severity === "error")
        .map((f) => html`<li><code>${f.kind}</code> ${f.pack}: ${f.message}</li>`)}</ul></div>`,
  )}</section>`;
}

function overview(model: SiteModel, root: string): Html {
  const current = model.current;
  const banner = current
    ? html`<section class="banner ${current.readiness.verdict}" id="current-verdict"><p>Current readiness: ${verdictBadge(current.readiness.verdict)} on <code>${current.readiness.sha}</code>, judged ${current.readiness.evaluated_at}, from <a href="${root}${href(current.entry.page)}">${current.entry.pack.path}</a>.</p>${
        current.readiness.blockers.length > 0
          ? html`<p>Blocked by: ${current.readiness.blockers.map((b, i) => html`${i > 0 ? ", " : ""}<code>${b}</code>`)}</p>`
          : html``
      }</section>${criteriaTable(current.readiness.criteria)}`
    : html`<section class="banner" id="current-verdict"><p>No verified pack holds a readiness report yet: there is no current verdict.</p></section>`;
  const releases =
    model.releases.length === 0
      ? html`<p class="muted">No release pack on the evidence branch yet.</p>`
      : html`<table class="releases"><thead><tr><th scope="col">Release</th><th scope="col">Decision</th><th scope="col">Commit</th><th scope="col">Evidence digest</th><th scope="col">Pack</th></tr></thead><tbody>${[
          ...model.releases,
        ]
          .reverse()
          .map((entry) => {
            const verdict = entry.reports.readiness?.verdict;
            return html`<tr data-release="${entry.pack.id}"><th scope="row"><a href="${root}${href(entry.page)}">${entry.pack.id}</a></th><td>${
              entry.pack.status === "fail"
                ? html`<span class="failed">not shown</span>`
                : verdict
                  ? verdictBadge(verdict)
                  : html`<span class="muted">no readiness report</span>`
            }</td><td><code>${entry.pack.manifest?.commit.slice(0, 12) ?? "?"}</code></td><td><code>${entry.pack.manifestDigest ?? "unreadable"}</code></td><td>${verification(entry.pack)}</td></tr>`;
          })}</tbody></table>`;
  return html`${banner}<h2>Releases</h2>${releases}${rollbackList(model, root)}${failedList(model.failed, root)}<h2>Pilot runs</h2>${runList(model, root)}`;
}

function runList(model: SiteModel, root: string): Html {
  if (model.pilotRuns.length === 0) return html`<p class="muted">No pilot-run pack yet.</p>`;
  const recent = [...model.pilotRuns].reverse().slice(0, 30);
  return html`<p>${model.pilotRuns.length} pilot run${model.pilotRuns.length === 1 ? "" : "s"}; the latest ${recent.length}:</p><table class="runs"><thead><tr><th scope="col">Run</th><th scope="col">Day</th><th scope="col">Verdict</th><th scope="col">Smoke</th><th scope="col">Pack</th></tr></thead><tbody>${recent.map(
    (entry) =>
      html`<tr><th scope="row"><a href="${root}${href(entry.page)}">${entry.pack.id}</a></th><td>${entry.day ?? "?"}</td><td>${entry.reports.readiness ? verdictBadge(entry.reports.readiness.verdict) : "–"}</td><td>${entry.reports.smoke ? `${entry.reports.smoke.counts.passed}/${entry.reports.smoke.counts.executed} passed` : "–"}</td><td>${verification(entry.pack)}</td></tr>`,
  )}</tbody></table>`;
}

function trends(model: SiteModel): Html {
  const t = model.trends;
  if (t.days.length === 0) {
    return html`<p>No verified pilot run yet: the trends start with the first pilot-run pack that verifies.</p>`;
  }
  const rateTicks = [0, 0.25, 0.5, 0.75, 1];
  const countMax = (series: readonly { values: readonly (number | null)[] }[]) =>
    Math.max(1, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const countTicks = (max: number) => {
    const step = Math.max(1, Math.ceil(max / 4));
    return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
  };
  const incidents = [
    ...t.incidentsOpened.map((s) => ({ name: `${s.name} opened`, values: s.values })),
    ...t.incidentsClosed.map((s) => ({ name: `${s.name} closed`, values: s.values })),
  ];
  const days = `${t.days[0]} to ${t.days[t.days.length - 1]}`;
  const line = `${percent(t.threshold)} line`;
  const rateChart = (id: string, title: string, desc: string, series: Trends["suites"]) =>
    lineChart({
      id,
      title,
      desc,
      x: t.days,
      series,
      yMax: 1,
      ticks: rateTicks,
      format: percent,
      threshold: { value: t.threshold, label: line },
    });
  const parts: Html[] = [
    rateChart(
      "success-rate",
      "Scenario success rate per day",
      `Smoke scenarios passed over executed, per day, ${days}, against the ${line}; ${t.successRate.values.filter((v) => v !== null && v < t.threshold).length} of ${t.days.length} days below it.`,
      [t.successRate],
    ),
  ];
  if (t.scenarios.length > 0) {
    parts.push(
      barChart({
        id: "scenarios",
        title: "Success rate per scenario",
        desc: `Each scenario's passed over executed runs across the pilot, lowest first, against the ${line}.`,
        bars: t.scenarios.slice(0, 40).map((s) => ({
          name: s.name,
          value: s.rate,
          note: `${s.passed}/${s.executed}`,
        })),
        max: 1,
        format: percent,
        threshold: { value: t.threshold, label: line },
      }),
    );
  }
  if (t.suites.length > 0) {
    parts.push(
      rateChart(
        "suites",
        "Smoke pass rate per suite",
        `Per smoke suite, scenarios passed over executed per day, ${days}.`,
        t.suites,
      ),
    );
  }
  const sections: [string, Html][] = [];
  if (incidents.length > 0) {
    const max = countMax(incidents);
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
        format: (n) => String(n),
      }),
    ]);
  }
  if (t.slaBreaches.values.some((v) => v !== null)) {
    const max = countMax([t.slaBreaches]);
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
        format: (n) => String(n),
      }),
    ]);
  }
  if (t.protectionTiers.length > 0) {
    sections.push([
      "protection",
      lineChart({
        id: "protection-tiers",
        title: "Branch protection Scorecard tier per branch",
        desc: "The OpenSSF Scorecard Branch-Protection tier (0 to 5) each branch's protection reached, per day.",
        x: t.days,
        series: t.protectionTiers,
        yMax: 5,
        ticks: [0, 1, 2, 3, 4, 5],
        format: (n) => `tier ${n}`,
      }),
    ]);
  }
  const missing = ["incidents", "sla", "protection"].filter(
    (name) => !sections.some(([have]) => have === name),
  );
  return html`<p>From ${model.pilotRuns.filter((r) => r.pack.status === "pass").length} verified pilot runs, ${days}. Packs that fail verification are left out.</p>${parts}${sections.map(([, chart]) => chart)}${
    missing.length > 0
      ? html`<p class="muted">No chart for ${missing.join(", ")}: no verified pilot run packed that report (an incidents sweep, a protection report).</p>`
      : html``
  }`;
}

function summary(model: SiteModel): Html {
  const runs = model.pilotRuns.filter((r) => r.pack.status === "pass");
  const t = model.trends;
  const pilot = [...runs].reverse().find((r) => r.reports.pilot)?.reports.pilot;
  const named = [...runs].reverse().find((r) => r.reports.readiness?.pilot)?.reports
    .readiness?.pilot;
  const measured = t.successRate.values.filter((v): v is number => v !== null);
  const below = measured.filter((v) => v < t.threshold).length;
  const opened = t.incidentsOpened.reduce(
    (sum, s) => sum + s.values.reduce<number>((a, v) => a + (v ?? 0), 0),
    0,
  );
  const closed = t.incidentsClosed.reduce(
    (sum, s) => sum + s.values.reduce<number>((a, v) => a + (v ?? 0), 0),
    0,
  );
  const breachDays = t.slaBreaches.values.filter((v) => v !== null && v > 0).length;
  const releases = model.releases.filter((r) => r.pack.status === "pass");
  const go = releases.filter((r) => r.reports.readiness?.verdict === "GO").length;
  const noGo = releases.filter((r) => r.reports.readiness?.verdict === "NO-GO").length;
  const lastTiers = t.protectionTiers.map((s) => {
    const last = [...s.values].reverse().find((v) => v !== null);
    return html`<li><code>${s.name}</code>: tier ${last ?? "?"}</li>`;
  });
  return html`<section id="pilot-summary"><p>Generated from the evidence branch: ${runs.length} verified pilot run${runs.length === 1 ? "" : "s"} over ${t.days.length} day${t.days.length === 1 ? "" : "s"}${t.days.length > 0 ? ` (${t.days[0]} to ${t.days[t.days.length - 1]})` : ""}, ${model.releases.length} release pack${model.releases.length === 1 ? "" : "s"}, ${model.failed.length} pack${model.failed.length === 1 ? "" : "s"} failing verification (left out).</p>
<h2>Pilot</h2>${
    pilot || named
      ? html`<p>${pilot?.name ?? named?.name}: window from ${pilot?.window.start ?? named?.window_start}, ${pilot?.window.hours ?? named?.window_hours} hours.</p>${
          pilot
            ? html`<table><thead><tr><th scope="col">Client</th><th scope="col">Status</th><th scope="col">Technical contact</th><th scope="col">Business contact</th></tr></thead><tbody>${pilot.clients.map(
                (c) =>
                  html`<tr><th scope="row">${c.name}</th><td>${c.status}</td><td>${c.technical_contact ?? "missing"}</td><td>${c.business_contact ?? "missing"}</td></tr>`,
              )}</tbody></table>`
            : html``
        }`
      : html`<p class="muted">No verified pack names the pilot (a readiness report or pilot.yml).</p>`
  }
<h2>Outcome</h2><ul>
<li>Current readiness: ${model.current ? html`${verdictBadge(model.current.readiness.verdict)}${model.current.readiness.blockers.length > 0 ? ` (blocked by ${model.current.readiness.blockers.join(", ")})` : ""}` : "none yet"}</li>
<li>Scenario success rate: ${measured.length > 0 ? `${percent(Math.min(...measured))} lowest, ${percent(measured[measured.length - 1] as number)} latest; ${below} of ${measured.length} day${measured.length === 1 ? "" : "s"} below the ${percent(t.threshold)} line` : "not measured"}</li>
<li>Incidents: ${opened} seen opened, ${closed} seen closed; ${breachDays} day${breachDays === 1 ? "" : "s"} with an SLA breach</li>
<li>Releases: ${go} GO, ${noGo} NO-GO among verified packs</li>
</ul>${lastTiers.length > 0 ? html`<h2>Protection</h2><ul>${lastTiers}</ul>` : html``}</section>`;
}

function packPage(entry: SiteEntry, root: string): Html {
  const { pack, reports } = entry;
  const m = pack.manifest;
  const head = html`<table class="pack"><tbody><tr><th scope="row">Pack</th><td><code>${pack.path}</code></td></tr><tr><th scope="row">Verification</th><td>${verification(pack)}</td></tr><tr><th scope="row">Commit</th><td><code>${m?.commit ?? "unreadable"}</code></td></tr><tr><th scope="row">Made</th><td>${m?.createdAt ?? "unreadable"}</td></tr><tr><th scope="row">Evidence digest</th><td><code>${pack.manifestDigest ?? "unreadable"}</code></td></tr></tbody></table>`;
  if (pack.status === "fail") {
    return html`${head}<section class="failed-pack" data-pack="${pack.path}"><h2>Fails verification</h2><p>Nothing from this pack is shown or used: its files are not the ones that were packed, or its chain is broken. Run <code>pilot-gate evidence verify ${pack.path}</code> and restore the pack from git.</p><ul>${pack.findings
      .filter((f) => f.severity === "error")
      .map((f) => html`<li><code>${f.kind}</code> ${f.pack}: ${f.message}</li>`)}</ul></section>`;
  }
  const r = reports.readiness;
  const warnings = pack.findings.filter((f) => f.severity === "warning");
  const parts: Html[] = [head];
  if (warnings.length > 0) {
    parts.push(
      html`<ul class="warnings">${warnings.map((f) => html`<li class="warning">${f.message}</li>`)}</ul>`,
    );
  }
  if (reports.decision) {
    const d = reports.decision.decision;
    parts.push(
      html`<h2>Release decision</h2><p>${d.action === "tag" ? "Tagged" : "Refused"} ${d.tag ?? ""}</p>${d.reasons && d.reasons.length > 0 ? html`<ul>${d.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>` : html``}`,
    );
  }
  if (reports.rollback) {
    const rb = reports.rollback;
    parts.push(
      html`<h2>Rollback</h2><table class="pack"><tbody><tr><th scope="row">Rolled back</th><td>${rb.rolledBack.tag} <code>${rb.rolledBack.sha}</code></td></tr><tr><th scope="row">To</th><td>${rb.target.tag} <code>${rb.target.sha}</code>, the last release whose evidence said GO</td></tr><tr><th scope="row">Freeze issue</th><td>${rb.freeze ? outLink(rb.freeze.url, `#${rb.freeze.issue}`) : "none opened"}</td></tr></tbody></table><h3>Checks on the rolled-back commit that did not succeed</h3>${
        rb.checks.read
          ? rb.checks.notSucceeded.length === 0
            ? html`<p>None of ${rb.checks.total}.</p>`
            : html`<ul>${rb.checks.notSucceeded.map((c) => html`<li>${outLink(c.url, c.name)}: ${c.conclusion ?? "not finished"}</li>`)}</ul>`
          : html`<p class="warning">Not read: ${rb.checks.reason}</p>`
      }<h3>To reproduce</h3><pre><code>${rb.reproduce.join("\n")}</code></pre>`,
    );
  }
  if (r) {
    parts.push(
      html`<h2>Readiness</h2><p class="banner ${r.verdict}">${verdictBadge(r.verdict)} on <code>${r.sha}</code>, judged ${r.evaluated_at}${r.pilot ? `; pilot ${r.pilot.name}, window from ${r.pilot.window_start} for ${r.pilot.window_hours} h` : ""}.</p>${
        r.blockers.length > 0
          ? html`<p>Blockers: ${r.blockers.map((b, i) => html`${i > 0 ? ", " : ""}<code>${b}</code>`)}</p>`
          : html``
      }${criteriaTable(r.criteria)}${r.notes.length > 0 ? html`<ul>${r.notes.map((n) => html`<li>${n}</li>`)}</ul>` : html``}`,
    );
    const waived = r.criteria.filter((c) => c.waiver);
    parts.push(
      html`<h2>Waivers</h2>${waived.length > 0 ? html`<ul>${waived.map((c) => html`<li><code>${c.id}</code>: by ${c.waiver?.by}, until ${c.waiver?.until}: ${c.waiver?.reason}</li>`)}</ul>` : html`<p class="muted">None.</p>`}`,
    );
  }
  if (reports.pilot) {
    const p = reports.pilot;
    parts.push(
      html`<h2>Pilot</h2><p>${p.name}: window from ${p.window.start}, ${p.window.hours} hours.</p><table><thead><tr><th scope="col">Client</th><th scope="col">Status</th><th scope="col">Sign-off (technical / business)</th></tr></thead><tbody>${p.clients.map(
        (c) =>
          html`<tr><th scope="row">${c.name}</th><td>${c.status}</td><td>${c.technical_contact ?? "missing"} / ${c.business_contact ?? "missing"}</td></tr>`,
      )}</tbody></table>`,
    );
  }
  if (reports.smoke) {
    const s = reports.smoke;
    parts.push(
      html`<h2>Scenarios</h2><p>Smoke <span class="status-${s.status}">${s.status}</span>: ${s.counts.passed} of ${s.counts.executed} executed passed, ${s.counts.flaky} flaky, ${s.counts.skipped} skipped.</p><table class="scenarios"><thead><tr><th scope="col">Scenario</th><th scope="col">Suite</th><th scope="col">Result</th></tr></thead><tbody>${s.scenarios
        .slice(0, 500)
        .map(
          (sc) =>
            html`<tr><th scope="row">${sc.name}</th><td>${sc.suite}</td><td class="status-${sc.result === "passed" ? "pass" : sc.result === "skipped" || sc.result === "flaky" ? "waived" : "fail"}">${sc.result}${sc.error ? html`<br><span class="muted">${sc.error}</span>` : ""}</td></tr>`,
        )}</tbody></table>${s.scenarios.length > 500 ? html`<p class="muted">${s.scenarios.length - 500} more in the pack's report.</p>` : html``}`,
    );
  }
  if (reports.parity) {
    parts.push(
      html`<h2>Parity</h2><p>Status <span class="status-${reports.parity.status === "pass" ? "pass" : "fail"}">${reports.parity.status}</span>.</p>`,
    );
  }
  if (reports.unreadable.length > 0) {
    parts.push(
      html`<h2>Reports not used</h2><ul>${reports.unreadable.map((u) => html`<li class="warning">${u}</li>`)}</ul>`,
    );
  }
  parts.push(html`<p><a href="${root}index.html">Back to the overview</a></p>`);
  return html`${parts}`;
}
