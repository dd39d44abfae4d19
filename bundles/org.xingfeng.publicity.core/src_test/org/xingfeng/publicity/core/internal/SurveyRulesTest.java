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
import org.xingfeng.publicity.api.surveys.AwarenessChange;
import org.xingfeng.publicity.api.surveys.Condition;
import org.xingfeng.publicity.api.surveys.Question;
import org.xingfeng.publicity.api.surveys.QuestionStats;
import org.xingfeng.publicity.api.surveys.QuestionType;
import org.xingfeng.publicity.api.surveys.Quota;
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

    // branching: "knows" no → asked "why"; "how" 不了解 (2) → asked "want"; "want" yes → asked "where"
    static final Question WHY = new Question("why", QuestionType.SINGLE, "您没有激活的原因？", List.of("不会操作", "不需要"), null,
            true, false, null, new Condition("knows", null, false));
    static final Question WANT = new Question("want", QuestionType.YES_NO, "您想了解门诊共济政策吗？", null, null, true, false,
            null, new Condition("how", List.of(2), null));
    static final Question WHERE = new Question("where", QuestionType.TEXT, "您希望在哪里了解？", null, null, true, false, null,
            new Condition("want", null, true));
    static final List<Question> BRANCHED = List.of(KNOWS, WHY, CHANNEL, WANT, WHERE);

    @Test
    void branchingAsksOnlyWhatTheEarlierAnswersCallFor() {
        assertEquals(List.of(), fields(SurveyRules.check(new SurveyDraft(1L, "t", null, SurveyKind.AWARENESS,
                BRANCHED))));
        assertEquals(List.of("knows", "how"), List.copyOf(SurveyRules.asked(BRANCHED, Map.of("knows", yes(true), "how",
                choice(0)))));
        assertEquals(List.of("knows", "why", "how", "want", "where"), List.copyOf(SurveyRules.asked(BRANCHED,
                Map.of("knows", yes(false), "how", choice(2), "want", yes(true)))));
        // "where" hangs on "want", which is not asked when "how" is 了解: neither is asked then
        assertEquals(List.of("knows", "how"), List.copyOf(SurveyRules.asked(BRANCHED, Map.of("knows", yes(true), "how",
                choice(0), "want", yes(true)))));
        // required only when asked; an answer to a question not asked is refused
        assertEquals(List.of(), fields(SurveyRules.check(BRANCHED, Map.of("knows", yes(true), "how", choice(1)))));
        assertEquals(List.of("answers.why", "answers.want"), fields(SurveyRules.check(BRANCHED, Map.of("knows",
                yes(false), "how", choice(2)))));
        assertEquals(List.of("answers.why"), fields(SurveyRules.check(BRANCHED, Map.of("knows", yes(true), "how",
                choice(0), "why", choice(0)))));
        // the figures count only those asked: "why" answered by one of two
        QuestionStats why = SurveyRules.stats(WHY, List.of(Map.of("knows", yes(true)), Map.of("knows", yes(false),
                "why", choice(1))));
        assertEquals(1, why.answered());
        assertEquals(List.of(0, 1), why.counts());
    }

    @Test
    void aConditionMustPointBackToAChoiceAndNameItsAnswers() {
        List<Question> bad = List.of(
                new Question("a", QuestionType.TEXT, "t", null, null, false, false, null, new Condition("b", null,
                        true)),
                new Question("b", QuestionType.YES_NO, "t", null, null, false, false, null),
                new Question("c", QuestionType.TEXT, "t", null, null, false, false, null, new Condition("b", List.of(
                        0), null)),
                new Question("d", QuestionType.SINGLE, "t", List.of("x", "y"), null, false, false, null,
                        new Condition("b", null, true)),
                new Question("e", QuestionType.TEXT, "t", null, null, false, false, null, new Condition("d", List.of(
                        2), null)),
                new Question("f", QuestionType.TEXT, "t", null, null, false, false, null, new Condition("a", null,
                        true)),
                new Question("g", QuestionType.TEXT, "t", null, null, false, false, null, new Condition("d", List.of(
                        1), null)));
        assertEquals(List.of("questions[0].showIf", "questions[2].showIf", "questions[4].showIf",
                "questions[5].showIf"),
                fields(SurveyRules.check(new SurveyDraft(1L, "t", null, SurveyKind.MOCK,
                        bad))));
    }

    @Test
    void quotasNameTheirGroupQuestionAndALimit() {
        List<Quota> quotas = List.of(new Quota("甲镇", 7L, null, null, 100, 0, false),
                new Quota("退休人员", null, "how", List.of(2), 50, 0, false),
                new Quota("知道的", null, "knows", List.of(0), 10, 0, false),
                new Quota("", null, "say", List.of(0), 0, 0, false),
                new Quota("x", null, null, List.of(1), 5, 0, false),
                new Quota("y", null, "how", List.of(3), 5, 0, false));
        assertEquals(List.of("quotas[3].name", "quotas[3].limit", "quotas[3].choices", "quotas[4].questionKey",
                "quotas[5].choices"),
                fields(SurveyRules.check(new SurveyDraft(1L, "t", null, SurveyKind.AWARENESS,
                        ALL, quotas))));
        assertTrue(SurveyRules.inGroup(ALL, quotas.get(0), Map.of()));
        assertTrue(SurveyRules.inGroup(ALL, quotas.get(1), Map.of("how", choice(2))));
        assertEquals(false, SurveyRules.inGroup(ALL, quotas.get(1), Map.of("how", choice(0))));
        assertTrue(SurveyRules.inGroup(ALL, quotas.get(2), Map.of("knows", yes(true))));
        assertEquals(false, SurveyRules.inGroup(ALL, quotas.get(2), Map.of("knows", yes(false))));
    }

    @Test
    void beforeAndAfterWorkedByHand() {
        // round 1: knows 1 of 4, how 2 of 4 (了解 or 微信); round 2: knows 3 of 4, how 2 of 4; "seen" is no policy
        // question and "extra" is only in round 2: neither is compared
        Question extra = new Question("extra", QuestionType.YES_NO, "新题", null, null, false, true, null);
        List<Map<String, Answer>> before = List.of(Map.of("knows", yes(true), "how", choice(0)),
                Map.of("knows", yes(false), "how", choice(1)), Map.of("knows", yes(false), "how", choice(2)),
                Map.of("knows", yes(false), "how", choice(2)));
        List<Map<String, Answer>> after = List.of(Map.of("knows", yes(true), "how", choice(0), "extra", yes(true)),
                Map.of("knows", yes(true), "how", choice(2)), Map.of("knows", yes(true), "how", choice(2)),
                Map.of("knows", yes(false), "how", choice(1)));
        List<Question> shared = SurveyRules.shared(ALL, List.of(KNOWS, CHANNEL, SEEN, extra));
        assertEquals(List.of("knows", "how"), shared.stream().map(Question::key).toList());
        List<AwarenessChange> changes = SurveyRules.changes(ALL, before, List.of(KNOWS, CHANNEL, SEEN, extra), after);
        assertEquals(2, changes.size());
        assertEquals(new BigDecimal("0.2500"), changes.get(0).before());
        assertEquals(new BigDecimal("0.7500"), changes.get(0).after());
        assertEquals(new BigDecimal("0.5000"), changes.get(0).change());
        assertEquals(new BigDecimal("0.0000"), changes.get(1).change());
        // over both questions: 3 of 8 before, 5 of 8 after
        assertEquals(new BigDecimal("0.3750"), SurveyRules.awareness(shared, before));
        assertEquals(new BigDecimal("0.6250"), SurveyRules.awareness(shared, after));
        assertNull(SurveyRules.change(null, new BigDecimal("0.5")));
        // no one asked before: no rate and no change
        assertNull(SurveyRules.changes(ALL, List.of(), ALL, after).get(0).change());
    }

    @Test
    void satisfiedRatingsAreTheUpperThreeFifths() {
        Question ten = new Question("ten", QuestionType.RATING, "十分制", null, 10, false, false, null);
        List<Map<String, Answer>> r = List.of(Map.of("sat", rating(3), "ten", rating(5)),
                Map.of("sat", rating(2), "ten", rating(4)), Map.of("sat", rating(5)), Map.of("knows", yes(true)));
        // of 5: 3 and 5 satisfied, 2 not; of 10: 5 satisfied, 4 not → 3 of 5
        int[] s = SurveyRules.satisfied(List.of(KNOWS, SATISFIED, ten), r);
        assertEquals(3, s[0]);
        assertEquals(5, s[1]);
    }
}
