const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

export type MailContent = { subject: string; paragraphs: string[]; action?: { label: string; url: string } };

/** One look for every message: a plain-text part and a simple, accessible HTML part. */
export function renderMail(content: MailContent): { subject: string; text: string; html: string } {
  const text = [...content.paragraphs, content.action ? `${content.action.label}: ${content.action.url}` : ""]
    .filter(Boolean)
    .join("\n\n");
  const body = content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
  const action = content.action
    ? `<p><a href="${escapeHtml(content.action.url)}" style="background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(content.action.label)}</a></p><p style="color:#555;font-size:13px">${escapeHtml(content.action.url)}</p>`
    : "";
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#111;max-width:560px;margin:auto"><h2 style="color:#1d4ed8">Paylane</h2>${body}${action}</body></html>`;
  return { subject: content.subject, text, html };
}
