/**
 * 宣传 (publicity): what every part of the module shares, its roles.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.publicity.api;
