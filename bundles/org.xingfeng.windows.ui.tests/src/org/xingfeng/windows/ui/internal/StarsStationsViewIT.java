package org.xingfeng.windows.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.stars.StarService;
import org.xingfeng.windows.api.stations.StationDraft;
import org.xingfeng.windows.api.stations.StationService;
import org.xingfeng.windows.api.stations.TravelMode;
import org.xingfeng.windows.api.stations.VillageDraft;

/**
 * 星级窗口 and 便民服务站网络 on the real services: the hall's windows rated with the evaluations factors missing (the
 * module is not in this runtime), and a township station's circle with a village inside, one outside and the matter
 * left to the county hall; the tables export.
 */
class StarsStationsViewIT extends ViewTestSupport {

    static OrgService org;
    static BureauTime time;
    static WinFixture f;
    static OrgUnit town;

    @BeforeAll
    static void data() throws Exception {
        org = service(OrgService.class);
        time = service(BureauTime.class);
        f = WinFixture.create(org, service(HallService.class), service(WindowService.class), admin,
                WinFixture.tag("WS"));
        town = org.createUnit(admin, new OrgUnitDraft(f.county.id(), f.tag + "001", f.tag + "镇便民服务站",
                OrgLevel.TOWNSHIP));
        StationService stations = service(StationService.class);
        stations.update(admin, town.id(), new StationDraft(31.0, 104.0, "镇政府一楼", "周一至周五 09:00-17:00",
                List.of(f.enrol)));
        stations.createVillage(admin, new VillageDraft(town.id(), f.tag + "V1", "近村", 31.005, 104.0, 1000));
        stations.createVillage(admin, new VillageDraft(town.id(), f.tag + "V2", "远村", 31.06, 104.0, 2000));
    }

    @Test
    void windowStarsWithTheMissingFactorsShown() throws Exception {
        StarsView view = new StarsView(open(), site, service(StarService.class), org, time);
        view.setFilters(f.county.id(), time.today().getYear(), time.today().getMonthValue());
        view.reload();
        List<List<String>> rows = shown(view.table());
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).get(1).contains(f.hall.name()), rows.toString());
        assertEquals("缺项", rows.get(0).get(5), "satisfaction without the evaluations module: " + rows);
        assertExportMatches(view.table());
        view.loadSelection();
        assertTrue(shown(view.selection()).stream().anyMatch(r -> r.get(0).equals("未参评")),
                shown(view.selection()).toString());
        screenshot("windows-stars");
        assertNoErrors(site);
    }

    @Test
    void theStationNetworkWithItsCoverage() throws Exception {
        StationsView view = new StationsView(open(), site, service(StationService.class), org);
        view.setFilters(f.county.id(), TravelMode.DRIVING);
        view.reload();
        List<List<String>> stations = shown(view.stationTable());
        assertEquals(1, stations.size(), stations.toString());
        assertEquals(f.tag + "镇便民服务站", stations.get(0).get(0));
        List<List<String>> coverage = shown(view.coverage());
        List<String> enrol = coverage.stream().filter(r -> r.get(0).startsWith(f.enrol)).findFirst().orElseThrow();
        assertEquals(List.of("1", "1 / 2"), enrol.subList(1, 3), coverage.toString());
        assertEquals(List.of("33.3%", "远村"), enrol.subList(4, 6), coverage.toString());
        assertTrue(view.summary().getText().contains(f.reimburse), view.summary().getText());
        assertTrue(view.summary().getText().contains("5.77 km"), view.summary().getText());
        assertExportMatches(view.coverage());
        screenshot("windows-stations");
        assertNoErrors(site);
    }
}
