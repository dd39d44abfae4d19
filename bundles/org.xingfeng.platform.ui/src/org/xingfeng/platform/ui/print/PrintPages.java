package org.xingfeng.platform.ui.print;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * A document's pages on one device (the screen for the preview, a printer for paper): laid out once with the device's
 * GC, then painted a page at a time within the printable area given when they were made.
 */
public interface PrintPages {

    /** Makes the pages for a device, its printable area in pixels and its resolution (dots per inch). */
    @FunctionalInterface
    interface Factory {
        PrintPages create(Device device, Rectangle area, int dpi);
    }

    void layout(GC gc);

    int pageCount();

    /** Paints page {@code index} (0-based); an index out of range paints nothing. */
    void paint(GC gc, int index);

    /** Frees the fonts and colours the pages made. */
    void dispose();
}
