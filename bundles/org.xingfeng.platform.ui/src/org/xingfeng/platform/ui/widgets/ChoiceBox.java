package org.xingfeng.platform.ui.widgets;

import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/**
 * A read-only drop-down of typed choices for a view's filter bar: the user reads the labels, the view gets the values
 * (never a combo index).
 */
public final class ChoiceBox<V> {

    private final Combo combo;
    private List<Choice<V>> options;

    public ChoiceBox(Composite parent, List<Choice<V>> options, int width) {
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setVisibleItemCount(20);
        combo.setLayoutData(new GridData(width, SWT.DEFAULT));
        setOptions(options, null);
    }

    /** Replaces the options and selects the one with {@code selected} (the first when none has it). */
    public void setOptions(List<Choice<V>> newOptions, V selected) {
        options = List.copyOf(newOptions);
        combo.removeAll();
        int index = 0;
        for (int i = 0; i < options.size(); i++) {
            combo.add(options.get(i).label());
            if (Objects.equals(options.get(i).value(), selected)) {
                index = i;
            }
        }
        if (!options.isEmpty()) {
            combo.select(index);
        }
    }

    /** The chosen option's value; null when nothing is chosen. */
    public V value() {
        int i = combo.getSelectionIndex();
        return i < 0 ? null : options.get(i).value();
    }

    /** Selects the option with this value (as a user would); unknown values are refused. */
    public void select(V value) {
        for (int i = 0; i < options.size(); i++) {
            if (Objects.equals(options.get(i).value(), value)) {
                combo.select(i);
                return;
            }
        }
        throw new IllegalArgumentException("no option " + value);
    }

    public Combo control() {
        return combo;
    }

    public void onChange(Runnable action) {
        combo.addListener(SWT.Selection, e -> action.run());
    }
}
