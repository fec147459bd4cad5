import path from "node:path";
import { MailDev } from "maildev";

export const MAIL_CATCHER = { smtpPort: 1025, webPort: 1080 };

/**
 * A local SMTP server with an inbox readable in the browser (http://localhost:1080) and as JSON
 * (GET /api/email). The app sends real SMTP to it, exactly as it would to a relay in production.
 */
export async function startMailCatcher(ports = MAIL_CATCHER): Promise<{ stop: () => Promise<void> }> {
  const maildev = new MailDev({
    smtp: ports.smtpPort,
    web: ports.webPort,
    ip: "127.0.0.1",
    webIp: "127.0.0.1",
    silent: true,
    // Its own folder per port, so the dev inbox and an e2e run never see each other's mail.
    mailDirectory: path.join(process.cwd(), ".data", `mail-${ports.smtpPort}`),
  });
  await maildev.start();
  return { stop: () => maildev.stop() };
}
