import { z } from "zod";
import { NOTIFICATION_TYPES } from "@/lib/notify/queue-notification";
import { paymentObjectSchema } from "./payments";
import { refundObjectSchema } from "./refunds";
import { apiSchemas } from "./registry";

export const notificationSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^evt_[0-9a-z]+$/)
      .meta({ description: "The event's id: the same on every retry; deduplicate by it." }),
    type: z.enum(NOTIFICATION_TYPES),
    createdAt: z.iso.datetime().meta({ description: "When the event happened (UTC)." }),
    data: z.union([paymentObjectSchema, refundObjectSchema]).meta({
      description: "payment.* events carry the payment object; refund.* events carry the refund object.",
    }),
  })
  .meta({
    examples: [
      {
        id: "evt_01jd8x2m4n5p6q7r8s9t0v1w2x",
        type: "payment.succeeded",
        createdAt: "2026-11-22T08:03:12.000Z",
        data: {
          id: "pay_01jd8x2k3m4n5p6q7r8s9t0v1w",
          orderId: "A1001",
          amount: 1999,
          currency: "CNY",
          subject: "Blue mug",
          status: "succeeded",
          checkoutUrl: "https://gateway.example/pay/Zm9vYmFyYmF6cXV4cXV1eHF1dXo",
          method: "bank_card",
          bank: "ICBC",
          amountRefunded: 0,
          fee: 12,
          createdAt: "2026-11-22T08:00:00.000Z",
          expiresAt: "2026-11-22T10:00:00.000Z",
          paidAt: "2026-11-22T08:03:12.000Z",
          metadata: { cart: "77" },
        },
      },
    ],
  });

apiSchemas.add(notificationSchema, {
  id: "Notification",
  description: "The body the gateway POSTs to a payment's notifyUrl, signed like a response.",
});
