package io.gongzhi.platform.disclosure.boundary;

import io.gongzhi.platform.disclosure.entity.NoticeKind;
import java.time.OffsetDateTime;

/** A notice as a client sends it. {@code version} is required when changing an existing notice. */
public record NoticeInput(
        String code, NoticeKind kind, String title, String body, OffsetDateTime publishedAt, Long version) {}
