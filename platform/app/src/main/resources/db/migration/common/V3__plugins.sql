-- Plugins: which tenant uses which plugin, their settings (global default, per-tenant override),
-- and the plugins' own documents. Plugins own no tables; this is where their data lives.

-- Per-tenant enablement of a plugin. Tenant-owned.
CREATE TABLE plugin_enablement (
    tenant_id  VARCHAR(63)  NOT NULL,
    id         VARCHAR(36)  NOT NULL,
    plugin_id  VARCHAR(63)  NOT NULL,
    enabled    BOOLEAN      NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plugin_enablement_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT plugin_enablement_key UNIQUE (tenant_id, plugin_id),
    CONSTRAINT plugin_enablement_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

-- Global defaults of plugin settings, set by the operator. Platform-owned.
CREATE TABLE plugin_default (
    id         VARCHAR(36)   NOT NULL,
    plugin_id  VARCHAR(63)   NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    val        VARCHAR(2000) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plugin_default_pk PRIMARY KEY (id),
    CONSTRAINT plugin_default_key UNIQUE (plugin_id, name)
);

-- A tenant's overrides of plugin settings. Tenant-owned.
CREATE TABLE plugin_setting (
    tenant_id  VARCHAR(63)   NOT NULL,
    id         VARCHAR(36)   NOT NULL,
    plugin_id  VARCHAR(63)   NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    val        VARCHAR(2000) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plugin_setting_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT plugin_setting_key UNIQUE (tenant_id, plugin_id, name),
    CONSTRAINT plugin_setting_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

-- The plugins' own JSON documents, by kind and key. Tenant-owned.
CREATE TABLE plugin_document (
    tenant_id  VARCHAR(63)  NOT NULL,
    id         VARCHAR(36)  NOT NULL,
    plugin_id  VARCHAR(63)  NOT NULL,
    kind       VARCHAR(100) NOT NULL,
    doc_key    VARCHAR(100) NOT NULL,
    body       VARCHAR(262144) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plugin_document_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT plugin_document_key UNIQUE (tenant_id, plugin_id, kind, doc_key)
);
