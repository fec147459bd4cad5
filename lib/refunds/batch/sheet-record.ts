/** One row of a spreadsheet as text cells; `line` is its number in the sheet (1 = first row). */
export type SheetRecord = { line: number; cells: string[] };
