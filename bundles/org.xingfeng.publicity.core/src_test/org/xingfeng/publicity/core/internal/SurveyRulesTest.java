package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.publicity.api.surveys.Answer;
import org.xingfeng.publicity.api.surveys.Question;
import org.xingfeng.publicity.api.surveys.QuestionStats;
import org.xingfeng.publicity.api.surveys.QuestionType;
import org.xingfeng.publicity.api.surveys.SurveyDraft;
import org.xingfeng.publicity.api.surveys.SurveyKind;

/** 问卷: a questionnaire's and a response's form, the figures and the awareness rate (知晓率) worked by hand. */
class SurveyRulesTest {

    static final Question KNOWS = new Question("knows", QuestionType.YES_NO, "您是否知道医保电子凭证？", null, null, true,
            true, null);
    static final Question CHANNEL = new Question("how", QuestionType.SINGLE, "您通过什么渠道了解门诊共济政策？",
            List.of("电视", "微信", "不了解"), null, true, true, List.of(0, 1));
    static final Question SEEN = new Question("seen", QuestionType.MULTIPLE, "您见过哪些宣传？", List.of("电子屏", "宣传单", "横幅"),
            null, false, false, null);
    static final Question SATISFIED = new Question("sat", QuestionType.RATING, "满意度", null, 5, false, false, null);
    static final Question SAY = new Question("say", QuestionType.TEXT, "意见建议", null, null, false, false, null);
    static final List<Question> ALL = List.of(KNOWS, CHANNEL, SEEN, SATISFIED, SAY);

    static Answer yes(boolean b) {
        return new Answer(null, null, b, null);
    }

    static Answer choice(Integer... i) {
        return new Answer(List.of(i), null, null, null);
    }

    static Answer rating(int r) {
        return new Answer(null, r, null, null);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aQuestionnaireNamesEveryBadQuestion() {
        assertEquals(List.of(), fields(SurveyRules.check(new SurveyDraft(1L, "知晓率调查", null, SurveyKind.AWARENESS,
                ALL))));
        assertEquals(List.of("unitId", "title", "kind", "questions"),
                fields(SurveyRules.check(new SurveyDraft(null, "", null, null, List.of()))));
        List<Question> bad = List.of(new Question("a b", QuestionType.SINGLE, "t", List.of("x"), null, false, false,
                null), new Question("k", QuestionType.TEXT, "t", null, null, false, true, null),
                new Question("k", QuestionType.RATING, " ", null, 11, false, false, null),
                new Question("p", QuestionType.SINGLE, "t", List.of("x", "y"), null, false, true, List.of(2)));
        assertEquals(List.of("questions[0].key", "questions[0].options", "questions[1].policy", "questions[2].key",
                "questions[2].text", "questions[2].scale", "questions[3].awareOptions"),
                fields(SurveyRules.check(new SurveyDraft(1L, "t", null, SurveyKind.MOCK, bad))));
    }

    @Test
    void aResponseNamesEveryBadAnswer() {
        assertEquals(List.of(), fields(SurveyRules.check(ALL, Map.of("knows", yes(true), "how", choice(2)))));
        assertEquals(List.of("answers.knows", "answers.how"), fields(SurveyRules.check(ALL, Map.of())));
        assertEquals(List.of("answers.how", "answers.seen", "answers.sat", "answers.nope"),
                fields(SurveyRules.check(ALL, new java.util.LinkedHashMap<>(Map.of("knows", yes(false), "how",
                        choice(0, 1), "seen", choice(1, 1), "sat", rating(6), "nope", yes(true))))));
        assertEquals(List.of("answers.say"), fields(SurveyRules.check(ALL, Map.of("knows", yes(true), "how", choice(0),
                "say", new Answer(null, null, null, "长".repeat(1001))))));
    }

    /**
     * Four responses. knows: yes, yes, no, (none) → 2 aware of 3 answered, 0.6667. how: 微信, 不了解, 电视, 不了解 → 2 of 4,
     * 0.5000. All policy answers: 4 aware of 7, 0.5714. sat: 5, 3, (none), 4 → mean 4.00.
     */
    @Test
    void figuresAndTheAwarenessRateWorkedByHand() {
        List<Map<String, Answer>> r = List.of(Map.of("knows", yes(true), "how", choice(1), "sat", rating(5)),
                Map.of("knows", yes(true), "how", choice(2), "sat", rating(3), "seen", choice(0, 2)),
                Map.of("knows", yes(false), "how", choice(0), "say", new Answer(null, null, null, " 多宣传 ")),
                Map.of("how", choice(2), "sat", rating(4), "seen", choice(0)));
        QuestionStats knows = SurveyRules.stats(KNOWS, r);
        assertEquals(3, knows.answered());
        assertEquals(List.of(2, 1), knows.counts());
        assertEquals(2, knows.aware());
        assertEquals(new BigDecimal("0.6667"), knows.awarenessRate());
        QuestionStats how = SurveyRules.stats(CHANNEL, r);
        assertEquals(List.of(1, 1, 2), how.counts());
        assertEquals(new BigDecimal("0.5000"), how.awarenessRate());
        QuestionStats seen = SurveyRules.stats(SEEN, r);
        assertEquals(List.of(2, 0, 1), seen.counts());
        assertEquals(2, seen.answered());
        assertNull(seen.awarenessRate());
        QuestionStats sat = SurveyRules.stats(SATISFIED, r);
        assertEquals(List.of(0, 0, 1, 1, 1), sat.counts());
        assertEquals(new BigDecimal("4.00"), sat.mean());
        assertEquals(List.of("多宣传"), SurveyRules.stats(SAY, r).texts());
        assertEquals(new BigDecimal("0.5714"), SurveyRules.awareness(ALL, r));
        assertNull(SurveyRules.awareness(ALL, List.of()));
        assertNull(SurveyRules.stats(KNOWS, List.of()).awarenessRate());
    }

    @Test
    void accessCodes() {
        String code = SurveyRules.code(new Random(7));
        assertEquals(10, code.length());
        assertTrue(SurveyRules.CODE.matcher(code).matches(), code);
        assertEquals(code, SurveyRules.normalise(" " + code.toLowerCase() + " "));
        assertNull(SurveyRules.normalise("ABC"));
        assertNull(SurveyRules.normalise("0OOOOOOOOO"));
        assertNull(SurveyRules.normalise(null));
    }
}
