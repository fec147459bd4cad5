import { z } from "zod";
import { EMBEDDED_DATABASE_URL } from "./db/connection";

// The one place that reads process.env: everything else imports `env`.
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  NEXT_PHASE: z.string().optional(),
  DATABASE_URL: z.string().url().default(EMBEDDED_DATABASE_URL),
  APP_URL: z.string().url().default("http://localhost:3000"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  SMTP_HOST: z.string().default("127.0.0.1"),
  SMTP_PORT: z.coerce.number().int().positive().default(1025),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_SECURE: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  MAIL_FROM: z.string().default("Paylane <no-reply@paylane.local>"),
  DB_POOL_SIZE: z.coerce.number().int().positive().default(10),
  PAYLANE_WORKERS: z
    .enum(["on", "off"])
    .default("on")
    .transform((v) => v === "on"),
  PAYLANE_PLATFORM_PRIVATE_KEY: z.string().optional(),
  // 32 random bytes, base64: encrypts data the gateway must read back (payout account numbers). Keep it
  // out of the database; without it a key is generated and stored there (development only).
  PAYLANE_DATA_KEY: z
    .string()
    .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64")
    .optional(),
  // Serves POST /api/test/clock, which moves the app's clock (30-day returns, 90-day refund windows) for
  // end-to-end tests. Never on in a real deployment: anyone could then move time.
  PAYLANE_TEST_CLOCK: z
    .enum(["on", "off"])
    .default("off")
    .transform((v) => v === "on"),
  // Signed merchant API requests per second per merchant, unless the merchant row sets its own.
  API_RATE_LIMIT_PER_SECOND: z.coerce.number().int().positive().default(60),
  // Production refuses notify URLs on private networks (SSRF); an on-premises or e2e deployment whose
  // merchants live on such a network opts out here.
  NOTIFY_ALLOW_PRIVATE_ADDRESSES: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  // The card acquirer for foreign cards (lib/acquirers/stripe). The defaults reach the local
  // stripe-stateful-mock (scripts/services/stripe-mock.ts); production sets its own key and Stripe's host.
  STRIPE_SECRET_KEY: z.string().min(1).default("sk_test_paylane_mock"),
  STRIPE_API_HOST: z.string().min(1).default("127.0.0.1"),
  STRIPE_API_PORT: z.coerce.number().int().positive().default(12111),
  STRIPE_API_PROTOCOL: z.enum(["http", "https"]).default("http"),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env = load();

/** BANK_<CODE>_URL and BANK_<CODE>_PUBLIC_KEY variables, for lib/banks' bankConfigFromEnv. */
export const bankEnv: Record<string, string | undefined> = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name.startsWith("BANK_")),
);
