import { tallied, type SettlementFormat, type Tally } from "../../core/settlement";
import { escapeXml } from "./codec";
import { CURRENCY_CODE } from "./messages";

// ICMB's settlement file: XML with one element per line, so that it can be read line by line however big
// it is. The signature covers every byte from the start of the file to the end of the <Summary/> line.
//   <?xml version="1.0" encoding="UTF-8"?>
//   <SettleFile BankCode="ICMB" SettleDate="20261122" CurType="001">
//   <Txn TxType="PAY" RefNo="att_…" BankSerialNo="ICMB…" Amount="1999" Fee="5" Stat="1" FinishTime="2026-11-22T01:02:03.000Z"/>
//   <Summary Count="1" TotalAmount="1999" TotalFee="5"/>
//   <Signature>base64</Signature>
//   </SettleFile>

const TX_TYPES = { payment: "PAY", refund: "REFUND", payout: "PAYOUT" } as const;

export const xmlSettlement: SettlementFormat = {
  contentType: "application/xml; charset=utf-8",
  *signedLines({ date, records }) {
    yield `<?xml version="1.0" encoding="UTF-8"?>\n`;
    yield `<SettleFile BankCode="ICMB" SettleDate="${date.replaceAll("-", "")}" CurType="${CURRENCY_CODE}">\n`;
    const tally: Tally = { count: 0, amount: 0n, fee: 0n };
    for (const r of tallied(records, tally)) {
      yield `<Txn TxType="${TX_TYPES[r.kind]}" RefNo="${escapeXml(r.reference)}" BankSerialNo="${escapeXml(r.bankRef)}" Amount="${r.amount}" Fee="${r.fee}" Stat="${r.status === "succeeded" ? "1" : "2"}" FinishTime="${r.at.toISOString()}"/>\n`;
    }
    yield `<Summary Count="${tally.count}" TotalAmount="${tally.amount}" TotalFee="${tally.fee}"/>\n`;
  },
  end: (signature) => `<Signature>${signature}</Signature>\n</SettleFile>\n`,
};
