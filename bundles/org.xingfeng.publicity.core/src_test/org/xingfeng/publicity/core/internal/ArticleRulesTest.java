package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.publicity.api.articles.ArticleDraft;
import org.xingfeng.publicity.api.articles.MediaLevel;
import org.xingfeng.publicity.api.articles.ShareRule;

/** 宣传稿件加分: levels, co-authors' shares, a year's boundary and leaderboards worked by hand. */
class ArticleRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Map<MediaLevel, Integer> SEED = ArticleRules.DEFAULT_POINTS;

    static List<BigDecimal> money(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theSeedsPointsPerLevel() {
        assertEquals(20, SEED.get(MediaLevel.NATIONAL));
        assertEquals(10, SEED.get(MediaLevel.PROVINCIAL));
        assertEquals(5, SEED.get(MediaLevel.CITY));
        assertEquals(3, SEED.get(MediaLevel.COUNTY));
        assertEquals(SEED, ArticleRules.points(20, 10, 5, 3));
        assertThrows(IllegalArgumentException.class, () -> ArticleRules.points(20, -1, 5, 3));
        assertThrows(IllegalArgumentException.class, () -> ArticleRules.points(1001, 10, 5, 3));
    }

    @Test
    void aSingleAuthorGetsTheWholePointsUnderEveryRule() {
        for (ShareRule rule : ShareRule.values()) {
            assertEquals(money("20.00"), ArticleRules.shares(20, 1, rule), rule.name());
            assertEquals(money("3.00"), ArticleRules.shares(3, 1, rule), rule.name());
        }
    }

    @Test
    void equalSharesGiveTheCentsLeftOverToTheFirstAuthors() {
        assertEquals(money("10.00", "10.00"), ArticleRules.shares(20, 2, ShareRule.EQUAL));
        // 20 among 3: 666 cents each and 2 left over
        assertEquals(money("6.67", "6.67", "6.66"), ArticleRules.shares(20, 3, ShareRule.EQUAL));
        // county 3 among 4: 75 cents each
        assertEquals(money("0.75", "0.75", "0.75", "0.75"), ArticleRules.shares(3, 4, ShareRule.EQUAL));
        // city 5 among 3: 166 cents each and 2 left over
        assertEquals(money("1.67", "1.67", "1.66"), ArticleRules.shares(5, 3, ShareRule.EQUAL));
        for (int n = 1; n <= 10; n++) {
            for (int p : List.of(20, 10, 5, 3)) {
                assertEquals(new BigDecimal(p).setScale(2), sum(ArticleRules.shares(p, n, ShareRule.EQUAL)),
                        p + " among " + n);
            }
        }
    }

    @Test
    void fullAndFirstHalfRules() {
        assertEquals(money("10.00", "10.00", "10.00"), ArticleRules.shares(10, 3, ShareRule.FULL));
        assertEquals(money("10.00", "5.00", "5.00"), ArticleRules.shares(20, 3, ShareRule.FIRST_HALF));
        // 5 points among 4: the first 2.50, 2.50 for three: 0.84, 0.83, 0.83
        assertEquals(money("2.50", "0.84", "0.83", "0.83"), ArticleRules.shares(5, 4, ShareRule.FIRST_HALF));
        // 3 points among 2: 1.50 each
        assertEquals(money("1.50", "1.50"), ArticleRules.shares(3, 2, ShareRule.FIRST_HALF));
        assertEquals(List.of(), ArticleRules.shares(3, 0, ShareRule.EQUAL));
        assertEquals(ShareRule.FIRST_HALF, ArticleRules.shareRule(" first_half "));
        assertThrows(IllegalArgumentException.class, () -> ArticleRules.shareRule("HALF"));
    }

    @Test
    void aYearsBoundary() {
        assertTrue(ArticleRules.inYear(LocalDate.of(2025, 12, 31), 2025));
        assertTrue(!ArticleRules.inYear(LocalDate.of(2026, 1, 1), 2025));
        assertEquals(LocalDate.of(2025, 1, 1), ArticleRules.firstDay(2025));
        assertEquals(LocalDate.of(2025, 12, 31), ArticleRules.lastDay(2025));
        List<ArticleRules.Scored> articles = List.of(
                new ArticleRules.Scored(1, MediaLevel.NATIONAL, LocalDate.of(2025, 12, 31), List.of(7L)),
                new ArticleRules.Scored(2, MediaLevel.PROVINCIAL, LocalDate.of(2026, 1, 1), List.of(7L)),
                new ArticleRules.Scored(3, MediaLevel.COUNTY, LocalDate.of(2025, 1, 1), List.of(7L)));
        Map<Long, ArticleRules.Tally> y2025 = ArticleRules.tallies(articles, 2025, SEED, ShareRule.EQUAL);
        assertEquals(new BigDecimal("23.00"), y2025.get(7L).points);
        assertEquals(2, y2025.get(7L).articles);
        Map<Long, ArticleRules.Tally> y2026 = ArticleRules.tallies(articles, 2026, SEED, ShareRule.EQUAL);
        assertEquals(new BigDecimal("10.00"), y2026.get(7L).points);
        assertEquals(1, y2026.get(7L).level(MediaLevel.PROVINCIAL));
        assertEquals(0, y2026.get(7L).level(MediaLevel.NATIONAL));
    }

    /**
     * Worked by hand, seed 002's table, equal shares. A (staff 1) and B (2) write a national piece together: 10 + 10;
     * A, B and C (3) a city piece: 1.67, 1.67, 1.66; C alone two county pieces: 3 + 3; B alone a provincial one: 10.
     * A 11.67, B 21.67, C 7.66; ranks B, A, C.
     */
    @Test
    void aLeaderboardWorkedByHand() {
        List<ArticleRules.Scored> articles = List.of(
                new ArticleRules.Scored(1, MediaLevel.NATIONAL, LocalDate.of(2026, 3, 1), List.of(1L, 2L)),
                new ArticleRules.Scored(2, MediaLevel.CITY, LocalDate.of(2026, 3, 2), List.of(1L, 2L, 3L)),
                new ArticleRules.Scored(3, MediaLevel.COUNTY, LocalDate.of(2026, 4, 1), List.of(3L)),
                new ArticleRules.Scored(4, MediaLevel.COUNTY, LocalDate.of(2026, 4, 2), List.of(3L)),
                new ArticleRules.Scored(5, MediaLevel.PROVINCIAL, LocalDate.of(2026, 5, 1), List.of(2L)));
        Map<Long, ArticleRules.Tally> t = ArticleRules.tallies(articles, 2026, SEED, ShareRule.EQUAL);
        assertEquals(new BigDecimal("11.67"), t.get(1L).points);
        assertEquals(new BigDecimal("21.67"), t.get(2L).points);
        assertEquals(new BigDecimal("7.66"), t.get(3L).points);
        assertEquals(3, t.get(2L).articles);
        assertEquals(2, t.get(3L).level(MediaLevel.COUNTY));
        // the year's points in all: 20 + 5 + 3 + 3 + 10 = 41
        assertEquals(new BigDecimal("41.00"), t.values().stream().map(x -> x.points).reduce(BigDecimal::add).get());
        // under FULL each author counts the whole: A 25, B 35, C 11
        Map<Long, ArticleRules.Tally> full = ArticleRules.tallies(articles, 2026, SEED, ShareRule.FULL);
        assertEquals(new BigDecimal("25.00"), full.get(1L).points);
        assertEquals(new BigDecimal("35.00"), full.get(2L).points);
        assertEquals(new BigDecimal("11.00"), full.get(3L).points);
    }

    @Test
    void equalPointsShareARank() {
        assertEquals(List.of(1, 2, 2, 4), ArticleRules.ranks(money("100", "90.00", "90", "80")));
        assertEquals(List.of(), ArticleRules.ranks(List.of()));
        assertEquals(List.of(1, 1), ArticleRules.ranks(money("3.00", "3")));
    }

    static ArticleDraft draft(String title, String link, List<Long> authors, LocalDate on) {
        return new ArticleDraft(5L, title, "绵阳日报", MediaLevel.CITY, on, link, authors);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aDraftNamesEveryBadField() {
        assertEquals(List.of(), fields(ArticleRules.check(
                draft("医保政策进万家", "https://example.cn/a/1", List.of(1L, 2L), TODAY), TODAY)));
        assertEquals(List.of("body"), fields(ArticleRules.check(null, TODAY)));
        assertEquals(List.of("unitId", "title", "outlet", "level", "publishedOn", "authorIds"),
                fields(ArticleRules.check(new ArticleDraft(null, " ", null, null, null, null, List.of()), TODAY)));
        assertEquals(List.of("publishedOn"),
                fields(ArticleRules.check(draft("t", null, List.of(1L), TODAY.plusDays(1)), TODAY)));
        assertEquals(List.of("publishedOn"),
                fields(ArticleRules.check(draft("t", null, List.of(1L), LocalDate.of(1999, 12, 31)), TODAY)));
        assertEquals(List.of("link"), fields(ArticleRules.check(draft("t", "javascript:alert(1)", List.of(1L), TODAY),
                TODAY)));
        assertEquals(List.of("link"), fields(ArticleRules.check(draft("t", "www.example.cn", List.of(1L), TODAY),
                TODAY)));
        assertEquals(List.of("title"), fields(ArticleRules.check(draft("标".repeat(201), null, List.of(1L), TODAY),
                TODAY)));
        assertEquals(List.of("authorIds[2]"),
                fields(ArticleRules.check(draft("t", null, List.of(1L, 2L, 1L), TODAY), TODAY)));
        assertEquals(List.of("authorIds"), fields(ArticleRules.check(
                draft("t", null, List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L), TODAY), TODAY)));
    }
}
