package io.gongzhi.platform.disclosure.boundary;

import io.gongzhi.platform.disclosure.entity.NoticeKind;
import java.time.OffsetDateTime;

/**
 * A notice as a client sends it. {@code unit} is the org unit it belongs to (a unit path; absent:
 * the whole tenant). {@code version} is required when changing an existing notice.
 */
public record NoticeInput(
        String code,
        String unit,
        NoticeKind kind,
        String title,
        String body,
        OffsetDateTime publishedAt,
        Long version) {}
