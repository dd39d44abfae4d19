package org.xingfeng.demands.api;

/**
 * The module's roles, held within the account's reach. Reading demands needs one of them (or the platform's admin or
 * auditor role); each step names the role it needs. The citizen's name, telephone and identity number are in clear
 * for {@link #OFFICER} and {@link #HANDLER} only, whose work (replies, call-backs, handling) needs them; everybody
 * else sees them masked.
 */
public final class DemandsRoles {

    /** 诉求受理员: registers demands, replies to the citizen, records the citizen's satisfaction, closes. */
    public static final String OFFICER = "demands.officer";
    /** 主要负责人 (一把手): reads and instructs (阅示). */
    public static final String HEAD = "demands.head";
    /** 分管负责人: assigns (交办) to sections, approves extensions, reminds (催办) and escalates (通报). */
    public static final String COORDINATOR = "demands.coordinator";
    /** 承办科室: handles (承办), reviews as the lead section (牵头审核), asks for extensions. */
    public static final String HANDLER = "demands.handler";

    private DemandsRoles() {
    }
}
