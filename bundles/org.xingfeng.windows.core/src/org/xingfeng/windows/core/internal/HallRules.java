package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.windows.api.halls.HallDraft;
import org.xingfeng.windows.api.halls.HallZone;
import org.xingfeng.windows.api.halls.OpeningPeriod;

/** Checks of a hall draft and the forms its zones and opening hours are stored in. Pure. */
final class HallRules {

    static final List<OpeningPeriod> DEFAULT_HOURS = List.of(new OpeningPeriod(LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new OpeningPeriod(LocalTime.of(13, 30), LocalTime.of(17, 0)));
    static final int DEFAULT_SLOT_MINUTES = 30;

    private HallRules() {
    }

    /** Every problem of the draft, each naming its field; empty when it is fine. */
    static List<FieldError> check(HallDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.required")));
            return errors;
        }
        Checks.required(errors, "unitId", d.unitId());
        if (Checks.required(errors, "code", d.code())) {
            Checks.length(errors, "code", d.code(), 1, 32);
        }
        if (Checks.required(errors, "name", d.name())) {
            Checks.length(errors, "name", d.name(), 1, 100);
        }
        Checks.length(errors, "address", d.address(), 0, 200);
        Checks.range(errors, "slotMinutes", d.slotMinutes(), 5, 240);
        if (d.series() != null && !d.series().matches("[A-Z]")) {
            errors.add(FieldError.of("series", MESSAGES.text("hall.series")));
        }
        if (d.zones() != null && d.zones().contains(null)) {
            errors.add(FieldError.of("zones", MESSAGES.text("field.required")));
        }
        if (d.openingHours() != null) {
            List<OpeningPeriod> hours = d.openingHours();
            if (hours.isEmpty() || hours.size() > 6) {
                errors.add(FieldError.of("openingHours", MESSAGES.text("hall.hours.count")));
            }
            LocalTime last = null;
            for (int i = 0; i < hours.size(); i++) {
                OpeningPeriod p = hours.get(i);
                if (p == null || p.from() == null || p.to() == null || !p.from().isBefore(p.to())
                        || last != null && p.from().isBefore(last)) {
                    errors.add(FieldError.of("openingHours[" + i + "]", MESSAGES.text("hall.hours.period")));
                    break;
                }
                last = p.to();
            }
        }
        return errors;
    }

    static String zones(Set<HallZone> zones) {
        return zones == null ? "" : zones.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<HallZone> zones(String stored) {
        Set<HallZone> set = EnumSet.noneOf(HallZone.class);
        if (stored != null) {
            for (String s : stored.split(",")) {
                if (!s.isBlank()) {
                    set.add(HallZone.valueOf(s));
                }
            }
        }
        return set;
    }

    static String hours(List<OpeningPeriod> hours) {
        return hours.stream().map(p -> p.from() + "-" + p.to()).collect(Collectors.joining(","));
    }

    static List<OpeningPeriod> hours(String stored) {
        try {
            return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(s -> {
                String[] parts = s.split("-");
                return new OpeningPeriod(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
            }).sorted(Comparator.comparing(OpeningPeriod::from)).toList();
        } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            return DEFAULT_HOURS;
        }
    }
}
