package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.FlowchartLayout;
import org.xingfeng.matters.api.FlowchartLayout.Arrow;
import org.xingfeng.matters.api.FlowchartLayout.Box;
import org.xingfeng.matters.api.FlowchartLayout.Label;

/**
 * The flowchart's layout, which the guide page's SVG and the client's print view both draw: every text wrapped to its
 * box or the drawing's width (none cut), boxes one below another joined by arrows, the captions above and below.
 */
class FlowchartLayoutTest {

    /** A font where a Chinese character is 10 wide and anything else 6: easy to count by hand. */
    static final FlowchartLayout.Measure MONO = text -> text.codePoints()
            .map(c -> c >= 0x2E80 && c <= 0xFFEF ? 10 : 6).sum();

    static final int LINE = 20;

    static FlowchartLayout layout(List<String> steps, String place, String limit) {
        return FlowchartLayout.of(steps, place, limit, LINE, MONO);
    }

    static List<Label> inside(FlowchartLayout f, Box b) {
        return f.labels().stream().filter(l -> !l.caption() && l.y() >= b.y() && l.y() < b.y() + b.height())
                .toList();
    }

    /** Everything the layout promises whatever the texts: checked for each layout below. */
    static void wellFormed(FlowchartLayout f, int steps) {
        assertEquals(steps, f.boxes().size());
        assertEquals(steps - 1, f.arrows().size());
        for (Label l : f.labels()) {
            double w = MONO.width(l.text());
            assertTrue(l.x() - w / 2 >= 0 && l.x() + w / 2 <= f.width(), "within the drawing: " + l);
            assertTrue(l.y() >= 0 && l.y() + LINE <= f.height(), "within the drawing: " + l);
        }
        int previousBottom = -1;
        for (int i = 0; i < steps; i++) {
            Box b = f.boxes().get(i);
            assertTrue(b.y() > previousBottom, "below the one before: " + b);
            List<Label> lines = inside(f, b);
            assertTrue(!lines.isEmpty(), "each box has its text");
            assertEquals(lines.size() * LINE + LINE, b.height(), "as high as its lines and half a line round them");
            for (Label l : lines) {
                double w = MONO.width(l.text());
                assertTrue(l.x() - w / 2 >= b.x() && l.x() + w / 2 <= b.x() + b.width(), "within its box: " + l);
                assertTrue(l.y() + LINE <= b.y() + b.height(), "within its box: " + l);
            }
            assertTrue(lines.get(0).text().startsWith((i + 1) + ". "), "numbered: " + lines.get(0));
            assertEquals(i == 0 || i == steps - 1, b.rounded());
            assertEquals(i == steps - 1, b.last());
            if (i > 0) {
                Arrow a = f.arrows().get(i - 1);
                Box above = f.boxes().get(i - 1);
                assertEquals(above.y() + above.height(), a.y1(), "the arrow leaves the box above");
                assertEquals(b.y() - 1, a.y2(), "and points at the box below");
                assertEquals(f.width() / 2, a.x());
            }
            previousBottom = b.y() + b.height();
        }
        assertTrue(previousBottom < f.height());
    }

    static String joined(List<String> lines) {
        return String.join("", lines).replace(" ", "");
    }

    @Test
    void shortStepsMakeOneLineBoxesBetweenThePlaceAndTheTimeLimit() {
        FlowchartLayout f = layout(List.of("申请", "受理", "办结"), "办理地点：县医保服务大厅", "办理时限：即时办结");
        wellFormed(f, 3);
        assertEquals(380, f.width(), "19 lines wide");
        assertEquals(List.of("办理地点：县医保服务大厅", "1. 申请", "2. 受理", "3. 办结", "办理时限：即时办结"),
                f.labels().stream().map(Label::text).toList(), "top to bottom");
        assertTrue(f.labels().get(0).caption() && f.labels().get(4).caption() && !f.labels().get(1).caption());
        assertTrue(f.labels().get(0).y() < f.boxes().get(0).y());
        assertTrue(f.labels().get(4).y() > f.boxes().get(2).y() + f.boxes().get(2).height());
        // by hand: half a line, the place, half a line; 3 boxes of 40 with 2 gaps of 24; half a line, the limit, half
        assertEquals(10 + 20 + 10 + 3 * 40 + 2 * 24 + 10 + 20 + 10, f.height());
    }

    @Test
    void aLongEnglishStepWrapsAtSpacesAndNothingIsCut() {
        String step = "Submit the application form together with the identity card and the hospital's discharge "
                + "summary at any window of the medical insurance service hall";
        FlowchartLayout f = layout(List.of("Apply", step, "Decision"), "Where to apply: Window 3, Medical Insurance "
                + "Service Hall, second floor, Civic Services Centre, 18 Renmin Road", "Time limit: 5 working days");
        wellFormed(f, 3);
        List<String> lines = inside(f, f.boxes().get(1)).stream().map(Label::text).toList();
        assertTrue(lines.size() >= 3, "wrapped: " + lines);
        assertEquals(joined(List.of("2. " + step)), joined(lines), "every word kept, in order");
        for (String l : lines) {
            assertTrue(!l.startsWith(" ") && !l.endsWith(" "), "broken at a space, which is dropped: '" + l + "'");
        }
        assertEquals(List.of("2. Submit the application form together with",
                "the identity card and the hospital's discharge", "summary at any window of the medical insurance",
                "service hall"), lines, "by hand: a box 296 wide less 20 of padding, 6 a character: 46 at most");
        List<String> place = f.labels().stream().filter(Label::caption).map(Label::text).toList();
        assertEquals(3, place.size(), "the place (109 characters, 60 a line) in two lines, the limit in one: " + place);
        assertEquals("Timelimit:5workingdays", place.get(place.size() - 1).replace(" ", ""));
        assertTrue(f.boxes().get(1).height() > f.boxes().get(0).height(), "the long step's box is higher");
    }

    @Test
    void aLongChineseStepWrapsBetweenCharactersButNeverBeforeAClosingMark() {
        String step = "申请人持身份证、出院小结及医疗费用发票原件到县医保服务大厅任一窗口提交申请，窗口人员当场核对材料并出具受理通知书。";
        FlowchartLayout f = layout(List.of(step, "审核"), null, "");
        wellFormed(f, 2);
        List<String> lines = inside(f, f.boxes().get(0)).stream().map(Label::text).toList();
        assertTrue(lines.size() >= 2, "wrapped: " + lines);
        assertEquals(joined(List.of("1. " + step)), joined(lines));
        for (String l : lines) {
            assertTrue(MONO.width(l) <= 296 - 20, "fits its box: " + l);
            assertTrue("，。、）》".indexOf(l.charAt(0)) < 0, "no line begins with a closing mark: " + l);
        }
        assertTrue(f.labels().stream().noneMatch(Label::caption), "no place and no time limit: no captions");
    }

    @Test
    void aWordWiderThanABoxIsBrokenWhereItMust() {
        String word = "A".repeat(100);
        List<String> lines = FlowchartLayout.wrap(word, 60, MONO);
        assertEquals(List.of("AAAAAAAAAA", "A".repeat(10)), lines.subList(0, 2), "ten of 6 in 60");
        assertEquals(10, lines.size());
        wellFormed(layout(List.of(word), word, word), 1);
    }

    @Test
    void blankTextsMakeNoLinesAndSpacesCountOnce() {
        assertEquals(List.of(), FlowchartLayout.wrap(null, 100, MONO));
        assertEquals(List.of(), FlowchartLayout.wrap(" \n\t ", 100, MONO));
        assertEquals(List.of("a b"), FlowchartLayout.wrap("  a \n  b ", 100, MONO));
        FlowchartLayout f = layout(List.of(" "), null, null);
        assertEquals(List.of("1."), f.labels().stream().map(Label::text).toList(), "a blank step is still a box");
    }

    @Test
    void noStepsNoDrawingAndLinesTooSmallAreRefused() {
        assertNull(layout(List.of(), "办理地点：大厅", "办理时限：即时办结"));
        assertNull(FlowchartLayout.of(null, null, null, LINE, MONO));
        assertThrows(IllegalArgumentException.class, () -> FlowchartLayout.of(List.of("申请"), null, null, 2, MONO));
    }

    @Test
    void theDrawingKeepsItsProportionsOnEveryDevice() {
        // the page's 18 a line and a printer's 50: the same drawing, larger
        FlowchartLayout page = FlowchartLayout.of(List.of("申请", "审核"), "地点", "时限", 18, t -> t.length() * 14.0);
        FlowchartLayout paper = FlowchartLayout.of(List.of("申请", "审核"), "地点", "时限", 50, t -> t.length() * 39.0);
        assertEquals(342, page.width());
        assertEquals(950, paper.width());
        double scale = 50 / 18.0;
        for (int i = 0; i < 2; i++) {
            assertEquals(page.boxes().get(i).y() * scale, paper.boxes().get(i).y(), 3 * scale);
            assertEquals(page.boxes().get(i).width() * scale, paper.boxes().get(i).width(), scale);
        }
        assertEquals(page.height() * scale, paper.height(), 6 * scale);
    }

    @Test
    void theBrowsersEstimateIsGenerous() {
        FlowchartLayout.Measure m = FlowchartLayout.estimate(10);
        assertEquals(20, m.width("申请"), 1e-9, "a Chinese character a whole em");
        assertTrue(m.width("WWW") > m.width("iii") * 2, "wide and narrow Latin letters differ");
        assertTrue(m.width("Submit the application") >= 0.55 * 10 * "Submit the application".length(),
                "at least the average width of a sans-serif font's letters");
    }
}
