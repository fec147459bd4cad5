import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";

// The session is the one thing faked: who is signed in. The role check itself (currentUser re-reads
// the user from the database, requireApiUser compares roles) runs for real.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("server-only", () => ({}));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: () =>
    Promise.resolve(session.userId ? { user: { id: session.userId, authAt: Date.now() + 60_000 } } : null),
}));

const { GET } = await import("./route");

async function signedInAs(role: Role): Promise<void> {
  const id = newId("usr");
  await db.user.create({ data: { id, email: `${id}@example.com`, name: role, role } });
  session.userId = id;
}

function download(query = "group=bank&from=2044-06-10&to=2044-06-12"): Promise<Response> {
  return GET(new Request(`http://localhost/admin/reports/download?${query}`));
}

beforeEach(() => {
  session.userId = null;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("GET /admin/reports/download", () => {
  it("refuses anonymous visitors, wallet users, merchants and reviewers", async () => {
    expect((await download()).status).toBe(401);
    for (const role of ["WALLET_USER", "MERCHANT_OWNER", "MERCHANT_OPERATOR", "REVIEWER"] as const) {
      await signedInAs(role);
      const response = await download();
      expect([role, response.status]).toEqual([role, 403]);
      expect(await response.text()).not.toContain("payment_amount");
    }
  });

  it("gives an admin the CSV of the grouping asked for, as a download", async () => {
    await signedInAs("ADMIN");
    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="paylane-report-bank-2044-06-10-2044-06-12.csv"',
    );
    const [header] = (await response.text()).split("\n");
    expect(header).toBe(
      "bank,payment_count,payment_amount,fees,refund_count,refund_amount,net,exceptions_open,currency",
    );
  });

  it("answers 400 with the reason when the range is refused", async () => {
    await signedInAs("ADMIN");
    const response = await download("from=2024-01-01&to=2025-06-01");
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/at most 366 days/);
  });
});
