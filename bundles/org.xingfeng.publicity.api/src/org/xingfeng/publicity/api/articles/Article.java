package org.xingfeng.publicity.api.articles;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 宣传稿件: an article or report of a unit, published in {@code outlet} (媒体) of {@code level} on {@code publishedOn},
 * with its {@code link} when online, and its authors among the staff. {@code points} are the level's points under the
 * configuration in force, shared among {@code authors} by the configured rule; both are worked out when read.
 */
public record Article(long id, long unitId, String unitName, String title, String outlet, MediaLevel level,
        LocalDate publishedOn, String link, List<ArticleAuthor> authors, BigDecimal points, String createdBy,
        Instant createdAt) {

    public Article {
        authors = List.copyOf(authors);
    }
}
