package io.gongzhi.platform.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A row of the tenant directory, as applied from a manifest or by the operator. */
@Entity
@Table(name = "tenant")
public class TenantRecord {

    @Id
    private String id;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    private String kind;

    /** Host names, comma separated, lower case. */
    private String hosts;

    @Column(name = "color_primary")
    private String colorPrimary;

    @Column(name = "color_accent")
    private String colorAccent;

    @Column(name = "logo_svg")
    private String logoSvg;

    private String locale;
    private String timezone;

    @Column(name = "plugin_id")
    private String pluginId;

    @Column(name = "plugin_version")
    private String pluginVersion;

    private String realm;

    @Column(name = "seed_ref")
    private String seedRef;

    @Enumerated(EnumType.STRING)
    private TenantStatus status;

    @Column(name = "manifest_hash")
    private String manifestHash;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected TenantRecord() {}

    public TenantRecord(String id) {
        this.id = id;
        this.createdAt = OffsetDateTime.now();
        this.status = TenantStatus.ACTIVE;
    }

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String kind() {
        return kind;
    }

    public List<String> hosts() {
        return hosts == null || hosts.isBlank() ? List.of() : Arrays.asList(hosts.split(","));
    }

    public String colorPrimary() {
        return colorPrimary;
    }

    public String colorAccent() {
        return colorAccent;
    }

    public String logoSvg() {
        return logoSvg;
    }

    public String locale() {
        return locale;
    }

    public String timezone() {
        return timezone;
    }

    public String pluginId() {
        return pluginId;
    }

    public String pluginVersion() {
        return pluginVersion;
    }

    public String realm() {
        return realm;
    }

    public String seedRef() {
        return seedRef;
    }

    public TenantStatus status() {
        return status;
    }

    public String manifestHash() {
        return manifestHash;
    }

    public long version() {
        return version;
    }

    public void describe(String nameZh, String nameEn, String kind, String locale, String timezone) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.kind = kind;
        this.locale = locale;
        this.timezone = timezone;
        touch();
    }

    public void brand(String colorPrimary, String colorAccent, String logoSvg) {
        this.colorPrimary = colorPrimary;
        this.colorAccent = colorAccent;
        this.logoSvg = logoSvg;
        touch();
    }

    public void serveOn(List<String> hostNames) {
        this.hosts = String.join(",", hostNames);
        touch();
    }

    public void govern(String pluginId, String pluginVersion, String realm, String seedRef) {
        this.pluginId = pluginId;
        this.pluginVersion = pluginVersion;
        this.realm = realm;
        this.seedRef = seedRef;
        touch();
    }

    public void changeStatus(TenantStatus status) {
        this.status = status;
        touch();
    }

    public void appliedFrom(String manifestHash) {
        this.manifestHash = manifestHash;
    }

    private void touch() {
        this.updatedAt = OffsetDateTime.now();
    }
}
