package org.xingfeng.evaluations.rest.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.xingfeng.evaluations.api.EvaluationSubmission;
import org.xingfeng.evaluations.api.Receipt;
import org.xingfeng.platform.api.rest.ServletApi;

/**
 * The citizens' submission servlet ({@code POST /api/v1/evaluations/submissions}) as the API description shows
 * it: the REST runtime does not know a plain servlet. Registered and gone with this bundle, like the servlet.
 */
@Component
public class SubmissionApi implements ServletApi {

    @Override
    public List<Operation> operations() {
        return List.of(new Operation("POST", "/api/v1/evaluations/submissions",
                "提交好差评 (submit an evaluation): 201 once stored; 409 for a handling record already evaluated; 16 KiB, "
                        + "rate-limited; level also as 满意 or 1-5",
                true, EvaluationSubmission.class, 201, Receipt.class));
    }
}
