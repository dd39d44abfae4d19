package org.xingfeng.client.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** 文件 > 退出: closes the workbench. */
public class ExitHandler {

    @Execute
    public void exit(IWorkbench workbench) {
        workbench.close();
    }
}
