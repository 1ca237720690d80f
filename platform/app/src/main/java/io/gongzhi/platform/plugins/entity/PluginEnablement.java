package io.gongzhi.platform.plugins.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Whether a tenant uses a plugin, as the operator last decided. */
@Entity
@Table(name = "plugin_enablement")
public class PluginEnablement extends TenantOwned {

    @Id
    private String id;

    @Column(name = "plugin_id")
    private String pluginId;

    private boolean enabled;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected PluginEnablement() {}

    public PluginEnablement(String pluginId, boolean enabled) {
        this.id = Ids.newId();
        this.pluginId = pluginId;
        set(enabled);
    }

    public void set(boolean enabled) {
        this.enabled = enabled;
        this.changedAt = OffsetDateTime.now();
    }

    public String pluginId() {
        return pluginId;
    }

    public boolean enabled() {
        return enabled;
    }
}
