package org.xingfeng.demands.rest.internal;

/** Small request bodies of the module's operations. */
final class Bodies {

    private Bodies() {
    }

    /** {@code {"originalId":12}}: the open demand a duplicate repeats. */
    record Original(Long originalId) {
    }
}
