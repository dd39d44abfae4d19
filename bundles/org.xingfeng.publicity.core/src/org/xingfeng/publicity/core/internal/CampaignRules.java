package org.xingfeng.publicity.core.internal;

import static org.xingfeng.publicity.core.internal.PublicityText.MESSAGES;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.publicity.api.campaigns.ActivityDraft;
import org.xingfeng.publicity.api.campaigns.CampaignDraft;
import org.xingfeng.publicity.api.campaigns.Outputs;

/**
 * The campaign rules that need no database: a campaign's and an activity's form, and the roll-up of activities' outputs
 * up the org tree.
 */
final class CampaignRules {

    static final int THEME_MAX = 200;
    static final int GOAL_MAX = 2000;
    static final int VENUE_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int COUNT_MAX = 10_000_000;
    static final int PERIOD_MAX_DAYS = 366;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private CampaignRules() {
    }

    static List<FieldError> check(CampaignDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.required")));
            return errors;
        }
        if (d.unitId() == null) {
            errors.add(FieldError.of("unitId", MESSAGES.text("field.required")));
        }
        if (Strings.blank(d.theme())) {
            errors.add(FieldError.of("theme", MESSAGES.text("field.required")));
        } else if (d.theme().strip().length() > THEME_MAX) {
            errors.add(FieldError.of("theme", MESSAGES.text("field.length", 1, THEME_MAX)));
        }
        if (d.goal() != null && d.goal().strip().length() > GOAL_MAX) {
            errors.add(FieldError.of("goal", MESSAGES.text("field.length", 0, GOAL_MAX)));
        }
        if (d.startDate() == null) {
            errors.add(FieldError.of("startDate", MESSAGES.text("field.required")));
        } else if (d.startDate().isBefore(EARLIEST)) {
            errors.add(FieldError.of("startDate", MESSAGES.text("campaign.tooOld")));
        }
        if (d.endDate() == null) {
            errors.add(FieldError.of("endDate", MESSAGES.text("field.required")));
        } else if (d.startDate() != null && (d.endDate().isBefore(d.startDate())
                || ChronoUnit.DAYS.between(d.startDate(), d.endDate()) >= PERIOD_MAX_DAYS)) {
            errors.add(FieldError.of("endDate", MESSAGES.text("campaign.period", PERIOD_MAX_DAYS)));
        }
        if (d.channels() == null || d.channels().isEmpty() || hasNull(d.channels())) {
            errors.add(FieldError.of("channels", MESSAGES.text("campaign.channels")));
        }
        if (hasNull(d.targetGroups())) {
            errors.add(FieldError.of("targetGroups", MESSAGES.text("field.required")));
        }
        if (hasNull(d.venueKinds())) {
            errors.add(FieldError.of("venueKinds", MESSAGES.text("field.required")));
        }
        return errors;
    }

    /** An activity's form; its date within the campaign's period and not after today. */
    static List<FieldError> check(ActivityDraft d, LocalDate start, LocalDate end, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.required")));
            return errors;
        }
        if (d.unitId() == null) {
            errors.add(FieldError.of("unitId", MESSAGES.text("field.required")));
        }
        if (d.date() == null) {
            errors.add(FieldError.of("date", MESSAGES.text("field.required")));
        } else if (d.date().isBefore(start) || d.date().isAfter(end)) {
            errors.add(FieldError.of("date", MESSAGES.text("activity.outsidePeriod", start, end)));
        } else if (d.date().isAfter(today)) {
            errors.add(FieldError.of("date", MESSAGES.text("activity.future")));
        }
        if (d.venueKind() == null) {
            errors.add(FieldError.of("venueKind", MESSAGES.text("field.required")));
        }
        if (d.venue() != null && d.venue().strip().length() > VENUE_MAX) {
            errors.add(FieldError.of("venue", MESSAGES.text("field.length", 0, VENUE_MAX)));
        }
        if (d.description() != null && d.description().strip().length() > DESCRIPTION_MAX) {
            errors.add(FieldError.of("description", MESSAGES.text("field.length", 0, DESCRIPTION_MAX)));
        }
        count(errors, "leaflets", d.leaflets());
        count(errors, "banners", d.banners());
        count(errors, "screens", d.screens());
        count(errors, "sessions", d.sessions());
        count(errors, "peopleReached", d.peopleReached());
        return errors;
    }

    private static void count(List<FieldError> errors, String field, Integer value) {
        if (value != null && (value < 0 || value > COUNT_MAX)) {
            errors.add(FieldError.of(field, MESSAGES.text("field.range", 0, COUNT_MAX)));
        }
    }

    private static boolean hasNull(Collection<?> values) {
        return values != null && values.stream().anyMatch(java.util.Objects::isNull);
    }

    static int count(Integer value) {
        return value == null ? 0 : value;
    }

    /**
     * Rolls outputs up the tree: each unit's total is its own plus the totals of its children. {@code parents} maps
     * every unit of the tree to its parent (the root's parent is outside the map or null); units without outputs count
     * zero. Answers the total of every unit of {@code parents}.
     */
    static Map<Long, Outputs> rollUp(Map<Long, Long> parents, Map<Long, Outputs> own) {
        Map<Long, Outputs> total = new HashMap<>();
        for (Long unit : parents.keySet()) {
            total.put(unit, own.getOrDefault(unit, Outputs.NONE));
        }
        for (Map.Entry<Long, Outputs> e : own.entrySet()) {
            if (!parents.containsKey(e.getKey())) {
                continue;
            }
            Long up = parents.get(e.getKey());
            int guard = 0;
            while (up != null && parents.containsKey(up) && guard++ < 64) {
                total.put(up, total.get(up).plus(e.getValue()));
                up = parents.get(up);
            }
        }
        return total;
    }

    /** The units of a tree in depth-first order from the root, each with its depth. */
    static LinkedHashMap<Long, Integer> depthFirst(long root, Map<Long, Long> parents) {
        Map<Long, List<Long>> children = new HashMap<>();
        parents.forEach((unit, parent) -> {
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit);
            }
        });
        children.values().forEach(l -> l.sort(null));
        LinkedHashMap<Long, Integer> out = new LinkedHashMap<>();
        walk(root, 0, children, out);
        return out;
    }

    private static void walk(long unit, int depth, Map<Long, List<Long>> children, LinkedHashMap<Long, Integer> out) {
        if (out.containsKey(unit) || depth > 64) {
            return;
        }
        out.put(unit, depth);
        for (Long c : children.getOrDefault(unit, List.of())) {
            walk(c, depth + 1, children, out);
        }
    }

    static String join(Collection<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(Class<E> type, String names) {
        Set<E> set = EnumSet.noneOf(type);
        if (names != null && !names.isBlank()) {
            Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                    .forEach(n -> set.add(Enum.valueOf(type, n)));
        }
        return set;
    }
}
