package org.xingfeng.matters.api;

import java.util.List;

/**
 * A sub-item's optional English texts, for the guide in English (for the bureaus' foreign residents): its name, the
 * legal basis, the conditions and the steps. The Chinese texts are the item's; each English one may be missing (null,
 * no steps), and the English guide then shows the Chinese with a note. Materials carry their own English names
 * ({@link Material#nameEn}).
 */
public record EnglishTexts(String name, String legalBasis, String conditions, List<String> steps) {

    /** No English texts. */
    public static final EnglishTexts NONE = new EnglishTexts(null, null, null, List.of());

    public EnglishTexts {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
