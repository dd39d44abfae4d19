package org.xingfeng.publicity.api.articles;

/**
 * Filters of the article log; null means any. {@code unitId} takes the unit and every unit below it; {@code year} the
 * year of the publication date; {@code staffId} an author; {@code text} a part of the title or the outlet.
 */
public record ArticleQuery(Long unitId, Integer year, MediaLevel level, Long staffId, String text) {

    public static final ArticleQuery ALL = new ArticleQuery(null, null, null, null, null);
}
