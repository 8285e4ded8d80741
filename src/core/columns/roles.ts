// The roles of input columns: the list itself is in src/core/vocabulary.ts.
import { ROLES, type Role } from "../vocabulary";

export { ROLES };

const ROLE_SET: ReadonlySet<string> = new Set(ROLES);

export function isRole(key: string): key is Role {
  return ROLE_SET.has(key);
}
