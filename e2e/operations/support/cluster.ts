// Where playwright.operations.config.ts runs the cluster, from E2E_PORT: the load balancer on it
// (the suite's base URL), the mail catcher's SMTP and web ports next, then the web instances.
// Specs that start processes of their own take ports from E2E_PORT + 10 up.
const port = Number(process.env.E2E_PORT ?? 3100);

export const cluster = {
  balancerPort: port,
  mailPort: port + 1,
  mailInboxPort: port + 2,
  webPorts: [port + 3, port + 4],
};

/** The URL of one web instance, for requests that must not go through the balancer. */
export const webInstanceUrl = (webPort: number) => `http://127.0.0.1:${webPort}`;
