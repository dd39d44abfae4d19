package org.xingfeng.evaluations.core.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.ValidationException;

class DeadlineTextTest {

    static LocalDate d(String text) {
        return DeadlineText.find(text, "deadline");
    }

    @Test
    void theSelfCheckTablesWordingsGiveTheirDates() {
        assertEquals(LocalDate.of(2019, 10, 31), d("2019年10月底"));
        assertEquals(LocalDate.of(2019, 10, 20), d("2019年10月20日前"));
        assertEquals(LocalDate.of(2019, 10, 20), d("2019年10月20日底前"));
        assertEquals(LocalDate.of(2019, 12, 31), d("2019年12月底前"));
        assertEquals(LocalDate.of(2020, 6, 30), d("2020年6月底前"));
        assertEquals(LocalDate.of(2019, 12, 31), d("2019年年底"));
        assertEquals(LocalDate.of(2019, 11, 30), d("2019年11月底前"));
        assertEquals(LocalDate.of(2020, 2, 29), d("2020年2月底"), "leap year");
    }

    @Test
    void otherWordingsAndDatesInsideLongerTexts() {
        assertEquals(LocalDate.of(2022, 12, 31), d("2022年底"));
        assertEquals(LocalDate.of(2020, 6, 30), d("2020年上半年"));
        assertEquals(LocalDate.of(2020, 12, 31), d("2020年下半年"));
        assertEquals(LocalDate.of(2021, 3, 5), d("2021-03-05"));
        assertEquals(LocalDate.of(2020, 6, 30), d("完善窗口制度，２０２０年６月底前完成"));
        assertEquals(LocalDate.of(2020, 5, 31), d("5月底前完成清单，2020年5月底前上报"), "a month without a year is not a date");
        assertEquals(LocalDate.of(2020, 1, 15), d("2020 年 1 月 15 日"));
    }

    @Test
    void wordingsWithoutADateGiveNone() {
        assertNull(d("长期"));
        assertNull(d("按各地区党委、政府要求"));
        assertNull(d(""));
        assertNull(d(null));
        assertNull(d("年底前"));
    }

    @Test
    void aDateThatDoesNotExistIsRejected() {
        ValidationException e = assertThrows(ValidationException.class, () -> d("2019年13月底"));
        assertEquals("deadline", e.details().get(0).field());
        assertThrows(ValidationException.class, () -> d("2019年2月30日前"));
    }

    @Test
    void datesAreWrittenTheBureausWay() {
        assertEquals("2020年6月30日", DeadlineText.format(LocalDate.of(2020, 6, 30)));
    }
}
