package org.xingfeng.platform.ui.widgets;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.ui.BackgroundWork;
import org.xingfeng.platform.ui.ViewSite;

/**
 * The client's list: a JFace table with columns defined by label and value, sorting by a click on a header,
 * a filter box, the row count in the footer, selection and double-click callbacks, and an "导出 Excel" button
 * that exports exactly the rows and columns shown (filtered, in the shown order, headers in the client's
 * language). Views put their own buttons in {@link #toolbar()}. A list too long to load whole is shown a page at a
 * time ({@link #paged}): a pager under the table fetches each page from the service in the background.
 */
public class DataTable<T> {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ViewSite site;
    private final Texts texts;
    private final String sheet;
    private final List<Column<T>> columns;
    private final Composite root;
    private final Composite toolbar;
    private final Text filterBox;
    private final TableViewer viewer;
    private final Label count;
    private final Button exportButton;
    private final Collator collator;
    private final Map<Object, String[]> cellTexts = new IdentityHashMap<>();
    private List<T> rows = List.of();
    private String filter = "";
    private int sortColumn = -1;
    private boolean ascending = true;
    private Consumer<T> onSelect = r -> {};
    private Consumer<T> onOpen = r -> {};
    private Pager pager;

    /** One page of a list, fetched from a service off the UI thread. */
    @FunctionalInterface
    public interface PageSource<T> {
        Page<? extends T> fetch(PageRequest request, IProgressMonitor monitor) throws Exception;
    }

    /** A paged list's source, controls and the page shown. */
    private final class Pager {
        private final String task;
        private final int size;
        private final PageSource<T> source;
        private final Button previous;
        private final Label label;
        private final Button next;
        private int page;
        private long total;

        Pager(String task, int size, PageSource<T> source, Composite bar) {
            this.task = task;
            this.size = size;
            this.source = source;
            previous = new Button(bar, SWT.PUSH);
            previous.setText(texts.get("table.previous"));
            label = new Label(bar, SWT.NONE);
            label.setLayoutData(new GridData(260, SWT.DEFAULT));
            next = new Button(bar, SWT.PUSH);
            next.setText(texts.get("table.next"));
            previous.addListener(SWT.Selection, e -> showPage(page - 1));
            next.addListener(SWT.Selection, e -> showPage(page + 1));
        }
    }

    /**
     * @param sheet the export's sheet and file name in the client's language, e.g. {@code 人员}
     */
    public DataTable(Composite parent, ViewSite site, String sheet, List<Column<T>> columns) {
        this.site = site;
        this.texts = Texts.of(site, DataTable.class);
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.collator = Collator.getInstance(texts.chinese() ? Locale.CHINA : Locale.ENGLISH);

        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        root.setLayout(layout);

        toolbar = new Composite(root, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.marginLeft = 0;
        row.center = true;
        toolbar.setLayout(row);
        toolbar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        filterBox = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filterBox.setMessage(texts.get("table.filter"));
        GridData fd = new GridData(SWT.END, SWT.CENTER, false, false);
        fd.widthHint = 220;
        filterBox.setLayoutData(fd);
        filterBox.addModifyListener(e -> applyFilter(filterBox.getText()));

        viewer = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        org.eclipse.swt.widgets.Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (int i = 0; i < this.columns.size(); i++) {
            addColumn(i);
        }
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                return compareRows(a, b);
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return matches(element);
            }
        });
        viewer.addSelectionChangedListener(e -> onSelect.accept(selected()));
        viewer.addDoubleClickListener(e -> {
            T s = selected();
            if (s != null) {
                onOpen.accept(s);
            }
        });

        count = new Label(root, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        exportButton = new Button(root, SWT.PUSH);
        exportButton.setText(texts.get("table.exportXlsx"));
        exportButton.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        exportButton.addListener(SWT.Selection, e -> export());
        viewer.setInput(rows);
        updateCount();
    }

    private void addColumn(int index) {
        Column<T> c = columns.get(index);
        TableViewerColumn vc = new TableViewerColumn(viewer, SWT.LEFT);
        TableColumn tc = vc.getColumn();
        tc.setText(c.header());
        tc.setWidth(c.width());
        tc.setMoveable(false);
        vc.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return texts(element)[index];
            }
        });
        tc.addListener(SWT.Selection, e -> sort(index, sortColumn == index ? !ascending : true));
    }

    /** The whole control, to lay out in the view. */
    public Composite control() {
        return root;
    }

    /** Where a view puts its own buttons (left of the filter box). */
    public Composite toolbar() {
        return toolbar;
    }

    /** Adds a push button to the toolbar. */
    public Button addButton(String label, Runnable action) {
        Button b = new Button(toolbar, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    public TableViewer viewer() {
        return viewer;
    }

    public Text filterBox() {
        return filterBox;
    }

    public Button exportButton() {
        return exportButton;
    }

    public Label countLabel() {
        return count;
    }

    /** Replaces the rows; the filter and sort stay, the selection is kept where the same rows remain. */
    public void setRows(List<? extends T> newRows) {
        IStructuredSelection before = viewer.getStructuredSelection();
        rows = List.copyOf(newRows);
        cellTexts.clear();
        viewer.setInput(rows);
        if (!before.isEmpty()) {
            List<Object> keep = new ArrayList<>();
            for (Object o : before) {
                if (rows.contains(o)) {
                    keep.add(rows.get(rows.indexOf(o)));
                }
            }
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(keep));
        }
        updateCount();
    }

    /** Loads the rows in the background (progress, cancel) and shows them when done; {@code task} names the work. */
    public void load(String task, BackgroundWork<List<T>> work) {
        site.run(task, work, loaded -> {
            if (!root.isDisposed()) {
                setRows(loaded);
            }
        });
    }

    /**
     * Shows the list a page at a time: a pager under the table (上一页, "第 1 / 3 页，共 250 条", 下一页) fetches each page
     * through the source in the background (progress, cancel) and shows its rows; the filter, sort and export work on
     * the page shown. Shows the first page.
     *
     * @param task what fetching a page is called in the progress line, e.g. 读取审计日志
     */
    public void paged(String task, int pageSize, PageSource<T> source) {
        Composite bar = new Composite(root, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        pager = new Pager(task, pageSize, source, bar);
        root.layout(true, true);
        showPage(0);
    }

    /** Fetches and shows a page (0-based) of a {@link #paged} list, e.g. the first again after a view's filters changed. */
    public void showPage(int wanted) {
        Pager p = pager;
        if (p == null) {
            throw new IllegalStateException("not a paged table");
        }
        int number = Math.max(0, wanted);
        site.run(p.task, monitor -> p.source.fetch(new PageRequest(number, p.size), monitor),
                (Page<? extends T> result) -> {
                    if (root.isDisposed()) {
                        return;
                    }
                    p.page = number;
                    p.total = result.total();
                    long pages = Math.max(1, (p.total + p.size - 1) / p.size);
                    setRows(result.items());
                    p.label.setText(texts.get("table.page", number + 1, pages, p.total));
                    p.previous.setEnabled(number > 0);
                    p.next.setEnabled(number + 1 < pages);
                });
    }

    /** The page shown (0-based) of a paged list. */
    public int page() {
        return pager == null ? 0 : pager.page;
    }

    /** The rows of all pages of a paged list. */
    public long total() {
        return pager == null ? rows.size() : pager.total;
    }

    /** The pager's text, e.g. "第 1 / 3 页，共 250 条". */
    public String pageText() {
        return pager == null ? "" : pager.label.getText();
    }

    public Button previousPageButton() {
        return pager.previous;
    }

    public Button nextPageButton() {
        return pager.next;
    }

    /** All rows, unfiltered, in the order given. */
    public List<T> rows() {
        return rows;
    }

    /** The rows shown, in the order shown. */
    @SuppressWarnings("unchecked")
    public List<T> visibleRows() {
        List<T> shown = new ArrayList<>();
        for (TableItem item : viewer.getTable().getItems()) {
            shown.add((T) item.getData());
        }
        return shown;
    }

    /** The first selected row, or null. */
    @SuppressWarnings("unchecked")
    public T selected() {
        return (T) viewer.getStructuredSelection().getFirstElement();
    }

    @SuppressWarnings("unchecked")
    public List<T> selection() {
        return (List<T>) viewer.getStructuredSelection().toList();
    }

    public void select(T row) {
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(row), true);
    }

    /** Called with the first selected row (null when none) whenever the selection changes. */
    public void onSelection(Consumer<T> callback) {
        this.onSelect = callback;
    }

    /** Called with the row double-clicked (or opened with Enter). */
    public void onOpen(Consumer<T> callback) {
        this.onOpen = callback;
    }

    /** Sets the filter box's text: rows are shown that contain it (ignoring case) in any column. */
    public void setFilter(String text) {
        filterBox.setText(text == null ? "" : text);
        applyFilter(filterBox.getText());
    }

    private void applyFilter(String text) {
        String f = text.strip().toLowerCase(Locale.ROOT);
        if (!f.equals(filter)) {
            filter = f;
            viewer.refresh();
            updateCount();
        }
    }

    /** Sorts by a column (0-based), as a click on its header does. */
    public void sort(int column, boolean ascendingOrder) {
        sortColumn = column;
        ascending = ascendingOrder;
        org.eclipse.swt.widgets.Table table = viewer.getTable();
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(ascendingOrder ? SWT.UP : SWT.DOWN);
        viewer.refresh();
    }

    /** The shown rows and the columns as a platform table, headers in the client's language. */
    public Table toTable() {
        List<String> headers = columns.stream().map(Column::header).toList();
        List<List<Object>> out = new ArrayList<>();
        for (T row : visibleRows()) {
            List<Object> values = new ArrayList<>(columns.size());
            for (Column<T> c : columns) {
                values.add(exportValue(c.value(row)));
            }
            out.add(values);
        }
        return new Table(sheet + ".xlsx", sheet, headers, out);
    }

    /** Hands the shown rows to the client's export (file name, progress, writing). */
    public void export() {
        site.exportXlsx(toTable());
    }

    private boolean matches(Object element) {
        if (filter.isEmpty()) {
            return true;
        }
        for (String s : texts(element)) {
            if (s.toLowerCase(Locale.ROOT).contains(filter)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private int compareRows(Object a, Object b) {
        if (sortColumn < 0) {
            return 0;
        }
        Column<T> c = columns.get(sortColumn);
        Object va = c.value((T) a);
        Object vb = c.value((T) b);
        int r;
        if (va == null || vb == null) {
            r = va == null ? (vb == null ? 0 : -1) : 1;
        } else if (va instanceof Number na && vb instanceof Number nb) {
            r = Double.compare(na.doubleValue(), nb.doubleValue());
        } else if (va instanceof Comparable && va.getClass() == vb.getClass() && !(va instanceof String)) {
            r = ((Comparable<Object>) va).compareTo(vb);
        } else {
            r = collator.compare(texts(a)[sortColumn], texts(b)[sortColumn]);
        }
        return ascending ? r : -r;
    }

    @SuppressWarnings("unchecked")
    private String[] texts(Object element) {
        return cellTexts.computeIfAbsent(element, e -> {
            String[] t = new String[columns.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = text(columns.get(i).value((T) e));
            }
            return t;
        });
    }

    private void updateCount() {
        int shown = viewer.getTable().getItemCount();
        if (shown == rows.size()) {
            count.setText(texts.get("table.count", rows.size()));
        } else {
            count.setText(texts.get("table.countFiltered", shown, rows.size()));
        }
        root.layout(new org.eclipse.swt.widgets.Control[] { count });
    }

    /** How a value is shown in a cell. */
    public String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean b) {
            return b ? texts.get("table.yes") : texts.get("table.no");
        }
        if (v instanceof Instant i) {
            return DATE_TIME.format(i.atZone(site.time().zone()));
        }
        if (v instanceof Double || v instanceof Float) {
            return BigDecimal.valueOf(((Number) v).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v.toString();
    }

    private Object exportValue(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof LocalDate || v instanceof Instant) {
            return v;
        }
        return text(v);
    }
}
