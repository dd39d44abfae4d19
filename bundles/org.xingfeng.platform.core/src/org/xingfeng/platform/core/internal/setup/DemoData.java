package org.xingfeng.platform.core.internal.setup;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.core.internal.security.UserServiceImpl;
import org.xingfeng.platform.core.internal.security.UserServiceImpl.InitialAccount;

/**
 * With the setting {@code demo=true}, makes the demo city: a province, a city bureau, three county bureaus with
 * their sections, a township station each, service-hall staff and a user per county. The load is resumable: each
 * unit, section and staff member is made only if missing (found by code, name and staff number), and the demo
 * accounts, made together in one transaction, come last and mark the city complete. A load cut short (a server
 * stopped meanwhile) is finished at the next start, without duplicates. The demo users share one random password,
 * printed when they are made. The setting {@code demo.stopAfter} (tests only) stops a load after so many records.
 */
@Component(service = DemoData.class, immediate = true, configurationPid = DemoData.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoData.Config.class)
public class DemoData {

    public static final String PID = "org.xingfeng.setup.demo";

    @ObjectClassDefinition(id = PID, name = "Demo city", description = "The demo city for trying the suite out")
    public @interface Config {

        @AttributeDefinition(name = "Demo data",
                description = "make the demo city (units 510000-510725001, staff MY0001-MY0024, users demo.*)")
        boolean demo() default false;
    }

    static final List<String> SECTIONS = List.of("办公室", "待遇保障股", "医药服务管理股", "基金监管股", "经办服务中心");
    static final String[][] COUNTIES = { { "510722", "三台县医疗保障局", "santai" }, { "510723", "盐亭县医疗保障局", "yanting" },
            { "510725", "梓潼县医疗保障局", "zitong" } };
    static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };
    static final String[] GIVEN = { "芳", "伟", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰" };
    static final String AUDITOR = "demo.auditor";

    private final OrgService org;
    private final int stopAfter;
    private int made;

    @Activate
    public DemoData(@Reference OrgService org, @Reference UserServiceImpl users, @Reference FirstAdministrator first,
            Config config, Map<String, Object> properties) {
        this.org = org;
        Object stop = properties.get("demo.stopAfter"); // tests only, not a setting: not in the metatype
        this.stopAfter = stop == null ? -1 : Integer.parseInt(stop.toString().trim());
        if (!config.demo()) {
            return;
        }
        List<String> missingNames = USERNAMES.stream().filter(n -> users.byUsername(Actor.SYSTEM, n).isEmpty())
                .toList();
        if (missingNames.isEmpty()) {
            return;
        }
        boolean resumed = org.unitByCode(Actor.SYSTEM, "510000").isPresent();
        int staff = makeCity();
        List<InitialAccount> missing = accounts().stream().filter(a -> missingNames.contains(a.username())).toList();
        String password = FirstAdministrator.randomPassword(new SecureRandom(), 14);
        users.createInitialTogether(missing, password);
        System.out.println("[xingfeng] demo data " + (resumed ? "completed" : "loaded") + ": 1 city, 3 counties, "
                + staff + " staff; demo users "
                + String.join(", ", missing.stream().map(InitialAccount::username).toList())
                + " with password " + password);
    }

    static final List<String> USERNAMES = List.of("demo.santai", "demo.yanting", "demo.zitong", AUDITOR);

    /** The demo accounts, each at home in its county (the auditor in the city), once the city exists. */
    private List<InitialAccount> accounts() {
        List<InitialAccount> all = new ArrayList<>();
        for (String[] c : COUNTIES) {
            all.add(new InitialAccount("demo." + c[2], c[1].replace("医疗保障局", "") + "经办员", Set.of(Roles.STAFF),
                    unitId(c[0])));
        }
        all.add(new InitialAccount(AUDITOR, "市局审计员", Set.of(Roles.AUDITOR, Roles.STAFF), unitId("510700")));
        return all;
    }

    private long unitId(String code) {
        return org.unitByCode(Actor.SYSTEM, code).orElseThrow().id();
    }

    /** Makes whatever of the city is missing; answers the number of demo staff. */
    private int makeCity() {
        OrgUnit province = unit(null, "510000", "四川省医疗保障局", OrgLevel.PROVINCE);
        OrgUnit city = unit(province, "510700", "绵阳市医疗保障局", OrgLevel.CITY);
        for (String s : SECTIONS) {
            section(city, s.replace("股", "科"));
        }
        int staffNo = 1;
        for (String[] c : COUNTIES) {
            OrgUnit county = unit(city, c[0], c[1], OrgLevel.COUNTY);
            unit(county, c[0] + "001", c[1].replace("医疗保障局", "城关镇便民服务站"), OrgLevel.TOWNSHIP);
            List<Section> sections = SECTIONS.stream().map(s -> section(county, s)).toList();
            Section hall = sections.get(sections.size() - 1);
            for (int i = 0; i < 8; i++) {
                StaffTier tier = i == 0 ? StaffTier.UNIT_HEAD
                        : i == 1 ? StaffTier.SECTION_MANAGER : StaffTier.WINDOW_STAFF;
                List<String> posts = i == 0 ? List.of("局长") : i == 1 ? List.of("中心主任", "大厅经理") : List.of("综合柜员");
                Long section = i == 0 ? null : hall.id();
                String number = String.format("MY%04d", staffNo);
                String name = SURNAMES[(staffNo * 7) % SURNAMES.length] + GIVEN[(staffNo * 5) % GIVEN.length];
                staffNo++;
                if (org.staffByNumber(Actor.SYSTEM, number).isEmpty()) {
                    org.createStaff(Actor.SYSTEM,
                            new StaffDraft(number, name, county.id(), section, tier, posts, true));
                    step();
                }
            }
        }
        return staffNo - 1;
    }

    private OrgUnit unit(OrgUnit parent, String code, String name, OrgLevel level) {
        Long parentId = parent == null ? null : parent.id();
        Optional<OrgUnit> found = org.unitByCode(Actor.SYSTEM, code);
        if (found.isPresent()) {
            OrgUnit u = found.get();
            if (!name.equals(u.name()) || !Objects.equals(parentId, u.parentId())) {
                throw new IllegalStateException("unit " + code + " exists and is not the demo city's (" + u.name()
                        + "): demo data not loaded");
            }
            return u;
        }
        OrgUnit created = org.createUnit(Actor.SYSTEM, new OrgUnitDraft(parentId, code, name, level));
        step();
        return created;
    }

    private Section section(OrgUnit unit, String name) {
        Optional<Section> found = org.sections(Actor.SYSTEM, unit.id()).stream().filter(s -> s.name().equals(name))
                .findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        Section created = org.createSection(Actor.SYSTEM, unit.id(), name);
        step();
        return created;
    }

    private void step() {
        made++;
        if (made == stopAfter) {
            throw new IllegalStateException("demo load stopped after " + made + " records (setting demo.stopAfter)");
        }
    }
}
