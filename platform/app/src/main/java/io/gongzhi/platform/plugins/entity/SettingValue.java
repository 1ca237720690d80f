package io.gongzhi.platform.plugins.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/** One value of one plugin setting, as a global default or a tenant's override keeps it. */
@Embeddable
public class SettingValue {

    @Column(name = "plugin_id")
    private String pluginId;

    private String name;

    @Column(name = "val")
    private String value;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected SettingValue() {}

    SettingValue(String pluginId, String name, String value) {
        this.pluginId = pluginId;
        this.name = name;
        change(value);
    }

    void change(String value) {
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
