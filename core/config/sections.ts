import { z } from "zod";

/** The PR sections the playbook asks for, by id, with the titles teams commonly use for them. */
export const DEFAULT_SECTIONS = {
  story_id: {
    title: "Story ID",
    aliases: ["Story", "Story/Incident ID", "Incident ID", "ID da história"],
  },
  definition_of_ready: {
    title: "Definition of Ready",
    aliases: ["DoR", "Definição de Pronto para Iniciar"],
  },
  definition_of_done: { title: "Definition of Done", aliases: ["DoD", "Definição de Pronto"] },
  residual_risks: { title: "Residual risks", aliases: ["Risks", "Riscos residuais", "Riscos"] },
  evidence: { title: "Evidence", aliases: ["Evidence links", "Evidências", "Evidencias"] },
  runbook_impact: {
    title: "Runbook impact",
    aliases: ["Runbook", "Impacto no runbook", "Impacto em runbook"],
  },
} as const satisfies Record<string, { title: string; aliases: string[] }>;

export type BuiltInSectionId = keyof typeof DEFAULT_SECTIONS;

export const sectionId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "section ids are snake_case, e.g. rollback_plan");

export const sectionDefinition = z.strictObject({
  title: z
    .string()
    .min(1)
    .optional()
    .describe("Heading text. Optional for built-in sections, required for your own."),
  aliases: z
    .array(z.string().min(1))
    .default([])
    .describe("Other headings that mean this section."),
});

/**
 * Section definitions by id. Entries here are merged over the built-in ones,
 * so adding an alias does not drop the defaults.
 */
export const sectionsSchema = z
  .record(sectionId, sectionDefinition)
  .default({})
  .superRefine((sections, ctx) => {
    for (const [id, definition] of Object.entries(sections)) {
      if (!definition.title && !(id in DEFAULT_SECTIONS)) {
        ctx.addIssue({
          code: "custom",
          path: [id, "title"],
          message: `section "${id}" is not built in, so it needs a title (the heading to look for)`,
        });
      }
    }
  })
  .describe("How PR body sections are recognised: by id, a heading title and aliases.");

/** A section as the engine uses it: always titled, aliases merged with the built-ins. */
export interface ResolvedSection {
  id: string;
  title: string;
  aliases: string[];
}

/** Merges configured sections over the built-in ones. */
export function resolveSections(configured: z.output<typeof sectionsSchema>): ResolvedSection[] {
  const merged = new Map<string, ResolvedSection>();
  for (const [id, def] of Object.entries(DEFAULT_SECTIONS)) {
    merged.set(id, { id, title: def.title, aliases: [...def.aliases] });
  }
  for (const [id, def] of Object.entries(configured)) {
    const builtIn = merged.get(id);
    // A renamed built-in section still recognises its built-in title, so the
    // built-in template and existing PRs keep matching.
    const inherited = builtIn ? [builtIn.title, ...builtIn.aliases] : [];
    const title = def.title ?? builtIn?.title ?? id;
    merged.set(id, {
      id,
      title,
      aliases: [...new Set([...inherited, ...def.aliases])].filter((alias) => alias !== title),
    });
  }
  return [...merged.values()];
}
