package io.gongzhi.platform.cases.entity;

/** How a case came in. */
public enum Channel {
    /** A resident, from the portal (随手拍). */
    PORTAL,
    /** A grid worker on patrol. */
    PATROL,
    /** Staff, on someone's behalf (a call, a visit). */
    PROXY,
    /** An Open311 client. */
    OPEN311
}
