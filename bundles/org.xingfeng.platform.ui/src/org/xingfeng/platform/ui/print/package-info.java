/**
 * Printing from the rich client: {@link org.xingfeng.platform.ui.print.PrintPreview} (an A4 page preview in a window of
 * its own with page turning, the print dialog and printing through SWT's {@code Printer}; a PDF printer gives a PDF),
 * drawing {@link org.xingfeng.platform.ui.print.PrintPages} that a view supplies for each device, the same pages on the
 * screen and on paper, and {@link org.xingfeng.platform.ui.print.TablePages} (a title, lines of text and a table cut
 * into pages, the column heads on each) for the common document. The widget's own words are in this bundle's messages.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.platform.ui.print;
