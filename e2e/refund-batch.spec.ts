import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { hash } from "@node-rs/argon2";
import { expect, test, type Locator, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import pg from "pg";
import { expectAccessible } from "./support/a11y";
import { createPayment } from "./support/merchant-api";
import { startMerchantServer } from "./support/merchant-server";
import { paidByBankCard } from "./support/paid-payment";
import { signIn } from "./support/sign-in";
import { readE2eState } from "./support/state";

const OWNER = { email: "merchant@paylane.local", password: "paylane-merchant" };
const SHOTS = "test-results/refund-batch";

let merchant: Awaited<ReturnType<typeof startMerchantServer>>;
test.beforeAll(async () => {
  merchant = await startMerchantServer();
});
test.afterAll(async () => {
  await merchant.stop();
});

/** Clicks a download link and returns the file's name and bytes. */
async function download(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

function csv(rows: string[][]): Buffer {
  const header =
    "商户订单号 Merchant order number,退款金额(元) Refund amount (yuan),退款单号(选填) Refund id (optional),退款原因(选填) Reason (optional)";
  return Buffer.from(`\uFEFF${header}\r\n${rows.map((row) => row.join(",")).join("\r\n")}\r\n`);
}

async function upload(page: Page, name: string, buffer: Buffer, mimeType = "text/csv"): Promise<void> {
  await page.goto("/dashboard/refunds/upload");
  await page.getByLabel("Refund file (CSV or XLSX)").setInputFiles({ name, mimeType, buffer });
  await page.getByRole("button", { name: "Upload and check" }).click();
}

const verdictOf = (page: Page, row: number) => page.getByTestId(`batch-row-${row}`);

test("the owner refunds by file: template, preview with verdicts, confirm, progress, results", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const a = await paidByBankCard(page, merchant);
  const b = await paidByBankCard(page, merchant);
  const pending = await createPayment(merchant.base);

  await signIn(page, OWNER.email, OWNER.password);
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Refunds" }).click();
  await expect(page).toHaveURL(/\/dashboard\/refunds$/);
  await expectAccessible(page);

  const template = await download(page, page.getByRole("link", { name: "Download the form (XLSX)" }).first());
  expect(template.name).toBe("paylane-refunds-template.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(template.bytes).buffer);
  expect(workbook.worksheets[0]?.getRow(1).getCell(1).value).toBe("商户订单号 Merchant order number");
  const csvTemplate = await download(
    page,
    page.getByRole("link", { name: "Download the form (CSV)" }).first(),
  );
  expect(csvTemplate.bytes.toString("utf8")).toMatch(/^\uFEFF商户订单号 Merchant order number,退款金额/);

  // Refused files say why, and nothing is created.
  await upload(page, "refunds.pdf", Buffer.from("%PDF-1.7"), "application/pdf");
  await expect(page.getByTestId("upload-error")).toHaveText(/Only CSV \(\.csv\) and Excel workbook/);
  await upload(page, "refunds.xlsx", Buffer.from("not a workbook"));
  await expect(page.getByTestId("upload-error")).toHaveText(/The file cannot be read/);
  await expectAccessible(page);

  const file = csv([
    [a.orderId, "10.00", "", "damaged"], // 1 ok
    [a.orderId, "10.00", "", "damaged"], // 2 duplicate
    [a.orderId, "9.99", "", ""], // 3 ok: the rest of a
    [a.orderId, "0.01", "", ""], // 4 more than is left after rows 1 and 3
    [b.orderId, "5.5", `R-${b.orderId}`, ""], // 5 ok
    [pending.orderId, "1", "", ""], // 6 not paid
    ["NO-SUCH-ORDER-1", "1", "", ""], // 7 unknown
    [b.orderId, "1.005", "", ""], // 8 three decimals
    [b.orderId, "abc", "", ""], // 9 not an amount
  ]);
  await upload(page, "mixed.csv", file);
  await expect(page).toHaveURL(/\/dashboard\/refunds\/batches\/rb_/);
  await expect(page.getByTestId("batch-summary")).toContainText("9 rows, 3 can be refunded");
  const expected = [
    "ok",
    "duplicate_row",
    "ok",
    "amount_exceeds_refundable",
    "ok",
    "not_succeeded",
    "unknown_order",
    "amount_precision",
    "amount_invalid",
  ];
  for (const [index, verdict] of expected.entries()) {
    await expect(verdictOf(page, index + 1)).toHaveAttribute("data-verdict", verdict);
  }
  await expect(page.getByTestId("verdict-4")).toHaveText(
    "More than is left to refund (counting earlier rows)",
  );
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/preview.png`, fullPage: true });

  await page.getByRole("button", { name: "Refund 3 valid rows" }).click();
  await expect(page.getByText("Confirmed: the valid rows are being refunded.")).toBeVisible();
  await expect(page.getByTestId("batch-progress")).toBeVisible();
  await expectAccessible(page);
  // The page follows the job and the bank by itself.
  await expect(page.getByTestId("batch-progress-text")).toContainText(
    "3 of 3 refunds submitted · 3 refunded",
    {
      timeout: 60_000,
    },
  );
  await expect(page.getByTestId("batch-progress")).toHaveAttribute("value", "100");
  for (const row of [1, 3, 5]) await expect(page.getByTestId(`refund-status-${row}`)).toHaveText("Refunded");
  await page.screenshot({ path: `${SHOTS}/done.png`, fullPage: true });

  const results = await download(page, page.getByRole("link", { name: "Download the results (CSV)" }));
  expect(results.name).toBe("mixed-results.csv");
  const lines = results.bytes
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines).toHaveLength(10);
  expect(lines[1]).toContain(`1,${a.orderId},10.00,`);
  expect(lines[1]).toContain("Valid (ok),,Refunded,rf_");
  expect(lines[5]).toContain(`R-${b.orderId}`);
  expect(lines[7]).toContain("No such order (unknown_order)");

  // The same file again refunds nothing twice.
  await upload(page, "mixed again.csv", file);
  await expect(page.getByTestId("batch-summary")).toContainText("9 rows, none can be refunded");
  for (const row of [1, 3, 5])
    await expect(verdictOf(page, row)).toHaveAttribute("data-verdict", "already_refunded");
  await expect(page.getByRole("button", { name: /Refund \d+ valid row/ })).toHaveCount(0);

  await page.goto("/dashboard/refunds");
  await expect(page.getByTestId(`refund-row-R-${b.orderId}`)).toContainText("¥5.50");
  await expect(page.getByTestId("batches-table")).toContainText("mixed.csv");
  await expectAccessible(page);
});

test("an operator without refunds.create sees refunds but cannot refund by file", async ({ page }) => {
  const { databaseUrl, merchant: demo } = readE2eState();
  const email = `refund-viewer-${randomBytes(4).toString("hex")}@paylane.local`;
  const password = "viewer-password";
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const userId = `usr_e2e${randomBytes(8).toString("hex")}`;
    await client.query(
      `INSERT INTO users (id, email, "passwordHash", role, "emailVerifiedAt", locale, "updatedAt")
       VALUES ($1, $2, $3, 'MERCHANT_OPERATOR', now(), 'en', now())`,
      [userId, email, await hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 })],
    );
    await client.query(
      `INSERT INTO merchant_members (id, "merchantId", "userId", role, permissions)
       VALUES ($1, $2, $3, 'OPERATOR', ARRAY['payments.view'])`,
      [`mem_e2e${randomBytes(8).toString("hex")}`, demo.merchantId, userId],
    );
  } finally {
    await client.end();
  }
  await signIn(page, email, password);
  await page.goto("/dashboard/refunds");
  await expect(page.getByTestId("batch-refusal")).toContainText("refunds.create");
  await expect(page.getByRole("link", { name: "Upload a refund file" })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/dashboard/refunds/upload");
  await expect(page.getByTestId("permission-refusal")).toContainText("refunds.create");
  await expect(page.getByLabel("Refund file (CSV or XLSX)")).toHaveCount(0);
  const template = await page.request.get("/dashboard/refunds/template?format=csv");
  expect(template.status()).toBe(403);
  expect(await template.text()).toContain("refunds.create");
});
