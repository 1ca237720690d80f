package io.gongzhi.platform.cases.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Customizer;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;

/** One step of a case's history: who did what, from which state to which, at which tier and unit. */
@Entity
@Table(name = "case_event")
@Customizer(CaseEvent.AfterItsCase.class)
public class CaseEvent extends TenantOwned {

    /**
     * A new case's row goes to the database before its first history step in the same flush: the
     * foreign key {@code case_event → case_file} is a plain column here, not a mapping, so
     * EclipseLink would not know the order otherwise (it used to take a flush of its own).
     */
    public static final class AfterItsCase implements DescriptorCustomizer {
        @Override
        public void customize(ClassDescriptor descriptor) {
            descriptor.addConstraintDependency(CaseFile.class);
        }
    }

    @Id
    private String id;

    @Column(name = "case_id")
    private String caseId;

    private int seq;

    @Column(name = "occurred_at")
    private OffsetDateTime at;

    private String actor;

    @Column(name = "actor_name")
    private String actorName;

    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private CaseState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private CaseState toState;

    private String tier;

    @Column(name = "handler_unit")
    private String handlerUnit;

    private String note;

    protected CaseEvent() {}

    public CaseEvent(
            CaseFile c,
            int seq,
            OffsetDateTime at,
            String actor,
            String actorName,
            String action,
            CaseState from,
            String note) {
        this.id = Ids.newId();
        this.caseId = c.id();
        this.seq = seq;
        this.at = at;
        this.actor = actor;
        this.actorName = actorName;
        this.action = action;
        this.fromState = from;
        this.toState = c.state();
        this.tier = c.tier();
        this.handlerUnit = c.handlerUnit();
        this.note = note;
    }

    public String caseId() {
        return caseId;
    }

    public int seq() {
        return seq;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public String action() {
        return action;
    }

    public CaseState fromState() {
        return fromState;
    }

    public CaseState toState() {
        return toState;
    }

    public String tier() {
        return tier;
    }

    public String handlerUnit() {
        return handlerUnit;
    }

    public String note() {
        return note;
    }
}
