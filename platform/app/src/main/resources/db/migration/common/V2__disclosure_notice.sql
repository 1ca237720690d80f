-- Public notices (公开: 党务、居务、财务、事务). Tenant-owned: tenant_id leads the key and every index.
CREATE TABLE notice (
    tenant_id    VARCHAR(63)    NOT NULL,
    id           VARCHAR(36)    NOT NULL,
    code         VARCHAR(64)    NOT NULL,
    kind         VARCHAR(20)    NOT NULL,
    title        VARCHAR(300)   NOT NULL,
    body         VARCHAR(20000) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT         NOT NULL,
    CONSTRAINT notice_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT notice_code UNIQUE (tenant_id, code),
    CONSTRAINT notice_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT notice_kind CHECK (kind IN ('PARTY', 'RESIDENTS', 'FINANCE', 'AFFAIRS'))
);
CREATE INDEX notice_published ON notice (tenant_id, published_at);
