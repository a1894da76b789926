/** Config files the App tests read from the default branch. */

/** Roles for governance and overrides: users and an organisation team. */
export const ROLES_CONFIG = `roles:
  po:
    users: [olivia-po]
    teams: [product-owners]
  pm:
    users: [pete-pm]
`;

/** A misspelt rule id on line 4, column 3, and a renamed check the error must still be posted under. */
export const INVALID_CONFIG = `check:
  name: launch-gate
rules:
  branch-nam:
    enabled: false
`;

export const DRY_RUN_CONFIG = `check:
  dry_run: true
`;

export const CARRY_OVER_CONFIG = `overrides:
  carry_over: true
`;

export const OVERRIDE_ROLES_CONFIG = `${ROLES_CONFIG}overrides:
  roles: [po]
`;

/** A body that fails the checklist: no required section is there. */
export const BAD_BODY = "Fixes the login page.\n";
