package org.xingfeng.windows.api.standard;

/** An item of the standard as created or changed: code unique (1-32 characters), name, category, quantity 1..1000. */
public record StandardItemDraft(String code, String name, String category, Integer requiredQuantity) {
}
