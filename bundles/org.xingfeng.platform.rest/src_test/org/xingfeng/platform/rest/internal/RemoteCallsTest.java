package org.xingfeng.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.calendar.DayKind;
import org.xingfeng.platform.api.calendar.SpecialDay;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.remote.RemoteMethods;
import org.xingfeng.platform.api.spreadsheet.ImportReport;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The remote dispatch's pure part: which method a call names, its arguments from JSON, its answer as JSON. */
class RemoteCallsTest {

    @Remote
    public interface Sample {
        List<SpecialDay> days(Actor actor, int year, List<DayKind> kinds);

        Optional<OrgUnit> unit(Actor actor, long id);

        Page<Staff> staff(Actor actor, StaffQuery query, PageRequest page);

        ImportReport upload(Actor actor, InputStream file, boolean dryRun);

        void touch(String what);

        void touch(String what, Instant at);

        CompletionStage<Optional<Section>> later(long id);

        static Sample none() {
            return null;
        }
    }

    public interface Partly {
        @Remote
        String open(String x);

        String closed(String x);
    }

    public interface Plain {
        String any();
    }

    private static final ObjectMapper JSON = JsonExtension.mapper();
    private static final Actor CALLER = new Actor(7, "county.a", Set.of("staff"), Reach.of(3, List.of(3L, 4L)));
    private final RemoteCalls calls = new RemoteCalls();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static Method method(Class<?> type, String name, Class<?>... params) throws Exception {
        return type.getMethod(name, params);
    }

    @Test
    void onlyMarkedInterfacesAndMethodsAreRemote() throws Exception {
        assertTrue(RemoteMethods.isRemote(Sample.class));
        assertTrue(RemoteMethods.isRemote(Partly.class));
        assertFalse(RemoteMethods.isRemote(Plain.class));
        assertFalse(RemoteMethods.isRemote(String.class));
        assertTrue(RemoteMethods.isRemote(Partly.class, method(Partly.class, "open", String.class)));
        assertFalse(RemoteMethods.isRemote(Partly.class, method(Partly.class, "closed", String.class)));
        assertFalse(RemoteMethods.isRemote(Sample.class, method(Sample.class, "none")));
        assertFalse(RemoteMethods.isRemote(Sample.class, Object.class.getMethod("toString")));
    }

    @Test
    void aMethodIsResolvedByNameAndParameterTypes() throws Exception {
        assertEquals(method(Sample.class, "touch", String.class, Instant.class),
                RemoteCalls.resolve(Sample.class, "touch", List.of("java.lang.String", "java.time.Instant")));
        assertEquals(method(Sample.class, "unit", Actor.class, long.class),
                RemoteCalls.resolve(Sample.class, "unit", List.of("org.xingfeng.platform.api.Actor", "long")));
        assertEquals(method(Sample.class, "unit", Actor.class, long.class),
                RemoteCalls.resolve(Sample.class, "unit", null));
        ValidationException overloaded = assertThrows(ValidationException.class,
                () -> RemoteCalls.resolve(Sample.class, "touch", null));
        assertEquals("parameterTypes", overloaded.details().get(0).field());
        assertThrows(NotFoundException.class, () -> RemoteCalls.resolve(Sample.class, "unit", List.of("long")));
        assertThrows(NotFoundException.class, () -> RemoteCalls.resolve(Sample.class, "delete", null));
        assertThrows(NotFoundException.class, () -> RemoteCalls.resolve(Sample.class, "none", List.of()));
        assertThrows(NotFoundException.class, () -> RemoteCalls.resolve(Partly.class, "closed", null));
        assertThrows(NotFoundException.class, () -> RemoteCalls.resolve(Sample.class, "hashCode", List.of()));
        assertEquals(List.of("org.xingfeng.platform.api.Actor", "java.io.InputStream", "boolean"),
                RemoteMethods.parameterTypeNames(
                        method(Sample.class, "upload", Actor.class, InputStream.class, boolean.class)));
    }

    @Test
    void theActorIsAlwaysTheCaller() throws Exception {
        Method unit = method(Sample.class, "unit", Actor.class, long.class);
        Object[] forged = calls.arguments(unit, json("[{'userId':1,'username':'admin','roles':['admin']}, 5]"), CALLER);
        assertSame(CALLER, forged[0]);
        assertEquals(5L, forged[1]);
        assertSame(CALLER, calls.arguments(unit, json("[null, 5]"), CALLER)[0]);
        assertSame(CALLER, calls.arguments(unit, json("['anything', 5]"), CALLER)[0]);
    }

    @Test
    void argumentsTakeTheirGenericTypes() throws Exception {
        Object[] days = calls.arguments(method(Sample.class, "days", Actor.class, int.class, List.class),
                json("[null, 2026, ['HOLIDAY', 'WORKDAY']]"), CALLER);
        assertEquals(2026, days[1]);
        assertEquals(List.of(DayKind.HOLIDAY, DayKind.WORKDAY), days[2]);
        Object[] staff = calls.arguments(
                method(Sample.class, "staff", Actor.class, StaffQuery.class, PageRequest.class),
                json("[null, {'unitId':3,'sectionId':null,'tier':'WINDOW_STAFF','active':true,'text':'张'}, {'page':1,'size':20}]"),
                CALLER);
        assertEquals(new StaffQuery(3L, null, StaffTier.WINDOW_STAFF, true, "张"), staff[1]);
        assertEquals(new PageRequest(1, 20), staff[2]);
        Object[] touch = calls.arguments(method(Sample.class, "touch", String.class, Instant.class),
                json("['x', '2026-11-22T09:30:00+08:00']"), CALLER);
        assertEquals(Instant.parse("2026-11-22T01:30:00Z"), touch[1]);
    }

    @Test
    void anUploadComesFromBase64() throws Exception {
        byte[] file = "工号,姓名".getBytes(StandardCharsets.UTF_8);
        Object[] args = calls.arguments(method(Sample.class, "upload", Actor.class, InputStream.class, boolean.class),
                json("[null, '" + Base64.getEncoder().encodeToString(file) + "', true]"), CALLER);
        assertArrayEquals(file, ((InputStream) args[1]).readAllBytes());
        assertEquals(true, args[2]);
        assertThrows(ValidationException.class, () -> calls.arguments(
                method(Sample.class, "upload", Actor.class, InputStream.class, boolean.class), json("[null, 12, true]"),
                CALLER));
        assertEquals(RemoteCalls.UPLOAD_BODY_LIMIT, RemoteCalls.bodyLimit(Sample.class, "upload"));
        assertEquals(BodyLimitFilter.DEFAULT_LIMIT, RemoteCalls.bodyLimit(Sample.class, "staff"));
    }

    @Test
    void badArgumentsAreRefusedNamingTheField() throws Exception {
        Method staff = method(Sample.class, "staff", Actor.class, StaffQuery.class, PageRequest.class);
        JsonMappingException wrongType = assertThrows(JsonMappingException.class, () -> calls.arguments(staff,
                json("[null, {'unitId':'three'}, {'page':0,'size':20}]"), CALLER));
        assertEquals("args", wrongType.getPath().get(0).getFieldName());
        assertEquals(1, wrongType.getPath().get(1).getIndex());
        assertEquals("unitId", wrongType.getPath().get(2).getFieldName());
        assertThrows(JsonMappingException.class, () -> calls.arguments(staff,
                json("[null, {'unitId':3,'secret':1}, {'page':0,'size':20}]"), CALLER));
        assertThrows(JsonMappingException.class,
                () -> calls.arguments(method(Sample.class, "unit", Actor.class, long.class),
                        json("[null, null]"), CALLER));
        ValidationException page = assertThrows(ValidationException.class, () -> calls.arguments(staff,
                json("[null, {}, {'page':-1,'size':20}]"), CALLER));
        assertEquals("page", page.details().get(0).field());
        ValidationException count = assertThrows(ValidationException.class, () -> calls.arguments(staff, json("[null]"),
                CALLER));
        assertEquals("args", count.details().get(0).field());
    }

    @Test
    void answersAreJsonOfTheirType() throws Exception {
        Method unit = method(Sample.class, "unit", Actor.class, long.class);
        OrgUnit county = new OrgUnit(3, 2L, "510722", "三台县医保局", OrgLevel.COUNTY);
        assertEquals("null", new String(calls.result(unit, Optional.empty()), StandardCharsets.UTF_8));
        JsonNode answered = JSON.readTree(calls.result(unit, Optional.of(county)));
        assertEquals("510722", answered.path("code").asText());
        assertEquals("COUNTY", answered.path("level").asText());
        assertEquals(county, JSON.treeToValue(answered, OrgUnit.class));
        Method days = method(Sample.class, "days", Actor.class, int.class, List.class);
        JsonNode list = JSON.readTree(
                calls.result(days, List.of(new SpecialDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "国庆节"))));
        assertEquals("2026-10-01", list.path(0).path("date").asText());
        assertEquals("null",
                new String(calls.result(method(Sample.class, "touch", String.class), null), StandardCharsets.UTF_8));
        Method later = method(Sample.class, "later", long.class);
        assertEquals(Section.class, RemoteMethods.resultType(later));
        assertEquals("客服科",
                JSON.readTree(calls.result(later, Optional.of(new Section(1, 3, "客服科")))).path("name").asText());
    }

    @Test
    void aCallIsReadStrictlyAndWithinItsLimit() throws Exception {
        RemoteCalls.Call call = calls.read(new ByteArrayInputStream(
                "{\"parameterTypes\":[\"long\"],\"args\":[1]}".getBytes(StandardCharsets.UTF_8)), 1024);
        assertEquals(List.of("long"), call.parameterTypes());
        assertEquals(1, call.args().size());
        assertNull(calls.read(new ByteArrayInputStream("{\"args\":[]}".getBytes(StandardCharsets.UTF_8)), 1024)
                .parameterTypes());
        assertThrows(JsonMappingException.class, () -> calls.read(new ByteArrayInputStream(
                "{\"args\":[],\"actor\":{}}".getBytes(StandardCharsets.UTF_8)), 1024));
        byte[] big = ("{\"args\":[\"" + "x".repeat(2000) + "\"]}").getBytes(StandardCharsets.UTF_8);
        assertThrows(BodyTooLargeException.class, () -> calls.read(new ByteArrayInputStream(big), 1024));
        // past the parser's first buffer, inside a value
        byte[] bigger = ("{\"args\":[\"" + "x".repeat(200_000) + "\"]}").getBytes(StandardCharsets.UTF_8);
        assertThrows(BodyTooLargeException.class, () -> calls.read(new ByteArrayInputStream(bigger), 100_000));
    }
}
