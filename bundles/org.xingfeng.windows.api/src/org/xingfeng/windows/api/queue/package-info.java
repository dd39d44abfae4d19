/**
 * 排队叫号: tickets in number series (A001...), priority classes (绿色通道), calling by rules, recall, no-show, park,
 * transfer keeping the place, finishing with an outcome; the live state of a hall.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.windows.api.queue;
