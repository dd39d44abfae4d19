package org.xingfeng.bench;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** The client's limit: a bare SWT window on the client's own SWT jar, started in a JVM of its own. */
public final class BareSwtWindow {

    private BareSwtWindow() {
    }

    public static void main(String[] args) {
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setText("hello");
        shell.setSize(400, 300);
        new Label(shell, SWT.NONE).setText("hello");
        shell.open();
        while (display.readAndDispatch()) {
            // until the window is shown and the event queue is idle
        }
        System.out.println("shown at " + System.currentTimeMillis());
        display.dispose();
    }
}
