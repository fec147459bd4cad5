import { tallied, type SettlementFormat, type Tally } from "../../core/settlement";
import { beijingTime, fenToYuan } from "./codec";

// MCMB's settlement bill: a signed key=value header, a CSV column line, one CSV line per movement
// (yuan amounts, Beijing times), a key=value summary, then the signature line, which covers every byte
// before it. Keys of the key=value lines are in ASCII order, as in MCMB's messages.
//   bank=MCMB&charset=utf-8&settle_date=2026-11-22&version=1.0
//   biz_type,out_no,bank_no,amount,fee,status,gmt_finish
//   TRADE,att_…,20261122220012…,19.99,0.05,TRADE_SUCCESS,2026-11-22 09:01:02
//   count=1&total_amount=19.99&total_fee=0.05
//   sign_type=RSA2&sign=base64

export const COLUMNS = "biz_type,out_no,bank_no,amount,fee,status,gmt_finish";

const TYPES = {
  payment: { type: "TRADE", ok: "TRADE_SUCCESS", failed: "TRADE_FAILED" },
  refund: { type: "REFUND", ok: "REFUND_SUCCESS", failed: "REFUND_FAIL" },
  payout: { type: "TRANS", ok: "SUCCESS", failed: "FAIL" },
} as const;

export const formSettlement: SettlementFormat = {
  contentType: "text/csv; charset=utf-8",
  *signedLines({ date, records }) {
    yield `bank=MCMB&charset=utf-8&settle_date=${date}&version=1.0\n`;
    yield `${COLUMNS}\n`;
    const tally: Tally = { count: 0, amount: 0n, fee: 0n };
    for (const r of tallied(records, tally)) {
      const t = TYPES[r.kind];
      const status = r.status === "succeeded" ? t.ok : t.failed;
      yield `${t.type},${r.reference},${r.bankRef},${fenToYuan(r.amount)},${fenToYuan(r.fee)},${status},${beijingTime(r.at)}\n`;
    }
    yield `count=${tally.count}&total_amount=${fenToYuan(tally.amount)}&total_fee=${fenToYuan(tally.fee)}\n`;
  },
  end: (signature) => `sign_type=RSA2&sign=${signature}\n`,
};
