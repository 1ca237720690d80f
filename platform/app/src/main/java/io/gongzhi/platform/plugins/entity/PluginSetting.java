package io.gongzhi.platform.plugins.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tenant's override of one plugin setting. */
@Entity
@Table(name = "plugin_setting")
public class PluginSetting extends TenantOwned {

    @Id
    private String id;

    @Embedded
    private SettingValue setting;

    protected PluginSetting() {}

    public PluginSetting(String pluginId, String name, String value) {
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
