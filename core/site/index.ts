export { barChart, lineChart } from "./charts.js";
export { SITE_PAGES, type SiteConfig, siteConfigSchema, sitePageUrl } from "./config.js";
export { Html, href, html } from "./html.js";
export {
  buildSiteModel,
  DEFAULT_SUCCESS_THRESHOLD,
  type PackReports,
  pagePath,
  reportsOf,
  type SiteEntry,
  type SiteModel,
  type SitePack,
  type Trends,
} from "./model.js";
export { renderSite, type SiteFile, STYLESHEET } from "./render.js";
