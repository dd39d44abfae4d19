package org.xingfeng.platform.core.internal.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.xingfeng.platform.api.calendar.DayKind;
import org.xingfeng.platform.api.calendar.SpecialDay;

/** The official arrangements shipped with the suite (resource {@code calendar/official-holidays.txt}). */
public final class OfficialHolidays {

    private OfficialHolidays() {
    }

    public static List<SpecialDay> load() {
        try (InputStream in = OfficialHolidays.class.getResourceAsStream("/calendar/official-holidays.txt")) {
            if (in == null) {
                throw new IllegalStateException("calendar/official-holidays.txt missing from the bundle");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SpecialDay> parse(BufferedReader reader) throws IOException {
        List<SpecialDay> days = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            days.add(new SpecialDay(LocalDate.parse(parts[0]), DayKind.valueOf(parts[1]),
                    parts.length > 2 ? parts[2] : ""));
        }
        return days;
    }
}
