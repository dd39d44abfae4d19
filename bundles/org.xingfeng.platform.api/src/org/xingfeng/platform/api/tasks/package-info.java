/** Executors, schedulers and worker threads handed out per owner and stopped with it. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.platform.api.tasks;
