package io.gongzhi.platform.hierarchy.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One org unit during one stretch of time: valid from {@code validFrom} until the day before
 * {@code validTo} (open when null). A unit that was merged or moved is ended and names its {@code
 * successor}; it is never deleted, so past periods still find it.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends TenantOwned {

    @Id
    private String id;

    private String code;
    private String level;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "parent_id")
    private String parentId;

    private String path;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "successor_id")
    private String successorId;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected OrgUnit() {}

    public OrgUnit(String code, String level, String nameZh, String nameEn, OrgUnit parent, LocalDate validFrom) {
        this.id = Ids.newId();
        this.code = code;
        this.level = level;
        this.parentId = parent == null ? null : parent.id;
        this.path = parent == null ? code : parent.path + "/" + code;
        this.validFrom = validFrom;
        this.createdAt = OffsetDateTime.now();
        rename(nameZh, nameEn);
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.updatedAt = OffsetDateTime.now();
    }

    /** Ends the unit on {@code day} (it is no longer valid from that day), handing over to successor. */
    public void end(LocalDate day, String successorId) {
        this.validTo = day;
        this.successorId = successorId;
        this.updatedAt = OffsetDateTime.now();
    }

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String level() {
        return level;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String parentId() {
        return parentId;
    }

    public String path() {
        return path;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String successorId() {
        return successorId;
    }

    public long version() {
        return version;
    }
}
