package io.gongzhi.platform.cases.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A photo of a case: its checked image lives in the photo store under the tenant and this id. */
@Entity
@Table(name = "case_photo")
public class CasePhoto extends TenantOwned {

    @Id
    private String id;

    @Column(name = "case_id")
    private String caseId;

    @Column(name = "content_type")
    private String contentType;

    private int width;
    private int height;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private OffsetDateTime uploadedAt;

    protected CasePhoto() {}

    public CasePhoto(
            String caseId, String contentType, int width, int height, long sizeBytes, String by, OffsetDateTime at) {
        this.id = Ids.newId();
        this.caseId = caseId;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public String contentType() {
        return contentType;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }
}
