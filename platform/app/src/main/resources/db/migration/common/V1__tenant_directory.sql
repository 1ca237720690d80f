-- The tenant directory: one row per district or county. Platform-owned, not tenant-owned:
-- it is read before a request's tenant is known (resolution by id or host name).
CREATE TABLE tenant (
    id             VARCHAR(63)   NOT NULL,
    name_zh        VARCHAR(200)  NOT NULL,
    name_en        VARCHAR(200)  NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    hosts          VARCHAR(2000) NOT NULL,
    color_primary  VARCHAR(7)    NOT NULL,
    color_accent   VARCHAR(7)    NOT NULL,
    logo_svg       VARCHAR(65536),
    locale         VARCHAR(20)   NOT NULL,
    timezone       VARCHAR(60)   NOT NULL,
    plugin_id      VARCHAR(63)   NOT NULL,
    plugin_version VARCHAR(100)  NOT NULL,
    realm          VARCHAR(100)  NOT NULL,
    seed_ref       VARCHAR(200),
    status         VARCHAR(20)   NOT NULL,
    manifest_hash  VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT tenant_pk PRIMARY KEY (id),
    CONSTRAINT tenant_status CHECK (status IN ('ACTIVE', 'SUSPENDED'))
);
