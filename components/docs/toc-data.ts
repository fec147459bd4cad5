// The page's outline: every h2 and h3 of /docs/api, its anchor and its title in both languages.
// Headings take their titles from here, so the table of contents and the page never disagree.
import type { Lang } from "./lang";

type Entry = { readonly id: string; readonly en: string; readonly zh: string };
type Chapter = Entry & { readonly children: readonly Entry[] };

export const OUTLINE = [
  {
    id: "overview",
    en: "Overview",
    zh: "概览",
    children: [
      { id: "quick-start", en: "Quick start", zh: "快速开始" },
      { id: "base-url", en: "Base URL and JSON", zh: "基础地址与 JSON" },
      { id: "conventions", en: "Money, times and identifiers", zh: "金额、时间与标识符" },
      { id: "idempotency", en: "Idempotency and safe retries", zh: "幂等与安全重试" },
      { id: "rate-limit", en: "Rate limit", zh: "频率限制" },
    ],
  },
  { id: "errors", en: "Errors", zh: "错误", children: [] },
  {
    id: "authentication",
    en: "Authentication and signatures",
    zh: "认证与签名",
    children: [
      { id: "keys", en: "Keys", zh: "密钥" },
      { id: "authorization-header", en: "The Authorization header", zh: "Authorization 请求头" },
      { id: "canonical-string", en: "The canonical string", zh: "待签名字符串" },
      { id: "clock-and-nonce", en: "Clock window and nonce", zh: "时间窗口与随机串" },
      { id: "response-signatures", en: "Verifying responses", zh: "验证响应签名" },
    ],
  },
  {
    id: "examples",
    en: "Signing examples",
    zh: "签名示例",
    children: [
      { id: "example-curl", en: "Shell and curl", zh: "Shell 与 curl" },
      { id: "example-node", en: "Node.js", zh: "Node.js" },
      { id: "example-python", en: "Python", zh: "Python" },
      { id: "example-php", en: "PHP", zh: "PHP" },
      { id: "example-java", en: "Java", zh: "Java" },
    ],
  },
  {
    id: "payments",
    en: "Payments",
    zh: "支付",
    children: [
      { id: "create-payment", en: "Create a payment", zh: "创建支付" },
      { id: "get-payment", en: "Retrieve a payment", zh: "查询支付" },
      { id: "close-payment", en: "Close a payment", zh: "关闭支付" },
      { id: "payment-object", en: "The payment object", zh: "支付对象" },
      { id: "payment-status", en: "Payment status", zh: "支付状态" },
    ],
  },
  {
    id: "refunds",
    en: "Refunds",
    zh: "退款",
    children: [
      { id: "refund-rules", en: "Refund rules and fees", zh: "退款规则与手续费" },
      { id: "create-refund", en: "Create a refund", zh: "创建退款" },
      { id: "get-refund", en: "Retrieve a refund", zh: "查询退款" },
      { id: "refund-object", en: "The refund object", zh: "退款对象" },
    ],
  },
  {
    id: "splits",
    en: "Split settlement (platforms)",
    zh: "分账结算（平台商户）",
    children: [
      { id: "split-instructions", en: "Giving shares", zh: "设置分账" },
      { id: "split-money", en: "Settlement and refunds", zh: "结算与退款" },
      { id: "get-splits", en: "Retrieve a payment's shares", zh: "查询分账" },
    ],
  },
  {
    id: "balance",
    en: "Balance, statements and platform key",
    zh: "余额、对账单与平台公钥",
    children: [
      { id: "get-balance", en: "Retrieve the balance", zh: "查询余额" },
      { id: "get-statement", en: "Download a daily statement", zh: "下载日对账单" },
      { id: "platform-key", en: "Get the platform key", zh: "获取平台公钥" },
    ],
  },
  {
    id: "notifications",
    en: "Notifications",
    zh: "异步通知",
    children: [
      { id: "notification-body", en: "Events and body", zh: "事件与内容" },
      { id: "notification-verify", en: "Verifying a notification", zh: "验证通知" },
      { id: "notification-retries", en: "Acknowledgement and retries", zh: "应答与重试" },
      { id: "notification-handling", en: "Handling them safely", zh: "安全处理" },
    ],
  },
  {
    id: "checkout",
    en: "Hosted checkout",
    zh: "收银台",
    children: [
      { id: "checkout-flow", en: "The flow", zh: "流程" },
      { id: "return-url", en: "returnUrl is only a browser redirect", zh: "returnUrl 只是浏览器跳转" },
    ],
  },
  {
    id: "test-mode",
    en: "Test mode",
    zh: "测试模式",
    children: [
      { id: "test-cards", en: "Test cards", zh: "测试卡" },
      { id: "mock-banks", en: "Mock banks", zh: "模拟银行" },
    ],
  },
  { id: "cli", en: "Operator command line", zh: "运维命令行", children: [] },
  { id: "openapi", en: "OpenAPI document", zh: "OpenAPI 文档", children: [] },
] as const satisfies readonly Chapter[];

type Outline = typeof OUTLINE;
export type ChapterId = Outline[number]["id"];
export type SectionId = Outline[number]["children"][number]["id"];

const chapters: readonly Chapter[] = OUTLINE;
const TITLES = new Map<string, Entry>(
  chapters.flatMap((chapter) => [chapter, ...chapter.children].map((e) => [e.id, e])),
);

export function titleOf(id: ChapterId | SectionId, lang: Lang): string {
  return TITLES.get(id)?.[lang] ?? id;
}
