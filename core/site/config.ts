import { z } from "zod";

/** `site:` in `.github/pilot-gate.yml`: where the readiness site is published. */
export const siteConfigSchema = z
  .strictObject({
    url: z
      .url({ protocol: /^https$/, hostname: z.regexes.domain })
      .optional()
      .describe(
        "The readiness site's address (`pilot-gate site build`, deployed by site.yml), e.g. `https://acme.github.io/app/`. When set, the required check, `pilot-gate/readiness` and `pilot-gate/protection` link to its pages (`details_url`).",
      ),
  })
  .describe("The readiness site built from the evidence branch.");
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** The site's pages a check run links to. */
export const SITE_PAGES = {
  /** The current verdict, its criteria and every release: the required check and readiness. */
  overview: "index.html",
  /** The protection tier per branch over time. */
  protection: "trends.html#protection-tiers",
} as const;

/**
 * The address of `page` on the configured site, or undefined when no
 * `site.url` is set (then a check run carries no `details_url`).
 */
export function sitePageUrl(site: SiteConfig, page: string): string | undefined {
  if (site.url === undefined) return undefined;
  const base = site.url.endsWith("/") ? site.url : `${site.url}/`;
  return new URL(page, base).href;
}
