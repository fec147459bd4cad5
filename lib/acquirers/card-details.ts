const INSPECT = Symbol.for("nodejs.util.inspect.custom");

export type RawCard = { number: string; expMonth: number; expYear: number; cvc: string; name: string };

/**
 * A card as the shopper typed it, on its way to the acquirer and nowhere else (PCI DSS: the number and
 * CVC are never stored or logged). The secrets sit in private fields, so JSON.stringify, console.log,
 * util.inspect and string interpolation show only the last four digits; `revealToAcquirer` is the one
 * way out, for the tokenization request.
 */
export class CardDetails {
  readonly #card: RawCard;
  readonly last4: string;

  constructor(card: RawCard) {
    this.#card = { ...card };
    this.last4 = card.number.slice(-4);
  }

  revealToAcquirer(): RawCard {
    return { ...this.#card };
  }

  toString(): string {
    return `card •••• ${this.last4}`;
  }

  toJSON(): { last4: string } {
    return { last4: this.last4 };
  }

  [INSPECT](): string {
    return `CardDetails(•••• ${this.last4})`;
  }
}
