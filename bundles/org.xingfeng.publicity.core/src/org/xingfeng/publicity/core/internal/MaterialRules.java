package org.xingfeng.publicity.core.internal;

import static org.xingfeng.publicity.core.internal.PublicityText.MESSAGES;

import java.util.ArrayList;
import java.util.List;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.publicity.api.materials.MaterialDraft;
import org.xingfeng.publicity.api.materials.MaterialKind;
import org.xingfeng.publicity.api.materials.MaterialState;

/** The library's rules that need no database: a draft's form, which files a kind takes, the states' steps. */
final class MaterialRules {

    static final int TITLE_MAX = 200;
    static final int TOPIC_MAX = 100;
    static final int DESCRIPTION_MAX = 2000;
    static final int NOTE_MAX = 500;

    private MaterialRules() {
    }

    static List<FieldError> check(MaterialDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.required")));
            return errors;
        }
        if (d.unitId() == null) {
            errors.add(FieldError.of("unitId", MESSAGES.text("field.required")));
        }
        if (d.kind() == null) {
            errors.add(FieldError.of("kind", MESSAGES.text("field.required")));
        }
        if (Strings.blank(d.title())) {
            errors.add(FieldError.of("title", MESSAGES.text("field.required")));
        } else if (d.title().strip().length() > TITLE_MAX) {
            errors.add(FieldError.of("title", MESSAGES.text("field.length", 1, TITLE_MAX)));
        }
        if (!Strings.blank(d.topic()) && d.topic().strip().length() > TOPIC_MAX) {
            errors.add(FieldError.of("topic", MESSAGES.text("field.length", 0, TOPIC_MAX)));
        }
        if (!Strings.blank(d.description()) && d.description().strip().length() > DESCRIPTION_MAX) {
            errors.add(FieldError.of("description", MESSAGES.text("field.length", 0, DESCRIPTION_MAX)));
        }
        if (Strings.blank(d.link())) {
            if (d.kind() == MaterialKind.VIDEO) {
                errors.add(FieldError.of("link", MESSAGES.text("material.videoLink")));
            }
        } else {
            String link = d.link().strip();
            if (link.length() > ArticleRules.LINK_MAX || !ArticleRules.isWebAddress(link)) {
                errors.add(FieldError.of("link", MESSAGES.text("article.link", ArticleRules.LINK_MAX)));
            }
        }
        return errors;
    }

    /** Whether a kind keeps files: a slogan is its text only. */
    static boolean takesFiles(MaterialKind kind) {
        return kind != MaterialKind.SLOGAN;
    }

    /** Whether a file of this media type (read from its content) suits the kind: a poster is an image. */
    static boolean suits(MaterialKind kind, String mediaType) {
        return kind != MaterialKind.POSTER || (mediaType != null && mediaType.startsWith("image/"));
    }

    /** Approvable: a draft with something to use (a file, a link, or a slogan's text). */
    static boolean usable(MaterialKind kind, int versions, String link) {
        return kind == MaterialKind.SLOGAN || versions > 0 || !Strings.blank(link);
    }

    /** The versions' next number. */
    static int next(List<Integer> numbers) {
        return numbers.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    /** Whether the units below the material's see it. */
    static boolean sharedBelow(MaterialState state) {
        return state == MaterialState.APPROVED;
    }
}
