package org.xingfeng.publicity.api.articles;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as recorded or changed. {@code unitId} must be in the actor's reach (400 naming it otherwise);
 * {@code authorIds} are one to ten distinct staff members of that unit or a unit below it, first author first (400
 * naming {@code authorIds[i]} otherwise); {@code publishedOn} may not lie in the future; {@code link}, when given, is an
 * http(s) address.
 */
public record ArticleDraft(Long unitId, String title, String outlet, MediaLevel level, LocalDate publishedOn,
        String link, List<Long> authorIds) {
}
