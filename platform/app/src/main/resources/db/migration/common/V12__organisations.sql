-- Organisations at units of the hierarchy, and memberships with roles and terms.
CREATE TABLE organisation (
    tenant_id VARCHAR(63)  NOT NULL,
    id        VARCHAR(36)  NOT NULL,
    kind      VARCHAR(63)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    unit      VARCHAR(800) NOT NULL,
    parent_id VARCHAR(36),
    version   BIGINT       NOT NULL,
    CONSTRAINT organisation_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT organisation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT organisation_parent FOREIGN KEY (tenant_id, parent_id) REFERENCES organisation (tenant_id, id)
);
CREATE INDEX organisation_unit ON organisation (tenant_id, unit);
CREATE INDEX organisation_kind ON organisation (tenant_id, kind);

CREATE TABLE membership (
    tenant_id       VARCHAR(63)  NOT NULL,
    id              VARCHAR(36)  NOT NULL,
    organisation_id VARCHAR(36)  NOT NULL,
    person_name     VARCHAR(100) NOT NULL,
    resident_id     VARCHAR(36),
    role            VARCHAR(63)  NOT NULL,
    term_from       DATE         NOT NULL,
    term_to         DATE,
    CONSTRAINT membership_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT membership_organisation FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisation (tenant_id, id),
    CONSTRAINT membership_term CHECK (term_to IS NULL OR term_to > term_from)
);
CREATE INDEX membership_organisation_idx ON membership (tenant_id, organisation_id);
