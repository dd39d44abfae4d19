/** Support for tests of client views: a {@code ViewSite} that runs work at once, SWT dialog driving, screenshots, the e4 workbench. */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.xingfeng.platform.ui.testing;
