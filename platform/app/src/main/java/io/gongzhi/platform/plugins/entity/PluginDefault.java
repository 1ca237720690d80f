package io.gongzhi.platform.plugins.entity;

import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The operator's global default of one plugin setting, for every tenant without an override. */
@Entity
@Table(name = "plugin_default")
public class PluginDefault {

    @Id
    private String id;

    @Embedded
    private SettingValue setting;

    protected PluginDefault() {}

    public PluginDefault(String pluginId, String name, String value) {
        this.id = Ids.newId();
        this.setting = new SettingValue(pluginId, name, value);
    }

    public void change(String value) {
        setting.change(value);
    }

    public String name() {
        return setting.name();
    }

    public String value() {
        return setting.value();
    }
}
