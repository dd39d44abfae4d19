package org.xingfeng.windows.ui.internal;

import java.util.List;
import java.util.EnumSet;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.windows.api.halls.Hall;
import org.xingfeng.windows.api.halls.HallDraft;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.HallZone;
import org.xingfeng.windows.api.halls.ServiceWindow;
import org.xingfeng.windows.api.halls.WindowDraft;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.halls.WindowState;
import org.xingfeng.windows.api.halls.WindowType;
import org.xingfeng.windows.api.queue.QueueService;
import org.xingfeng.windows.api.queue.Ticket;
import org.xingfeng.windows.api.queue.TicketDraft;
import org.xingfeng.windows.api.queue.TicketSource;

/**
 * A county of its own for each test class, with a hall of two open windows: window 1 comprehensive (综合窗口, matters
 * {@code <tag>-BX} and {@code <tag>-CB}), window 2 single-matter ({@code <tag>-CB}), and two members of staff. Matter
 * codes are typed in (the matters module is not installed in this runtime).
 */
final class WinFixture {

    final String tag;
    final OrgUnit county;
    final Hall hall;
    final ServiceWindow w1;
    final ServiceWindow w2;
    final Staff s1;
    final Staff s2;
    final String reimburse;
    final String enrol;

    private WinFixture(OrgService org, HallService halls, WindowService windows, Actor admin, String tag) {
        this.tag = tag;
        reimburse = tag + "-BX";
        enrol = tag + "-CB";
        county = org.createUnit(admin, new OrgUnitDraft(null, tag, tag + "县医保局", OrgLevel.COUNTY));
        s1 = org.createStaff(admin, new StaffDraft(tag + "01", "王芳", county.id(), null, StaffTier.WINDOW_STAFF,
                List.of("综合柜员"), true));
        s2 = org.createStaff(admin, new StaffDraft(tag + "02", "李强", county.id(), null, StaffTier.WINDOW_STAFF,
                List.of("综合柜员"), true));
        hall = halls.create(admin, new HallDraft(county.id(), "H1", tag + "政务服务大厅医保窗口", "人民路 1 号",
                EnumSet.allOf(HallZone.class), null, null, "A"));
        ServiceWindow a = windows.create(admin, new WindowDraft(hall.id(), "1", "综合窗口", WindowType.COMPREHENSIVE,
                List.of(reimburse, enrol)));
        ServiceWindow b = windows.create(admin, new WindowDraft(hall.id(), "2", "参保登记", WindowType.SINGLE,
                List.of(enrol)));
        w1 = windows.setState(admin, a.id(), WindowState.OPEN);
        w2 = windows.setState(admin, b.id(), WindowState.OPEN);
    }

    static WinFixture create(OrgService org, HallService halls, WindowService windows, Actor admin, String tag) {
        return new WinFixture(org, halls, windows, admin, tag);
    }

    Ticket take(QueueService queue, Actor actor, String matterCode) {
        return queue.take(actor, new TicketDraft(hall.id(), matterCode, null, TicketSource.STAFF));
    }

    /** A short tag unique to this run, for codes. */
    static String tag(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }
}
