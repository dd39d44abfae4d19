package org.xingfeng.matters.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.HandlingChannel;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.ListSheetService;
import org.xingfeng.matters.api.ListVersion;
import org.xingfeng.matters.api.ListVersionService;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.MatterCategory;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.ServiceGuide;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.matters.testing.SeedList;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.spreadsheet.Csv;
import org.xingfeng.platform.api.spreadsheet.SheetData;
import org.xingfeng.platform.ui.DashboardTile;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;

/**
 * The matters module's client views on the real matters and platform services (embedded Derby) under Xvfb: the
 * seed's 46-item list shown, searched, filtered and grouped by main item; the item editor saving a change and
 * refusing a bad one; dry run, import and export; the 六统一 comparison; the guide's print view; the 四最 tile.
 */
class MattersViewsIT extends ViewTestSupport {

    static MatterItemService items;
    static ListSheetService listSheets;
    static ListVersionService listVersions;
    static OrgService org;
    static OrgUnit province;
    static OrgUnit city;
    static OrgUnit county;
    static int unitNo;

    @BeforeAll
    static void data() throws Exception {
        items = service(MatterItemService.class);
        listSheets = service(ListSheetService.class);
        listVersions = service(ListVersionService.class);
        org = service(OrgService.class);
        province = org.createUnit(admin, new OrgUnitDraft(null, "MV51", "四川省医疗保障局", OrgLevel.PROVINCE));
        city = org.createUnit(admin, new OrgUnitDraft(province.id(), "MV5107", "绵阳市医疗保障局", OrgLevel.CITY));
        county = org.createUnit(admin, new OrgUnitDraft(city.id(), "MV510722", "三台县医疗保障局", OrgLevel.COUNTY));
        assertTrue(listSheets.importList(admin, province.id(), new ByteArrayInputStream(SeedList.xlsx(sheets)),
                ListSheetService.Format.XLSX, false).ok());
        assertTrue(listSheets.importList(admin, county.id(), new ByteArrayInputStream(SeedList.csv()),
                ListSheetService.Format.CSV, false).ok());
    }

    /** A county of its own under the city, for a test that changes a list. */
    static OrgUnit newCounty(String name) {
        unitNo++;
        return org.createUnit(admin, new OrgUnitDraft(city.id(), "MV5107" + (50 + unitNo), name, OrgLevel.COUNTY));
    }

    static int count(OrgUnit unit) {
        return (int) items.subItems(admin, new SubItemQuery(unit.id(), null, null, null, null), PageRequest.ALL)
                .total();
    }

    static Path temp(String name, byte[] content) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("xingfeng.exports", "target/exports")));
        Path file = dir.resolve(System.nanoTime() + "-" + name);
        Files.write(file, content);
        return file;
    }

    private MattersListView listView() throws Exception {
        return listView(admin);
    }

    private MattersListView listView(Actor actor) throws Exception {
        Composite parent = open(actor, Locale.SIMPLIFIED_CHINESE);
        MattersListView view = (MattersListView) contribution("matters.list").create(parent, site);
        view.selectUnit(county.id());
        return view;
    }

    private static List<String> names(MattersListView view) {
        return view.table().visibleRows().stream().map(r -> r.item().name()).toList();
    }

    private static MattersListView.ItemRow row(MattersListView view, String name) {
        return view.table().rows().stream().filter(r -> r.item().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theListShowsTheSeedsItemsWithTheirFigures() throws Exception {
        MattersListView view = listView();
        assertEquals(46, view.table().visibleRows().size());
        assertEquals("共 46 条", view.table().countLabel().getText());
        assertEquals(List.of("主项名称", "子项名称", "基本编码", "主项类别", "办理层级", "材料（件）", "共享免交", "时限（工作日）", "环节", "即办件",
                "自由裁量", "实施编码"), headers(view.table()));
        MattersListView.ItemRow change = row(view, "单位参保信息变更申报");
        assertEquals(0, change.timeLimitDays(), "即时办结 counts 0 working days");
        assertEquals(5, change.item().steps().size());
        assertTrue(change.metrics().materials() > 0);
        view.table().select(change);
        List<String> cells = shown(view.table()).get(view.table().visibleRows().indexOf(change));
        assertEquals("单位参保信息变更申报", cells.get(1));
        assertEquals("公共服务", cells.get(3));
        assertEquals("0", cells.get(7));
        assertEquals("5", cells.get(8));
        assertEquals("是", cells.get(9));
        assertTrue(view.figures().getText().startsWith("四最：事项 46 项"), view.figures().getText());
        assertTrue(view.figures().getText().contains("即办件"), view.figures().getText());
        assertNoErrors(site);
        screenshot("matters-list");
    }

    @Test
    void searchFiltersAndTheTreeByMainItem() throws Exception {
        MattersListView view = listView();
        view.search("生育保险待遇", null, null);
        assertEquals(5, view.table().visibleRows().size(), "search finds sub-items by their main item's name");
        String code = view.table().visibleRows().get(0).item().basicCode();
        view.search(code, null, null);
        assertTrue(names(view).contains(view.table().visibleRows().get(0).item().name()));
        assertTrue(view.table().visibleRows().stream().allMatch(r -> r.item().basicCode().contains(code)
                || r.main().code().contains(code) || r.item().implementationCode().contains(code)), "search by code");
        view.search(null, HandlingLevel.A, null);
        assertEquals(1, view.table().visibleRows().size(), "one item is handled at province level");
        assertTrue(view.table().visibleRows().get(0).item().levels().contains(HandlingLevel.A));
        view.search(null, null, MatterCategory.PAYMENT);
        assertEquals(0, view.table().visibleRows().size());
        assertEquals("共 0 条", view.table().countLabel().getText());
        view.search(null, null, MatterCategory.PUBLIC_SERVICE);
        assertEquals(46, view.table().visibleRows().size());

        // the tree: 全部主项 > 13 main items > their sub-items
        ITreeContentProvider tree = (ITreeContentProvider) view.tree().getContentProvider();
        Object all = tree.getElements(null)[0];
        Object[] mains = tree.getChildren(all);
        assertEquals(13, mains.length);
        assertEquals(46, java.util.Arrays.stream(mains).mapToInt(m -> tree.getChildren(m).length).sum());
        MainItem birth = (MainItem) java.util.Arrays.stream(mains).filter(m -> ((MainItem) m).name().contains("生育保险待遇"))
                .findFirst().orElseThrow();
        view.showMainItem(birth);
        assertEquals(5, view.table().visibleRows().size(), "choosing a main item shows its sub-items");
        assertTrue(view.table().visibleRows().stream().allMatch(r -> r.main().id() == birth.id()));
        view.tree().getTree().setFocus();
        screenshot("matters-tree");
        assertExportMatches(view.table());
        view.showMainItem(null);
        assertEquals(46, view.table().visibleRows().size());
        view.table().setFilter("即时");
        assertExportMatches(view.table());
        assertNoErrors(site);
    }

    private static final String SMALL = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注\n"
            + "1,医疗救助资金给付,给付,医疗救助,C,《社会救助暂行办法》,《救助申请表》；身份证,10个工作日,申请—受理—审核—办结,\n";

    private SubItem importSmall(OrgUnit unit) {
        assertTrue(listSheets
                .importList(admin, unit.id(), new ByteArrayInputStream(SMALL.getBytes(StandardCharsets.UTF_8)),
                        ListSheetService.Format.CSV, false)
                .ok());
        return items.subItems(admin, new SubItemQuery(unit.id(), null, null, null, null), PageRequest.ALL).items()
                .get(0);
    }

    @Test
    void theEditorSavesAChangeWithItsHistory() throws Exception {
        OrgUnit unit = newCounty("编辑测试县医疗保障局");
        SubItem before = importSmall(unit);
        MattersListView view = listView();
        view.selectUnit(unit.id());
        MattersListView.ItemRow r = row(view, "医疗救助");
        withDialog(ItemEditor.class, e -> {
            assertEquals("医疗救助", e.text("name"));
            assertEquals("10", e.text("timeLimit"));
            assertEquals(2, e.materialTable().rows().size());
            e.setText("timeLimit", "3");
            e.setText("place", "县医保服务大厅3号窗口");
            e.setText("steps", "申请\n审核\n办结");
            e.setLevels(Set.of(HandlingLevel.B, HandlingLevel.C));
            e.setChannels(Set.of(HandlingChannel.WINDOW, HandlingChannel.POST));
            e.setText("serviceStandard", "材料齐全当场受理，3个工作日内办结");
            // a material added through its own form, fetched by data sharing
            withDialog(FormDialog.class, m -> {
                m.setText("name", "户口簿");
                m.select("form", "复印件");
                m.setText("copies", "abc");
                m.submit();
                assertTrue(m.error("copies").contains("0-99"), m.error("copies"));
                m.setText("copies", "1");
                m.setChecked("sharedData", true);
                m.submit();
            }, () -> e.materialDialog(-1));
            assertEquals(3, e.materials().size());
            e.materialTable().select(e.materials().get(2));
            e.moveMaterial(-1);
            assertEquals("户口簿", e.materials().get(1).name());
            try {
                capture(e.getShell(), "matters-editor");
                e.tabs().setSelection(1);
                capture(e.getShell(), "matters-editor-materials");
            } catch (Exception x) {
                throw new AssertionError(x);
            }
            e.submit();
        }, () -> view.openEditor(r));
        SubItem after = items.subItem(admin, before.id()).orElseThrow();
        assertEquals(3, after.timeLimit().workingDays());
        assertEquals("县医保服务大厅3号窗口", after.place());
        assertEquals(List.of("申请", "审核", "办结"), after.steps());
        assertEquals(Set.of(HandlingLevel.B, HandlingLevel.C), after.levels());
        assertEquals(Set.of(HandlingChannel.WINDOW, HandlingChannel.POST), after.channels());
        assertEquals("材料齐全当场受理，3个工作日内办结", after.serviceStandard());
        assertEquals(List.of("《救助申请表》", "户口簿", "身份证"), after.materials().stream().map(Material::name).toList());
        assertTrue(after.materials().get(1).sharedData());
        assertEquals(before.basicCode(), after.basicCode(), "a blank code is not sent; the code stays");
        assertEquals(3, row(view, "医疗救助").item().steps().size(), "the list shows the change");

        // the history: who, when, what; read by an editor, who does not read the audit log itself
        Actor editor = new Actor(987_002, "editor.mv", Set.of(MatterItemService.EDITOR_ROLE, "staff"),
                Reach.EVERYWHERE);
        MattersListView editorsView = listView(editor);
        editorsView.selectUnit(unit.id());
        withDialog(ItemEditor.class, e -> {
            assertTrue(e.canSave());
            e.tabs().setSelection(3);
            List<HistoryTable.Change> changes = e.history().table().rows();
            assertEquals(2, changes.size(), changes.toString());
            assertEquals("修改", changes.get(0).action());
            assertEquals("admin", changes.get(0).username());
            assertNotNull(changes.get(0).at());
            for (String element : List.of("办理层级", "办理材料", "办理时限", "办事流程", "办理地点", "经办方式", "服务标准")) {
                assertTrue(changes.get(0).elements().contains(element), changes.get(0).elements());
            }
            assertFalse(changes.get(0).elements().contains("名称"), changes.get(0).elements());
            assertEquals("导入新增", changes.get(1).action());
            try {
                capture(e.getShell(), "matters-editor-history");
            } catch (Exception x) {
                throw new AssertionError(x);
            }
            e.close();
        }, () -> editorsView.openEditor(row(editorsView, "医疗救助")));
        assertNoErrors(site);
    }

    @Test
    void aBadValueShowsItsMessageBesideTheFieldAndChangesNothing() throws Exception {
        OrgUnit unit = newCounty("校验测试县医疗保障局");
        SubItem before = importSmall(unit);
        MattersListView view = listView();
        view.selectUnit(unit.id());
        withDialog(ItemEditor.class, e -> {
            e.setText("timeLimit", "900");
            e.setText("name", " ");
            e.setText("place", "新地点");
            e.submit();
            assertTrue(e.error("timeLimit").contains("1-365"), e.error("timeLimit"));
            assertTrue(e.error("name").contains("事项名称必填"), e.error("name"));
            assertEquals("", e.error("place"));
            assertEquals("请更正标红的内容", e.getErrorMessage());
            assertFalse(e.getShell().isDisposed(), "the editor stays open with what was typed");
            e.setText("timeLimit", "一周");
            e.setText("name", "医疗救助");
            e.submit();
            assertTrue(e.error("timeLimit").contains("即时办结"), e.error("timeLimit"));
            assertEquals("", e.error("name"));
            try {
                capture(e.getShell(), "matters-editor-invalid");
            } catch (Exception x) {
                throw new AssertionError(x);
            }
            e.close();
        }, () -> view.openEditor(row(view, "医疗救助")));
        assertEquals(before, items.subItem(admin, before.id()).orElseThrow(), "a refused change changes nothing");

        // a new item needs a name; nothing is created
        withDialog(ItemEditor.class, e -> {
            e.submit();
            assertTrue(e.error("name").contains("事项名称必填"), e.error("name"));
            e.close();
        }, () -> view.openEditor(null));
        assertEquals(1, count(unit));
        assertNoErrors(site);
    }

    @Test
    void staffWithoutTheEditorRoleReadOnly() throws Exception {
        Actor clerk = new Actor(987_001, "clerk.mv", Set.of("staff"), Reach.EVERYWHERE);
        MattersListView view = listView(clerk);
        assertEquals(46, view.table().visibleRows().size());
        view.table().select(row(view, "单位参保信息变更申报"));
        withDialog(ItemEditor.class, e -> {
            assertFalse(e.canSave(), "no save button");
            List<HistoryTable.Change> changes = e.history().table().rows();
            assertFalse(changes.isEmpty(), "readers of the item read its history too");
            assertEquals("导入新增", changes.get(changes.size() - 1).action());
            e.close();
        }, () -> view.openEditor(view.table().selected()));
        Composite parent = open(clerk, Locale.SIMPLIFIED_CHINESE);
        ImportExportView io = (ImportExportView) contribution("matters.import").create(parent, site);
        assertFalse(io.importButton().isEnabled());
        assertFalse(io.dryRunButton().isEnabled());
        assertNoErrors(site);
    }

    private ImportExportView importView(OrgUnit unit) throws Exception {
        Composite parent = open();
        ImportExportView view = (ImportExportView) contribution("matters.import").create(parent, site);
        view.selectUnit(unit.id());
        return view;
    }

    @Test
    void aBadFileShowsEveryBadRowAndImportsNothing() throws Exception {
        OrgUnit unit = newCounty("坏文件测试县医疗保障局");
        String csv = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注\n"
                + "1,主项甲,公共服务,子项一,C,,,即时办结,,\n"
                + "2,,公共服务,子项二,Z,,,,,\n"
                + "3,,公共服务,子项三,,,,一周,,\n";
        ImportExportView view = importView(unit);
        view.setFile(temp("bad.csv", csv.getBytes(StandardCharsets.UTF_8)));
        view.runImport(true);
        assertEquals(2, view.errors().rows().size());
        assertEquals(List.of("3", "办理层级"), shown(view.errors()).get(0).subList(0, 2));
        assertEquals("4", shown(view.errors()).get(1).get(0));
        assertTrue(view.summary().getText().contains("2 处错误") && view.summary().getText().contains("未导入"),
                view.summary().getText());
        screenshot("matters-import-errors");
        view.runImport(false);
        assertFalse(view.lastReport().ok());
        assertEquals(0, count(unit), "a bad file imports nothing, dry run or not");
        assertExportMatches(view.errors());

        view.setFile(temp("garbage.xlsx", "garbage".getBytes(StandardCharsets.UTF_8)));
        view.runImport(true);
        assertEquals(1, site.errors.size(), "a file that is not a spreadsheet is an error message");
        assertTrue(site.errors.get(0).getMessage().contains("XLSX") || site.errors.get(0).getMessage().contains("xlsx"),
                site.errors.get(0).getMessage());
        assertEquals(0, count(unit));
    }

    /** A monitor that keeps what it was told, and cancels once a given sub-task begins. */
    static final class RecordingMonitor extends NullProgressMonitor {
        final List<String> told = new ArrayList<>();
        final String cancelAt;
        int worked;

        RecordingMonitor(String cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            told.add(name + " /" + totalWork);
        }

        @Override
        public void subTask(String name) {
            told.add(name);
            if (cancelAt != null && name.startsWith(cancelAt)) {
                setCanceled(true);
            }
        }

        @Override
        public void worked(int work) {
            worked += work;
        }
    }

    @Test
    void aGoodFileIsCheckedThenImportedWithProgressAndCancel() throws Exception {
        OrgUnit unit = newCounty("导入测试县医疗保障局");
        ImportExportView view = importView(unit);
        view.setFile(temp("事项清单.xlsx", SeedList.xlsx(sheets)));
        view.runImport(true);
        assertTrue(view.lastReport().ok());
        assertEquals(46, view.lastReport().created());
        assertTrue(view.summary().getText().contains("将新增 46 项"), view.summary().getText());
        assertEquals(0, count(unit), "a dry run stores nothing");
        assertEquals(List.of("预检事项清单"), site.tasks);

        // cancelled after the check: nothing stored
        RecordingMonitor cancelling = new RecordingMonitor("检查每一行");
        assertThrows(OperationCanceledException.class, () -> view.job(false).run(cancelling));
        assertEquals(0, count(unit));

        RecordingMonitor monitor = new RecordingMonitor(null);
        var report = view.job(false).run(monitor);
        assertEquals(46, report.created());
        assertEquals(List.of("导入事项清单 /3", "读取文件 " + Path.of(viewFile(view)).getFileName(), "检查每一行", "保存 46 项"),
                monitor.told);
        assertEquals(3, monitor.worked);
        assertEquals(46, count(unit));

        // through the button's path: importing again updates the same 46
        view.runImport(false);
        assertEquals(List.of("预检事项清单", "导入事项清单"), site.tasks);
        assertEquals(46, view.lastReport().updated());
        assertTrue(view.summary().getText().contains("更新 46 项"), view.summary().getText());
        assertEquals(46, count(unit));
        assertNoErrors(site);
        screenshot("matters-import");
    }

    private static String viewFile(ImportExportView view) {
        return ((Text) findText(view.control())).getText();
    }

    private static Control findText(Control c) {
        if (c instanceof Text t && (t.getStyle() & SWT.SEARCH) == 0) {
            return t;
        }
        if (c instanceof Composite comp) {
            for (var child : comp.getChildren()) {
                var found = findText(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void theExportRoundTripsInTheAttachmentLayout() throws Exception {
        ImportExportView view = importView(county);
        Path xlsx = temp("export.xlsx", new byte[0]);
        view.export(xlsx, ListSheetService.Format.XLSX);
        List<SheetData> read;
        try (InputStream in = Files.newInputStream(xlsx)) {
            read = sheets.read(in);
        }
        List<List<String>> rows = read.get(0).rows();
        assertEquals(47, rows.size(), "the header and 46 items");
        assertEquals(List.of("序号", "主项名称", "主项类别", "子项名称", "办理层级"), rows.get(0).subList(0, 5));
        List<String> names = items
                .subItems(admin, new SubItemQuery(county.id(), null, null, null, null), PageRequest.ALL).items()
                .stream().map(SubItem::name).sorted().toList();
        assertEquals(names, rows.subList(1, 47).stream().map(r -> r.get(3)).sorted().toList());
        var again = listSheets.importList(admin, county.id(), Files.newInputStream(xlsx), ListSheetService.Format.XLSX,
                true);
        assertEquals(46, again.updated(), "the export imports back onto the same items");
        assertEquals(0, again.created());

        Path csv = temp("export.csv", new byte[0]);
        view.export(csv, ListSheetService.Format.CSV);
        List<List<String>> csvRows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
        assertEquals(47, csvRows.size());
        assertEquals(rows.get(0), csvRows.get(0).subList(0, rows.get(0).size()));
        assertEquals(46,
                listSheets.importList(admin, county.id(), Files.newInputStream(csv), ListSheetService.Format.CSV, true)
                        .updated());
        assertEquals(2, site.tasks.size());
        assertNoErrors(site);
    }

    @Test
    void theComparisonShowsMissingExtraAndDifferingElements() throws Exception {
        OrgUnit unit = newCounty("比对测试县医疗保障局");
        String csv = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注\n"
                + "1,医疗救助资金给付,公共服务,医疗救助,C,,《救助申请表》,5个工作日,申请—审核—办结,\n"
                + "2,医疗保险个人账户清退,公共服务,医疗保险个人账户清退,,,,,,\n"
                + "3,医疗保险个人账户清退,公共服务,本县特色清退服务,C,,,,,\n";
        assertTrue(
                listSheets.importList(admin, unit.id(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        ListSheetService.Format.CSV, false).ok());
        Composite parent = open();
        ComparisonView view = (ComparisonView) contribution("matters.comparison").create(parent, site);
        view.selectUnits(unit.id(), null);
        view.compare();
        assertEquals(province.id(), view.comparison().standardUnitId(), "the standard is the province's list");
        assertTrue(view.summary().getText().startsWith("配对 2 项；缺少 44 项；多出 1 项"), view.summary().getText());
        List<ComparisonView.Finding> rows = view.findings().rows();
        assertEquals(44, rows.stream().filter(f -> f.kind() == ComparisonView.Kind.MISSING).count());
        assertEquals(List.of("本县特色清退服务"), rows.stream().filter(f -> f.kind() == ComparisonView.Kind.EXTRA)
                .map(ComparisonView.Finding::subName).toList());
        ComparisonView.Finding limit = rows.stream().filter(f -> f.kind() == ComparisonView.Kind.DIFFERENT
                && f.subName().equals("医疗救助") && f.element().equals("办理时限")).findFirst().orElseThrow();
        assertEquals("5个工作日", limit.localValue());
        assertEquals("（空）", limit.standardValue(), "the province's item has no time limit");
        view.findings().setFilter("不一致");
        assertTrue(shown(view.findings()).stream().anyMatch(r -> r.get(0).equals("不一致") && r.get(4).equals("办理时限")
                && r.get(5).equals("（空）") && r.get(6).equals("5个工作日")));
        screenshot("matters-comparison");
        assertExportMatches(view.findings());

        view.exportReport();
        List<SheetData> read;
        try (InputStream in = Files.newInputStream(site.lastExport)) {
            read = sheets.read(in);
        }
        List<List<String>> report = read.get(0).rows();
        assertEquals(1 + 44 + 1 + view.comparison().different().stream().mapToInt(d -> d.elements().size()).sum(),
                report.size(),
                "one row per missing, extra or differing element");
        assertTrue(report.stream().anyMatch(r -> r.contains("办理时限") && r.contains("5个工作日")));

        // a province's standard is its own list: the service's message is shown and the report stays as it was
        view.selectUnits(province.id(), null);
        int before = site.errors.size();
        view.compare();
        assertEquals(before + 1, site.errors.size());
        assertTrue(site.errors.get(before).getMessage().contains("不能与自身比较"), site.errors.get(before).getMessage());
        assertEquals(unit.id(), view.comparison().unitId());
    }

    @Test
    void aCountysEditorWorksOnTheCountysListAndComparesItWithTheProvinces() throws Exception {
        Actor editor = new Actor(987_003, "editor.county", Set.of(MatterItemService.EDITOR_ROLE, "staff"),
                Reach.of(county.id(), List.of(county.id())));
        MattersListView view = listView(editor);
        assertEquals(county.id(), view.unit().id());
        assertEquals(46, view.table().visibleRows().size());
        assertThrows(IllegalArgumentException.class, () -> view.selectUnit(province.id()),
                "the chooser offers the units of the reach only");
        assertEquals(county.id(), view.unit().id());

        ComparisonView comparison = (ComparisonView) contribution("matters.comparison").create(open(editor,
                Locale.SIMPLIFIED_CHINESE), site);
        comparison.selectUnits(county.id(), null);
        comparison.compare();
        assertEquals(province.id(), comparison.comparison().standardUnitId(), "the province's list is the standard");
        assertEquals(county.id(), comparison.comparison().unitId());
    }

    @Test
    void theGuidePrintViewShowsWhatToBring() throws Exception {
        MattersListView view = listView();
        view.table().select(row(view, "单位参保信息变更申报"));
        GuidePrinter printer = view.showGuide();
        assertNotNull(printer);
        List<String> lines = printer.lines();
        assertEquals("单位参保信息变更申报 办事指南", lines.get(0));
        assertTrue(lines.contains("办理时限 即时办结"), lines.toString());
        assertTrue(lines.contains("一次性告知单：请携带以下材料"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("《医疗保险变更登记表》")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("5. ")), "five numbered steps: " + lines);
        assertTrue(printer.pageCount() >= 1);

        Image page = printer.snapshot();
        try {
            Path dir = Files
                    .createDirectories(Path.of(System.getProperty("xingfeng.screenshots", "target/screenshots")));
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { page.getImageData() };
            loader.save(dir.resolve("matters-guide-page.png").toString(), SWT.IMAGE_PNG);
            assertTrue(Files.size(dir.resolve("matters-guide-page.png")) > 5000);
            assertTrue(dark(page.getImageData()) > 500, "the page has text on it");
        } finally {
            page.dispose();
        }
        capture(printer.shell(), "matters-guide");

        Path html = temp("guide.html", new byte[0]);
        printer.saveHtml(html);
        String text = Files.readString(html, StandardCharsets.UTF_8);
        SubItem item = row(view, "单位参保信息变更申报").item();
        assertEquals(ServiceGuide.of(row(view, "单位参保信息变更申报").main(), item).html(null), text,
                "the page the server shows citizens, without the link back");
        assertTrue(text.contains("一次性告知单") && text.contains("《医疗保险变更登记表》"));
        printer.shell().close();
        assertNoErrors(site);
    }

    @Test
    void theGuidePrintsToAFileThroughTheSystemsPrintService() throws Exception {
        // a real print job through SWT and GTK's print system, to the "print to file" printer every GTK has
        PrinterData toFile = null;
        for (PrinterData p : Printer.getPrinterList()) {
            if (p.driver != null && p.driver.contains("File") || p.name != null && p.name.contains("File")) {
                toFile = p;
            }
        }
        assertNotNull(toFile,
                "GTK's print-to-file printer among " + java.util.Arrays.toString(Printer.getPrinterList()));
        MattersListView view = listView();
        view.table().select(row(view, "单位参保信息变更申报"));
        GuidePrinter printer = view.showGuide();
        Path pdf = Files.createTempDirectory("guide-print").resolve("guide.pdf");
        toFile.printToFile = true;
        toFile.fileName = pdf.toString();
        printer.print(toFile);
        // GTK writes the file once the job has been through its queue: wait until it stops growing
        org.eclipse.swt.widgets.Display display = printer.shell().getDisplay();
        long deadline = System.currentTimeMillis() + 30_000;
        long size = -1;
        while (System.currentTimeMillis() < deadline) {
            while (display.readAndDispatch()) {
                // run the print job's callbacks
            }
            long now = Files.exists(pdf) ? Files.size(pdf) : -1;
            if (now > 0 && now == size) {
                break;
            }
            size = now;
            Thread.sleep(250);
        }
        assertTrue(Files.exists(pdf), "the print job wrote " + pdf);
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF"), "a PDF: " + text.substring(0, Math.min(20, text.length())));
        java.util.regex.Matcher page = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
        int pages = 0;
        while (page.find()) {
            pages++;
        }
        assertEquals(printer.pageCount(), pages, "as many printed pages as previewed");
        assertTrue(Files.size(pdf) > 10_000,
                "the pages carry the guide's text and fonts: " + Files.size(pdf) + " bytes");
        printer.shell().close();
        assertNoErrors(site);
    }

    private static int dark(ImageData data) {
        int n = 0;
        for (int y = 0; y < data.height; y += 2) {
            for (int x = 0; x < data.width; x += 2) {
                var rgb = data.palette.getRGB(data.getPixel(x, y));
                if (rgb.red + rgb.green + rgb.blue < 300) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void publishingAVersionAndTheTileShowTheFiguresAndTheirChange() throws Exception {
        OrgUnit unit = newCounty("版本测试县医疗保障局");
        SubItem item = importSmall(unit);
        MattersListView view = listView();
        view.selectUnit(unit.id());
        withDialog(FormDialog.class, d -> {
            d.setText("effectiveDate", "soon");
            d.submit();
            assertTrue(d.error("effectiveDate").contains("yyyy-MM-dd"), d.error("effectiveDate"));
            d.setText("effectiveDate", "2027-01-01");
            d.setText("note", "首次发布");
            d.submit();
        }, view::publishDialog);
        List<ListVersion> versions = listVersions.versions(admin, unit.id());
        assertEquals(1, versions.size());
        assertEquals(java.time.LocalDate.of(2027, 1, 1), versions.get(0).effectiveDate());
        assertEquals(10.0, versions.get(0).averageTimeLimitDays());

        // one shorter time limit later, the tile shows the change
        var d = item;
        items.updateSubItem(admin, d.id(), new SubItemDraft(d.mainItemId(), d.name(), null, null,
                d.levels(), d.legalBasis(), d.materials(), d.conditions(), TimeLimit.days(4), d.steps(),
                d.place(), d.consultation(), d.complaint(), d.fees(), d.remarks()));
        Shell versionsWindow = view.showVersions();
        @SuppressWarnings("unchecked")
        var table = (DataTable<ListVersion>) versionsWindow.getData();
        assertEquals(List.of("1", "2027-01-01", "1"), shown(table).get(0).subList(0, 3));
        versionsWindow.close();

        Composite parent = open();
        DashboardTile tile = null;
        for (var ref : context.getServiceReferences(DashboardTile.class, null)) {
            DashboardTile t = context.getService(ref);
            if ("matters.metrics".equals(t.id())) {
                tile = t;
            }
        }
        assertNotNull(tile, "the 四最 tile is a service");
        assertEquals("事项清单四最", tile.title(Locale.SIMPLIFIED_CHINESE));
        MattersTile.Body body = (MattersTile.Body) tile.create(parent, site);
        body.selectUnit(unit.id());
        assertTrue(body.figures().getText().contains("事项 1 项") && body.figures().getText().contains("平均时限 4 个工作日"),
                body.figures().getText());
        assertTrue(
                body.change().getText().contains("较第 1 版（2027-01-01）") && body.change().getText().contains("平均时限 -6"),
                body.change().getText());
        assertNoErrors(site);
        screenshot("matters-tile");
    }

    @Test
    void englishLabels() throws Exception {
        Composite parent = open(admin, Locale.ENGLISH);
        MattersListView view = (MattersListView) contribution("matters.list").create(parent, site);
        view.selectUnit(county.id());
        assertEquals("Matters list", contribution("matters.list").label(Locale.ENGLISH));
        assertEquals("Main item", headers(view.table()).get(0));
        assertTrue(view.figures().getText().startsWith("Figures: 46 items"), view.figures().getText());
        assertEquals("46 rows", view.table().countLabel().getText());
        assertNoErrors(site);
    }
}
