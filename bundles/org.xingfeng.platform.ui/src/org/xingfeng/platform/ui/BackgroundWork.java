package org.xingfeng.platform.ui;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Long work (an import, an export, a report) run off the UI thread with a progress bar and a cancel
 * button. It reports progress on the monitor and returns early (throwing
 * {@link org.eclipse.core.runtime.OperationCanceledException}) when {@code monitor.isCanceled()}.
 */
@FunctionalInterface
public interface BackgroundWork<T> {

    T run(IProgressMonitor monitor) throws Exception;
}
