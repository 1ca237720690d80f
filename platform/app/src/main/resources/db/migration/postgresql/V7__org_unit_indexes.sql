-- PostgreSQL: LIKE 'prefix/%' uses a btree index only with pattern operators (the database's
-- collation is not C); and at most one current unit per path, enforced by the database.
CREATE INDEX org_unit_path_prefix ON org_unit (tenant_id, path varchar_pattern_ops);
CREATE UNIQUE INDEX org_unit_current_path ON org_unit (tenant_id, path) WHERE valid_to IS NULL;
