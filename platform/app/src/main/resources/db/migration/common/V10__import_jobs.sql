-- Background imports of register files and their progress.
CREATE TABLE import_job (
    tenant_id     VARCHAR(63)  NOT NULL,
    id            VARCHAR(36)  NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    state         VARCHAR(10)  NOT NULL,
    rows_total    INTEGER      NOT NULL,
    rows_done     INTEGER      NOT NULL,
    percent       INTEGER      NOT NULL,
    outcome       VARCHAR(60000),
    owner_subject VARCHAR(100) NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT import_job_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT import_job_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT import_job_state CHECK (state IN ('RUNNING', 'DONE', 'REFUSED', 'FAILED'))
);
CREATE INDEX import_job_started ON import_job (tenant_id, started_at);
