-- People who follow a case they did not report (shown to them as a nearby duplicate while reporting).
CREATE TABLE case_follower (
    tenant_id  VARCHAR(63)  NOT NULL,
    id         VARCHAR(36)  NOT NULL,
    case_id    VARCHAR(36)  NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    since      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_follower_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT case_follower_once UNIQUE (tenant_id, case_id, subject),
    CONSTRAINT case_follower_case FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id)
);
