package org.xingfeng.evaluations.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.Evaluation;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.EvaluationSubmission;
import org.xingfeng.evaluations.api.Level;
import org.xingfeng.evaluations.api.Receipt;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.security.UserAccount;
import org.xingfeng.platform.api.security.UserDraft;
import org.xingfeng.platform.api.security.UserService;

/**
 * A small tree of its own for each test class (a city with two counties, three sections and three window staff
 * in county A), made through the platform's services, and evaluations submitted through the evaluations API.
 */
final class EvalFixture {

    private static final AtomicInteger RECORDS = new AtomicInteger();

    final String tag;
    final OrgUnit city;
    final OrgUnit countyA;
    final OrgUnit countyB;
    final Section general;
    final Section benefits;
    final Section audit;
    final Staff w1;
    final Staff w2;
    final Staff w3;

    private EvalFixture(OrgService org, Actor admin, String tag) {
        this.tag = tag;
        city = org.createUnit(admin, new OrgUnitDraft(null, tag + "C", tag + "市医保局", OrgLevel.CITY));
        countyA = org.createUnit(admin, new OrgUnitDraft(city.id(), tag + "A", tag + "甲县医保局", OrgLevel.COUNTY));
        countyB = org.createUnit(admin, new OrgUnitDraft(city.id(), tag + "B", tag + "乙县医保局", OrgLevel.COUNTY));
        general = org.createSection(admin, countyA.id(), "综合科");
        benefits = org.createSection(admin, countyA.id(), "待遇科");
        audit = org.createSection(admin, countyA.id(), "稽核科");
        w1 = staff(org, admin, tag + "01", "王芳", general);
        w2 = staff(org, admin, tag + "02", "李强", benefits);
        w3 = staff(org, admin, tag + "03", "张丽", audit);
    }

    static EvalFixture create(OrgService org, Actor admin, String tag) {
        return new EvalFixture(org, admin, tag);
    }

    private Staff staff(OrgService org, Actor admin, String number, String name, Section section) {
        return org.createStaff(admin, new StaffDraft(number, name, countyA.id(), section.id(), StaffTier.WINDOW_STAFF,
                List.of("综合柜员"), true));
    }

    /** Submits one evaluation and waits until it is stored; real-name ones carry a name and a phone number. */
    Evaluation submit(EvaluationService evaluations, OrgUnit unit, Level level, Staff staff, String windowNo,
            boolean realName) throws Exception {
        String record = tag + "-R" + RECORDS.incrementAndGet();
        Receipt r = evaluations
                .submit(new EvaluationSubmission(unit.id(), record, level, Channel.WINDOW_DEVICE, windowNo,
                        staff == null ? null : staff.staffNumber(), "YB01-001", level.bad() ? "等候时间太长" : "服务很好",
                        List.of(),
                        realName ? "市民" + record : null, realName ? "13800000000" : null, Map.of()))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        return evaluations.evaluation(Actor.SYSTEM, r.id()).orElseThrow();
    }

    /** A user with the given roles, and the actor for it (services take the actor; no login needed). */
    static Actor user(UserService users, Actor admin, String username, Set<String> roles) {
        UserAccount u = users.byUsername(Actor.SYSTEM, username).orElseGet(() -> users.create(admin,
                new UserDraft(username, username, null, null, roles, "Pass-2026-" + username)));
        return new Actor(u.id(), u.username(), u.roles(), Reach.EVERYWHERE);
    }

    static Actor officer(UserService users, Actor admin) {
        return user(users, admin, "eui.officer", Set.of(Roles.STAFF, EvaluationService.OFFICER_ROLE));
    }

    static Actor reviewer(UserService users, Actor admin) {
        return user(users, admin, "eui.reviewer", Set.of(Roles.STAFF, EvaluationService.REVIEWER_ROLE));
    }

    /** A short tag unique to this run, for codes and record numbers. */
    static String tag(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }
}
