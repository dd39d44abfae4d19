/** Which api services a desktop client may call on the county's server, and the failure to reach it. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.platform.api.remote;
