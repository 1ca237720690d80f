-- Unit paths compare byte by byte ("C" collation): a subtree is then exactly the range
-- [p || '/', p || '0'), which the platform queries with leakproof comparisons that PostgreSQL may
-- push into the index under row-level security (LIKE is not leakproof: with RLS it scanned the
-- whole tenant, 20,297 rows for one street at the Wuhan scale). The pattern indexes go.
DROP INDEX org_unit_path_prefix;
DROP INDEX resident_unit_prefix;
DROP INDEX org_unit_current_path;
ALTER TABLE org_unit ALTER COLUMN path TYPE VARCHAR(800) COLLATE "C";
CREATE UNIQUE INDEX org_unit_current_path ON org_unit (tenant_id, path) WHERE valid_to IS NULL;
ALTER TABLE resident ALTER COLUMN unit TYPE VARCHAR(800) COLLATE "C";
ALTER TABLE household ALTER COLUMN unit TYPE VARCHAR(800) COLLATE "C";
ALTER TABLE cadre ALTER COLUMN unit TYPE VARCHAR(800) COLLATE "C";
ALTER TABLE facility ALTER COLUMN unit TYPE VARCHAR(800) COLLATE "C";
ALTER TABLE organisation ALTER COLUMN unit TYPE VARCHAR(800) COLLATE "C";
