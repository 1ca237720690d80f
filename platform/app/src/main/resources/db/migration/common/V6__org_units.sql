-- The administrative hierarchy. A unit's path is the codes from the top down ('nanyuan/lanhua');
-- a subtree is path = p OR path LIKE 'p/%', one range scan of the path index. Units are never
-- deleted: a reorganisation ends them (valid_to) and names their successor.
CREATE TABLE org_unit (
    tenant_id    VARCHAR(63)  NOT NULL,
    id           VARCHAR(36)  NOT NULL,
    code         VARCHAR(63)  NOT NULL,
    level        VARCHAR(63)  NOT NULL,
    name_zh      VARCHAR(200) NOT NULL,
    name_en      VARCHAR(200),
    parent_id    VARCHAR(36),
    path         VARCHAR(800) NOT NULL,
    valid_from   DATE         NOT NULL,
    valid_to     DATE,
    successor_id VARCHAR(36),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT org_unit_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT org_unit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT org_unit_dates CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX org_unit_path ON org_unit (tenant_id, path);
CREATE INDEX org_unit_parent ON org_unit (tenant_id, parent_id);
CREATE INDEX org_unit_successor ON org_unit (tenant_id, successor_id);
