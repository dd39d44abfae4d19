package org.xingfeng.publicity.core.internal;

import static org.xingfeng.publicity.core.internal.PublicityText.MESSAGES;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.publicity.api.articles.ArticleDraft;
import org.xingfeng.publicity.api.articles.MediaLevel;
import org.xingfeng.publicity.api.articles.PointsTable;
import org.xingfeng.publicity.api.articles.ShareRule;

/**
 * The article rules that need no database: a draft's form, the points of a level, the co-authors' shares, a year's
 * days, and the leaderboard's tallies and ranks (宣传稿件加分, seed 002).
 */
final class ArticleRules {

    static final int TITLE_MAX = 200;
    static final int OUTLET_MAX = 100;
    static final int LINK_MAX = 500;
    static final int AUTHORS_MAX = 10;
    static final int POINTS_MAX = 1000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** Seed 002: 国家级20分，省级10分，市级5分，县级3分. */
    static final Map<MediaLevel, Integer> DEFAULT_POINTS = Map.of(MediaLevel.NATIONAL, 20, MediaLevel.PROVINCIAL, 10,
            MediaLevel.CITY, 5, MediaLevel.COUNTY, 3);

    private ArticleRules() {
    }

    /** What is wrong with a draft on its face (the org tree is checked by the service). */
    static List<FieldError> check(ArticleDraft d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.required")));
            return errors;
        }
        if (d.unitId() == null) {
            errors.add(FieldError.of("unitId", MESSAGES.text("field.required")));
        }
        text(errors, "title", d.title(), TITLE_MAX);
        text(errors, "outlet", d.outlet(), OUTLET_MAX);
        if (d.level() == null) {
            errors.add(FieldError.of("level", MESSAGES.text("field.required")));
        }
        if (d.publishedOn() == null) {
            errors.add(FieldError.of("publishedOn", MESSAGES.text("field.required")));
        } else if (d.publishedOn().isAfter(today)) {
            errors.add(FieldError.of("publishedOn", MESSAGES.text("article.future")));
        } else if (d.publishedOn().isBefore(EARLIEST)) {
            errors.add(FieldError.of("publishedOn", MESSAGES.text("article.tooOld")));
        }
        if (!Strings.blank(d.link())) {
            String link = d.link().strip();
            if (link.length() > LINK_MAX || !isWebAddress(link)) {
                errors.add(FieldError.of("link", MESSAGES.text("article.link", LINK_MAX)));
            }
        }
        List<Long> authors = d.authorIds();
        if (authors == null || authors.isEmpty()) {
            errors.add(FieldError.of("authorIds", MESSAGES.text("article.authors", AUTHORS_MAX)));
        } else if (authors.size() > AUTHORS_MAX) {
            errors.add(FieldError.of("authorIds", MESSAGES.text("article.authors", AUTHORS_MAX)));
        } else {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < authors.size(); i++) {
                Long a = authors.get(i);
                if (a == null) {
                    errors.add(FieldError.of("authorIds[" + i + "]", MESSAGES.text("field.required")));
                } else if (!seen.add(a)) {
                    errors.add(FieldError.of("authorIds[" + i + "]", MESSAGES.text("article.authorTwice")));
                }
            }
        }
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (Strings.blank(value)) {
            errors.add(FieldError.of(field, MESSAGES.text("field.required")));
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, MESSAGES.text("field.length", 1, max)));
        }
    }

    static boolean isWebAddress(String link) {
        try {
            URI u = new URI(link);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
    }

    /** The points table of the configuration, each 0..1000. */
    static Map<MediaLevel, Integer> points(int national, int provincial, int city, int county) {
        Map<MediaLevel, Integer> m = new EnumMap<>(MediaLevel.class);
        m.put(MediaLevel.NATIONAL, national);
        m.put(MediaLevel.PROVINCIAL, provincial);
        m.put(MediaLevel.CITY, city);
        m.put(MediaLevel.COUNTY, county);
        for (Map.Entry<MediaLevel, Integer> e : m.entrySet()) {
            if (e.getValue() < 0 || e.getValue() > POINTS_MAX) {
                throw new IllegalArgumentException(
                        "publicity points of " + e.getKey() + " must be 0.." + POINTS_MAX + ", was " + e.getValue());
            }
        }
        return m;
    }

    static ShareRule shareRule(String name) {
        try {
            return ShareRule.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("publicity.shareRule: EQUAL, FULL or FIRST_HALF expected, was " + name,
                    e);
        }
    }

    /** Each author's points, in the by-line's order (the api's arithmetic, which the client's form shows too). */
    static List<BigDecimal> shares(int points, int authors, ShareRule rule) {
        return PointsTable.shares(points, authors, rule);
    }

    /** The first and the last day of a year: an article counts in the year of its publication date. */
    static LocalDate firstDay(int year) {
        return LocalDate.of(year, 1, 1);
    }

    static LocalDate lastDay(int year) {
        return LocalDate.of(year, 12, 31);
    }

    static boolean inYear(LocalDate day, int year) {
        return day.getYear() == year;
    }

    /** An article as the leaderboard counts it: its level and its authors in the by-line's order. */
    record Scored(long articleId, MediaLevel level, LocalDate publishedOn, List<Long> authorIds) {
    }

    /** A person's tally: articles, articles per level, points. */
    static final class Tally {
        int articles;
        final Map<MediaLevel, Integer> byLevel = new EnumMap<>(MediaLevel.class);
        BigDecimal points = BigDecimal.ZERO.setScale(2);

        int level(MediaLevel level) {
            return byLevel.getOrDefault(level, 0);
        }
    }

    /**
     * Each author's tally over the articles of a year (those published in another year are left out), in the order
     * the authors were first met.
     */
    static Map<Long, Tally> tallies(List<Scored> articles, int year, Map<MediaLevel, Integer> points, ShareRule rule) {
        Map<Long, Tally> out = new LinkedHashMap<>();
        for (Scored a : articles) {
            if (!inYear(a.publishedOn(), year)) {
                continue;
            }
            List<BigDecimal> shares = shares(points.getOrDefault(a.level(), 0), a.authorIds().size(), rule);
            for (int i = 0; i < a.authorIds().size(); i++) {
                Tally t = out.computeIfAbsent(a.authorIds().get(i), k -> new Tally());
                t.articles++;
                t.byLevel.merge(a.level(), 1, Integer::sum);
                t.points = t.points.add(shares.get(i));
            }
        }
        return out;
    }

    /**
     * Competition ranks of points sorted best first: equal points share a rank, the next rank counts those ahead (100,
     * 90, 90, 80 rank 1, 2, 2, 4).
     */
    static List<Integer> ranks(List<BigDecimal> sortedDescending) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < sortedDescending.size(); i++) {
            if (i > 0 && sortedDescending.get(i).compareTo(sortedDescending.get(i - 1)) == 0) {
                ranks.add(ranks.get(i - 1));
            } else {
                ranks.add(i + 1);
            }
        }
        return ranks;
    }
}
