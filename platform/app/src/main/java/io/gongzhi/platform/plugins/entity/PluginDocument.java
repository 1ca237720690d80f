package io.gongzhi.platform.plugins.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One JSON document a plugin keeps for a tenant. */
@Entity
@Table(name = "plugin_document")
public class PluginDocument extends TenantOwned {

    @Id
    private String id;

    @Column(name = "plugin_id")
    private String pluginId;

    private String kind;

    @Column(name = "doc_key")
    private String key;

    private String body;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected PluginDocument() {}

    public PluginDocument(String pluginId, String kind, String key, String body) {
        this.id = Ids.newId();
        this.pluginId = pluginId;
        this.kind = kind;
        this.key = key;
        replace(body);
    }

    public void replace(String body) {
        this.body = body;
        this.changedAt = OffsetDateTime.now();
    }

    public String key() {
        return key;
    }

    public String body() {
        return body;
    }
}
