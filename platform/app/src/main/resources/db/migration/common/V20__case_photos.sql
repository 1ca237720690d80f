-- Photos of cases: the checked, re-encoded image is in the photo store; this is its record.
CREATE TABLE case_photo (
    tenant_id     VARCHAR(63)  NOT NULL,
    id            VARCHAR(36)  NOT NULL,
    case_id       VARCHAR(36)  NOT NULL,
    content_type  VARCHAR(20)  NOT NULL,
    width         INT          NOT NULL,
    height        INT          NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    uploaded_by   VARCHAR(200) NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_photo_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT case_photo_case FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id)
);
CREATE INDEX case_photo_of_case ON case_photo (tenant_id, case_id);
