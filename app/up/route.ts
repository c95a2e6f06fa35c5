// Liveness, for whatever restarts a stuck process (an orchestrator, a container healthcheck): 200
// whenever the process answers. It asks nothing of the database, so a database outage does not
// get every instance restarted at once; /ready is the check that follows the database.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' });
}
