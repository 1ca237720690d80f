-- Households: the household number residents refer to, the unit and the exact address.
CREATE TABLE household (
    tenant_id VARCHAR(63)  NOT NULL,
    id        VARCHAR(36)  NOT NULL,
    code      VARCHAR(63)  NOT NULL,
    unit      VARCHAR(800) NOT NULL,
    address   VARCHAR(300),
    version   BIGINT       NOT NULL,
    CONSTRAINT household_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT household_code UNIQUE (tenant_id, code),
    CONSTRAINT household_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX household_unit ON household (tenant_id, unit);
