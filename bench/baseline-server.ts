// The baseline `npm run bench` compares the app's first page of /widgets with: the same table
// from the least code that can serve it. node:http and pg, no framework, no ORM, no React: one
// query of the shape the app's list sends (25 widgets by name, then id, with their manufacturers'
// names), rendered as an HTML table with the app's columns and formatting, HTML-escaped. What it
// serves on a machine is the practical upper limit for that page there.
//
// Started by bench/index-pages.ts with DATABASE_URL (the benchmark's database), HOST and PORT.
// Runs with `--conditions=react-server` for services/widget-identifier.ts's `server-only`.
import { createServer } from 'node:http';
import pg from 'pg';
import { formatDate } from '../lib/dates';
import { escapeHtml } from '../lib/html';
import { formatCents } from '../lib/money';
import { PER_PAGE } from '../lib/pagination';
import { widgetPath } from '../lib/routes';
import { paddedUserFacingIdentifier } from '../services/widget-identifier';

type WidgetRow = {
  id: number;
  name: string;
  price_cents: number;
  created_at: Date;
  manufacturer_name: string;
};

const FIRST_PAGE = `
  SELECT widgets.id, widgets.name, widgets.price_cents, widgets.created_at,
         manufacturers.name AS manufacturer_name
    FROM widgets
    JOIN manufacturers ON manufacturers.id = widgets.manufacturer_id
   ORDER BY widgets.name, widgets.id
   LIMIT $1`;

function renderPage(widgets: WidgetRow[]): string {
  const rows = widgets.map(
    (widget) =>
      `<tr><td><a href="${escapeHtml(widgetPath(widget.id))}">${escapeHtml(widget.name)}</a></td>` +
      `<td>${escapeHtml(paddedUserFacingIdentifier(widget.id))}</td>` +
      `<td>${escapeHtml(widget.manufacturer_name)}</td>` +
      `<td><time datetime="${widget.created_at.toISOString()}">${escapeHtml(formatDate(widget.created_at))}</time></td>` +
      `<td>${escapeHtml(formatCents(widget.price_cents))}</td></tr>`,
  );
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our Widgets · Widgets</title></head>
<body><main><h1>Our Widgets</h1>
<table><caption>Widgets</caption>
<thead><tr><th>Name</th><th>ID</th><th>Manufacturer</th><th>Added</th><th>Price</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</main></body></html>`;
}

function main(): void {
  const { DATABASE_URL, HOST = '127.0.0.1', PORT = '3000' } = process.env;
  if (!DATABASE_URL) throw new Error('DATABASE_URL must name the database to serve.');
  // pg's default pool of 10 connections, as the app's Prisma adapter has.
  const pool = new pg.Pool({
    connectionString: DATABASE_URL,
    application_name: 'widgets-baseline',
  });

  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/') {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    pool.query<WidgetRow>(FIRST_PAGE, [PER_PAGE]).then(
      ({ rows }) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(renderPage(rows));
      },
      (error: unknown) => {
        console.error(error);
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Error\n');
      },
    );
  });
  server.listen(Number(PORT), HOST, () => console.log(`Baseline listening on ${HOST}:${PORT}`));

  const stop = () => {
    server.close(() => void pool.end().finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
