-- Residents. id_number, phone and address are personal data: the API masks them everywhere but
-- the audited unmask endpoint. unit is the unit path where the resident lives.
CREATE TABLE resident (
    tenant_id  VARCHAR(63)  NOT NULL,
    id         VARCHAR(36)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    id_number  VARCHAR(18),
    birth_date DATE,
    phone      VARCHAR(20),
    address    VARCHAR(300),
    household  VARCHAR(63),
    unit       VARCHAR(800) NOT NULL,
    care       VARCHAR(300) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT resident_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT resident_id_number UNIQUE (tenant_id, id_number),
    CONSTRAINT resident_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX resident_unit ON resident (tenant_id, unit);
CREATE INDEX resident_household ON resident (tenant_id, household);
