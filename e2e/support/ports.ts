// The e2e stack runs beside a developer's `npm run dev` without sharing a port.
export const E2E = {
  appPort: 3100,
  smtpPort: 2525,
  mailWebPort: 2580,
  bankPortBase: 4201,
};
export const E2E_APP_URL = `http://127.0.0.1:${E2E.appPort}`;
