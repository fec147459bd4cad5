import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requireMerchantPermission } from "@/lib/auth/merchant-access";
import { ALL_MERCHANT_PERMISSIONS } from "@/lib/auth/permissions";
import { merchantMember } from "@/lib/merchant-dashboard/testing";
import { pendingMerchant } from "@/lib/onboarding/testing";
import { inviteOperator } from "./invite-operator";
import { listTeam } from "./list-team";
import { updateMember } from "./update-member";

afterAll(async () => {
  await db.$disconnect();
});

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

const email = () => `op-${Math.random().toString(36).slice(2)}@example.com`;

describe("team", () => {
  it("the owner invites an operator who holds exactly the granted permissions, and gets a mail", async () => {
    const { merchant, ownerId } = await pendingMerchant();
    const address = email();
    const { memberId } = await inviteOperator(db, {
      userId: ownerId,
      merchantId: merchant.id,
      input: { email: address, permissions: ["payments.view", "refunds.create"] },
    });
    const member = await db.merchantMember.findUniqueOrThrow({
      where: { id: memberId },
      include: { user: true },
    });
    expect(member).toMatchObject({ role: "OPERATOR", status: "ACTIVE", invitedById: ownerId });
    expect(member.user.role).toBe("MERCHANT_OPERATOR");
    await requireMerchantPermission(db, member.userId, merchant.id, "refunds.create");
    expect(
      await caught(requireMerchantPermission(db, member.userId, merchant.id, "withdrawals.create")),
    ).toMatchObject({ code: "forbidden" });
    const mail = await db.job.findFirst({
      where: { type: "mail.send", payload: { path: ["to"], equals: address } },
    });
    expect(mail).not.toBeNull();
    expect((await listTeam(db, { userId: ownerId, merchantId: merchant.id })).map((m) => m.role)).toEqual([
      "OWNER",
      "OPERATOR",
    ]);
  });

  it("checks every role against the permission table", async () => {
    const { merchant, ownerId } = await pendingMerchant();
    const viewer = await merchantMember(merchant.id, "OPERATOR", ["payments.view"]);
    const manager = await merchantMember(merchant.id, "OPERATOR", ["team.manage"]);
    for (const permission of ALL_MERCHANT_PERMISSIONS) {
      await requireMerchantPermission(db, ownerId, merchant.id, permission);
    }
    expect(
      await caught(
        inviteOperator(db, {
          userId: viewer,
          merchantId: merchant.id,
          input: { email: email(), permissions: [] },
        }),
      ),
    ).toMatchObject({ code: "forbidden" });
    expect(await caught(listTeam(db, { userId: viewer, merchantId: merchant.id }))).toMatchObject({
      code: "forbidden",
    });
    // An operator with team.manage may manage operators, but not the owner nor themself.
    const viewerMember = await db.merchantMember.findFirstOrThrow({ where: { userId: viewer } });
    await updateMember(db, {
      userId: manager,
      memberId: viewerMember.id,
      change: { permissions: ["payments.view", "keys.manage"] },
    });
    const ownerMember = await db.merchantMember.findFirstOrThrow({ where: { userId: ownerId } });
    expect(
      await caught(
        updateMember(db, { userId: manager, memberId: ownerMember.id, change: { status: "SUSPENDED" } }),
      ),
    ).toMatchObject({ code: "forbidden" });
    const managerMember = await db.merchantMember.findFirstOrThrow({ where: { userId: manager } });
    expect(
      await caught(
        updateMember(db, {
          userId: manager,
          memberId: managerMember.id,
          change: { permissions: [...ALL_MERCHANT_PERMISSIONS] },
        }),
      ),
    ).toMatchObject({ code: "forbidden" });
    expect(
      await caught(
        updateMember(db, { userId: ownerId, memberId: viewerMember.id, change: { permissions: ["root"] } }),
      ),
    ).toMatchObject({ code: "invalid_request" });
  });

  it("a suspended operator can do nothing", async () => {
    const { merchant, ownerId } = await pendingMerchant();
    const operator = await merchantMember(merchant.id, "OPERATOR", ["payments.view"]);
    const member = await db.merchantMember.findFirstOrThrow({ where: { userId: operator } });
    await updateMember(db, { userId: ownerId, memberId: member.id, change: { status: "SUSPENDED" } });
    expect(await caught(requireMerchantPermission(db, operator, merchant.id, "payments.view"))).toMatchObject(
      {
        code: "forbidden",
      },
    );
    const audit = await db.auditLog.findFirst({ where: { targetId: member.id } });
    expect(audit).toMatchObject({
      action: "team.member_suspended",
      after: expect.objectContaining({ status: "SUSPENDED" }),
    });
  });

  it("never crosses tenants: another merchant's member is not found, whatever the input says", async () => {
    const mine = await pendingMerchant();
    const theirs = await pendingMerchant();
    const theirOperator = await merchantMember(theirs.merchant.id, "OPERATOR", ["payments.view"]);
    const theirMember = await db.merchantMember.findFirstOrThrow({ where: { userId: theirOperator } });
    expect(
      await caught(
        updateMember(db, { userId: mine.ownerId, memberId: theirMember.id, change: { status: "SUSPENDED" } }),
      ),
    ).toMatchObject({ code: "not_found" });
    expect(
      await caught(
        inviteOperator(db, {
          userId: mine.ownerId,
          merchantId: theirs.merchant.id,
          input: { email: email(), permissions: [] },
        }),
      ),
    ).toMatchObject({ code: "not_found" });
    expect(
      await caught(listTeam(db, { userId: mine.ownerId, merchantId: theirs.merchant.id })),
    ).toMatchObject({
      code: "not_found",
    });
  });
});
