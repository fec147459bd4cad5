import type { ReactNode } from "react";
import { TH } from "@/components/dashboard/table-region";

/** A table's header row: one column header per label (a label may be visually hidden text). */
export function TableHead({ columns }: { columns: ReactNode[] }) {
  return (
    <thead className="border-b border-slate-200 bg-slate-50">
      <tr>
        {columns.map((column, index) => (
          <th key={index} scope="col" className={TH}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
