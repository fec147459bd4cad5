import { TH } from "@/components/dashboard/table-region";

export type HeadColumn = { label: string; numeric?: boolean };

/** A table's column headers; numeric columns are right-aligned like their cells. */
export function TableHead({ columns }: { columns: HeadColumn[] }) {
  return (
    <thead className="border-b border-slate-200 bg-slate-50">
      <tr>
        {columns.map((column) => (
          <th key={column.label} scope="col" className={column.numeric ? `${TH} text-right` : TH}>
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
