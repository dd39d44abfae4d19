package org.xingfeng.platform.ui;

/** A view built by a {@link ViewContribution}: told when it gets the focus and when it is closed. */
public interface ContributedView {

    default void setFocus() {
    }

    /** The view is closing (by the user, or because its contribution went away). Release what it holds. */
    default void dispose() {
    }
}
