package org.xingfeng.matters.core.internal;

import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.platform.api.Strings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Converts sub-item rows to records and back: materials and steps as JSON, levels as letters, time limit as days. */
final class SubItemMapper {

    private final java.time.Clock clock;

    /** Stamps what it writes with {@code clock}'s time. */
    SubItemMapper(java.time.Clock clock) {
        this.clock = clock;
    }

    private static final TypeReference<List<Material>> MATERIALS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    SubItem toRecord(SubItemEntity e) {
        return new SubItem(e.id, e.mainItemId, e.unitId, e.basicCode, e.implementationCode, e.name, levels(e.levels),
                e.legalBasis, read(e.materialsJson, MATERIALS), e.conditions, timeLimit(e.timeLimitDays),
                read(e.stepsJson, STRINGS), e.place, e.consultation, e.complaint, e.fees, e.remarks);
    }

    /** Copies everything but identity and codes from a row read from a file. */
    void apply(MattersSheet.Row row, SubItemEntity e) {
        e.levels = letters(row.levels());
        e.legalBasis = row.legalBasis();
        e.materialsJson = write(row.materials());
        e.timeLimitDays = row.timeLimit() == null ? -1
                : row.timeLimit().onTheSpot() ? 0 : row.timeLimit().workingDays();
        e.stepsJson = write(row.steps());
        e.conditions = row.conditions();
        e.place = row.place();
        e.consultation = row.consultation();
        e.complaint = row.complaint();
        e.fees = row.fees();
        e.remarks = row.remarks();
        e.touch(clock.instant());
    }

    /** An editor's draft as a row, so drafts and imported rows are stored the same way. */
    static MattersSheet.Row row(org.xingfeng.matters.api.SubItemDraft d, org.xingfeng.matters.api.MainItem main) {
        return new MattersSheet.Row(0, main.name(), main.category(), d.name().strip(), d.basicCode(),
                d.implementationCode(),
                d.levels(), Strings.blankToNull(d.legalBasis()), d.materials(), d.timeLimit(),
                d.steps().stream().map(String::strip).toList(),
                Strings.blankToNull(d.conditions()), Strings.blankToNull(d.place()),
                Strings.blankToNull(d.consultation()), Strings.blankToNull(d.complaint()),
                Strings.blankToNull(d.fees()), Strings.blankToNull(d.remarks()));
    }

    private static final TypeReference<List<SubItem>> SNAPSHOT = new TypeReference<>() {
    };

    String snapshot(List<SubItem> items) {
        return write(items);
    }

    List<SubItem> fromSnapshot(String json) {
        return read(json, SNAPSHOT);
    }

    static String letters(Set<HandlingLevel> levels) {
        return levels.stream().sorted().map(Enum::name).collect(Collectors.joining());
    }

    private static Set<HandlingLevel> levels(String letters) {
        return letters == null || letters.isEmpty() ? EnumSet.noneOf(HandlingLevel.class)
                : HandlingLevel.parseAll(letters);
    }

    private static TimeLimit timeLimit(int days) {
        return days < 0 ? null : days == 0 ? TimeLimit.ON_THE_SPOT : TimeLimit.days(days);
    }

    private <T> List<T> read(String text, TypeReference<List<T>> type) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
