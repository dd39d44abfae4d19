package org.xingfeng.evaluations.core.internal.tasks;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;

/**
 * Reads the date a deadline's wording names (完成时限): "2019年10月20日前" is that day, "2019年10月底" and
 * "2019年12月底前" the month's last day, "2019年年底" the year's, "2020年上半年" 30 June; an ISO date is read as
 * it is. "长期" or "按各地区党委、政府要求" name no date. The first date in a longer text is taken, so that
 * "完善制度，2020年6月底前完成" gives 2020-06-30.
 */
public final class DeadlineText {

    static final Messages MESSAGES = Messages.of(DeadlineText.class);

    private static final Pattern DAY = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d)");
    private static final Pattern YEAR_END = Pattern.compile("(\\d{4})\\s*年\\s*(?:年底|年末|底|末)");
    private static final Pattern HALF = Pattern.compile("(\\d{4})\\s*年\\s*(上半年|下半年)");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final List<Pattern> ALL = List.of(DAY, ISO, MONTH, HALF, YEAR_END);

    private DeadlineText() {
    }

    /**
     * The date the text names, null when it names none. A date that does not exist ("2019年13月底") is a
     * {@link ValidationException} on {@code field}.
     */
    public static LocalDate find(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = halfWidth(text);
        Matcher best = null;
        Pattern bestPattern = null;
        for (Pattern p : ALL) {
            Matcher m = p.matcher(t);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
                bestPattern = p;
            }
        }
        if (best == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(best.group(1));
            if (bestPattern == DAY || bestPattern == ISO) {
                return LocalDate.of(year, Integer.parseInt(best.group(2)), Integer.parseInt(best.group(3)));
            }
            if (bestPattern == MONTH) {
                return YearMonth.of(year, Integer.parseInt(best.group(2))).atEndOfMonth();
            }
            if (bestPattern == HALF) {
                return "上半年".equals(best.group(2)) ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            }
            return LocalDate.of(year, 12, 31);
        } catch (DateTimeException e) {
            throw new ValidationException(field, MESSAGES.text("deadlineText.deadline_names_date_does_not", text));
        }
    }

    /** A date as the bureau writes it: 2020年6月30日. */
    public static String format(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String halfWidth(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '－' ? '-' : c);
        }
        return sb.toString();
    }
}
