package org.xingfeng.training.api.needs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.xingfeng.training.api.courses.CourseKind;

/**
 * One member of staff's need for one reason. For {@link NeedReason#BAD_REVIEWS} {@code count} is the number of bad
 * reviews and {@code tags} their tags; for {@link NeedReason#LOW_RATING} {@code indicator}/{@code indicatorName} name
 * the indicator, {@code count} how many ratings it had and {@code average} their mean (1-5); for
 * {@link NeedReason#UPHELD_COMPLAINT} {@code count} is the number of upheld complaints and {@code tags} their
 * categories (服务态度, 政策解答, ...). {@code arose} is the day of the latest evaluation behind it (for complaints, the
 * day the latest was found upheld); {@code kinds} the course kinds that answer it. The need is {@code met} once the
 * person attended a course of one of those kinds after {@code arose} ({@code metOn}, {@code metByCourse}).
 */
public record TrainingNeed(long staffId, String staffNumber, String staffName, long unitId, String unitName,
        NeedReason reason, String indicator, String indicatorName, int count, BigDecimal average, List<String> tags,
        LocalDate arose, List<CourseKind> kinds, boolean met, LocalDate metOn, String metByCourse) {

    public TrainingNeed {
        tags = tags == null ? List.of() : List.copyOf(tags);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }
}
