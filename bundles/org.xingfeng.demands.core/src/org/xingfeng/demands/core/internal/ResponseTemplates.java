package org.xingfeng.demands.core.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.demands.api.demands.DemandCategory;

/**
 * Response templates (答复模板) per category (PID {@value #PID}), as FixMyStreet's response templates: texts an officer
 * starts a reply from, separated by {@code ;;} in the configuration. {@code {topic}} in a template stands for the
 * demand's topic.
 */
@Component(service = ResponseTemplates.class, configurationPid = ResponseTemplates.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ResponseTemplates.Config.class)
public class ResponseTemplates {

    public static final String PID = "org.xingfeng.demands.templates";

    @ObjectClassDefinition(id = PID, name = "Demands response templates",
            description = "民生诉求: reply templates per category, separated by ;;")
    public @interface Config {

        @AttributeDefinition(name = "Consultation", description = "templates for consultations (咨询)")
        String demands_templates_consultation() default "您咨询的“{topic}”，答复如下：;;您咨询的“{topic}”，办理所需材料及流程已通过短信发送，如有疑问请拨打12345。";

        @AttributeDefinition(name = "Help", description = "templates for requests for help (求助)")
        String demands_templates_help() default "您反映的“{topic}”，我局已协调相关科室办理，结果如下：";

        @AttributeDefinition(name = "Complaint", description = "templates for complaints (投诉)")
        String demands_templates_complaint() default "您投诉的“{topic}”，经核实情况属实，我局已责成整改并对相关人员批评教育。;;您投诉的“{topic}”，经核实，情况如下：";

        @AttributeDefinition(name = "Suggestion", description = "templates for suggestions (建议)")
        String demands_templates_suggestion() default "感谢您对医保工作提出的“{topic}”建议，我局将认真研究采纳。";

        @AttributeDefinition(name = "Praise", description = "templates for praise (表扬)")
        String demands_templates_praise() default "感谢您对我局工作的肯定，我们将继续提升服务质量。";
    }

    static final int MAX_LENGTH = 4000;

    private final Map<DemandCategory, List<String>> templates = new EnumMap<>(DemandCategory.class);

    @Activate
    public ResponseTemplates(Config config) {
        templates.put(DemandCategory.CONSULTATION, split(config.demands_templates_consultation()));
        templates.put(DemandCategory.HELP, split(config.demands_templates_help()));
        templates.put(DemandCategory.COMPLAINT, split(config.demands_templates_complaint()));
        templates.put(DemandCategory.SUGGESTION, split(config.demands_templates_suggestion()));
        templates.put(DemandCategory.PRAISE, split(config.demands_templates_praise()));
    }

    static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split(";;")) {
            if (!s.isBlank()) {
                if (s.strip().length() > MAX_LENGTH) {
                    throw new IllegalArgumentException("a response template is longer than " + MAX_LENGTH);
                }
                out.add(s.strip());
            }
        }
        return List.copyOf(out);
    }

    List<String> of(DemandCategory category) {
        return templates.get(category);
    }
}
