/**
 * Charts for the readiness site, drawn as SVG at build time. Drawn by hand
 * rather than with Vega-Lite's server-side SVG because of size: vega 6.4 and
 * vega-lite 6.5, bundled and minified for a compile-and-render script, came
 * to 818,410 bytes (measured with esbuild), which would take dist/ from
 * 2.46 MB to about 3.3 MB of its 3.5 MB budget, for the two kinds of chart
 * the site needs (points over days, bars per name). Colours come from CSS
 * classes, so one SVG serves light and dark.
 *
 * Every chart has a <title> and <desc> (named by aria-labelledby) and a data
 * table beside it, so it reads without the picture and without JavaScript.
 */
import { type Html, html, join } from "./html.js";
import type { Series } from "./model.js";

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 48;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 36;
/** Series colours defined in the site's CSS (`.s0` ...), reused in turn. */
const PALETTE_SIZE = 8;

export interface LineChartSpec {
  /** Unique within the page: names the title and desc elements. */
  id: string;
  title: string;
  desc: string;
  /** The x categories (days), in order. */
  x: readonly string[];
  series: readonly Series[];
  /** The top of the y axis; values are drawn from 0 to it. */
  yMax: number;
  /** How a value is written on the axis, in tooltips and in the table. */
  format: (value: number) => string;
  /** Ticks on the y axis, from 0 to yMax. */
  ticks: readonly number[];
  /** A horizontal reference line, e.g. the 95 % success rate. */
  threshold?: { value: number; label: string };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Room above the plot for a reference line's label, so no data can ever sit under it. */
const LABEL_BAND = 16;

function scaleY(value: number, yMax: number, top = TOP): number {
  const clamped = Math.min(Math.max(value, 0), yMax);
  return round(top + (HEIGHT - top - BOTTOM) * (1 - (yMax === 0 ? 0 : clamped / yMax)));
}

/** Points over days: a line per series through the days that have a value, a dot on each. */
export function lineChart(spec: LineChartSpec): Html {
  const n = spec.x.length;
  const plot = WIDTH - LEFT - RIGHT;
  const xOf = (i: number) => round(LEFT + (n <= 1 ? plot / 2 : (plot * i) / (n - 1)));
  // A reference line's label goes in a band above the plot, as a legend
  // entry: inside the plot it would sit on the points near the line.
  const top = spec.threshold ? TOP + LABEL_BAND : TOP;
  const yOf = (value: number) => scaleY(value, spec.yMax, top);
  // At most about 8 labels on the axis, so dates never overlap.
  const every = Math.max(1, Math.ceil(n / 8));
  const axis = join([
    ...spec.ticks.map((tick) => {
      const y = yOf(tick);
      return html`<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y}" y2="${y}"/><text class="tick" x="${LEFT - 6}" y="${y + 4}" text-anchor="end">${spec.format(tick)}</text>`;
    }),
    ...spec.x.map((label, i) =>
      i % every === 0 || i === n - 1
        ? html`<text class="tick" x="${xOf(i)}" y="${HEIGHT - BOTTOM + 16}" text-anchor="middle">${label.slice(5)}</text>`
        : html``,
    ),
  ]);
  const threshold = spec.threshold
    ? html`<line class="threshold" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${yOf(spec.threshold.value)}" y2="${yOf(spec.threshold.value)}"/><line class="threshold" x1="${WIDTH - RIGHT - 24}" x2="${WIDTH - RIGHT}" y1="${TOP - 4}" y2="${TOP - 4}"/><text class="threshold-label" x="${WIDTH - RIGHT - 30}" y="${TOP}" text-anchor="end">${spec.threshold.label}</text>`
    : html``;
  const lines = spec.series.map((series, s) => {
    const color = `s${s % PALETTE_SIZE}`;
    const points = series.values
      .map((value, i) => (value === null ? undefined : { x: xOf(i), y: yOf(value), value, i }))
      .filter((p) => p !== undefined);
    const path = points.map((p, k) => `${k === 0 ? "M" : "L"}${p.x},${p.y}`).join(" ");
    return html`<g class="series ${color}" data-series="${series.name}">${
      points.length > 1 ? html`<path class="line" d="${path}"/>` : html``
    }${points.map(
      (p) =>
        html`<circle class="point" cx="${p.x}" cy="${p.y}" r="3.5"><title>${series.name}, ${spec.x[p.i]}: ${spec.format(p.value)}</title></circle>`,
    )}</g>`;
  });
  const svg = html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="${spec.id}-title">${spec.title}</title><desc id="${spec.id}-desc">${spec.desc}</desc>${axis}${threshold}${lines}</svg>`;
  const table = dataTable(
    ["Day", ...spec.series.map((s) => s.name)],
    spec.x.map((day, i) => [
      day,
      ...spec.series.map((s) => {
        const value = s.values[i];
        return value === null || value === undefined ? "–" : spec.format(value);
      }),
    ]),
  );
  return figure(spec.id, spec.title, svg, legend(spec.series.map((s) => s.name)), table);
}

export interface BarChartSpec {
  id: string;
  title: string;
  desc: string;
  bars: readonly { name: string; value: number; note?: string }[];
  max: number;
  format: (value: number) => string;
  threshold?: { value: number; label: string };
}

/**
 * One horizontal bar per name (long names fit), below the threshold marked.
 * Values are written in a column right of the longest possible bar, so the
 * threshold's line never runs through one.
 */
export function barChart(spec: BarChartSpec): Html {
  const row = 22;
  const labelWidth = 260;
  const plot = WIDTH - labelWidth - RIGHT - 48;
  const height = TOP + spec.bars.length * row + 8;
  const xOf = (value: number) =>
    round(
      labelWidth +
        (spec.max === 0 ? 0 : (plot * Math.min(Math.max(value, 0), spec.max)) / spec.max),
    );
  const bars = spec.bars.map((bar, i) => {
    const y = TOP + i * row;
    const below = spec.threshold !== undefined && bar.value < spec.threshold.value;
    const name =
      Array.from(bar.name).length > 40
        ? `${Array.from(bar.name).slice(0, 39).join("")}…`
        : bar.name;
    return html`<g class="bar${below ? " below" : ""}"><text class="tick" x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${name}</text><rect x="${labelWidth}" y="${y + 3}" width="${round(xOf(bar.value) - labelWidth)}" height="${row - 8}"><title>${bar.name}: ${spec.format(bar.value)}${bar.note ? ` (${bar.note})` : ""}</title></rect><text class="tick" x="${labelWidth + plot + 6}" y="${y + 14}">${spec.format(bar.value)}</text></g>`;
  });
  const threshold = spec.threshold
    ? html`<line class="threshold" x1="${xOf(spec.threshold.value)}" x2="${xOf(spec.threshold.value)}" y1="${TOP - 4}" y2="${height - 4}"/><text class="threshold-label" x="${xOf(spec.threshold.value)}" y="${TOP - 2}" text-anchor="middle">${spec.threshold.label}</text>`
    : html``;
  const svg = html`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="${spec.id}-title">${spec.title}</title><desc id="${spec.id}-desc">${spec.desc}</desc>${bars}${threshold}</svg>`;
  const table = dataTable(
    ["Name", "Value", ""],
    spec.bars.map((bar) => [bar.name, spec.format(bar.value), bar.note ?? ""]),
  );
  return figure(spec.id, spec.title, svg, html``, table);
}

function legend(names: readonly string[]): Html {
  if (names.length < 2) return html``;
  return html`<ul class="legend">${names.map(
    (name, i) => html`<li><span class="swatch s${i % PALETTE_SIZE}"></span>${name}</li>`,
  )}</ul>`;
}

function dataTable(header: readonly string[], rows: readonly (readonly string[])[]): Html {
  return html`<details><summary>Data table</summary><table><thead><tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map(
    (row) =>
      html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`,
  )}</tbody></table></details>`;
}

function figure(id: string, title: string, svg: Html, legendHtml: Html, table: Html): Html {
  return html`<figure class="chart-figure" id="${id}"><figcaption>${title}</figcaption>${svg}${legendHtml}${table}</figure>`;
}
