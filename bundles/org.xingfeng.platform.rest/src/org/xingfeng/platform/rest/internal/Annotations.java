package org.xingfeng.platform.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/** The filters' rule for resource annotations: the method's own, else its class's. */
final class Annotations {

    private Annotations() {
    }

    static <A extends Annotation> A find(Method method, Class<?> type, Class<A> annotation) {
        A a = method == null ? null : method.getAnnotation(annotation);
        return a != null || type == null ? a : type.getAnnotation(annotation);
    }
}
