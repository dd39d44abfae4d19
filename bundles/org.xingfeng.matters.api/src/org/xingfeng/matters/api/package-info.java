/** 事项清单: the unified list of service matters, with the six unified elements (六统一). */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.xingfeng.matters.api;
