package io.gongzhi.platform.cases.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Someone who follows a case instead of reporting the same problem again; told when it is settled. */
@Entity
@Table(name = "case_follower")
public class CaseFollower extends TenantOwned {

    @Id
    private String id;

    @Column(name = "case_id")
    private String caseId;

    private String subject;
    private OffsetDateTime since;

    protected CaseFollower() {}

    public CaseFollower(String caseId, String subject, OffsetDateTime since) {
        this.id = Ids.newId();
        this.caseId = caseId;
        this.subject = subject;
        this.since = since;
    }

    public String caseId() {
        return caseId;
    }

    public String subject() {
        return subject;
    }
}
