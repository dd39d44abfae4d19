package org.xingfeng.publicity.core.internal;

import static org.xingfeng.publicity.core.internal.PublicityText.MESSAGES;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.publicity.api.surveys.Answer;
import org.xingfeng.publicity.api.surveys.AwarenessChange;
import org.xingfeng.publicity.api.surveys.Condition;
import org.xingfeng.publicity.api.surveys.Question;
import org.xingfeng.publicity.api.surveys.QuestionStats;
import org.xingfeng.publicity.api.surveys.QuestionType;
import org.xingfeng.publicity.api.surveys.Quota;
import org.xingfeng.publicity.api.surveys.SurveyDraft;

/**
 * The survey rules that need no database: a questionnaire's form, a response's answers against it, the access codes'
 * form, and the figures: counts per option, the mean rating, the awareness rate (知晓率 = aware answers / answers to
 * the policy question).
 */
final class SurveyRules {

    static final int QUESTIONS_MAX = 100;
    static final int OPTIONS_MAX = 20;
    static final int TEXT_MAX = 1000;
    static final int TITLE_MAX = 200;
    static final int QUESTION_TEXT_MAX = 500;
    static final int CODES_MAX = 5000;
    static final int TEXTS_SHOWN = 100;
    static final int QUOTAS_MAX = 50;
    static final int QUOTA_LIMIT_MAX = 100_000;
    /** Codes are 10 characters of an alphabet without look-alikes (no 0/O, 1/I/L). */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 10;
    static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{" + CODE_LENGTH + "}");
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private SurveyRules() {
    }

    static List<FieldError> check(SurveyDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.required")));
            return errors;
        }
        if (d.unitId() == null) {
            errors.add(FieldError.of("unitId", MESSAGES.text("field.required")));
        }
        if (Strings.blank(d.title())) {
            errors.add(FieldError.of("title", MESSAGES.text("field.required")));
        } else if (d.title().strip().length() > TITLE_MAX) {
            errors.add(FieldError.of("title", MESSAGES.text("field.length", 1, TITLE_MAX)));
        }
        if (d.intro() != null && d.intro().strip().length() > 2000) {
            errors.add(FieldError.of("intro", MESSAGES.text("field.length", 0, 2000)));
        }
        if (d.kind() == null) {
            errors.add(FieldError.of("kind", MESSAGES.text("field.required")));
        }
        if (d.questions() == null || d.questions().isEmpty() || d.questions().size() > QUESTIONS_MAX) {
            errors.add(FieldError.of("questions", MESSAGES.text("survey.questions", QUESTIONS_MAX)));
            return errors;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < d.questions().size(); i++) {
            Question q = d.questions().get(i);
            String at = "questions[" + i + "]";
            if (q == null) {
                errors.add(FieldError.of(at, MESSAGES.text("field.required")));
                continue;
            }
            if (q.key() == null || !KEY.matcher(q.key()).matches()) {
                errors.add(FieldError.of(at + ".key", MESSAGES.text("survey.key")));
            } else if (!keys.add(q.key())) {
                errors.add(FieldError.of(at + ".key", MESSAGES.text("survey.keyTwice")));
            }
            if (Strings.blank(q.text()) || q.text().strip().length() > QUESTION_TEXT_MAX) {
                errors.add(FieldError.of(at + ".text", MESSAGES.text("field.length", 1, QUESTION_TEXT_MAX)));
            }
            if (q.type() == null) {
                errors.add(FieldError.of(at + ".type", MESSAGES.text("field.required")));
                continue;
            }
            boolean choice = q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE;
            if (choice) {
                if (q.options().size() < 2 || q.options().size() > OPTIONS_MAX
                        || q.options().stream().anyMatch(o -> Strings.blank(o) || o.strip().length() > 200)) {
                    errors.add(FieldError.of(at + ".options", MESSAGES.text("survey.options", OPTIONS_MAX)));
                }
            } else if (!q.options().isEmpty()) {
                errors.add(FieldError.of(at + ".options", MESSAGES.text("survey.noOptions")));
            }
            if (q.type() == QuestionType.RATING && q.scale() != null && (q.scale() < 2 || q.scale() > 10)) {
                errors.add(FieldError.of(at + ".scale", MESSAGES.text("field.range", 2, 10)));
            }
            if (q.policy() && !choice && q.type() != QuestionType.YES_NO) {
                errors.add(FieldError.of(at + ".policy", MESSAGES.text("survey.policyType")));
            }
            if (q.policy() && choice && q.awareOptions().isEmpty()) {
                errors.add(FieldError.of(at + ".awareOptions", MESSAGES.text("survey.awareOptions")));
            }
            for (Integer o : q.awareOptions()) {
                if (!choice || o == null || o < 0 || o >= q.options().size()) {
                    errors.add(FieldError.of(at + ".awareOptions", MESSAGES.text("survey.awareOptions")));
                    break;
                }
            }
            if (q.showIf() != null && !condition(d.questions().subList(0, i), q.showIf())) {
                errors.add(FieldError.of(at + ".showIf", MESSAGES.text("survey.showIf")));
            }
        }
        if (d.quotas().size() > QUOTAS_MAX) {
            errors.add(FieldError.of("quotas", MESSAGES.text("survey.quotas", QUOTAS_MAX)));
            return errors;
        }
        for (int i = 0; i < d.quotas().size(); i++) {
            Quota quota = d.quotas().get(i);
            String at = "quotas[" + i + "]";
            if (quota == null) {
                errors.add(FieldError.of(at, MESSAGES.text("field.required")));
                continue;
            }
            if (Strings.blank(quota.name()) || quota.name().strip().length() > 100) {
                errors.add(FieldError.of(at + ".name", MESSAGES.text("field.length", 1, 100)));
            }
            if (quota.limit() == null || quota.limit() < 1 || quota.limit() > QUOTA_LIMIT_MAX) {
                errors.add(FieldError.of(at + ".limit", MESSAGES.text("field.range", 1, QUOTA_LIMIT_MAX)));
            }
            if (quota.questionKey() != null && !condition(d.questions(),
                    new Condition(quota.questionKey(), quota.choices(), null), true)) {
                errors.add(FieldError.of(at + ".choices", MESSAGES.text("survey.quotaGroup")));
            } else if (quota.questionKey() == null && !quota.choices().isEmpty()) {
                errors.add(FieldError.of(at + ".questionKey", MESSAGES.text("field.required")));
            }
        }
        return errors;
    }

    /** Whether a condition names an earlier choice or yes/no question and says which answers. */
    static boolean condition(List<Question> earlier, Condition c) {
        return condition(earlier, c, false);
    }

    /** As a group's choices, a yes/no question's are given as indexes: 0 yes, 1 no. */
    private static boolean condition(List<Question> earlier, Condition c, boolean yesNoAsChoices) {
        Question on = earlier.stream().filter(q -> q != null && q.key() != null && q.key().equals(c.key())).findFirst()
                .orElse(null);
        if (on == null || on.type() == null) {
            return false;
        }
        int size = switch (on.type()) {
            case SINGLE, MULTIPLE -> on.options().size();
            case YES_NO -> yesNoAsChoices ? 2 : 0;
            default -> -1;
        };
        if (size < 0) {
            return false;
        }
        if (size == 0) {
            return c.yes() != null && c.choices().isEmpty();
        }
        return c.yes() == null && !c.choices().isEmpty()
                && c.choices().stream().allMatch(o -> o != null && o >= 0 && o < size)
                && new HashSet<>(c.choices()).size() == c.choices().size();
    }

    /** Whether an answer meets a condition on its question (a group's yes/no choices as 0 yes, 1 no). */
    static boolean meets(Question on, Answer a, Condition c) {
        if (empty(on, a)) {
            return false;
        }
        if (on.type() == QuestionType.YES_NO) {
            return c.yes() != null ? c.yes().equals(a.yes()) : c.choices().contains(a.yes() ? 0 : 1);
        }
        return a.choices().stream().anyMatch(c.choices()::contains);
    }

    /**
     * The keys of the questions a respondent is asked given the answers: in order, each without a condition, or whose
     * condition's question was asked and answered so.
     */
    static Set<String> asked(List<Question> questions, Map<String, Answer> answers) {
        Map<String, Answer> given = answers == null ? Map.of() : answers;
        Map<String, Question> byKey = new HashMap<>();
        Set<String> asked = new LinkedHashSet<>();
        for (Question q : questions) {
            byKey.put(q.key(), q);
            Condition c = q.showIf();
            if (c == null || asked.contains(c.key()) && meets(byKey.get(c.key()), given.get(c.key()), c)) {
                asked.add(q.key());
            }
        }
        return asked;
    }

    /** Whether a response belongs to a quota's respondent group (always, for a quota without a question). */
    static boolean inGroup(List<Question> questions, Quota quota, Map<String, Answer> answers) {
        if (quota.questionKey() == null) {
            return true;
        }
        Question on = questions.stream().filter(q -> q.key().equals(quota.questionKey())).findFirst().orElse(null);
        return on != null && answers != null
                && meets(on, answers.get(on.key()), new Condition(on.key(), quota.choices(), null));
    }

    static int scale(Question q) {
        return q.scale() == null ? 5 : q.scale();
    }

    /** A response's answers against the questionnaire: each bad or missing required answer names answers.key. */
    static List<FieldError> check(List<Question> questions, Map<String, Answer> answers) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Answer> given = answers == null ? Map.of() : answers;
        Set<String> known = new HashSet<>();
        Set<String> asked = asked(questions, given);
        for (Question q : questions) {
            known.add(q.key());
            String at = "answers." + q.key();
            Answer a = given.get(q.key());
            if (!asked.contains(q.key())) {
                if (!empty(q, a)) {
                    errors.add(FieldError.of(at, MESSAGES.text("survey.notAsked")));
                }
                continue;
            }
            if (empty(q, a)) {
                if (q.required()) {
                    errors.add(FieldError.of(at, MESSAGES.text("survey.answerRequired")));
                }
                continue;
            }
            switch (q.type()) {
                case SINGLE:
                case MULTIPLE:
                    List<Integer> c = a.choices();
                    boolean bad = (q.type() == QuestionType.SINGLE && c.size() != 1)
                            || new HashSet<>(c).size() != c.size()
                            || c.stream().anyMatch(i -> i == null || i < 0 || i >= q.options().size());
                    if (bad) {
                        errors.add(FieldError.of(at, MESSAGES.text("survey.answerChoice")));
                    }
                    break;
                case RATING:
                    if (a.rating() < 1 || a.rating() > scale(q)) {
                        errors.add(FieldError.of(at, MESSAGES.text("field.range", 1, scale(q))));
                    }
                    break;
                case TEXT:
                    if (a.text().strip().length() > TEXT_MAX) {
                        errors.add(FieldError.of(at, MESSAGES.text("field.length", 0, TEXT_MAX)));
                    }
                    break;
                default:
                    break;
            }
        }
        for (String key : given.keySet()) {
            if (!known.contains(key)) {
                errors.add(FieldError.of("answers." + key, MESSAGES.text("survey.unknownQuestion")));
            }
        }
        return errors;
    }

    /** Whether an answer says nothing for its question. */
    static boolean empty(Question q, Answer a) {
        if (a == null) {
            return true;
        }
        switch (q.type()) {
            case SINGLE:
            case MULTIPLE:
                return a.choices() == null || a.choices().isEmpty();
            case RATING:
                return a.rating() == null;
            case YES_NO:
                return a.yes() == null;
            default:
                return a.text() == null || a.text().isBlank();
        }
    }

    /** Aware or not for a policy question's answer; null when the question is no policy one or was not answered. */
    static Boolean aware(Question q, Answer a) {
        if (!q.policy() || empty(q, a)) {
            return null;
        }
        if (q.type() == QuestionType.YES_NO) {
            return a.yes();
        }
        return a.choices().stream().anyMatch(q.awareOptions()::contains);
    }

    /** A rate to four decimals (0.8333), null without a denominator. */
    static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** One question's figures over the responses. */
    static QuestionStats stats(Question q, List<Map<String, Answer>> responses) {
        int answered = 0;
        int aware = 0;
        long sum = 0;
        int size = switch (q.type()) {
            case SINGLE, MULTIPLE -> q.options().size();
            case RATING -> scale(q);
            case YES_NO -> 2;
            default -> 0;
        };
        int[] counts = new int[size];
        List<String> texts = new ArrayList<>();
        for (Map<String, Answer> r : responses) {
            Answer a = r.get(q.key());
            if (empty(q, a)) {
                continue;
            }
            answered++;
            switch (q.type()) {
                case SINGLE, MULTIPLE -> a.choices().forEach(i -> counts[i]++);
                case RATING -> {
                    counts[a.rating() - 1]++;
                    sum += a.rating();
                }
                case YES_NO -> counts[a.yes() ? 0 : 1]++;
                default -> texts.add(a.text().strip());
            }
            if (Boolean.TRUE.equals(aware(q, a))) {
                aware++;
            }
        }
        List<Integer> list = new ArrayList<>();
        for (int c : counts) {
            list.add(c);
        }
        BigDecimal mean = q.type() == QuestionType.RATING && answered > 0
                ? BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answered), 2, RoundingMode.HALF_UP)
                : null;
        List<String> shown = texts.size() > TEXTS_SHOWN ? texts.subList(texts.size() - TEXTS_SHOWN, texts.size())
                : texts;
        return new QuestionStats(q.key(), q.type(), q.text(), answered, list, mean, q.policy() ? aware : null,
                q.policy() ? rate(aware, answered) : null, shown);
    }

    /** The awareness rate over every policy question: aware answers / answers to policy questions. */
    static BigDecimal awareness(List<Question> questions, List<Map<String, Answer>> responses) {
        int aware = 0;
        int answered = 0;
        for (Question q : questions) {
            for (Map<String, Answer> r : responses) {
                Boolean b = aware(q, r.get(q.key()));
                if (b != null) {
                    answered++;
                    if (b) {
                        aware++;
                    }
                }
            }
        }
        return rate(aware, answered);
    }

    /**
     * Two rounds' awareness per policy question both share (by key, in the later round's order): the rate before and
     * after and the change, after minus before.
     */
    static List<AwarenessChange> changes(List<Question> before, List<Map<String, Answer>> responsesBefore,
            List<Question> after, List<Map<String, Answer>> responsesAfter) {
        List<AwarenessChange> out = new ArrayList<>();
        for (Question q : shared(before, after)) {
            Question b = before.stream().filter(x -> x.key().equals(q.key())).findFirst().orElseThrow();
            QuestionStats sb = stats(b, responsesBefore);
            QuestionStats sa = stats(q, responsesAfter);
            out.add(new AwarenessChange(q.key(), q.text(), sb.answered(), sb.awarenessRate(), sa.answered(),
                    sa.awarenessRate(), change(sb.awarenessRate(), sa.awarenessRate())));
        }
        return out;
    }

    /** The later round's policy questions whose key is a policy question of the earlier round too. */
    static List<Question> shared(List<Question> before, List<Question> after) {
        Set<String> earlier = new HashSet<>();
        before.stream().filter(Question::policy).forEach(q -> earlier.add(q.key()));
        return after.stream().filter(q -> q.policy() && earlier.contains(q.key())).toList();
    }

    static BigDecimal change(BigDecimal before, BigDecimal after) {
        return before == null || after == null ? null : after.subtract(before);
    }

    /**
     * Satisfied rating answers and all rating answers over the responses: a rating in the upper three fifths of its
     * scale (3 to 5 of 5, as 基本满意 and better count in the evaluations module) is satisfied.
     */
    static int[] satisfied(List<Question> questions, List<Map<String, Answer>> responses) {
        int satisfied = 0;
        int all = 0;
        for (Question q : questions) {
            if (q.type() != QuestionType.RATING) {
                continue;
            }
            for (Map<String, Answer> r : responses) {
                Answer a = r.get(q.key());
                if (!empty(q, a)) {
                    all++;
                    if (a.rating() * 5 > scale(q) * 2) {
                        satisfied++;
                    }
                }
            }
        }
        return new int[] { satisfied, all };
    }

    /** A new access code from the random source. */
    static String code(Random random) {
        StringBuilder b = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** A code as a respondent may type it: trimmed, upper-cased; null when it cannot be a code. */
    static String normalise(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        return CODE.matcher(c).matches() ? c : null;
    }
}
