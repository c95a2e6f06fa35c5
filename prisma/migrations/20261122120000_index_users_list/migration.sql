-- Indexes for the users list (/users, services/user-queries.ts), as for the other lists
-- (docs/decisions/0011-keyset-pagination.md): one per order, on exactly its columns, and a
-- trigram index for each searched column.

-- Sorted by name. By email it is served by the unique index on email (users_email_key): emails
-- are unique, so the id never decides.
CREATE INDEX users_name_id_idx ON users (name, id);
COMMENT ON INDEX users_name_id_idx IS 'The users list sorted by name: ORDER BY name, id, pages found by (name, id) > (…).';

-- A search matches the name or the email. email is citext, whose own ILIKE no trigram index
-- serves: the list compares email::text, which this index (built on the same bytes) does.
CREATE INDEX users_name_trgm_idx ON users USING gin (name gin_trgm_ops);
COMMENT ON INDEX users_name_trgm_idx IS 'Searching users by name: name ILIKE ''%text%'' (trigrams).';

CREATE INDEX users_email_trgm_idx ON users USING gin (email gin_trgm_ops);
COMMENT ON INDEX users_email_trgm_idx IS 'Searching users by email: email::text ILIKE ''%text%'' (trigrams).';
