package io.gongzhi.platform.cases.entity;

/** Where a case stands. A case is open until it is closed; a reopened case is dispatched again. */
public enum CaseState {
    /** Routed to a tier and unit, waiting for its handler to take it. */
    DISPATCHED,
    /** Taken by a handler. */
    IN_PROGRESS,
    /** The handler reports it settled; waiting for verification. */
    RESOLVED,
    /** Verified and closed; the reporter may rate it or reopen it. */
    CLOSED;

    public boolean open() {
        return this != CLOSED;
    }
}
