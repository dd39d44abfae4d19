package org.xingfeng.matters.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the parts of an item's 业务流程图 go (seed 003: a flowchart per item): where it is handled on top, a box per
 * step joined by arrows, the time limit below, every text wrapped to its width so none is cut. The guide page draws
 * it as SVG and the client's print view with a GC, so both show the same drawing; they differ only in how they
 * measure text ({@link Measure}) and in the size of a line. Every size is in the drawer's units (SVG user units,
 * printer pixels) and follows from the height of a line, so the drawing keeps its proportions on every device.
 */
public record FlowchartLayout(int width, int height, int lineHeight, List<Box> boxes, List<Arrow> arrows,
        List<Label> labels) {

    /** How wide a text is when drawn, in the layout's units. */
    @FunctionalInterface
    public interface Measure {
        double width(String text);
    }

    /** A step's box; the first and the last are rounded, the last one shaded. */
    public record Box(int x, int y, int width, int height, boolean rounded, boolean last) {
    }

    /** An arrow down from {@code y1} to the tip at {@code y2}, at {@code x}. */
    public record Arrow(int x, int y1, int y2) {
    }

    /** One line of text centred on {@code x}, its line's top at {@code y}; a caption (place, time limit) is grey. */
    public record Label(String text, int x, int y, boolean caption) {
    }

    /** The drawing's width in lines' heights (340 units at the page's 18 a line). */
    static final double WIDTH_IN_LINES = 19;
    /** A box's share of the width. */
    static final double BOX_SHARE = 0.78;

    public FlowchartLayout {
        boxes = List.copyOf(boxes);
        arrows = List.copyOf(arrows);
        labels = List.copyOf(labels);
    }

    /**
     * The layout of {@code steps} (numbered here), with {@code place} above and {@code timeLimit} below (either
     * blank for none), lines {@code lineHeight} high, text measured by {@code measure}; null without steps.
     */
    public static FlowchartLayout of(List<String> steps, String place, String timeLimit, int lineHeight,
            Measure measure) {
        if (steps == null || steps.isEmpty()) {
            return null;
        }
        if (lineHeight < 4) {
            throw new IllegalArgumentException("a line must be at least 4 units high: " + lineHeight);
        }
        int width = (int) Math.round(WIDTH_IN_LINES * lineHeight);
        int boxWidth = (int) Math.round(width * BOX_SHARE);
        int padX = lineHeight / 2;
        int padY = lineHeight / 2;
        int gap = Math.round(lineHeight * 1.2f);
        int centre = width / 2;
        int boxX = (width - boxWidth) / 2;
        List<Box> boxes = new ArrayList<>();
        List<Arrow> arrows = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int y = padY;
        for (String line : wrap(place, width - 2 * padX, measure)) {
            labels.add(new Label(line, centre, y, true));
            y += lineHeight;
        }
        y += padY;
        for (int i = 0; i < steps.size(); i++) {
            boolean last = i == steps.size() - 1;
            List<String> lines = wrap((i + 1) + ". " + steps.get(i), boxWidth - 2 * padX, measure);
            if (lines.isEmpty()) {
                lines = List.of((i + 1) + ".");
            }
            int boxHeight = lines.size() * lineHeight + 2 * padY;
            boxes.add(new Box(boxX, y, boxWidth, boxHeight, i == 0 || last, last));
            for (int l = 0; l < lines.size(); l++) {
                labels.add(new Label(lines.get(l), centre, y + padY + l * lineHeight, false));
            }
            y += boxHeight;
            if (!last) {
                arrows.add(new Arrow(centre, y, y + gap - 1));
                y += gap;
            }
        }
        y += padY;
        for (String line : wrap(timeLimit, width - 2 * padX, measure)) {
            labels.add(new Label(line, centre, y, true));
            y += lineHeight;
        }
        return new FlowchartLayout(width, y + padY, lineHeight, boxes, arrows, labels);
    }

    /**
     * {@code text} in lines no wider than {@code max}: broken at spaces between words and between any two Chinese
     * characters (never before a closing mark such as ，。、）》), a word wider than a line broken where it must;
     * runs of white space count as one space. Empty for a blank text.
     */
    public static List<String> wrap(String text, double max, Measure measure) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text.strip().replaceAll("\\s+", " "))) {
            if (token.equals(" ")) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                continue;
            }
            if (measure.width(line + token) <= max) {
                line.append(token);
                continue;
            }
            if (measure.width(token) <= max) {
                if (!line.toString().isBlank()) {
                    lines.add(line.toString().strip());
                }
                line.setLength(0);
                line.append(token);
                continue;
            }
            // a token wider than a whole line fills this line and those after it, cut a character at a time
            for (int i = 0; i < token.length();) {
                int cp = token.codePointAt(i);
                String c = new String(Character.toChars(cp));
                if (!line.toString().isBlank() && measure.width(line + c) > max) {
                    lines.add(line.toString().strip());
                    line.setLength(0);
                }
                line.append(c);
                i += Character.charCount(cp);
            }
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    /** Words, single spaces and single wide characters, each with the closing marks that follow it. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String c = new String(Character.toChars(cp));
            if (closing(cp) && (word.length() > 0 || !tokens.isEmpty() && !tokens.get(tokens.size() - 1).equals(" "))) {
                if (word.length() > 0) {
                    word.append(c);
                } else {
                    tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + c);
                }
            } else if (cp == ' ') {
                flush(word, tokens);
                tokens.add(" ");
            } else if (wide(cp)) {
                flush(word, tokens);
                tokens.add(c);
            } else {
                word.append(c);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    /** A mark that must not begin a line. */
    static boolean closing(int cp) {
        return "，。、；：？！）》」』】〕”’…,.;:?!)]}%".indexOf(cp) >= 0;
    }

    /** A character set a whole em wide: Chinese, Japanese, Korean and the full-width forms. */
    static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
    }

    /**
     * A measure for a page whose fonts are not known in advance (the browser's sans-serif at {@code fontSize}):
     * every character at the widest its kind is drawn in the common sans-serif fonts, so a line measured by it fits
     * in whatever font the browser takes.
     */
    public static Measure estimate(double fontSize) {
        return text -> {
            double em = 0;
            for (int i = 0; i < text.length();) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                em += ems(cp);
            }
            return em * fontSize;
        };
    }

    /** A character's width in ems, rounded up over the usual sans-serif fonts. */
    static double ems(int cp) {
        if (wide(cp)) {
            return 1.0;
        }
        if (cp == ' ') {
            return 0.33;
        }
        if ("iljI.,:;'!|".indexOf(cp) >= 0) {
            return 0.36;
        }
        if ("frt()[]-".indexOf(cp) >= 0) {
            return 0.46;
        }
        if ("mwMW@%".indexOf(cp) >= 0) {
            return 1.0;
        }
        if (cp >= 'A' && cp <= 'Z') {
            return 0.8;
        }
        if (cp < 0x80) {
            return 0.66;
        }
        return 1.0;
    }
}
