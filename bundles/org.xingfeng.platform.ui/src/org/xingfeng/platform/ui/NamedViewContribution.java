package org.xingfeng.platform.ui;

import java.util.Locale;
import java.util.Set;

/**
 * A {@link ViewContribution} whose id, module, two-language title, order and roles are fixed when it is made;
 * a subclass only builds the view. Chinese is shown for a {@code zh} locale, English otherwise.
 */
public abstract class NamedViewContribution implements ViewContribution {

    private final String id;
    private final String moduleId;
    private final String labelZh;
    private final String labelEn;
    private final int order;
    private final Set<String> roles;

    protected NamedViewContribution(String id, String moduleId, String labelZh, String labelEn, int order,
            String... roles) {
        this.id = id;
        this.moduleId = moduleId;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
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
        return "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
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
