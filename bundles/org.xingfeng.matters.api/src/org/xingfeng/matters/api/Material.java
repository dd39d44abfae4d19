package org.xingfeng.matters.api;

import java.time.LocalDate;

/**
 * One required material (办理材料). {@code form} says 原件, 复印件 or 原件及复印件; {@code copies} how many;
 * {@code sharedData} that it can be fetched by data sharing instead of being brought (减证便民); a cancelled
 * material keeps the basis and date of its cancellation.
 */
public record Material(String name, String form, int copies, boolean sharedData, String cancelledBasis,
        LocalDate cancelledOn) {

    public static Material named(String name) {
        return new Material(name, "原件", 1, false, null, null);
    }

    public boolean cancelled() {
        return cancelledOn != null;
    }
}
