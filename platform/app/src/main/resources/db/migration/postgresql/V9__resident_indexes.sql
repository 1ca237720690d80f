-- PostgreSQL: residents of a subtree (unit LIKE 'prefix/%') through the index.
CREATE INDEX resident_unit_prefix ON resident (tenant_id, unit varchar_pattern_ops);
