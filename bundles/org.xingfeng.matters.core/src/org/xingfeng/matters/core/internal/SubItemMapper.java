package org.xingfeng.matters.core.internal;

import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.xingfeng.matters.api.HandlingChannel;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.EnglishTexts;
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
                e.legalBasis, read(e.materialsJson, MATERIALS), e.conditions, timeLimit(e),
                read(e.stepsJson, STRINGS), e.place, e.consultation, e.complaint, e.fees, e.remarks,
                channels(e.channels), e.serviceStandard, new EnglishTexts(e.nameEn, e.legalBasisEn, e.conditionsEn,
                        e.stepsEnJson == null ? List.of() : read(e.stepsEnJson, STRINGS)));
    }

    /**
     * Copies the elements a row carries (all of an editor's, those whose columns a file has) into the entity, but
     * not identity and codes. A new item takes the defaults for the rest; an item that exists keeps what the row
     * does not carry. Materials read by name only keep the details (form, copies, sharing, cancellation) of the
     * item's material of the same name.
     */
    void apply(MattersSheet.Row row, SubItemEntity e) {
        boolean fresh = e.id == null;
        if (fresh || row.carries(MattersSheet.LEVEL)) {
            e.levels = letters(row.levels());
        }
        if (fresh || row.carries(MattersSheet.BASIS)) {
            e.legalBasis = row.legalBasis();
        }
        if (fresh || row.carriesMaterials()) {
            List<Material> materials = row.materials();
            if (!fresh && !row.materialDetails()) {
                Map<String, Material> had = new HashMap<>();
                read(e.materialsJson, MATERIALS).forEach(m -> had.putIfAbsent(m.name(), m));
                materials = materials.stream().map(m -> had.getOrDefault(m.name(), m)).toList();
            }
            e.materialsJson = write(materials);
        }
        if (fresh || row.carries(MattersSheet.TIME_LIMIT)) {
            e.timeLimitDays = row.timeLimit() == null ? -1
                    : row.timeLimit().onTheSpot() ? 0 : row.timeLimit().workingDays();
            e.timeLimitMaxDays = row.timeLimit() == null ? null : row.timeLimit().maxWorkingDays();
        }
        boolean legalInLimitCell = row.carries(MattersSheet.TIME_LIMIT) && row.timeLimit() != null
                && row.timeLimit().legalWorkingDays() != null;
        if (fresh || row.carries(MattersSheet.LEGAL_LIMIT) || legalInLimitCell) {
            e.legalLimitDays = row.timeLimit() == null ? null : row.timeLimit().legalWorkingDays();
        }
        if (fresh || row.carries(MattersSheet.STEPS)) {
            e.stepsJson = write(row.steps());
        }
        if (fresh || row.carries(MattersSheet.CONDITIONS)) {
            e.conditions = row.conditions();
        }
        if (fresh || row.carries(MattersSheet.PLACE)) {
            e.place = row.place();
        }
        if (fresh || row.carries(MattersSheet.CONSULTATION)) {
            e.consultation = row.consultation();
        }
        if (fresh || row.carries(MattersSheet.COMPLAINT)) {
            e.complaint = row.complaint();
        }
        if (fresh || row.carries(MattersSheet.FEES)) {
            e.fees = row.fees();
        }
        if (fresh || row.carries(MattersSheet.REMARKS)) {
            e.remarks = row.remarks();
        }
        if (fresh || row.carries(MattersSheet.CHANNELS)) {
            e.channels = row.channels().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        }
        if (fresh || row.carries(MattersSheet.SERVICE_STANDARD)) {
            e.serviceStandard = row.serviceStandard();
        }
        EnglishTexts en = row.english();
        if (fresh || row.carries(MattersSheet.NAME_EN)) {
            e.nameEn = en.name();
        }
        if (fresh || row.carries(MattersSheet.BASIS_EN)) {
            e.legalBasisEn = en.legalBasis();
        }
        if (fresh || row.carries(MattersSheet.CONDITIONS_EN)) {
            e.conditionsEn = en.conditions();
        }
        if (fresh || row.carries(MattersSheet.STEPS_EN)) {
            e.stepsEnJson = en.steps().isEmpty() ? null : write(en.steps());
        }
        e.touch(clock.instant());
    }

    /** An editor's draft as a row carrying every element, so drafts and imported rows are stored the same way. */
    static MattersSheet.Row row(org.xingfeng.matters.api.SubItemDraft d, org.xingfeng.matters.api.MainItem main) {
        return new MattersSheet.Row(0, main.name(), main.category(), MattersSheet.oneLine(d.name()), d.basicCode(),
                d.implementationCode(), d.levels(), strip(d.legalBasis()), d.materials().stream()
                        .map(m -> new Material(MattersSheet.oneLine(m.name()), m.form(), m.copies(), m.sharedData(),
                                strip(m.cancelledBasis()), m.cancelledOn(),
                                m.nameEn() == null ? null : Strings.blankToNull(MattersSheet.oneLine(m.nameEn()))))
                        .toList(),
                true, d.timeLimit(), d.steps().stream().map(String::strip).toList(), strip(d.conditions()),
                strip(d.place()), strip(d.consultation()), strip(d.complaint()), strip(d.fees()), strip(d.remarks()),
                d.channels(), strip(d.serviceStandard()), english(d.english()), Set.copyOf(MattersSheet.COLUMNS));
    }

    /** An editor's English texts as a file would give them back. */
    private static EnglishTexts english(EnglishTexts en) {
        return new EnglishTexts(en.name() == null ? null : Strings.blankToNull(MattersSheet.oneLine(en.name())),
                strip(en.legalBasis()), strip(en.conditions()),
                en.steps().stream().map(String::strip).filter(x -> !x.isEmpty()).toList());
    }

    /** An editor's text as a file would give it back: without surrounding blanks, blank as null. */
    private static String strip(String text) {
        return text == null ? null : Strings.blankToNull(text.strip());
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

    private static Set<HandlingChannel> channels(String names) {
        Set<HandlingChannel> set = EnumSet.noneOf(HandlingChannel.class);
        if (names != null) {
            for (String n : names.split(",")) {
                if (!n.isBlank()) {
                    set.add(HandlingChannel.valueOf(n.strip()));
                }
            }
        }
        return set;
    }

    private static TimeLimit timeLimit(SubItemEntity e) {
        if (e.timeLimitDays < 0) {
            return null;
        }
        return new TimeLimit(e.timeLimitDays == 0, e.timeLimitDays, e.timeLimitDays == 0 ? null : e.timeLimitMaxDays,
                e.legalLimitDays);
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
