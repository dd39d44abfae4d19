package org.xingfeng.platform.provisioning.internal;

import org.eclipse.core.runtime.IStatus;

/** A p2 status as one line: its message and its children's, the ones that say what went wrong. */
final class StatusText {

    private StatusText() {
    }

    static String of(IStatus status) {
        StringBuilder sb = new StringBuilder(status.getMessage());
        for (IStatus child : status.getChildren()) {
            if (child.getSeverity() >= IStatus.WARNING && sb.length() < 1000) {
                sb.append("; ").append(of(child));
            }
        }
        return sb.toString();
    }
}
