// Paging arithmetic shared by the list pages.

/** The 1-based range shown on a page, and the page count (at least 1). */
export function pageRange(total: number, page: number, size: number): { from: number; to: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / size));
  const from = total ? (page - 1) * size + 1 : 0;
  const to = Math.min(total, page * size);
  return { from, to, pages };
}

/** A positive page number from the address (?page=), 1 when absent or malformed. */
export function readPage(s: string | null): number {
  const n = parseInt(s ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/** A page size from the address, when it is one of the allowed ones. */
export function readSize(s: string | null, allowed: number[], dflt: number): number {
  const n = parseInt(s ?? '', 10);
  return allowed.includes(n) ? n : dflt;
}
