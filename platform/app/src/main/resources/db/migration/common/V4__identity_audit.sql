-- Identity and audit. Role assignments say where a person acts; the audit trail is append-only.

-- Subject (the realm's user id) acts as role at unit (a unit path) and below. Tenant-owned.
CREATE TABLE role_assignment (
    tenant_id  VARCHAR(63)  NOT NULL,
    id         VARCHAR(36)  NOT NULL,
    subject    VARCHAR(100) NOT NULL,
    username   VARCHAR(200),
    role       VARCHAR(40)  NOT NULL,
    unit       VARCHAR(800) NOT NULL,
    granted_by VARCHAR(200) NOT NULL,
    granted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT role_assignment_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT role_assignment_key UNIQUE (tenant_id, subject, role, unit),
    CONSTRAINT role_assignment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

-- The audit trail of a tenant, or of the operators ('_operator', a name no tenant id can take, so
-- there is no foreign key to the tenant directory). Rows are never updated or deleted.
CREATE TABLE audit_event (
    tenant_id  VARCHAR(63)   NOT NULL,
    id         VARCHAR(36)   NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(100),
    actor_name VARCHAR(200),
    action     VARCHAR(60)   NOT NULL,
    target     VARCHAR(500),
    outcome    VARCHAR(10)   NOT NULL,
    detail     VARCHAR(1000),
    CONSTRAINT audit_event_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT audit_event_outcome CHECK (outcome IN ('DONE', 'DENIED'))
);
CREATE INDEX audit_event_at ON audit_event (tenant_id, at);
CREATE INDEX audit_event_action ON audit_event (tenant_id, action, at);

-- A notice may belong to one org unit (its community, say); none means the whole tenant.
ALTER TABLE notice ADD COLUMN unit VARCHAR(800);
