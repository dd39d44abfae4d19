@org.osgi.annotation.versioning.Version("0.3.0")
package org.xingfeng.platform.api.persistence;
