package org.xingfeng.windows.api.queue;

/**
 * A priority class (绿色通道) a ticket may carry: a code such as {@code ELDERLY} with its Chinese and English names.
 * The classes are configuration (defaults: 老年人, 残疾人, 军人, 孕妇); a ticket without one is normal.
 */
public record PriorityClass(String code, String nameZh, String nameEn) {
}
