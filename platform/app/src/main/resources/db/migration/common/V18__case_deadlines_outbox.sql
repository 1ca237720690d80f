-- Deadlines: when an overdue, supervised case is escalated; the lease that lets one instance run a
-- job; the transactional outbox of case notifications and the in-app inbox they are delivered to.
ALTER TABLE case_file ADD COLUMN escalate_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE job_lease (
    name    VARCHAR(63)  NOT NULL,
    holder  VARCHAR(200),
    held_until TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT job_lease_pk PRIMARY KEY (name)
);
INSERT INTO job_lease (name, holder, held_until) VALUES ('case-deadlines', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
INSERT INTO job_lease (name, holder, held_until) VALUES ('outbox', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');

CREATE TABLE outbox (
    tenant_id         VARCHAR(63)   NOT NULL,
    id                VARCHAR(36)   NOT NULL,
    topic             VARCHAR(40)   NOT NULL,
    case_id           VARCHAR(36),
    recipient_subject VARCHAR(200),
    recipient_unit    VARCHAR(800),
    recipient_role    VARCHAR(30),
    title             VARCHAR(300)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbox_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT outbox_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX outbox_pending ON outbox (tenant_id, delivered_at, created_at);

CREATE TABLE inbox_message (
    tenant_id         VARCHAR(63)   NOT NULL,
    id                VARCHAR(36)   NOT NULL,
    outbox_id         VARCHAR(36)   NOT NULL,
    topic             VARCHAR(40)   NOT NULL,
    case_id           VARCHAR(36),
    recipient_subject VARCHAR(200),
    recipient_unit    VARCHAR(800),
    recipient_role    VARCHAR(30),
    title             VARCHAR(300)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT inbox_message_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT inbox_message_once UNIQUE (tenant_id, outbox_id),
    CONSTRAINT inbox_message_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX inbox_message_subject ON inbox_message (tenant_id, recipient_subject, created_at);
CREATE INDEX inbox_message_unit ON inbox_message (tenant_id, recipient_unit, created_at);
