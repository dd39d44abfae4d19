/**
 * Widgets every list and form of the rich client is built from, for the platform's views and the modules'
 * alike: {@link org.xingfeng.platform.ui.widgets.DataTable} (columns by label and value, sort, filter, row
 * count, export of exactly the visible rows to XLSX, background loading), {@link org.xingfeng.platform.ui.widgets.FormDialog}
 * (labelled fields with a validation message beside each), {@link org.xingfeng.platform.ui.widgets.ChoiceBox} (a
 * drop-down of typed choices for filter bars), {@link org.xingfeng.platform.ui.widgets.BarChart} (bars
 * drawn with GC against a target line), {@link org.xingfeng.platform.ui.widgets.HorizontalBars} (one line per
 * option with its label, a bar and its value, two rounds side by side), {@link org.xingfeng.platform.ui.widgets.FilesPanel} (an owner's files with
 * upload, save as and remove, the module's service behind a store) and
 * {@link org.xingfeng.platform.ui.widgets.Texts} (a bundle's message
 * properties in the client's language). Widgets take resolved strings (a label already in the client's language),
 * never a pair of languages; their own words (筛选…, 导出 Excel, the pager, 保存) are in this bundle's messages.
 */
@org.osgi.annotation.versioning.Version("0.5.0")
package org.xingfeng.platform.ui.widgets;
