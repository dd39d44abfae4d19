package org.xingfeng.platform.ui;

import java.util.Locale;
import java.util.Set;

import org.xingfeng.platform.api.i18n.Text;

/**
 * A {@link ViewContribution} whose id, module, title, order and roles are fixed when it is made; a subclass only
 * builds the view. The title is a key of the module's message properties, shown in the reader's language:
 *
 * <pre>
 * super("platform.audit", "platform", MESSAGES.text("audit.title"), 40, Roles.ADMIN, Roles.AUDITOR);
 * </pre>
 */
public abstract class NamedViewContribution implements ViewContribution {

    private final String id;
    private final String moduleId;
    private final Text label;
    private final int order;
    private final Set<String> roles;

    protected NamedViewContribution(String id, String moduleId, Text label, int order, String... roles) {
        this.id = id;
        this.moduleId = moduleId;
        this.label = label;
        this.order = order;
        this.roles = Set.of(roles);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String moduleId() {
        return moduleId;
    }

    @Override
    public final String label(Locale locale) {
        return label.in(locale);
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final Set<String> roles() {
        return roles;
    }
}
