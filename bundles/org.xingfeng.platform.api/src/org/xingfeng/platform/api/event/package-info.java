/** Topics and properties of the events the platform posts. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.platform.api.event;
