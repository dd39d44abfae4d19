package org.xingfeng.platform.ui.widgets;

/** One option of a {@link FormDialog} choice: the value the program uses and the label the user reads. */
public record Choice<V>(V value, String label) {
}
