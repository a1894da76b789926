import { z } from "zod";

/**
 * A regular expression written in config, compiled at load time so a typo is a
 * config error with a location instead of a crash while a PR is evaluated.
 */
export const regexSource = z.string().superRefine((source, ctx) => {
  try {
    new RegExp(source, "u");
  } catch (error) {
    ctx.addIssue({
      code: "custom",
      message: `is not a valid regular expression (${(error as Error).message}); check brackets and escape special characters with a backslash`,
    });
  }
});
