package org.xingfeng.windows.api.stars;

import java.util.List;

/**
 * The yearly selection of a province ({@code provinceId}): ranked over all its windows, shown to the caller as far as
 * the reach goes (a county sees its own windows' places; the province's unit sees all). {@code counts} are the
 * configured list lengths; {@code ties} explain each tie the order had to break and each list left short.
 */
public record YearlySelection(long provinceId, String provinceName, int year, int minRecords, int modelCount,
        int goodCount, int poorCount, int modelStaffCount, int candidates, List<SelectionEntry> model,
        List<SelectionEntry> good, List<SelectionEntry> poor, List<StaffSelectionEntry> modelStaff,
        List<SelectionExclusion> excluded, List<String> ties) {

    public YearlySelection {
        model = List.copyOf(model);
        good = List.copyOf(good);
        poor = List.copyOf(poor);
        modelStaff = List.copyOf(modelStaff);
        excluded = List.copyOf(excluded);
        ties = List.copyOf(ties);
    }
}
