package io.gongzhi.platform.disclosure.boundary;

import io.gongzhi.platform.disclosure.entity.Notice;
import io.gongzhi.platform.disclosure.entity.NoticeKind;
import java.time.OffsetDateTime;

/** A notice as the API shows it. */
public record NoticeView(
        String code,
        String unit,
        NoticeKind kind,
        String title,
        String body,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt,
        long version) {

    static NoticeView of(Notice n) {
        return new NoticeView(
                n.code(), n.unit(), n.kind(), n.title(), n.body(), n.publishedAt(), n.updatedAt(), n.version());
    }
}
