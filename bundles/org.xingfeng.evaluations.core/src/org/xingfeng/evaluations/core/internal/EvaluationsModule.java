package org.xingfeng.evaluations.core.internal;

import java.util.List;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketService;
import org.xingfeng.platform.api.module.ModuleDescriptor;
import org.xingfeng.platform.api.module.RoleDefinition;

/** The evaluations module (好差评) announces itself and its roles. */
@Component
public class EvaluationsModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "evaluations";
    }

    @Override
    public String nameZh() {
        return "好差评";
    }

    @Override
    public String nameEn() {
        return "Evaluations";
    }

    @Override
    public String version() {
        return FrameworkUtil.getBundle(EvaluationsModule.class).getVersion().toString();
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition(EvaluationService.OFFICER_ROLE, "好差评管理", "Evaluations officer"),
                new RoleDefinition(EvaluationService.REVIEWER_ROLE, "申诉复核", "Appeal reviewer"),
                new RoleDefinition(EvaluationTicketService.ISSUER_ROLE, "评价凭证签发", "Evaluation ticket issuer"));
    }
}
