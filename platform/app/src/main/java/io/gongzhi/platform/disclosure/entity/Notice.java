package io.gongzhi.platform.disclosure.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A public notice of a tenant, identified to people by its code (e.g. {@code 2026-财务-07}). */
@Entity
@Table(name = "notice")
public class Notice extends TenantOwned {

    @Id
    private String id;

    private String code;

    @Enumerated(EnumType.STRING)
    private NoticeKind kind;

    private String title;
    private String body;

    /** The org unit the notice belongs to (a unit path); null for the whole tenant. */
    private String unit;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Notice() {}

    public Notice(String code, String unit, NoticeKind kind, String title, String body, OffsetDateTime publishedAt) {
        this.id = Ids.newId();
        this.code = code;
        this.createdAt = OffsetDateTime.now();
        revise(unit, kind, title, body, publishedAt);
    }

    public void revise(String unit, NoticeKind kind, String title, String body, OffsetDateTime publishedAt) {
        this.unit = unit;
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.publishedAt = publishedAt;
        this.updatedAt = OffsetDateTime.now();
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String unit() {
        return unit;
    }

    public NoticeKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
