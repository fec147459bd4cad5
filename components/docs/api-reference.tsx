import { PageTitle } from "@/components/ui/page-title";
import type { Lang } from "./lang";
import { A, C } from "./primitives";
import { Authentication } from "./sections/auth";
import { Balance } from "./sections/balance";
import { Checkout } from "./sections/checkout";
import { OpenApi, OperatorCli } from "./sections/cli";
import { Errors } from "./sections/errors";
import { SigningExamples } from "./sections/examples";
import { Notifications } from "./sections/notifications";
import { Overview } from "./sections/overview";
import { Payments } from "./sections/payments";
import { Refunds } from "./sections/refunds";
import { Splits } from "./sections/splits";
import { TestMode } from "./sections/test-mode";
import { TableOfContents } from "./toc";

/** The whole API reference in one language, for the gateway reached at `origin`. */
export function ApiReference({ lang, origin }: { lang: Lang; origin: string }) {
  const en = lang === "en";
  return (
    <div className="flex flex-col gap-6">
      <PageTitle
        lead={
          en ? (
            <>
              Merchant API, version 1: everything a merchant&apos;s server needs to take payments and refunds
              through Paylane. Base URL <C>{`${origin}/api/v1`}</C>; machine-readable{" "}
              <A href="#openapi">OpenAPI document</A>.
            </>
          ) : (
            <>
              商户接口第 1 版：商户服务器通过 Paylane 收款和退款所需的全部内容。基础地址{" "}
              <C>{`${origin}/api/v1`}</C>；另有机器可读的 <A href="#openapi">OpenAPI 文档</A>。
            </>
          )
        }
      >
        {en ? "API reference" : "API 参考"}
      </PageTitle>
      <div className="flex flex-col gap-8 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:items-start">
        <TableOfContents lang={lang} />
        <div className="flex min-w-0 flex-col gap-10">
          <Overview lang={lang} origin={origin} />
          <Errors lang={lang} />
          <Authentication lang={lang} />
          <SigningExamples lang={lang} origin={origin} />
          <Payments lang={lang} origin={origin} />
          <Refunds lang={lang} />
          <Splits lang={lang} />
          <Balance lang={lang} />
          <Notifications lang={lang} />
          <Checkout lang={lang} />
          <TestMode lang={lang} />
          <OperatorCli lang={lang} />
          <OpenApi lang={lang} origin={origin} />
        </div>
      </div>
    </div>
  );
}
