export type BankOption = { code: string; name: string; colour: string };

/** The radio group of enabled banks, with its error tied to it for screen readers. */
export function BankChoice({
  banks,
  legend,
  defaultValue,
  error,
}: {
  banks: BankOption[];
  legend: string;
  defaultValue?: string;
  error?: string;
}) {
  return (
    <fieldset aria-describedby={error ? "bank-error" : undefined}>
      <legend className="mb-2 text-sm font-medium text-slate-800">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {banks.map((bank) => (
          <label
            key={bank.code}
            className="flex min-h-12 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 has-checked:border-brand-600 has-checked:ring-2 has-checked:ring-brand-600"
          >
            <input type="radio" name="bank" value={bank.code} defaultChecked={defaultValue === bank.code} />
            <span
              aria-hidden="true"
              className="inline-block h-3 w-3 shrink-0 rounded-full"
              style={{ background: bank.colour }}
            />
            <span className="text-sm">{bank.name}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id="bank-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
