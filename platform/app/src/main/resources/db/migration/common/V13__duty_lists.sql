-- The three duty lists and admission filing of new tasks.
CREATE TABLE admission (
    tenant_id    VARCHAR(63)   NOT NULL,
    id           VARCHAR(36)   NOT NULL,
    department   VARCHAR(200)  NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    basis        VARCHAR(1000),
    funding      NUMERIC(14,2) NOT NULL,
    state        VARCHAR(10)   NOT NULL,
    submitted_by VARCHAR(200)  NOT NULL,
    decided_by   VARCHAR(200),
    reason       VARCHAR(1000),
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT admission_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT admission_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT admission_state CHECK (state IN ('SUBMITTED', 'REVIEWED', 'ADMITTED', 'REFUSED')),
    CONSTRAINT admission_funding CHECK (funding >= 0)
);
CREATE INDEX admission_state_idx ON admission (tenant_id, state);

CREATE TABLE duty_item (
    tenant_id    VARCHAR(63)   NOT NULL,
    id           VARCHAR(36)   NOT NULL,
    list_kind    VARCHAR(10)   NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    basis        VARCHAR(1000),
    department   VARCHAR(200),
    funding      NUMERIC(14,2),
    admission_id VARCHAR(36),
    version      BIGINT        NOT NULL,
    CONSTRAINT duty_item_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT duty_item_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT duty_item_list CHECK (list_kind IN ('OWN', 'ASSISTED', 'NEGATIVE')),
    CONSTRAINT duty_item_admission FOREIGN KEY (tenant_id, admission_id) REFERENCES admission (tenant_id, id)
);
CREATE INDEX duty_item_list_idx ON duty_item (tenant_id, list_kind);
