package org.xingfeng.evaluations.api;

import java.util.List;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;

/**
 * 申诉复核: staff appeal a bad review as malicious or unrelated; a reviewer upholds or rejects it with reasons.
 * An upheld appeal keeps the evaluation but leaves it out of the satisfaction figures (which show both numbers)
 * and closes its case. One open appeal per evaluation; a decided one is final. Appeals are checked against the
 * actor's reach through their evaluation's unit: out of reach they are "not found".
 */
@Remote
public interface Appeals {

    Appeal file(Actor actor, long evaluationId, AppealReason reason, String statement);

    /** Reviewer role only; the reviewer may not decide an appeal they filed. */
    Appeal decide(Actor actor, long appealId, boolean uphold, String reason);

    /** The appeals against evaluations in the actor's reach. */
    Page<Appeal> appeals(Actor actor, AppealState state, PageRequest page);

    /** 404 when the evaluation is not in the actor's reach. */
    List<Appeal> appealsOf(Actor actor, long evaluationId);
}
