package io.gongzhi.platform.plugins.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A tenant's override of one plugin setting. */
@Entity
@Table(name = "plugin_setting")
public class PluginSetting extends TenantOwned {

    @Id
    private String id;

    @Column(name = "plugin_id")
    private String pluginId;

    private String name;

    @Column(name = "val")
    private String value;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected PluginSetting() {}

    public PluginSetting(String pluginId, String name, String value) {
        this.id = UUID.randomUUID().toString();
        this.pluginId = pluginId;
        this.name = name;
        change(value);
    }

    public void change(String value) {
        this.value = value;
        this.changedAt = OffsetDateTime.now();
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }
}
