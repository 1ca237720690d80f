package io.gongzhi.platform.cases.control;

import io.gongzhi.platform.cases.entity.CaseFile;
import io.gongzhi.platform.notifications.control.Outbox;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;

/**
 * Who hears of a step of a case, written to the outbox with the step: the handlers when a case
 * reaches them or is put under supervision, the reporter when it is settled, closed or dispatched
 * again, its followers when it is closed or reopened. Titles name the case by number, never the
 * reporter.
 */
final class Notices {

    private Notices() {}

    static void of(EntityManager em, CaseFile c, String action, OffsetDateTime at) {
        String n = c.number();
        switch (action) {
            case "report", "escalate", "dispatch", "reopen" ->
                Outbox.toRole(
                        em,
                        "case." + action,
                        c.id(),
                        c.handlerUnit(),
                        c.handlerRole(),
                        "新事件待办 " + n + " / New case to handle " + n,
                        at);
            case "supervise" ->
                Outbox.toRole(
                        em,
                        "case.supervise",
                        c.id(),
                        c.handlerUnit(),
                        c.handlerRole(),
                        "事件已超时，督办 " + n + " / Case overdue, under supervision " + n,
                        at);
            case "resolve" ->
                Outbox.toPerson(
                        em,
                        "case.resolve",
                        c.id(),
                        c.reporter(),
                        "您反映的问题已办结，待核查 " + n + " / Your report is settled, being verified " + n,
                        at);
            case "close" ->
                Outbox.toPerson(
                        em,
                        "case.close",
                        c.id(),
                        c.reporter(),
                        "您反映的问题已关闭，请评价 " + n + " / Your report is closed: please rate it " + n,
                        at);
            case "reject" ->
                Outbox.toRole(
                        em,
                        "case.reject",
                        c.id(),
                        c.handlerUnit(),
                        c.handlerRole(),
                        "核查未通过，请继续办理 " + n + " / Not verified, please go on " + n,
                        at);
            default -> {
                // take, rate: nobody needs telling
            }
        }
        if (action.equals("close") || action.equals("reopen")) {
            followers(em, c, action, at);
        }
    }

    /** Those who follow the case hear that it was closed, or reopened. */
    private static void followers(EntityManager em, CaseFile c, String action, OffsetDateTime at) {
        String n = c.number();
        String title = action.equals("close")
                ? "您关注的问题已解决 " + n + " / A case you follow is closed " + n
                : "您关注的问题重新办理 " + n + " / A case you follow is being handled again " + n;
        em.createQuery("select f.subject from CaseFollower f where f.caseId = :c", String.class)
                .setParameter("c", c.id())
                .getResultStream()
                .forEach(s -> Outbox.toPerson(em, "case.followed." + action, c.id(), s, title, at));
    }
}
