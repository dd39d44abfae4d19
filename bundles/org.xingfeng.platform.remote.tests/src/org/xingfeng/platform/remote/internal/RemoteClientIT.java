package org.xingfeng.platform.remote.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.SatisfiedReferenceDTO;
import org.osgi.framework.dto.ServiceReferenceDTO;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.audit.AuditReader;
import org.xingfeng.platform.api.calendar.CalendarAdmin;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.persistence.PersistenceService;
import org.xingfeng.platform.api.remote.ServerUnavailableException;
import org.xingfeng.platform.api.security.AuthService;
import org.xingfeng.platform.api.security.AuthenticationException;
import org.xingfeng.platform.api.security.LoginSession;
import org.xingfeng.platform.api.security.UserAccount;
import org.xingfeng.platform.api.security.UserDraft;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * The client that holds no keys: in one framework the real server (platform, Jetty, REST on embedded Derby) and the
 * client's remote bundle, configured with the server's URL. The test calls the api services through the proxies the
 * bundle registers, as a view would, and checks each answer against the server's own services.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteClientIT {

    static final String REMOTE = "(xingfeng.remote=true)";
    static final String LOCAL = "(!(xingfeng.remote=true))";
    static final String ADMIN_PASSWORD = System.getProperty("xingfeng.admin.password");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static BundleContext context;
    static String url;
    static Configuration config;
    static OrgService org;
    static UserService users;
    static AuthService auth;
    static OrgService serverOrg;

    static Actor root;
    static long city;
    static long countyA;
    static long countyB;
    static Staff staffA;
    static String adminA;
    static String clerkA;
    static final String PASSWORD = "Remote-pass-2026!";

    @BeforeAll
    static void clientAgainstTheServer() throws Exception {
        context = FrameworkUtil.getBundle(RemoteClientIT.class).getBundleContext();
        url = "http://127.0.0.1:" + System.getProperty("org.osgi.service.http.port");
        awaitServer();
        config = service(ConfigurationAdmin.class, null).getConfiguration(RemoteClient.PID, "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("server.url", url);
        props.put("locale", "zh_CN"); // the client's language, sent as Accept-Language: the server answers in Chinese
        config.update(props);
        org = await(OrgService.class, REMOTE);
        users = await(UserService.class, REMOTE);
        auth = await(AuthService.class, REMOTE);
        serverOrg = service(OrgService.class, LOCAL);

        root = as("admin", ADMIN_PASSWORD);
        assertTrue(root.reach().everywhere());
        String u = unique();
        city = org.createUnit(root, new OrgUnitDraft(null, "RC" + u, "远程测试市 " + u, OrgLevel.CITY)).id();
        countyA = org.createUnit(root, new OrgUnitDraft(city, "RA" + u, "甲县 " + u, OrgLevel.COUNTY)).id();
        countyB = org.createUnit(root, new OrgUnitDraft(city, "RB" + u, "乙县 " + u, OrgLevel.COUNTY)).id();
        staffA = org.createStaff(root, new StaffDraft("RS" + u, "甲县窗口", countyA, null, StaffTier.WINDOW_STAFF,
                List.of("综合柜员"), true));
        adminA = "remote.a." + u;
        clerkA = "remote.clerk." + u;
        users.create(root, new UserDraft(adminA, "甲县管理员", null, countyA, Set.of("admin", "staff"), "One-time-" + u));
        users.create(root, new UserDraft(clerkA, "甲县窗口", staffA.id(), null, Set.of("staff"), "One-time-" + u));
        for (String name : List.of(adminA, clerkA)) {
            LoginSession once = auth.login(name, "One-time-" + u);
            assertTrue(auth.passwordChangeRequired(once.token()));
            Actor actor = auth.authenticate(once.token()).orElseThrow();
            XingfengException first = assertThrows(XingfengException.class, () -> org.units(actor));
            assertEquals("password_change_required", first.code());
            auth.changePassword(actor, "One-time-" + u, PASSWORD); // open to a one-time password, as /auth/password
        }
    }

    @AfterAll
    static void standAlone() throws Exception {
        if (config != null) {
            config.delete();
            long deadline = System.currentTimeMillis() + 20_000;
            while (context.getServiceReferences(OrgService.class, REMOTE).size() > 0
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(context.getServiceReferences(OrgService.class, REMOTE).isEmpty(), "proxies withdrawn");
        }
    }

    @Test
    @Order(1)
    void proxiesStandForTheRemoteInterfacesOnly() throws Exception {
        for (Class<?> type : List.of(OrgService.class, UserService.class, CalendarAdmin.class, WorkingDayCalendar.class,
                ModuleRegistry.class, AuthService.class, AuditReader.class)) {
            ServiceReference<?> best = context.getServiceReference(type.getName());
            assertEquals(Boolean.TRUE, best.getProperty("xingfeng.remote"), type.getName());
            assertEquals(RemoteClient.RANKING, best.getProperty(Constants.SERVICE_RANKING), type.getName());
            assertEquals(url, best.getProperty("xingfeng.server.url"));
        }
        Set<String> found = RemoteClient.remoteInterfaces(FrameworkUtil.getBundle(OrgService.class)).stream()
                .map(Class::getName).collect(Collectors.toSet());
        assertEquals(Set.of(OrgService.class.getName(), UserService.class.getName(), CalendarAdmin.class.getName(),
                WorkingDayCalendar.class.getName(), ModuleRegistry.class.getName(), AuditReader.class.getName()), found,
                "the platform api's marked interfaces (the auth service has the client's own class)");
        assertTrue(RemoteClient.remoteInterfaces(bundle("org.xingfeng.platform.rest")).isEmpty(),
                "uses the marker, exports nothing");
        assertTrue(RemoteClient.remoteInterfaces(bundle("com.fasterxml.jackson.core.jackson-databind")).isEmpty());
        for (Class<?> type : List.of(PersistenceService.class, SpreadsheetService.class, AuditLog.class)) {
            assertTrue(context.getServiceReferences(type.getName(), REMOTE) == null, type.getName());
            assertNotNull(context.getServiceReference(type.getName()), type.getName() + " on the server");
        }
    }

    @Test
    @Order(1)
    void aStartPropertyCountsUntilAConfigurationIsStored() {
        // a PC given its server in advance (-Dxingfeng.server.url) has no configuration yet at its first start: the
        // component's properties then hold only the metatype's defaults, an empty URL among them, which must not win
        BundleContext pc = (BundleContext) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { BundleContext.class },
                (proxy, method, args) -> method.getName().equals("getProperty")
                        && "xingfeng.server.url".equals(args[0]) ? "http://10.1.2.3:8080" : null);
        Map<String, Object> defaults = Map.of("server.url", "", "component.name", RemoteClient.class.getName());
        assertEquals("http://10.1.2.3:8080", RemoteClient.setting(pc, defaults, "server.url", ""));
        Map<String, Object> alone = Map.of("server.url", "", Constants.SERVICE_PID, RemoteClient.PID);
        assertEquals("", RemoteClient.setting(pc, alone, "server.url", ""),
                "a stored empty URL: the user chose to work alone");
        Map<String, Object> stored = Map.of("server.url", "http://10.9.9.9", Constants.SERVICE_PID, RemoteClient.PID);
        assertEquals("http://10.9.9.9", RemoteClient.setting(pc, stored, "server.url", ""));
    }

    @Test
    @Order(1)
    void theServersSideNeverSeesAProxy() throws Exception {
        // the core and REST bundles look up and are told about the server's own services only
        for (String side : List.of("org.xingfeng.platform.core", "org.xingfeng.platform.rest")) {
            BundleContext server = bundle(side).getBundleContext();
            assertNotNull(server, side + " runs");
            for (Class<?> type : List.of(OrgService.class, UserService.class, AuditReader.class)) {
                assertTrue(server.getServiceReferences(type.getName(), REMOTE) == null, side + " " + type);
                assertNull(server.getServiceReference(type.getName()).getProperty("xingfeng.remote"), side);
            }
        }
        for (String name : List.of("org.xingfeng.platform.core", "org.xingfeng.platform.rest", "org.xingfeng.server",
                "org.xingfeng.windows.core", "org.xingfeng.matters.rest")) {
            assertTrue(ServerSideHook.serverSide(name), name);
        }
        for (String name : List.of("org.xingfeng.platform.ui", "org.xingfeng.matters.ui", "org.xingfeng.client",
                "org.xingfeng.platform.api", "org.xingfeng.platform.remote", "org.xingfeng.platform.provisioning")) {
            assertFalse(ServerSideHook.serverSide(name), name + " takes the proxies");
        }
        // a server component restarted while the proxies are registered binds the server's services again
        ServiceComponentRuntime scr = service(ServiceComponentRuntime.class, null);
        ComponentDescriptionDTO resource = scr.getComponentDescriptionDTO(bundle("org.xingfeng.platform.rest"),
                "org.xingfeng.platform.rest.resources.OrgResource");
        scr.disableComponent(resource).getValue();
        scr.enableComponent(resource).getValue();
        long deadline = System.currentTimeMillis() + 30_000;
        while (scr.getComponentConfigurationDTOs(resource).stream().noneMatch(c -> c.state >= 4)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100); // SATISFIED (4) or ACTIVE (8) again
        }
        assertFalse(scr.getComponentConfigurationDTOs(resource).isEmpty(), "the REST resource is back");
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (!ServerSideHook.serverSide(context.getBundle(d.bundle.id))) {
                continue;
            }
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                for (SatisfiedReferenceDTO r : c.satisfiedReferences) {
                    for (ServiceReferenceDTO bound : r.boundServices) {
                        assertNull(bound.properties.get("xingfeng.remote"),
                                d.name + " binds a client's proxy for " + r.name);
                    }
                }
            }
        }
    }

    @Test
    @Order(2)
    void listsAndReadsAnswerAsTheServersServices() throws Exception {
        Actor admin = as("admin", ADMIN_PASSWORD);
        assertEquals(serverOrg.units(Actor.SYSTEM), org.units(admin));
        OrgUnit a = org.unit(admin, countyA).orElseThrow();
        assertEquals(serverOrg.unit(Actor.SYSTEM, countyA).orElseThrow(), a);
        assertEquals(OrgLevel.COUNTY, a.level());
        assertTrue(org.unit(admin, 987_654_321L).isEmpty(), "Optional.empty comes back empty");
        Page<Staff> page = org.staff(admin, new StaffQuery(countyA, null, StaffTier.WINDOW_STAFF, true, null),
                new PageRequest(0, 10));
        assertEquals(List.of(staffA), page.items());
        assertEquals(1, page.total());
        assertEquals(List.of(countyA, countyB), org.subtree(admin, city).stream().map(OrgUnit::id)
                .filter(id -> id != city).sorted().toList());

        WorkingDayCalendar calendar = service(WorkingDayCalendar.class, REMOTE);
        WorkingDayCalendar serverCalendar = service(WorkingDayCalendar.class, LOCAL);
        assertEquals(serverCalendar.addWorkingDays(LocalDate.of(2026, 9, 30), 3),
                calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 3));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertEquals(service(CalendarAdmin.class, LOCAL).specialDays(2026),
                service(CalendarAdmin.class, REMOTE).specialDays(2026));
        assertEquals(service(ModuleRegistry.class, LOCAL).modules(), service(ModuleRegistry.class, REMOTE).modules());

        List<UserAccount> accounts = users.users(admin);
        assertTrue(accounts.stream().anyMatch(x -> x.username().equals(adminA) && x.homeUnitId() == countyA),
                accounts.toString());
        assertEquals(Long.valueOf(staffA.id()), users.byUsername(admin, clerkA).orElseThrow().staffId());
        assertTrue(users.knownRoles().contains("admin"));
    }

    @Test
    @Order(3)
    void aChangeIsMadeOnTheServer() {
        Actor a = as(adminA, PASSWORD);
        Section section = org.createSection(a, countyA, "远程科");
        assertEquals(countyA, section.unitId());
        assertTrue(serverOrg.sections(Actor.SYSTEM, countyA).contains(section));
        OrgUnit renamed = org.updateUnit(a, countyA, new OrgUnitDraft(city, serverOrg.unit(Actor.SYSTEM, countyA)
                .orElseThrow().code(), "甲县（改名）", OrgLevel.COUNTY));
        assertEquals("甲县（改名）", serverOrg.unit(Actor.SYSTEM, countyA).orElseThrow().name());
        assertEquals(renamed, org.unit(a, countyA).orElseThrow());
        ConflictException again = assertThrows(ConflictException.class, () -> org.createSection(a, countyA, "远程科"));
        assertEquals("section_exists", again.code());
    }

    @Test
    @Order(4)
    void aValidationErrorArrivesWithItsField() {
        Actor a = as(adminA, PASSWORD);
        ValidationException e = assertThrows(ValidationException.class,
                () -> org.createUnit(a, new OrgUnitDraft(countyA, "", "没有编码", OrgLevel.TOWNSHIP)));
        assertEquals("code", e.details().get(0).field());
        assertTrue(e.getMessage().contains("编码必填"), e.getMessage());
        ValidationException section = assertThrows(ValidationException.class, () -> org.createSection(a, countyA, " "));
        assertEquals("name", section.details().get(0).field());
    }

    @Test
    @Order(5)
    void anotherCountysUnitDoesNotExist() {
        Actor a = as(adminA, PASSWORD);
        assertEquals(Set.of(countyA), org.units(a).stream().map(OrgUnit::id).collect(Collectors.toSet()));
        NotFoundException subtree = assertThrows(NotFoundException.class, () -> org.subtree(a, countyB));
        assertTrue(subtree.getMessage().contains(String.valueOf(countyB)), subtree.getMessage());
        assertEquals(404, subtree.status());
        assertThrows(NotFoundException.class, () -> org.updateUnit(a, countyB,
                new OrgUnitDraft(city, "RX" + unique(), "越界", OrgLevel.COUNTY)));
        assertTrue(org.unit(a, countyB).isEmpty());
        assertTrue(users.byUsername(a, "admin").isEmpty(), "the installation's administrator is out of A's reach");
    }

    @Test
    @Order(6)
    void anActorSentByTheClientIsIgnored() throws Exception {
        Actor clerk = as(clerkA, PASSWORD);
        assertEquals(Set.of("staff"), clerk.roles());
        Actor forged = new Actor(1, "admin", Set.of("admin"), Reach.EVERYWHERE);
        String code = "RF" + unique();
        assertThrows(ForbiddenException.class,
                () -> org.createUnit(forged, new OrgUnitDraft(countyA, code, "伪造", OrgLevel.TOWNSHIP)));
        assertThrows(NotFoundException.class, () -> org.subtree(forged, countyB));
        assertThrows(ForbiddenException.class, () -> users.setRoles(forged, 1, Set.of("admin")));

        // the same by hand, with the actor in the JSON
        String token = login(clerkA, PASSWORD);
        HttpResponse<String> r = post("org.xingfeng.platform.api.org.OrgService/createUnit", token,
                "{\"parameterTypes\":[\"org.xingfeng.platform.api.Actor\",\"org.xingfeng.platform.api.org.OrgUnitDraft\"],"
                        + "\"args\":[{\"userId\":1,\"username\":\"admin\",\"roles\":[\"admin\"],\"reach\":null},"
                        + "{\"parentId\":" + countyA + ",\"code\":\"" + code
                        + "\",\"name\":\"伪造\",\"level\":\"TOWNSHIP\"}]}");
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"forbidden\""), r.body());
        assertTrue(serverOrg.unitByCode(Actor.SYSTEM, code).isEmpty(), "nothing was created");
    }

    @Test
    @Order(7)
    void interfacesThatAreNotRemoteAreNotThere() throws Exception {
        String token = login("admin", ADMIN_PASSWORD);
        for (String path : List.of("org.xingfeng.platform.api.persistence.PersistenceService/database",
                "org.xingfeng.platform.api.audit.AuditLog/record",
                "org.xingfeng.platform.api.spreadsheet.SpreadsheetService/read",
                "org.xingfeng.platform.api.security.AuthService/authenticate",
                "org.xingfeng.platform.api.security.AuthService/login",
                "org.xingfeng.platform.api.org.OrgService/deleteEverything",
                "java.lang.Runtime/exit", "no.such.Service/call")) {
            HttpResponse<String> r = post(path, token, "{\"args\":[]}");
            assertEquals(404, r.statusCode(), path + " " + r.body());
            assertTrue(r.body().contains("\"not_found\""), path + " " + r.body());
        }
        HttpResponse<String> anonymous = post("org.xingfeng.platform.api.org.OrgService/units", null,
                "{\"args\":[null]}");
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        HttpResponse<String> units = post("org.xingfeng.platform.api.org.OrgService/units", token, "{\"args\":[null]}");
        assertEquals(200, units.statusCode(), units.body());
        HttpResponse<String> unknownField = post("org.xingfeng.platform.api.org.OrgService/units", token,
                "{\"args\":[null],\"actor\":{\"roles\":[\"admin\"]}}");
        assertEquals(400, unknownField.statusCode(), unknownField.body());
        HttpResponse<String> tooLarge = post("org.xingfeng.platform.api.org.OrgService/units", token,
                "{\"args\":[\"" + "x".repeat(1_100_000) + "\"]}");
        assertEquals(413, tooLarge.statusCode());
    }

    @Test
    @Order(8)
    void aFileTravelsWithTheCall() throws Exception {
        Actor a = as(adminA, PASSWORD);
        String unitCode = serverOrg.unit(Actor.SYSTEM, countyA).orElseThrow().code();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        service(SpreadsheetService.class, null).write(xlsx, List.of(new Table("人员", "人员",
                List.of("工号", "姓名", "单位编码", "科室", "人员类别", "岗位", "状态"),
                List.of(List.of("RI" + unique(), "导入人员", unitCode, "", "窗口人员", "综合柜员", "在岗")))));
        ImportReport dry = org.importStaff(a, new ByteArrayInputStream(xlsx.toByteArray()), true);
        assertTrue(dry.ok(), dry.errors().toString());
        assertTrue(dry.dryRun());
        assertEquals(1, dry.created());
        ByteArrayOutputStream outside = new ByteArrayOutputStream();
        service(SpreadsheetService.class, null).write(outside, List.of(new Table("人员", "人员",
                List.of("工号", "姓名", "单位编码", "科室", "人员类别", "岗位", "状态"),
                List.of(List.of("RO" + unique(), "越界人员", serverOrg.unit(Actor.SYSTEM, countyB).orElseThrow().code(),
                        "", "窗口人员", "综合柜员", "在岗")))));
        ImportReport refused = org.importStaff(a, new ByteArrayInputStream(outside.toByteArray()), false);
        assertFalse(refused.ok());
        assertEquals(0, refused.created());
    }

    @Test
    @Order(9)
    void aModulesInterfacesComeAndGoWithItsBundle() throws Exception {
        String type = "org.xingfeng.platform.remote.testapi.Greeter";
        Bundle module = context.installBundle("test:remote-module-api", moduleApiBundle(type));
        try {
            module.start();
            long deadline = System.currentTimeMillis() + 20_000;
            while (context.getServiceReferences(type, REMOTE) == null && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            ServiceReference<?>[] refs = context.getServiceReferences(type, REMOTE);
            assertNotNull(refs, "a proxy for the new module's interface");
            Object greeter = context.getService(refs[0]);
            Class<?> iface = module.loadClass(type);
            assertTrue(iface.isInstance(greeter));
            as("admin", ADMIN_PASSWORD);
            // the server has not got the module: its interface is not there, as over REST
            java.lang.reflect.InvocationTargetException e = assertThrows(
                    java.lang.reflect.InvocationTargetException.class,
                    () -> iface.getMethod("greet", String.class).invoke(greeter, "甲"));
            NotFoundException missing = assertInstanceOf(NotFoundException.class, e.getCause());
            assertTrue(missing.getMessage().contains(type), missing.getMessage());
            context.ungetService(refs[0]);
        } finally {
            module.uninstall();
        }
        assertNull(context.getServiceReferences(type, REMOTE), "the proxy went with its bundle");
    }

    /** A bundle exporting the package of {@code type}, built from this test's own compiled class. */
    private static java.io.InputStream moduleApiBundle(String type) throws IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes main = manifest.getMainAttributes();
        main.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.xingfeng.remote.testmodule.api");
        main.putValue("Bundle-Version", "1.0.0");
        String pkg = type.substring(0, type.lastIndexOf('.'));
        main.putValue("Export-Package", pkg);
        main.putValue("Import-Package", "org.xingfeng.platform.api.remote");
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        String path = type.replace('.', '/') + ".class";
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(jar, manifest);
                java.io.InputStream in = RemoteClientIT.class.getResourceAsStream("/" + path)) {
            out.putNextEntry(new java.util.jar.JarEntry(path));
            in.transferTo(out);
            out.closeEntry();
        }
        return new ByteArrayInputStream(jar.toByteArray());
    }

    @Test
    @Order(10)
    void loggingOutEndsTheSession() {
        LoginSession s = auth.login(clerkA, PASSWORD);
        Actor clerk = auth.authenticate(s.token()).orElseThrow();
        assertEquals(1, org.units(clerk).size());
        auth.logout(s.token());
        assertTrue(auth.authenticate(s.token()).isEmpty());
        AuthenticationException e = assertThrows(AuthenticationException.class, () -> org.units(clerk));
        assertEquals("unauthenticated", e.code());
        assertThrows(AuthenticationException.class, () -> auth.login(clerkA, "wrong-password"));
    }

    @Test
    @Order(11)
    void aServerThatWentAwayIsSaidPlainly() throws Exception {
        Actor admin = as("admin", ADMIN_PASSWORD);
        Bundle jetty = bundle("org.apache.felix.http.jetty12");
        jetty.stop();
        try {
            ServerUnavailableException e = assertThrows(ServerUnavailableException.class, () -> org.units(admin));
            assertTrue(e.getMessage().startsWith("无法连接服务器 " + url), e.getMessage());
            assertTrue(e.getMessage().contains("连接被拒绝或超时"), e.getMessage());
            assertTrue(e.message(Locale.ENGLISH).startsWith("Cannot reach the server " + url + " (connection"),
                    e.message(Locale.ENGLISH));
            assertEquals(503, e.status());
            assertInstanceOf(ServerUnavailableException.class,
                    assertThrows(XingfengException.class, () -> auth.login("admin", ADMIN_PASSWORD)));
        } finally {
            jetty.start();
        }
        awaitServer();
        assertEquals(serverOrg.units(Actor.SYSTEM), org.units(as("admin", ADMIN_PASSWORD)));
    }

    // --- helpers

    static Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName().equals(symbolicName)) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    /** Logs in through the client's auth service, as the login dialog does, and answers the session's actor. */
    static Actor as(String username, String password) {
        LoginSession s = auth.login(username, password);
        assertFalse(auth.passwordChangeRequired(s.token()));
        Actor actor = auth.authenticate(s.token()).orElseThrow();
        assertEquals(username, actor.username());
        return actor;
    }

    static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    static <T> T service(Class<T> type, String filter) throws Exception {
        var refs = context.getServiceReferences(type, filter);
        assertFalse(refs.isEmpty(), type.getName() + " " + filter);
        ServiceReference<T> best = refs.stream().max(ServiceReference::compareTo).orElseThrow();
        return context.getService(best);
    }

    static <T> T await(Class<T> type, String filter) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (context.getServiceReferences(type, filter).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        return service(type, filter);
    }

    /** Until the REST runtime answers the remote resource (401 without a token). */
    static void awaitServer() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (post("org.xingfeng.platform.api.org.OrgService/units", null, "{}").statusCode() == 401
                        && HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/login"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 400) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("server not ready at " + url);
    }

    static String login(String username, String password) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers
                        .ofString("{\"username\":\"" + username + "\",\"password\":\"" + password
                                + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return ServerConnection.mapper().readTree(r.body()).path("token").asText();
    }

    static HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + ServerConnection.REMOTE + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
