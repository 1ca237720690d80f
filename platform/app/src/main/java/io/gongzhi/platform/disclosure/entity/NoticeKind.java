package io.gongzhi.platform.disclosure.entity;

/** The four kinds of public disclosure (四务公开). */
public enum NoticeKind {
    /** 党务公开 */
    PARTY,
    /** 居务/村务公开 */
    RESIDENTS,
    /** 财务公开 */
    FINANCE,
    /** 事务公开 */
    AFFAIRS
}
