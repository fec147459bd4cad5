import { readFileSync } from "node:fs";
import path from "node:path";

// The example programs live once, in public/docs/ (downloadable as they are); the page shows the same
// files, read on the server, so the two can never drift apart.
function published(name: string): string {
  return readFileSync(path.join(process.cwd(), "public", "docs", name), "utf8");
}

/** Every file public/docs/ serves, by name. */
export const PUBLISHED_EXAMPLES = {
  "paylane-sign.sh": published("paylane-sign.sh"),
  "paylane-verify.sh": published("paylane-verify.sh"),
  "paylane.mjs": published("paylane.mjs"),
  "notify.mjs": published("notify.mjs"),
  "paylane.py": published("paylane.py"),
  "paylane.php": published("paylane.php"),
  "PaylaneExample.java": published("PaylaneExample.java"),
} as const;

export const SIGN_SCRIPT = PUBLISHED_EXAMPLES["paylane-sign.sh"];
export const VERIFY_SCRIPT = PUBLISHED_EXAMPLES["paylane-verify.sh"];
export const NODE_CLIENT = PUBLISHED_EXAMPLES["paylane.mjs"];
export const NODE_NOTIFY = PUBLISHED_EXAMPLES["notify.mjs"];
export const PYTHON_CLIENT = PUBLISHED_EXAMPLES["paylane.py"];
export const PHP_CLIENT = PUBLISHED_EXAMPLES["paylane.php"];
export const JAVA_CLIENT = PUBLISHED_EXAMPLES["PaylaneExample.java"];
