package org.xingfeng.matters.api;

import java.time.LocalDate;

/**
 * One required material (办理材料). {@code form} says 原件, 复印件 or 原件及复印件; {@code copies} how many;
 * {@code sharedData} that it can be fetched by data sharing instead of being brought (减证便民); a cancelled
 * material keeps the basis and date of its cancellation. {@code nameEn} is its optional English name, for the guide in
 * English.
 */
public record Material(String name, String form, int copies, boolean sharedData, String cancelledBasis,
        LocalDate cancelledOn, String nameEn) {

    /** A material without an English name. */
    public Material(String name, String form, int copies, boolean sharedData, String cancelledBasis,
            LocalDate cancelledOn) {
        this(name, form, copies, sharedData, cancelledBasis, cancelledOn, null);
    }

    public static Material named(String name) {
        return new Material(name, "原件", 1, false, null, null);
    }

    /** The same material with {@code english} as its English name (null or blank: none). */
    public Material withNameEn(String english) {
        return new Material(name, form, copies, sharedData, cancelledBasis, cancelledOn,
                english == null || english.isBlank() ? null : english.strip());
    }

    public boolean cancelled() {
        return cancelledOn != null;
    }
}
