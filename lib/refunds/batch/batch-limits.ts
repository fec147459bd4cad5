// How big a refund spreadsheet may be. The upload form, the server action's body limit
// (next.config.js) and the parser all read these, so the message a user sees matches what is enforced.

/** The largest file accepted (10 MiB): about 200,000 CSV rows, well above MAX_ROWS. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Data rows per file: the preview and the benchmark are sized for this. */
export const MAX_ROWS = 50_000;
/** Longer cells are cut here when read: no column needs more, and it bounds memory per row. */
export const MAX_CELL_CHARS = 1_000;
/**
 * Rows checked against the database and stored per round trip (a few queries per chunk, never one per
 * row). Few, because Prisma holds on to the parameters of its last hundred queries (see jsonParameter):
 * at 250 rows a query that is ~2 MB, full by the time 5,000 rows are in, so a 50,000-row file needs no
 * more; at 1,000 rows it was ~6 MB more, still filling at the 35th chunk. The extra round trips cost a
 * few percent of the time.
 */
export const VALIDATION_CHUNK_ROWS = 250;
/** What an XLSX may unpack to: a 50,000-row sheet is about 10 MB of XML; more is a zip bomb, not a sheet. */
export const MAX_XLSX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Sheet rows read at the most, empty ones included, so a sheet of a million blank rows stops early. */
export const MAX_SHEET_LINES = 2 * MAX_ROWS + 1_000;
