package org.xingfeng.platform.api.security;

/** The platform's own roles. Modules define more (e.g. {@code matters.editor}) in their module descriptor. */
public final class Roles {

    /** 系统管理员: users, roles, org tree, calendar, modules. */
    public static final String ADMIN = "admin";
    /** 审计员: reads the audit log. */
    public static final String AUDITOR = "auditor";
    /** 培训专员 */
    public static final String TRAINING_OFFICER = "training.officer";
    /** 工作人员: any logged-in member of staff. */
    public static final String STAFF = "staff";

    private Roles() {
    }
}
