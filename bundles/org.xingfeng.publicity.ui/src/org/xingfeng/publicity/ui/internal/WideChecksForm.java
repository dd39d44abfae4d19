package org.xingfeng.publicity.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.FormDialog;

/**
 * A form whose check lists run across in rows rather than down one column: a campaign's seven groups, seven venue kinds
 * and ten channels as one check box a line would make the form taller than a laptop's screen.
 */
class WideChecksForm extends FormDialog {

    static final int WIDTH = 560;

    WideChecksForm(ViewSite site, String title, String message) {
        super(site, title, message);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Control area = super.createDialogArea(parent);
        widen((Composite) area);
        return area;
    }

    private static void widen(Composite c) {
        for (Control child : c.getChildren()) {
            if (child instanceof Composite box && box.getLayout() instanceof RowLayout rows
                    && rows.type == SWT.VERTICAL) {
                rows.type = SWT.HORIZONTAL;
                rows.wrap = true;
                rows.spacing = 10;
                if (box.getLayoutData() instanceof GridData d) {
                    d.widthHint = WIDTH;
                }
            } else if (child instanceof Composite inner) {
                widen(inner);
            }
        }
    }
}
