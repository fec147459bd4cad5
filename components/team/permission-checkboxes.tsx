import { ALL_MERCHANT_PERMISSIONS, MERCHANT_PERMISSIONS } from "@/lib/auth/permissions";

/** One checkbox per permission of the declarative table, labelled in the page's language. */
export function PermissionCheckboxes({
  legend,
  locale,
  checked,
  idPrefix,
}: {
  legend: string;
  locale: string;
  checked: readonly string[];
  idPrefix: string;
}) {
  return (
    <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      {ALL_MERCHANT_PERMISSIONS.map((permission) => (
        <label
          key={permission}
          htmlFor={`${idPrefix}-${permission}`}
          className="flex items-center gap-2 text-sm"
        >
          <input
            id={`${idPrefix}-${permission}`}
            type="checkbox"
            name="permissions"
            value={permission}
            defaultChecked={checked.includes(permission)}
            className="h-4 w-4"
          />
          {MERCHANT_PERMISSIONS[permission][locale === "zh" ? "zh" : "en"]}
        </label>
      ))}
    </fieldset>
  );
}
