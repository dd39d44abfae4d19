package org.xingfeng.evaluations.rest.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.xingfeng.evaluations.api.EvaluationSubmission;
import org.xingfeng.evaluations.api.Receipt;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.ServletApi;

/**
 * The citizens' submission servlet ({@code POST /api/v1/evaluations/submissions}) as the API description shows
 * it: the REST runtime does not know a plain servlet. Registered and gone with this bundle, like the servlet.
 */
@Component
public class SubmissionApi implements ServletApi {

    static final Messages MESSAGES = Messages.of(SubmissionApi.class);

    @Override
    public List<Operation> operations() {
        return List.of(new Operation("POST", "/api/v1/evaluations/submissions",
                MESSAGES.get(Languages.CHINESE, "submissionApi.submit_evaluation"),
                true, EvaluationSubmission.class, 201, Receipt.class));
    }
}
