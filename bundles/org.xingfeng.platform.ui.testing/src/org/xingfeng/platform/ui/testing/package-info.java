/** Support for tests of client views: a {@code ViewSite} that runs work at once, SWT dialog driving, screenshots. */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.xingfeng.platform.ui.testing;
