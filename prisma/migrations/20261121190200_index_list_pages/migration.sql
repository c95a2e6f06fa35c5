-- Indexes for the list pages at any size (docs/decisions/0011-keyset-pagination.md). A page is
-- read by keyset: the rows after (or before) a boundary row in the list's order, found by a row
-- comparison such as (name, id) > (…). An index on exactly those columns, in that order, finds
-- the boundary and reads the page's 26 rows from there, whatever the page's depth. Searches by
-- name are ILIKE '%text%', which a btree cannot serve; a trigram index can.

-- pg_trgm ships with PostgreSQL (the contrib modules; the embedded server has them).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The widget list's three orders (services/widget-queries.ts). The unique index on
-- (name, manufacturer_id) is ordered by name too, but not by the id the cursor names.
CREATE INDEX widgets_name_id_idx ON widgets (name, id);
COMMENT ON INDEX widgets_name_id_idx IS 'The widget list sorted by name: ORDER BY name, id, pages found by (name, id) > (…).';

CREATE INDEX widgets_price_cents_id_idx ON widgets (price_cents, id);
COMMENT ON INDEX widgets_price_cents_id_idx IS 'The widget list sorted by price: ORDER BY price_cents, id, pages found by (price_cents, id) > (…).';

-- Read backwards for newest first: a btree serves both directions.
CREATE INDEX widgets_created_at_id_idx ON widgets (created_at, id);
COMMENT ON INDEX widgets_created_at_id_idx IS 'The widget list sorted newest first: ORDER BY created_at DESC, id DESC, pages found by (created_at, id) < (…).';

-- A manufacturer's widgets by name. It starts with manufacturer_id, so it is also the foreign
-- key's index and widgets_manufacturer_id_idx would only cost writes.
CREATE INDEX widgets_manufacturer_id_name_id_idx ON widgets (manufacturer_id, name, id);
COMMENT ON INDEX widgets_manufacturer_id_name_id_idx IS 'A manufacturer''s widgets by name (the manufacturer page; its widget count on the manufacturer list); the index of the foreign key to manufacturers.';
DROP INDEX widgets_manufacturer_id_idx;

CREATE INDEX widgets_name_trgm_idx ON widgets USING gin (name gin_trgm_ops);
COMMENT ON INDEX widgets_name_trgm_idx IS 'Searching widgets by name: name ILIKE ''%text%'' (trigrams).';

-- The manufacturer list's two orders (services/manufacturer-queries.ts). By name it is served by
-- the unique index on name (manufacturers_name_key): names are unique, so the id never decides.
CREATE INDEX manufacturers_created_at_id_idx ON manufacturers (created_at, id);
COMMENT ON INDEX manufacturers_created_at_id_idx IS 'The manufacturer list sorted newest first: ORDER BY created_at DESC, id DESC, pages found by (created_at, id) < (…).';

CREATE INDEX manufacturers_name_trgm_idx ON manufacturers USING gin (name gin_trgm_ops);
COMMENT ON INDEX manufacturers_name_trgm_idx IS 'Searching manufacturers by name: name ILIKE ''%text%'' (trigrams).';
