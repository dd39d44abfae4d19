package org.xingfeng.training.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.training.api.TrainingRoles;

/**
 * What the training views share: the module id and roles, labels of the API's enums from the bundle's message
 * properties ({@code <Enum>.<CONSTANT>}), and small readers and formats.
 */
final class TrainingUi {

    static final String MODULE = "training";
    static final Messages MESSAGES = Messages.of(TrainingUi.class);
    static final String[] COURSE_READERS = { TrainingRoles.OFFICER, Roles.ADMIN, Roles.AUDITOR, Roles.STAFF };

    private TrainingUi() {
    }

    static boolean officer(ViewSite site) {
        return site.session().actor().hasAnyRole(TrainingRoles.OFFICER, Roles.ADMIN);
    }

    static boolean reader(ViewSite site) {
        return site.session().actor().hasAnyRole(TrainingRoles.READERS);
    }

    static <T> Column<T> column(Texts t, String key, Function<? super T, ?> value) {
        return Column.of(t.get(key), value);
    }

    /** The label of an enum constant: key {@code SimpleName.CONSTANT}; empty for null. */
    static String label(Texts t, Enum<?> e) {
        return e == null ? "" : t.get(e.getDeclaringClass().getSimpleName() + "." + e.name());
    }

    static String labels(Texts t, List<? extends Enum<?>> list) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : list) {
            out.add(label(t, e));
        }
        return String.join("、", out);
    }

    static <E extends Enum<E>> List<Choice<E>> choices(Texts t, Class<E> type) {
        List<Choice<E>> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add(new Choice<>(e, label(t, e)));
        }
        return out;
    }

    /** The years from {@code last} back to {@code last - 4}. */
    static List<Choice<Integer>> years(int last) {
        List<Choice<Integer>> out = new ArrayList<>();
        for (int y = last; y > last - 5; y--) {
            out.add(new Choice<>(y, Integer.toString(y)));
        }
        return out;
    }

    /** A share in [0, 1] as a percentage with one decimal, "-" when there is none. */
    static String percent(BigDecimal share) {
        return share == null ? "-" : String.format("%.1f%%", share.doubleValue() * 100);
    }

    static LocalDate date(String field, String text) {
        String s = text == null ? "" : text.strip();
        try {
            return s.isEmpty() ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, MESSAGES.text("error.date", s));
        }
    }

    static LocalTime time(String field, String text) {
        String s = text == null ? "" : text.strip();
        try {
            return s.isEmpty() ? null : LocalTime.parse(s);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, MESSAGES.text("error.time", s));
        }
    }

    static BigDecimal number(String field, String text) {
        String s = text == null ? "" : text.strip();
        try {
            return s.isEmpty() ? null : new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, MESSAGES.text("error.number", s));
        }
    }
}
