package org.xingfeng.evaluations.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.platform.ui.ContributedView;

/** A dashboard tile's body: one big figure and a line under it. */
public class TileBody implements ContributedView {

    private final Composite root;
    private final Label figure;
    private final Label line;
    private final Font big;

    TileBody(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        figure = new Label(root, SWT.NONE);
        FontData base = root.getFont().getFontData()[0];
        big = new Font(root.getDisplay(), base.getName(), Math.max(20, base.getHeight() * 2 + 4), SWT.BOLD);
        figure.setFont(big);
        figure.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        line = new Label(root, SWT.WRAP);
        line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        root.addDisposeListener(e -> big.dispose());
    }

    void show(String figureText, int colour, String lineText) {
        if (root.isDisposed()) {
            return;
        }
        figure.setText(figureText);
        figure.setForeground(root.getDisplay().getSystemColor(colour));
        line.setText(lineText);
        root.layout(true, true);
    }

    public Composite control() {
        return root;
    }

    public String figure() {
        return figure.getText();
    }

    public String line() {
        return line.getText();
    }
}
