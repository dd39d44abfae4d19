@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.platform.api.health;
