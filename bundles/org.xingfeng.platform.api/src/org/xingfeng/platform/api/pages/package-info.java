/**
 * The citizens' pages' common server side: a page's texts from its bundle's {@code OSGI-INF/l10n/<name>*.properties}
 * (Chinese first, English beside, no fallback to the machine's locale), the page's language from {@code ?lang} or the
 * browser, HTML escaping and JSON safe inside a script element.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.platform.api.pages;
