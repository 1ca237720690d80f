package io.gongzhi.platform.cases.boundary;

import io.gongzhi.platform.cases.control.Action;
import io.gongzhi.platform.cases.entity.CaseEvent;
import io.gongzhi.platform.cases.entity.CaseFile;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case as its readers see it. The reporter is not named to staff (only {@code mine} tells the
 * reporter it is theirs); the history names staff, and the reporter only as "报告人 / reporter".
 */
public record CaseView(
        String id,
        String number,
        String category,
        String description,
        String unit,
        Double latitude,
        Double longitude,
        String address,
        String channel,
        String state,
        String tier,
        String handlerUnit,
        OffsetDateTime dueAt,
        boolean overdue,
        OffsetDateTime supervisedAt,
        int escalations,
        String settledTier,
        Integer rating,
        String ratingComment,
        int reopened,
        OffsetDateTime reportedAt,
        OffsetDateTime resolvedAt,
        OffsetDateTime closedAt,
        long version,
        boolean mine,
        List<String> actions,
        List<EventView> history) {

    /** One step of the history. */
    public record EventView(
            int seq,
            OffsetDateTime at,
            String action,
            String fromState,
            String toState,
            String tier,
            String handlerUnit,
            String actor,
            String note) {

        static EventView of(CaseEvent e, String reporter) {
            return new EventView(
                    e.seq(),
                    e.at(),
                    e.action(),
                    e.fromState() == null ? null : e.fromState().name(),
                    e.toState().name(),
                    e.tier(),
                    e.handlerUnit(),
                    e.actor().equals(reporter) ? "报告人 / reporter" : e.actorName(),
                    e.note());
        }
    }

    static CaseView of(CaseFile c, boolean mine, List<Action> actions, List<CaseEvent> history, OffsetDateTime now) {
        return new CaseView(
                c.id(),
                c.number(),
                c.category(),
                c.description(),
                c.unit(),
                c.latitude(),
                c.longitude(),
                c.address(),
                c.channel().name(),
                c.state().name(),
                c.tier(),
                c.handlerUnit(),
                c.dueAt(),
                c.state().open() && c.dueAt() != null && c.dueAt().isBefore(now),
                c.supervisedAt(),
                c.escalations(),
                c.settledTier(),
                c.rating(),
                c.ratingComment(),
                c.reopened(),
                c.reportedAt(),
                c.resolvedAt(),
                c.closedAt(),
                c.version(),
                mine,
                actions.stream().map(Action::code).toList(),
                history == null
                        ? null
                        : history.stream()
                                .map(e -> EventView.of(e, c.reporter()))
                                .toList());
    }
}
