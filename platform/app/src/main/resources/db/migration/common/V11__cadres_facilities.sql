-- Cadres of communities and villages, and community service facilities.
CREATE TABLE cadre (
    tenant_id  VARCHAR(63)  NOT NULL,
    id         VARCHAR(36)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    unit       VARCHAR(800) NOT NULL,
    post       VARCHAR(40)  NOT NULL,
    birth_date DATE         NOT NULL,
    education  VARCHAR(20)  NOT NULL,
    pay_grade  VARCHAR(40),
    version    BIGINT       NOT NULL,
    CONSTRAINT cadre_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT cadre_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX cadre_unit ON cadre (tenant_id, unit);

CREATE TABLE facility (
    tenant_id   VARCHAR(63)   NOT NULL,
    id          VARCHAR(36)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    unit        VARCHAR(800)  NOT NULL,
    office_m2   NUMERIC(10,2) NOT NULL,
    activity_m2 NUMERIC(10,2) NOT NULL,
    households  INTEGER       NOT NULL,
    owner       VARCHAR(200),
    version     BIGINT        NOT NULL,
    CONSTRAINT facility_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT facility_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT facility_areas CHECK (office_m2 >= 0 AND activity_m2 >= 0 AND households >= 0)
);
CREATE INDEX facility_unit ON facility (tenant_id, unit);
