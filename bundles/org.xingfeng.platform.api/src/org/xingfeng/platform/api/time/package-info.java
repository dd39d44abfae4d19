/** The bureau's clock and time zone, injected. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.platform.api.time;
