package org.xingfeng.windows.api;

/**
 * A matter as the windows module knows it: its code (the sub-item's implementation or basic code in the matters
 * module's list) and its name. With the matters module present, {@code name} is the list's name of the matter in the
 * hall's unit and {@code listed} tells whether the code is in that list; without it the code stands alone
 * ({@code name} is the code, {@code listed} false).
 */
public record MatterRef(String code, String name, boolean listed) {
}
