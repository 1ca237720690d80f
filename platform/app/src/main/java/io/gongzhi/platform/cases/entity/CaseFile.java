package io.gongzhi.platform.cases.entity;

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

/**
 * A case: what was reported, where, by whom, and where it stands (state, tier, the unit handling
 * it, the time it is due). Its changes go through {@link io.gongzhi.platform.cases.control.CaseFlow},
 * which writes the history; the reporter's identity is the subject of their token.
 */
@Entity
@Table(name = "case_file")
public class CaseFile extends TenantOwned {

    @Id
    private String id;

    @Column(name = "case_number")
    private String number;

    private String category;
    private String description;
    private String unit;
    private Double latitude;
    private Double longitude;
    private String address;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String reporter;

    @Column(name = "reporter_name")
    private String reporterName;

    @Column(name = "reporter_role")
    private String reporterRole;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_hash")
    private String requestHash;

    @Enumerated(EnumType.STRING)
    private CaseState state;

    private String tier;

    @Column(name = "tier_rank")
    private int tierRank;

    @Column(name = "handler_unit")
    private String handlerUnit;

    @Column(name = "handler_role")
    private String handlerRole;

    @Column(name = "due_at")
    private OffsetDateTime dueAt;

    @Column(name = "supervised_at")
    private OffsetDateTime supervisedAt;

    @Column(name = "escalate_at")
    private OffsetDateTime escalateAt;

    private int escalations;

    @Column(name = "settled_tier")
    private String settledTier;

    @Column(name = "settled_rank")
    private Integer settledRank;

    private Integer rating;

    @Column(name = "rating_comment")
    private String ratingComment;

    private int reopened;

    @Column(name = "reported_at")
    private OffsetDateTime reportedAt;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Version
    private long version;

    protected CaseFile() {}

    /** A new case as reported; {@link #route} sends it to its first tier. */
    public CaseFile(Report report, String reporter, String reporterName, String reporterRole, OffsetDateTime at) {
        this.id = Ids.newId();
        this.number = at.toLocalDate().toString().replace("-", "") + "-"
                + id.substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        this.category = report.category();
        this.description = report.description();
        this.unit = report.unit();
        this.latitude = report.latitude();
        this.longitude = report.longitude();
        this.address = report.address();
        this.channel = report.channel();
        this.idempotencyKey = report.idempotencyKey();
        this.requestHash = report.hash();
        this.reporter = reporter;
        this.reporterName = reporterName;
        this.reporterRole = reporterRole;
        this.reportedAt = at;
        this.state = CaseState.DISPATCHED;
    }

    /** What a report says. */
    public record Report(
            String category,
            String description,
            String unit,
            Double latitude,
            Double longitude,
            String address,
            Channel channel,
            String idempotencyKey,
            String hash) {}

    /** Sends the case to a tier and unit, due at {@code due} (null: no limit), waiting to be taken. */
    public void route(String tier, int rank, String handlerUnit, String handlerRole, OffsetDateTime due) {
        this.tier = tier;
        this.tierRank = rank;
        this.handlerUnit = handlerUnit;
        this.handlerRole = handlerRole;
        this.dueAt = due;
        this.supervisedAt = null;
        this.escalateAt = null;
        this.state = CaseState.DISPATCHED;
    }

    public void take() {
        this.state = CaseState.IN_PROGRESS;
    }

    /** The handler reports it settled, at its tier (小事不出网格 is measured from this). */
    public void resolve(OffsetDateTime at) {
        this.state = CaseState.RESOLVED;
        this.resolvedAt = at;
        this.settledTier = tier;
        this.settledRank = tierRank;
    }

    /** Verification failed: back to the handler. */
    public void rejectResolution() {
        this.state = CaseState.IN_PROGRESS;
        this.settledTier = null;
        this.settledRank = null;
    }

    public void close(OffsetDateTime at) {
        this.state = CaseState.CLOSED;
        this.closedAt = at;
    }

    public void rate(int stars, String comment) {
        this.rating = stars;
        this.ratingComment = comment;
    }

    /** The reporter is not satisfied: dispatched again to the same tier and unit, the rating cleared. */
    public void reopen(OffsetDateTime due) {
        this.reopened++;
        this.rating = null;
        this.ratingComment = null;
        this.closedAt = null;
        this.resolvedAt = null;
        this.settledTier = null;
        this.settledRank = null;
        route(tier, tierRank, handlerUnit, handlerRole, due);
    }

    public void escalated() {
        this.escalations++;
    }

    /** Under supervision (督办) from {@code at}; escalated automatically if still open at {@code escalateAt}. */
    public void supervise(OffsetDateTime at, OffsetDateTime escalateAt) {
        this.supervisedAt = at;
        this.escalateAt = escalateAt;
    }

    /** Nothing above to escalate to: supervision goes on without a deadline of its own. */
    public void noEscalation() {
        this.escalateAt = null;
    }

    public OffsetDateTime escalateAt() {
        return escalateAt;
    }

    public String id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String category() {
        return category;
    }

    public String description() {
        return description;
    }

    public String unit() {
        return unit;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public String address() {
        return address;
    }

    public Channel channel() {
        return channel;
    }

    public String reporter() {
        return reporter;
    }

    public String reporterName() {
        return reporterName;
    }

    public String reporterRole() {
        return reporterRole;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String requestHash() {
        return requestHash;
    }

    public CaseState state() {
        return state;
    }

    public String tier() {
        return tier;
    }

    public int tierRank() {
        return tierRank;
    }

    public String handlerUnit() {
        return handlerUnit;
    }

    public String handlerRole() {
        return handlerRole;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public OffsetDateTime supervisedAt() {
        return supervisedAt;
    }

    public int escalations() {
        return escalations;
    }

    public String settledTier() {
        return settledTier;
    }

    public Integer settledRank() {
        return settledRank;
    }

    public Integer rating() {
        return rating;
    }

    public String ratingComment() {
        return ratingComment;
    }

    public int reopened() {
        return reopened;
    }

    public OffsetDateTime reportedAt() {
        return reportedAt;
    }

    public OffsetDateTime resolvedAt() {
        return resolvedAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
