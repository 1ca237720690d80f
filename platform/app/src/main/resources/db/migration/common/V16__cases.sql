-- Cases (随手拍 reports and what follows them), their history, and each tenant's working calendar.
CREATE TABLE case_file (
    tenant_id        VARCHAR(63)   NOT NULL,
    id               VARCHAR(36)   NOT NULL,
    case_number      VARCHAR(40)   NOT NULL,
    category         VARCHAR(63)   NOT NULL,
    description      VARCHAR(2000) NOT NULL,
    unit             VARCHAR(800),
    latitude         DOUBLE PRECISION,
    longitude        DOUBLE PRECISION,
    address          VARCHAR(300),
    channel          VARCHAR(10)   NOT NULL,
    reporter         VARCHAR(200)  NOT NULL,
    reporter_name    VARCHAR(200),
    reporter_role    VARCHAR(30)   NOT NULL,
    idempotency_key  VARCHAR(100),
    request_hash     VARCHAR(64),
    state            VARCHAR(12)   NOT NULL,
    tier             VARCHAR(63)   NOT NULL,
    tier_rank        INT           NOT NULL,
    handler_unit     VARCHAR(800),
    handler_role     VARCHAR(30)   NOT NULL,
    due_at           TIMESTAMP WITH TIME ZONE,
    supervised_at    TIMESTAMP WITH TIME ZONE,
    escalations      INT           NOT NULL,
    settled_tier     VARCHAR(63),
    settled_rank     INT,
    rating           INT,
    rating_comment   VARCHAR(1000),
    reopened         INT           NOT NULL,
    reported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at      TIMESTAMP WITH TIME ZONE,
    closed_at        TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CONSTRAINT case_file_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT case_file_number UNIQUE (tenant_id, case_number),
    CONSTRAINT case_file_idempotency UNIQUE (tenant_id, reporter, idempotency_key),
    CONSTRAINT case_file_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT case_file_state CHECK (state IN ('DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')),
    CONSTRAINT case_file_channel CHECK (channel IN ('PORTAL', 'PATROL', 'PROXY', 'OPEN311')),
    CONSTRAINT case_file_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
);
CREATE INDEX case_file_handler ON case_file (tenant_id, handler_unit, state);
CREATE INDEX case_file_unit ON case_file (tenant_id, unit);
CREATE INDEX case_file_due ON case_file (tenant_id, state, due_at);
CREATE INDEX case_file_reporter ON case_file (tenant_id, reporter, reported_at);
CREATE INDEX case_file_category ON case_file (tenant_id, category, reported_at);

CREATE TABLE case_event (
    tenant_id     VARCHAR(63)   NOT NULL,
    id            VARCHAR(36)   NOT NULL,
    case_id       VARCHAR(36)   NOT NULL,
    seq           INT           NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(200)  NOT NULL,
    actor_name    VARCHAR(200),
    action        VARCHAR(20)   NOT NULL,
    from_state    VARCHAR(12),
    to_state      VARCHAR(12)   NOT NULL,
    tier          VARCHAR(63),
    handler_unit  VARCHAR(800),
    note          VARCHAR(1000),
    CONSTRAINT case_event_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT case_event_seq UNIQUE (tenant_id, case_id, seq),
    CONSTRAINT case_event_case FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id)
);

CREATE TABLE work_day (
    tenant_id  VARCHAR(63)  NOT NULL,
    on_date    DATE         NOT NULL,
    kind       VARCHAR(8)   NOT NULL,
    name       VARCHAR(100),
    CONSTRAINT work_day_pk PRIMARY KEY (tenant_id, on_date),
    CONSTRAINT work_day_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT work_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);
