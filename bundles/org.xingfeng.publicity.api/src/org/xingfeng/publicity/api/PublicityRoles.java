package org.xingfeng.publicity.api;

/**
 * The module's roles, held within the account's reach. Reading needs one of them (or the platform's admin or auditor
 * role); changes need {@link #EDITOR} (or admin).
 */
public final class PublicityRoles {

    /** 宣传编辑: records articles and reports, campaigns and their activities. */
    public static final String EDITOR = "publicity.editor";
    /** 宣传查阅: reads the article log, the leaderboard and campaigns (e.g. a bureau's leaders for the assessment). */
    public static final String VIEWER = "publicity.viewer";

    private PublicityRoles() {
    }
}
