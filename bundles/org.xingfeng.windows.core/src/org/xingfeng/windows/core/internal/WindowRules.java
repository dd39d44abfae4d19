package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.windows.api.halls.WindowDraft;
import org.xingfeng.windows.api.halls.WindowType;

/** Checks of a window draft and the stored form of its matter codes. Pure. */
final class WindowRules {

    static final String CODE_PATTERN = "[\\p{L}\\p{N}._\\-]{1,64}";

    private WindowRules() {
    }

    static List<FieldError> check(WindowDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.required")));
            return errors;
        }
        Checks.required(errors, "hallId", d.hallId());
        if (Checks.required(errors, "number", d.number()) && !d.number().strip().matches("[\\p{L}\\p{N}]{1,10}")) {
            errors.add(FieldError.of("number", MESSAGES.text("window.number")));
        }
        Checks.length(errors, "label", d.label(), 0, 100);
        Checks.required(errors, "type", d.type());
        if (d.matterCodes() == null || d.matterCodes().isEmpty()) {
            errors.add(FieldError.of("matterCodes", MESSAGES.text("field.required")));
        } else {
            if (d.matterCodes().size() > 200) {
                errors.add(FieldError.of("matterCodes", MESSAGES.text("field.range", 1, 200)));
            }
            for (int i = 0; i < d.matterCodes().size(); i++) {
                String code = d.matterCodes().get(i);
                if (code == null || !code.strip().matches(CODE_PATTERN)) {
                    errors.add(FieldError.of("matterCodes[" + i + "]", MESSAGES.text("matter.code")));
                }
            }
            if (d.type() == WindowType.SINGLE && codes(d.matterCodes()).size() > 1) {
                errors.add(FieldError.of("matterCodes", MESSAGES.text("window.single")));
            }
        }
        return errors;
    }

    /** Distinct, trimmed, sorted. */
    static List<String> codes(List<String> codes) {
        TreeSet<String> set = new TreeSet<>();
        for (String c : codes) {
            if (c != null && !c.isBlank()) {
                set.add(c.strip());
            }
        }
        return List.copyOf(set);
    }

    static String join(List<String> codes) {
        return String.join(",", codes(codes));
    }

    static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : codes(Arrays.asList(stored.split(",")));
    }
}
