// Which database errors are outages (answered 503) rather than bugs: real errors from real
// connections, a database that refuses them and one that never answers, and a real refusal.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterEach, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/generated/prisma/client';
import { isDatabaseUnavailableError } from '@/lib/db/errors';
import { manufacturerFactory } from '@/test/factories';
import { deleteTestData, testDb } from '@/test/support/database';

const clients: PrismaClient[] = [];
const servers: net.Server[] = [];
const sockets: net.Socket[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.$disconnect()));
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
  await deleteTestData();
});

function clientFor(port: number): PrismaClient {
  const client = new PrismaClient({
    adapter: new PrismaPg({
      connectionString: `postgresql://widgets:widgets@127.0.0.1:${port}/widgets`,
      connectionTimeoutMillis: 200,
    }),
  });
  clients.push(client);
  return client;
}

/** A port where nothing listens: bound, then closed again. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A server that accepts connections and never answers, as a hung database does. */
async function silentPort(): Promise<number> {
  const server = net.createServer((socket) => sockets.push(socket));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function errorOf(query: Promise<unknown>): Promise<unknown> {
  return query.then(
    () => expect.fail('the query succeeded'),
    (error: unknown) => error,
  );
}

describe('isDatabaseUnavailableError', () => {
  it('recognises a database that refuses connections, for queries, raw SQL and transactions', async () => {
    const client = clientFor(await closedPort());

    expect(isDatabaseUnavailableError(await errorOf(client.widget.findFirst()))).toBe(true);
    expect(isDatabaseUnavailableError(await errorOf(client.$queryRaw`SELECT 1`))).toBe(true);
    expect(
      isDatabaseUnavailableError(await errorOf(client.$transaction((tx) => tx.widget.count()))),
    ).toBe(true);
  });

  it('recognises a database that does not answer within the connection timeout', async () => {
    const client = clientFor(await silentPort());

    expect(isDatabaseUnavailableError(await errorOf(client.widget.findFirst()))).toBe(true);
  });

  it('does not take a refused statement or any other error for an outage', async () => {
    const manufacturer = await manufacturerFactory.create();
    const duplicate = testDb.manufacturer.create({
      data: { name: manufacturer.name, addressId: manufacturer.addressId },
    });

    expect(isDatabaseUnavailableError(await errorOf(duplicate))).toBe(false);
    expect(isDatabaseUnavailableError(new Error('Something else'))).toBe(false);
    expect(isDatabaseUnavailableError(null)).toBe(false);
  });
});
