-- Runs after every migration on PostgreSQL, as the owner role. It makes the second wall of
-- tenant isolation impossible to forget: every table with a tenant_id column gets row-level
-- security, enabled AND forced (so the owner is subject to it too), and one policy that admits
-- only rows of the tenant bound to the current transaction (app.tenant_id, set with SET LOCAL
-- semantics by the platform). No tenant bound: current_setting(..., true) is NULL or '' and no
-- row matches. The application role gets data rights only, never ownership.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.table_name
          FROM information_schema.columns c
          JOIN information_schema.tables tb
            ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
         WHERE c.table_schema = current_schema()
           AND c.column_name = 'tenant_id'
           AND tb.table_type = 'BASE TABLE'
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.table_name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.table_name);
        EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %I', t.table_name);
        EXECUTE format(
            'CREATE POLICY tenant_isolation ON %I '
            'USING (tenant_id = current_setting(''app.tenant_id'', true)) '
            'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t.table_name);
        IF '${app_role}' <> current_user THEN
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', t.table_name, '${app_role}');
        END IF;
    END LOOP;
END
$$;

-- The platform's own directory: read and kept by the application role, not tenant-owned.
DO $$
BEGIN
    IF '${app_role}' <> current_user THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON tenant TO %I', '${app_role}');
    END IF;
END
$$;

DO $$
BEGIN
    IF '${app_role}' <> current_user THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON plugin_default TO %I', '${app_role}');
    END IF;
END
$$;

-- Job leases (which instance runs a job that must run once): platform-wide, not tenant-owned.
DO $$
BEGIN
    IF '${app_role}' <> current_user THEN
        EXECUTE format('GRANT SELECT, UPDATE ON job_lease TO %I', '${app_role}');
    END IF;
END
$$;

-- The audit trail: the application role may add and read events, never change or remove them.
DO $$
BEGIN
    IF '${app_role}' <> current_user THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %I', '${app_role}');
    END IF;
END
$$;
