/**
 * One language system: message properties per bundle (Chinese the default, English beside), texts rendered in
 * the reader's language.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.platform.api.i18n;
