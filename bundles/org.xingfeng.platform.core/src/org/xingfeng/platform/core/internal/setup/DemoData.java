package org.xingfeng.platform.core.internal.setup;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.Settings;
import org.xingfeng.platform.core.internal.security.UserServiceImpl;

/**
 * With the setting {@code demo=true}, fills an empty database with a demo city: a province, a city bureau,
 * three county bureaus with their sections, a township station each, service-hall staff and a user per county.
 * The demo users share one random password, printed at start.
 */
@Component(service = DemoData.class, immediate = true, configurationPid = "org.xingfeng.setup")
public class DemoData {

    static final List<String> SECTIONS = List.of("办公室", "待遇保障股", "医药服务管理股", "基金监管股", "经办服务中心");
    static final String[][] COUNTIES = { { "510722", "三台县医疗保障局", "santai" }, { "510723", "盐亭县医疗保障局", "yanting" },
            { "510725", "梓潼县医疗保障局", "zitong" } };
    static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };
    static final String[] GIVEN = { "芳", "伟", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰" };

    @Activate
    public DemoData(@Reference OrgService org, @Reference UserServiceImpl users, @Reference FirstAdministrator first,
            Map<String, Object> config) {
        if (!new Settings(config).getBoolean("demo", false) || !org.units().isEmpty()) {
            return;
        }
        Actor sys = Actor.SYSTEM;
        OrgUnit province = org.createUnit(sys, new OrgUnitDraft(null, "510000", "四川省医疗保障局", OrgLevel.PROVINCE));
        OrgUnit city = org.createUnit(sys, new OrgUnitDraft(province.id(), "510700", "绵阳市医疗保障局", OrgLevel.CITY));
        for (String s : SECTIONS) {
            org.createSection(sys, city.id(), s.replace("股", "科"));
        }
        String password = FirstAdministrator.randomPassword(new SecureRandom(), 14);
        int staffNo = 1;
        for (String[] c : COUNTIES) {
            OrgUnit county = org.createUnit(sys, new OrgUnitDraft(city.id(), c[0], c[1], OrgLevel.COUNTY));
            org.createUnit(sys, new OrgUnitDraft(county.id(), c[0] + "001", c[1].replace("医疗保障局", "城关镇便民服务站"),
                    OrgLevel.TOWNSHIP));
            List<Section> sections = SECTIONS.stream().map(s -> org.createSection(sys, county.id(), s)).toList();
            Section hall = sections.get(sections.size() - 1);
            for (int i = 0; i < 8; i++) {
                StaffTier tier = i == 0 ? StaffTier.UNIT_HEAD : i == 1 ? StaffTier.SECTION_MANAGER : StaffTier.WINDOW_STAFF;
                List<String> posts = i == 0 ? List.of("局长") : i == 1 ? List.of("中心主任", "大厅经理") : List.of("综合柜员");
                Long section = i == 0 ? null : hall.id();
                String name = SURNAMES[(staffNo * 7) % SURNAMES.length] + GIVEN[(staffNo * 5) % GIVEN.length];
                org.createStaff(sys, new StaffDraft(String.format("MY%04d", staffNo++), name, county.id(), section, tier,
                        posts, true));
            }
            users.createInitial("demo." + c[2], c[1].replace("医疗保障局", "") + "经办员", Set.of(Roles.STAFF), password,
                    false);
        }
        users.createInitial("demo.auditor", "市局审计员", Set.of(Roles.AUDITOR, Roles.STAFF), password, false);
        System.out.println("[xingfeng] demo data loaded: 1 city, 3 counties, " + (staffNo - 1)
                + " staff; demo users demo.santai, demo.yanting, demo.zitong, demo.auditor with password " + password);
    }
}
