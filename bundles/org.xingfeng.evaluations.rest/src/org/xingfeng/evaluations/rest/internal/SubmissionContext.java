package org.xingfeng.evaluations.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.context.ServletContextHelper;

/**
 * A servlet context of its own for {@link SubmissionServlet}. The HTTP whiteboard tries longer context paths first,
 * so this one answers its path before the REST whiteboard's context at "/" (whose servlet takes every path).
 */
@Component(service = ServletContextHelper.class, property = {
        "osgi.http.whiteboard.context.name=" + SubmissionContext.NAME,
        "osgi.http.whiteboard.context.path=/" + SubmissionServlet.PATH })
public class SubmissionContext extends ServletContextHelper {

    static final String NAME = "xingfeng.evaluations.submissions";
}
